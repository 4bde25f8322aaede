CREATE TABLE "fulfillment_features" (
	"account_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"marketplace_id" text NOT NULL,
	"feature_name" text NOT NULL,
	"description" text NOT NULL,
	"seller_eligible" boolean NOT NULL,
	"eligible_skus" jsonb NOT NULL,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fulfillment_features_account_id_marketplace_id_feature_name_pk" PRIMARY KEY("account_id","marketplace_id","feature_name")
);
--> statement-breakpoint
CREATE TABLE "fulfillment_order_status_events" (
	"account_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"seller_fulfillment_order_id" text NOT NULL,
	"status" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"observed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fulfillment_order_status_events_account_id_seller_fulfillment_order_id_status_pk" PRIMARY KEY("account_id","seller_fulfillment_order_id","status")
);
--> statement-breakpoint
CREATE TABLE "fulfillment_package_tracking" (
	"account_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"package_number" integer NOT NULL,
	"seller_fulfillment_order_id" text NOT NULL,
	"current_status" text,
	"detail" jsonb NOT NULL,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fulfillment_package_tracking_account_id_package_number_pk" PRIMARY KEY("account_id","package_number")
);
--> statement-breakpoint
CREATE TABLE "outbound_submissions" (
	"account_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"seller_fulfillment_order_id" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"fingerprint" text NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbound_submissions_account_id_seller_fulfillment_order_id_pk" PRIMARY KEY("account_id","seller_fulfillment_order_id")
);
--> statement-breakpoint
ALTER TABLE "fulfillment_features" ADD CONSTRAINT "fulfillment_features_account_id_seller_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."seller_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fulfillment_features" ADD CONSTRAINT "fulfillment_features_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fulfillment_order_status_events" ADD CONSTRAINT "fulfillment_order_status_events_account_id_seller_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."seller_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fulfillment_order_status_events" ADD CONSTRAINT "fulfillment_order_status_events_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fulfillment_package_tracking" ADD CONSTRAINT "fulfillment_package_tracking_account_id_seller_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."seller_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fulfillment_package_tracking" ADD CONSTRAINT "fulfillment_package_tracking_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_submissions" ADD CONSTRAINT "outbound_submissions_account_id_seller_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."seller_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_submissions" ADD CONSTRAINT "outbound_submissions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_submissions" ADD CONSTRAINT "outbound_submissions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fulfillment_package_tracking_order" ON "fulfillment_package_tracking" USING btree ("account_id","seller_fulfillment_order_id");