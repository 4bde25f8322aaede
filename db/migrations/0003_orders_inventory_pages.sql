CREATE TABLE "low_stock_thresholds" (
	"workspace_id" uuid NOT NULL,
	"seller_sku" text NOT NULL,
	"threshold" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "low_stock_thresholds_workspace_id_seller_sku_pk" PRIMARY KEY("workspace_id","seller_sku")
);
--> statement-breakpoint
ALTER TABLE "low_stock_thresholds" ADD CONSTRAINT "low_stock_thresholds_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "low_stock_thresholds" ADD CONSTRAINT "low_stock_thresholds_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "orders_workspace_status_purchase" ON "orders" USING btree ("workspace_id","order_status","purchase_date" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_workspace_marketplace_purchase" ON "orders" USING btree ("workspace_id","marketplace_id","purchase_date" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_workspace_account_purchase" ON "orders" USING btree ("workspace_id","account_id","purchase_date" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_workspace_order_id" ON "orders" USING btree ("workspace_id","amazon_order_id" text_pattern_ops);