/** Writes synced orders; keyed by (account, order id[, item id]) so replaying a page changes nothing. */
import type { Db } from '@/db/client';
import { orderItems, orders } from '@/db/schema';
import { takeIncoming } from '@/db/upsert-set';
import type { OrderItemRow, OrderRow } from './reshape';

// items_update_date belongs to the items phase: an order upsert must not reset it.
const orderSet = takeIncoming(orders, ['accountId', 'amazonOrderId', 'workspaceId', 'itemsUpdateDate']);
const itemSet = takeIncoming(orderItems, ['accountId', 'amazonOrderId', 'orderItemId', 'workspaceId']);

export async function upsertOrders(db: Db, rows: OrderRow[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insert(orders)
    .values(rows)
    .onConflictDoUpdate({ target: [orders.accountId, orders.amazonOrderId], set: orderSet });
}

export async function upsertOrderItems(db: Db, rows: OrderItemRow[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insert(orderItems)
    .values(rows)
    .onConflictDoUpdate({ target: [orderItems.accountId, orderItems.amazonOrderId, orderItems.orderItemId], set: itemSet });
}
