-- Orders are stored in Orders 2026-01-01's words (fulfillmentStatus, fulfilledBy), no longer mapped back to
-- Orders v0's. Keep the hand-written part (functions, the rewrite, the recount) when regenerating.
ALTER TABLE "orders" RENAME COLUMN "fulfillment_channel" TO "fulfilled_by";--> statement-breakpoint
ALTER TABLE "order_status_counts" RENAME COLUMN "fulfillment_channel" TO "fulfilled_by";--> statement-breakpoint
ALTER TABLE "order_status_counts" DROP CONSTRAINT "order_status_counts_account_id_marketplace_id_fulfillment_channel_order_status_pk";--> statement-breakpoint
ALTER TABLE "order_status_counts" ADD CONSTRAINT "order_status_counts_account_id_marketplace_id_fulfilled_by_order_status_pk" PRIMARY KEY("account_id","marketplace_id","fulfilled_by","order_status");--> statement-breakpoint
-- The count triggers' functions (0007) name the renamed column.
CREATE OR REPLACE FUNCTION order_status_counts_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO order_status_counts AS c (workspace_id, account_id, marketplace_id, fulfilled_by, order_status, order_count)
  VALUES (NEW.workspace_id, NEW.account_id, NEW.marketplace_id, coalesce(NEW.fulfilled_by, ''), NEW.order_status, 1)
  ON CONFLICT (account_id, marketplace_id, fulfilled_by, order_status) DO UPDATE SET order_count = c.order_count + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION order_status_counts_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE order_status_counts SET order_count = order_count - 1
  WHERE account_id = OLD.account_id AND marketplace_id = OLD.marketplace_id
    AND fulfilled_by = coalesce(OLD.fulfilled_by, '') AND order_status = OLD.order_status;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION order_status_counts_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM order_status_counts_apply(OLD.workspace_id, OLD.account_id, OLD.marketplace_id, OLD.fulfilled_by, OLD.order_status, -1);
  PERFORM order_status_counts_apply(NEW.workspace_id, NEW.account_id, NEW.marketplace_id, NEW.fulfilled_by, NEW.order_status, 1);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION order_status_counts_apply(ws uuid, acc uuid, mp text, ch text, st text, delta integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO order_status_counts AS c (workspace_id, account_id, marketplace_id, fulfilled_by, order_status, order_count)
  VALUES (ws, acc, mp, coalesce(ch, ''), st, delta)
  ON CONFLICT (account_id, marketplace_id, fulfilled_by, order_status) DO UPDATE SET order_count = c.order_count + delta;
END $$;
--> statement-breakpoint
-- Every stored v0 word becomes its 2026 value. Invoice unconfirmed (v0: every item shipped, the invoice not yet
-- confirmed) has no 2026 value of its own: Amazon reports such an order as shipped. The counts are rebuilt
-- once below rather than moved row by row.
ALTER TABLE "orders" DISABLE TRIGGER "orders_status_counts_update";--> statement-breakpoint
UPDATE "orders" SET
  "order_status" = CASE "order_status"
    WHEN 'PendingAvailability' THEN 'PENDING_AVAILABILITY'
    WHEN 'Pending' THEN 'PENDING'
    WHEN 'Unshipped' THEN 'UNSHIPPED'
    WHEN 'PartiallyShipped' THEN 'PARTIALLY_SHIPPED'
    WHEN 'Shipped' THEN 'SHIPPED'
    WHEN 'InvoiceUnconfirmed' THEN 'SHIPPED'
    WHEN 'Canceled' THEN 'CANCELLED'
    WHEN 'Unfulfillable' THEN 'UNFULFILLABLE'
    ELSE "order_status" END,
  "fulfilled_by" = CASE "fulfilled_by" WHEN 'AFN' THEN 'AMAZON' WHEN 'MFN' THEN 'MERCHANT' ELSE "fulfilled_by" END
WHERE "order_status" IN ('PendingAvailability', 'Pending', 'Unshipped', 'PartiallyShipped', 'Shipped', 'InvoiceUnconfirmed', 'Canceled', 'Unfulfillable')
   OR "fulfilled_by" IN ('AFN', 'MFN');--> statement-breakpoint
ALTER TABLE "orders" ENABLE TRIGGER "orders_status_counts_update";--> statement-breakpoint
DELETE FROM "order_status_counts";--> statement-breakpoint
INSERT INTO "order_status_counts" ("workspace_id", "account_id", "marketplace_id", "fulfilled_by", "order_status", "order_count")
SELECT "workspace_id", "account_id", "marketplace_id", coalesce("fulfilled_by", ''), "order_status", count(*)::int
FROM "orders" GROUP BY 1, 2, 3, 4, 5;
