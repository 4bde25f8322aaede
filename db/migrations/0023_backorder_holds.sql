ALTER TABLE "fulfillment_decisions" ADD COLUMN "status" text DEFAULT 'acted' NOT NULL;--> statement-breakpoint
ALTER TABLE "fulfillment_decisions" ADD COLUMN "order_options" jsonb;--> statement-breakpoint
ALTER TABLE "fulfillment_decisions" ADD COLUMN "held_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "fulfillment_decisions" ADD COLUMN "rechecked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "fulfillment_decisions" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "fulfillment_decisions" ADD COLUMN "recheck_error" text;--> statement-breakpoint
ALTER TABLE "fulfillment_decisions" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "fulfillment_decisions_held" ON "fulfillment_decisions" USING btree ("account_id","amazon_order_id") WHERE "fulfillment_decisions"."status" = 'held';