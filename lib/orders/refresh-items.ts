/**
 * Reads one order's items from Amazon now, for an order page whose items the sync has not
 * reached yet. Writes them the way the sync does (replace the order's items, mark them read
 * for the order's current version), so the sync skips the order afterwards.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orderItems, orders } from '@/db/schema';
import { spApiForAccount } from '@/lib/accounts';
import type { SpApiClient } from '@/lib/sp-api/types';
import { askAmazon } from '@/lib/sp-api';
import type { OrderItem } from '@/lib/sp-api/generated/orders-v0';
import { reshapeOrderItem } from './reshape';

/** The number of items stored, or null when the order is not the workspace's. */
export async function refreshOrderItems(
  db: Db,
  workspaceId: string,
  amazonOrderId: string,
  clientFor: (accountId: string) => Promise<SpApiClient> = (accountId) => spApiForAccount(db, workspaceId, accountId),
): Promise<number | null> {
  const [order] = await db
    .select({ accountId: orders.accountId, lastUpdateDate: orders.lastUpdateDate })
    .from(orders)
    .where(and(eq(orders.workspaceId, workspaceId), eq(orders.amazonOrderId, amazonOrderId)))
    .limit(1);
  if (!order) return null;
  const client = await clientFor(order.accountId);
  const items: OrderItem[] = [];
  let nextToken: string | undefined;
  do {
    const token = nextToken;
    const response = await askAmazon(() => client.ordersV0.getOrderItems({ orderId: amazonOrderId, ...(token ? { NextToken: token } : {}) }));
    items.push(...(response.payload?.OrderItems ?? []));
    nextToken = response.payload?.NextToken;
  } while (nextToken);

  const tenant = { accountId: order.accountId, workspaceId };
  await db.transaction(async (tx) => {
    await tx.delete(orderItems).where(and(eq(orderItems.accountId, order.accountId), eq(orderItems.amazonOrderId, amazonOrderId)));
    if (items.length) await tx.insert(orderItems).values(items.map((item) => reshapeOrderItem(item, amazonOrderId, tenant)));
    await tx
      .update(orders)
      .set({ itemsUpdateDate: order.lastUpdateDate })
      .where(and(eq(orders.accountId, order.accountId), eq(orders.amazonOrderId, amazonOrderId), eq(orders.lastUpdateDate, order.lastUpdateDate)));
  });
  return items.length;
}
