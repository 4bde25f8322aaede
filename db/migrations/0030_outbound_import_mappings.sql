CREATE TABLE "outbound_import_mappings" (
	"workspace_id" uuid NOT NULL,
	"shop" text NOT NULL,
	"columns" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbound_import_mappings_workspace_id_shop_pk" PRIMARY KEY("workspace_id","shop")
);
--> statement-breakpoint
ALTER TABLE "outbound_import_mappings" ADD CONSTRAINT "outbound_import_mappings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_import_mappings" ADD CONSTRAINT "outbound_import_mappings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;