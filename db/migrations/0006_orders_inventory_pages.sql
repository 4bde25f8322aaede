CREATE TABLE "low_stock_thresholds" (
	"workspace_id" uuid NOT NULL,
	"seller_sku" text NOT NULL,
	"threshold" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "low_stock_thresholds_workspace_id_seller_sku_pk" PRIMARY KEY("workspace_id","seller_sku")
);
--> statement-breakpoint
CREATE TABLE "order_status_counts" (
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"marketplace_id" text NOT NULL,
	"fulfillment_channel" text NOT NULL,
	"order_status" text NOT NULL,
	"order_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "order_status_counts_account_id_marketplace_id_fulfillment_channel_order_status_pk" PRIMARY KEY("account_id","marketplace_id","fulfillment_channel","order_status")
);
--> statement-breakpoint
ALTER TABLE "low_stock_thresholds" ADD CONSTRAINT "low_stock_thresholds_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "low_stock_thresholds" ADD CONSTRAINT "low_stock_thresholds_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_status_counts" ADD CONSTRAINT "order_status_counts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_status_counts" ADD CONSTRAINT "order_status_counts_account_id_seller_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."seller_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_status_counts_workspace" ON "order_status_counts" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "orders_workspace_status_purchase" ON "orders" USING btree ("workspace_id","order_status","purchase_date" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_workspace_marketplace_purchase" ON "orders" USING btree ("workspace_id","marketplace_id","purchase_date" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_workspace_account_purchase" ON "orders" USING btree ("workspace_id","account_id","purchase_date" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_workspace_order_id" ON "orders" USING btree ("workspace_id","amazon_order_id" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "orders_workspace_total" ON "orders" USING btree ("workspace_id","order_total_amount" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_workspace_purchase_keys" ON "orders" USING btree ("workspace_id","purchase_date" DESC NULLS LAST,"amazon_order_id" DESC NULLS LAST,"account_id");