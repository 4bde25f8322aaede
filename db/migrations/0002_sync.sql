CREATE TABLE "order_items" (
	"account_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"amazon_order_id" text NOT NULL,
	"order_item_id" text NOT NULL,
	"seller_sku" text,
	"asin" text NOT NULL,
	"title" text,
	"quantity_ordered" integer NOT NULL,
	"quantity_shipped" integer DEFAULT 0 NOT NULL,
	"item_price_amount" numeric(14, 2),
	"item_price_currency" text,
	CONSTRAINT "order_items_account_id_amazon_order_id_order_item_id_pk" PRIMARY KEY("account_id","amazon_order_id","order_item_id")
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"account_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"amazon_order_id" text NOT NULL,
	"seller_order_id" text,
	"marketplace_id" text NOT NULL,
	"order_status" text NOT NULL,
	"fulfillment_channel" text,
	"sales_channel" text,
	"order_type" text,
	"purchase_date" timestamp with time zone NOT NULL,
	"last_update_date" timestamp with time zone NOT NULL,
	"order_total_amount" numeric(14, 2),
	"order_total_currency" text,
	"items_shipped" integer,
	"items_unshipped" integer,
	"ship_service_level" text,
	"earliest_ship_date" timestamp with time zone,
	"latest_ship_date" timestamp with time zone,
	"earliest_delivery_date" timestamp with time zone,
	"latest_delivery_date" timestamp with time zone,
	"is_prime" boolean DEFAULT false NOT NULL,
	"is_business" boolean DEFAULT false NOT NULL,
	"ship_city" text,
	"ship_state" text,
	"ship_postal_code" text,
	"ship_country" text,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL,
	"items_update_date" timestamp with time zone,
	CONSTRAINT "orders_account_id_amazon_order_id_pk" PRIMARY KEY("account_id","amazon_order_id")
);
--> statement-breakpoint
CREATE TABLE "inventory_summaries" (
	"account_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"marketplace_id" text NOT NULL,
	"seller_sku" text NOT NULL,
	"asin" text,
	"fnsku" text,
	"product_name" text,
	"condition" text,
	"fulfillable" integer DEFAULT 0 NOT NULL,
	"inbound_working" integer DEFAULT 0 NOT NULL,
	"inbound_shipped" integer DEFAULT 0 NOT NULL,
	"inbound_receiving" integer DEFAULT 0 NOT NULL,
	"reserved_total" integer DEFAULT 0 NOT NULL,
	"reserved_customer_orders" integer DEFAULT 0 NOT NULL,
	"reserved_transfers" integer DEFAULT 0 NOT NULL,
	"reserved_processing" integer DEFAULT 0 NOT NULL,
	"researching_total" integer DEFAULT 0 NOT NULL,
	"unfulfillable_total" integer DEFAULT 0 NOT NULL,
	"total_quantity" integer DEFAULT 0 NOT NULL,
	"last_updated_at" timestamp with time zone,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inventory_summaries_account_id_marketplace_id_seller_sku_pk" PRIMARY KEY("account_id","marketplace_id","seller_sku")
);
--> statement-breakpoint
CREATE TABLE "fulfillment_orders" (
	"account_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"seller_fulfillment_order_id" text NOT NULL,
	"marketplace_id" text NOT NULL,
	"displayable_order_id" text NOT NULL,
	"displayable_order_date" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"status_updated_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"shipping_speed_category" text NOT NULL,
	"fulfillment_policy" text,
	"destination_country" text NOT NULL,
	"destination_state" text,
	"destination_city" text,
	"detail" jsonb,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fulfillment_orders_account_id_seller_fulfillment_order_id_pk" PRIMARY KEY("account_id","seller_fulfillment_order_id")
);
--> statement-breakpoint
CREATE TABLE "inbound_shipment_items" (
	"account_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"shipment_id" text NOT NULL,
	"seller_sku" text NOT NULL,
	"fnsku" text,
	"quantity_shipped" integer NOT NULL,
	"quantity_received" integer DEFAULT 0 NOT NULL,
	"quantity_in_case" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "inbound_shipment_items_account_id_shipment_id_seller_sku_pk" PRIMARY KEY("account_id","shipment_id","seller_sku")
);
--> statement-breakpoint
CREATE TABLE "inbound_shipments" (
	"account_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"shipment_id" text NOT NULL,
	"marketplace_id" text NOT NULL,
	"name" text,
	"status" text,
	"destination_fulfillment_center_id" text,
	"label_prep_type" text,
	"box_contents_source" text,
	"are_cases_required" boolean DEFAULT false NOT NULL,
	"confirmed_need_by_date" text,
	"ship_from_address" jsonb,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbound_shipments_account_id_shipment_id_pk" PRIMARY KEY("account_id","shipment_id")
);
--> statement-breakpoint
CREATE TABLE "sync_checkpoints" (
	"account_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"marketplace_id" text DEFAULT '' NOT NULL,
	"cursor" timestamp with time zone,
	"page_token" text,
	"pending_cursor" timestamp with time zone,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"status" text DEFAULT 'idle' NOT NULL,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer,
	"items_synced" integer DEFAULT 0 NOT NULL,
	"last_started_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"next_run_at" timestamp with time zone,
	"last_error" text,
	"last_error_at" timestamp with time zone,
	CONSTRAINT "sync_checkpoints_account_id_kind_marketplace_id_pk" PRIMARY KEY("account_id","kind","marketplace_id")
);
--> statement-breakpoint
CREATE TABLE "sp_api_quota_buckets" (
	"key" text PRIMARY KEY NOT NULL,
	"tokens" double precision NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"rate" double precision NOT NULL,
	"burst" double precision NOT NULL
);
--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_account_id_amazon_order_id_orders_account_id_amazon_order_id_fk" FOREIGN KEY ("account_id","amazon_order_id") REFERENCES "public"."orders"("account_id","amazon_order_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_account_id_seller_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."seller_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_summaries" ADD CONSTRAINT "inventory_summaries_account_id_seller_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."seller_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_summaries" ADD CONSTRAINT "inventory_summaries_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fulfillment_orders" ADD CONSTRAINT "fulfillment_orders_account_id_seller_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."seller_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fulfillment_orders" ADD CONSTRAINT "fulfillment_orders_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_shipment_items" ADD CONSTRAINT "inbound_shipment_items_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_shipment_items" ADD CONSTRAINT "inbound_shipment_items_account_id_shipment_id_inbound_shipments_account_id_shipment_id_fk" FOREIGN KEY ("account_id","shipment_id") REFERENCES "public"."inbound_shipments"("account_id","shipment_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_shipments" ADD CONSTRAINT "inbound_shipments_account_id_seller_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."seller_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_shipments" ADD CONSTRAINT "inbound_shipments_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_checkpoints" ADD CONSTRAINT "sync_checkpoints_account_id_seller_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."seller_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_checkpoints" ADD CONSTRAINT "sync_checkpoints_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_items_workspace_sku" ON "order_items" USING btree ("workspace_id","seller_sku" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "order_items_workspace_asin" ON "order_items" USING btree ("workspace_id","asin");--> statement-breakpoint
CREATE INDEX "orders_items_pending" ON "orders" USING btree ("account_id","purchase_date" DESC NULLS LAST) WHERE "orders"."items_update_date" is distinct from "orders"."last_update_date";--> statement-breakpoint
CREATE INDEX "orders_workspace_purchase" ON "orders" USING btree ("workspace_id","purchase_date" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_workspace_status" ON "orders" USING btree ("workspace_id","order_status");--> statement-breakpoint
CREATE INDEX "orders_workspace_updated" ON "orders" USING btree ("workspace_id","last_update_date");--> statement-breakpoint
CREATE INDEX "inventory_summaries_workspace_sku" ON "inventory_summaries" USING btree ("workspace_id","seller_sku");--> statement-breakpoint
CREATE INDEX "inventory_summaries_workspace_fulfillable" ON "inventory_summaries" USING btree ("workspace_id","fulfillable");--> statement-breakpoint
CREATE INDEX "fulfillment_orders_workspace_received" ON "fulfillment_orders" USING btree ("workspace_id","received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "fulfillment_orders_workspace_status" ON "fulfillment_orders" USING btree ("workspace_id","status");--> statement-breakpoint
CREATE INDEX "inbound_shipment_items_workspace_sku" ON "inbound_shipment_items" USING btree ("workspace_id","seller_sku");--> statement-breakpoint
CREATE INDEX "inbound_shipments_workspace_status" ON "inbound_shipments" USING btree ("workspace_id","status");--> statement-breakpoint
CREATE INDEX "sync_checkpoints_workspace" ON "sync_checkpoints" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "sync_checkpoints_next_run" ON "sync_checkpoints" USING btree ("next_run_at");