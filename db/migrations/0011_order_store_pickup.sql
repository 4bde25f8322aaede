ALTER TABLE "orders" ADD COLUMN "is_ispu" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Orders synced before this column read false: the next orders sync reads its whole window again to learn IsISPU.
UPDATE "sync_checkpoints" SET "cursor" = NULL, "page_token" = NULL, "pending_cursor" = NULL WHERE "kind" = 'orders';
