ALTER TABLE "inbound_shipments" ADD COLUMN "label_prep_preference" text;--> statement-breakpoint
ALTER TABLE "ship_from_addresses" ADD COLUMN "address_key" text;--> statement-breakpoint
ALTER TABLE "inbound_plan_shipments" ADD COLUMN "creating_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "ship_from_addresses_workspace_key" ON "ship_from_addresses" USING btree ("workspace_id","address_key");