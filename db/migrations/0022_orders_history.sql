ALTER TABLE "sync_checkpoints" ADD COLUMN "history_start" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sync_checkpoints" ADD COLUMN "history_from" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sync_checkpoints" ADD COLUMN "history_before" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sync_checkpoints" ADD COLUMN "history_page_token" text;