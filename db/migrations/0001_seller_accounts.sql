CREATE TABLE "amazon_authorization_states" (
	"state" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"region" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "seller_account_marketplaces" (
	"account_id" uuid NOT NULL,
	"marketplace_id" text NOT NULL,
	"country_code" text NOT NULL,
	"name" text NOT NULL,
	"currency_code" text NOT NULL,
	"domain_name" text NOT NULL,
	"participating" boolean NOT NULL,
	CONSTRAINT "seller_account_marketplaces_account_id_marketplace_id_pk" PRIMARY KEY("account_id","marketplace_id")
);
--> statement-breakpoint
CREATE TABLE "seller_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"selling_partner_id" text NOT NULL,
	"region" text NOT NULL,
	"name" text NOT NULL,
	"refresh_token_sealed" text,
	"connected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"connected_by" uuid,
	"disconnected_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "amazon_authorization_states" ADD CONSTRAINT "amazon_authorization_states_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amazon_authorization_states" ADD CONSTRAINT "amazon_authorization_states_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seller_account_marketplaces" ADD CONSTRAINT "seller_account_marketplaces_account_id_seller_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."seller_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seller_accounts" ADD CONSTRAINT "seller_accounts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seller_accounts" ADD CONSTRAINT "seller_accounts_connected_by_users_id_fk" FOREIGN KEY ("connected_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "amazon_authorization_states_expires" ON "amazon_authorization_states" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "seller_accounts_workspace_partner_region" ON "seller_accounts" USING btree ("workspace_id","selling_partner_id","region");