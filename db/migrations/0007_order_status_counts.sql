-- Custom migration (drizzle-kit generate --custom): keeps order_status_counts in step with
-- orders. Keep this file when regenerating migrations; drizzle-kit does not know triggers.
CREATE OR REPLACE FUNCTION order_status_counts_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO order_status_counts AS c (workspace_id, account_id, marketplace_id, fulfillment_channel, order_status, order_count)
  VALUES (NEW.workspace_id, NEW.account_id, NEW.marketplace_id, coalesce(NEW.fulfillment_channel, ''), NEW.order_status, 1)
  ON CONFLICT (account_id, marketplace_id, fulfillment_channel, order_status) DO UPDATE SET order_count = c.order_count + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION order_status_counts_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE order_status_counts SET order_count = order_count - 1
  WHERE account_id = OLD.account_id AND marketplace_id = OLD.marketplace_id
    AND fulfillment_channel = coalesce(OLD.fulfillment_channel, '') AND order_status = OLD.order_status;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION order_status_counts_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM order_status_counts_apply(OLD.workspace_id, OLD.account_id, OLD.marketplace_id, OLD.fulfillment_channel, OLD.order_status, -1);
  PERFORM order_status_counts_apply(NEW.workspace_id, NEW.account_id, NEW.marketplace_id, NEW.fulfillment_channel, NEW.order_status, 1);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION order_status_counts_apply(ws uuid, acc uuid, mp text, ch text, st text, delta integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO order_status_counts AS c (workspace_id, account_id, marketplace_id, fulfillment_channel, order_status, order_count)
  VALUES (ws, acc, mp, coalesce(ch, ''), st, delta)
  ON CONFLICT (account_id, marketplace_id, fulfillment_channel, order_status) DO UPDATE SET order_count = c.order_count + delta;
END $$;
--> statement-breakpoint
CREATE TRIGGER orders_status_counts_insert AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION order_status_counts_add();
--> statement-breakpoint
CREATE TRIGGER orders_status_counts_delete AFTER DELETE ON orders FOR EACH ROW EXECUTE FUNCTION order_status_counts_remove();
--> statement-breakpoint
-- The sync rewrites every column of an order it sees again; only a change of a counted column moves a count.
CREATE TRIGGER orders_status_counts_update AFTER UPDATE ON orders FOR EACH ROW
  WHEN (OLD.order_status IS DISTINCT FROM NEW.order_status OR OLD.marketplace_id IS DISTINCT FROM NEW.marketplace_id
     OR OLD.fulfillment_channel IS DISTINCT FROM NEW.fulfillment_channel OR OLD.account_id IS DISTINCT FROM NEW.account_id)
  EXECUTE FUNCTION order_status_counts_move();
--> statement-breakpoint
-- Orders synced before this migration.
INSERT INTO order_status_counts (workspace_id, account_id, marketplace_id, fulfillment_channel, order_status, order_count)
SELECT workspace_id, account_id, marketplace_id, coalesce(fulfillment_channel, ''), order_status, count(*)::int
FROM orders GROUP BY 1, 2, 3, 4, 5
ON CONFLICT (account_id, marketplace_id, fulfillment_channel, order_status) DO UPDATE SET order_count = EXCLUDED.order_count;
