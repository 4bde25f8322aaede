CREATE TABLE "ship_from_addresses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address_line1" text NOT NULL,
	"address_line2" text,
	"district_or_county" text,
	"city" text NOT NULL,
	"state_or_province_code" text NOT NULL,
	"country_code" text NOT NULL,
	"postal_code" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbound_plan_shipments" (
	"plan_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"shipment_id" text NOT NULL,
	"destination_fulfillment_center_id" text NOT NULL,
	"ship_to_address" jsonb NOT NULL,
	"label_prep_type" text NOT NULL,
	"items" jsonb NOT NULL,
	"estimated_box_contents_fee" jsonb,
	"created_shipment_at" timestamp with time zone,
	CONSTRAINT "inbound_plan_shipments_plan_id_shipment_id_pk" PRIMARY KEY("plan_id","shipment_id")
);
--> statement-breakpoint
CREATE TABLE "inbound_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"marketplace_id" text NOT NULL,
	"ship_from_address" jsonb NOT NULL,
	"label_prep_preference" text NOT NULL,
	"ship_to_country_code" text,
	"ship_to_country_subdivision_code" text,
	"request_items" jsonb NOT NULL,
	"request_id" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbound_transports" (
	"account_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"shipment_id" text NOT NULL,
	"shipment_type" text NOT NULL,
	"is_partnered" boolean NOT NULL,
	"status" text NOT NULL,
	"carrier_name" text,
	"package_count" integer DEFAULT 0 NOT NULL,
	"pallet_count" integer DEFAULT 0 NOT NULL,
	"estimate_amount" text,
	"estimate_currency" text,
	"confirm_deadline" timestamp with time zone,
	"void_deadline" timestamp with time zone,
	"is_bill_of_lading_available" boolean DEFAULT false NOT NULL,
	"error_description" text,
	"details" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbound_transports_account_id_shipment_id_pk" PRIMARY KEY("account_id","shipment_id")
);
--> statement-breakpoint
ALTER TABLE "ship_from_addresses" ADD CONSTRAINT "ship_from_addresses_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ship_from_addresses" ADD CONSTRAINT "ship_from_addresses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_plan_shipments" ADD CONSTRAINT "inbound_plan_shipments_plan_id_inbound_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."inbound_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_plan_shipments" ADD CONSTRAINT "inbound_plan_shipments_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_plans" ADD CONSTRAINT "inbound_plans_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_plans" ADD CONSTRAINT "inbound_plans_account_id_seller_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."seller_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_plans" ADD CONSTRAINT "inbound_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_transports" ADD CONSTRAINT "inbound_transports_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_transports" ADD CONSTRAINT "inbound_transports_account_id_shipment_id_inbound_shipments_account_id_shipment_id_fk" FOREIGN KEY ("account_id","shipment_id") REFERENCES "public"."inbound_shipments"("account_id","shipment_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ship_from_addresses_workspace" ON "ship_from_addresses" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "inbound_plans_workspace_created" ON "inbound_plans" USING btree ("workspace_id","created_at");