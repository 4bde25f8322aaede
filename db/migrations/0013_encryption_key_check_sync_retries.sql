CREATE TABLE "encryption_key_check" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"key_id" text NOT NULL,
	"sealed_check" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "encryption_key_check_one_row" CHECK ("encryption_key_check"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "sync_checkpoints" ADD COLUMN "transient_failures" integer DEFAULT 0 NOT NULL;