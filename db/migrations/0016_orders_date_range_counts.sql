DROP INDEX "orders_workspace_purchase";--> statement-breakpoint
DROP INDEX "orders_workspace_updated";--> statement-breakpoint
CREATE INDEX "orders_workspace_purchase_status" ON "orders" USING btree ("workspace_id","purchase_date" DESC NULLS LAST,"account_id","order_status");--> statement-breakpoint
CREATE INDEX "orders_workspace_updated_status" ON "orders" USING btree ("workspace_id","last_update_date","account_id","order_status");