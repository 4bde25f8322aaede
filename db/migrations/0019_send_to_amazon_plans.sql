CREATE TABLE "send_to_amazon_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"inbound_plan_id" text NOT NULL,
	"marketplace_id" text NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"origin" text NOT NULL,
	"source_address" jsonb NOT NULL,
	"items" jsonb NOT NULL,
	"pending_operation" jsonb,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"snapshot" jsonb,
	"read_at" timestamp with time zone,
	"amazon_created_at" timestamp with time zone,
	"amazon_updated_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ship_from_addresses" ADD COLUMN "phone_number" text;--> statement-breakpoint
ALTER TABLE "send_to_amazon_plans" ADD CONSTRAINT "send_to_amazon_plans_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "send_to_amazon_plans" ADD CONSTRAINT "send_to_amazon_plans_account_id_seller_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."seller_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "send_to_amazon_plans" ADD CONSTRAINT "send_to_amazon_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "send_to_amazon_plans_amazon_id" ON "send_to_amazon_plans" USING btree ("account_id","inbound_plan_id");--> statement-breakpoint
CREATE INDEX "send_to_amazon_plans_workspace_updated" ON "send_to_amazon_plans" USING btree ("workspace_id","updated_at");