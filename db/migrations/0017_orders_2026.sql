-- Orders 2026-01-01 carries each order's items inline, so no order waits for its items (items_update_date),
-- and Amazon counts the delivery postal code as buyer PII in that API, so it is no longer kept.
DROP INDEX "orders_items_pending";--> statement-breakpoint
ALTER TABLE "orders" DROP COLUMN "ship_postal_code";--> statement-breakpoint
ALTER TABLE "orders" DROP COLUMN "items_update_date";--> statement-breakpoint
-- A page token of Orders v0 getOrders means nothing to searchOrders: an interrupted orders listing restarts its window from the cursor.
UPDATE "sync_checkpoints" SET "page_token" = NULL, "pending_cursor" = NULL WHERE "kind" = 'orders';
