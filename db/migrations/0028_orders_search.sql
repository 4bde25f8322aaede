CREATE TABLE "order_buyer_name_tokens" (
	"account_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"amazon_order_id" text NOT NULL,
	"token" text NOT NULL,
	CONSTRAINT "order_buyer_name_tokens_account_id_amazon_order_id_token_pk" PRIMARY KEY("account_id","amazon_order_id","token")
);
--> statement-breakpoint
DROP INDEX "order_items_workspace_sku";--> statement-breakpoint
ALTER TABLE "order_buyer_name_tokens" ADD CONSTRAINT "order_buyer_name_tokens_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_buyer_name_tokens" ADD CONSTRAINT "order_buyer_name_tokens_order_fk" FOREIGN KEY ("account_id","amazon_order_id") REFERENCES "public"."orders"("account_id","amazon_order_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_buyer_name_tokens_workspace_token" ON "order_buyer_name_tokens" USING btree ("workspace_id","token");--> statement-breakpoint
CREATE INDEX "order_items_workspace_sku_lower" ON "order_items" USING btree ("workspace_id",lower("seller_sku") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "order_items_title_words" ON "order_items" USING gin (to_tsvector('simple'::regconfig, coalesce("title", '')));--> statement-breakpoint
CREATE INDEX "shipment_confirmations_workspace_tracking" ON "shipment_confirmations" USING btree ("workspace_id",lower("tracking_number"));--> statement-breakpoint
CREATE INDEX "fulfillment_package_tracking_workspace_number" ON "fulfillment_package_tracking" USING btree ("workspace_id",lower("detail" ->> 'trackingNumber'));