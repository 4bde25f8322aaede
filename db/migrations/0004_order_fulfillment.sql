CREATE TABLE "fulfillment_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"amazon_order_id" text NOT NULL,
	"choice" text NOT NULL,
	"lines" jsonb NOT NULL,
	"seller_fulfillment_order_id" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_fulfillment_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"confirm_shipment" text DEFAULT 'manual' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"amazon_order_id" text NOT NULL,
	"action" text NOT NULL,
	"content" jsonb NOT NULL,
	"result" text NOT NULL,
	"error_message" text,
	"request_id" text,
	"sent_by" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipment_confirmations" (
	"account_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"amazon_order_id" text NOT NULL,
	"package_reference_id" text NOT NULL,
	"carrier_code" text NOT NULL,
	"carrier_name" text,
	"tracking_number" text NOT NULL,
	"ship_date" timestamp with time zone NOT NULL,
	"items" jsonb NOT NULL,
	"source" text NOT NULL,
	"seller_fulfillment_order_id" text,
	"package_number" integer,
	"request_id" text,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shipment_confirmations_account_id_amazon_order_id_package_reference_id_pk" PRIMARY KEY("account_id","amazon_order_id","package_reference_id")
);
--> statement-breakpoint
ALTER TABLE "fulfillment_decisions" ADD CONSTRAINT "fulfillment_decisions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fulfillment_decisions" ADD CONSTRAINT "fulfillment_decisions_account_id_seller_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."seller_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fulfillment_decisions" ADD CONSTRAINT "fulfillment_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_fulfillment_settings" ADD CONSTRAINT "order_fulfillment_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_fulfillment_settings" ADD CONSTRAINT "order_fulfillment_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_messages" ADD CONSTRAINT "order_messages_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_messages" ADD CONSTRAINT "order_messages_account_id_seller_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."seller_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_messages" ADD CONSTRAINT "order_messages_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_confirmations" ADD CONSTRAINT "shipment_confirmations_account_id_seller_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."seller_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_confirmations" ADD CONSTRAINT "shipment_confirmations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_confirmations" ADD CONSTRAINT "shipment_confirmations_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fulfillment_decisions_order" ON "fulfillment_decisions" USING btree ("workspace_id","account_id","amazon_order_id");--> statement-breakpoint
CREATE INDEX "order_messages_order" ON "order_messages" USING btree ("workspace_id","account_id","amazon_order_id","sent_at");