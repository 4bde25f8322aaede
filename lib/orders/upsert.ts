/**
 * Writes orders as Amazon has them now, each with exactly its items: keyed by (account, order
 * id[, item id]), so replaying a page changes nothing, and an item Amazon no longer lists goes.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orderBuyerNameTokens, orderItems, orders } from '@/db/schema';
import { takeIncoming } from '@/db/upsert-set';
import type { OrderRecordSet } from './reshape';

const orderSet = takeIncoming(orders, ['accountId', 'amazonOrderId', 'workspaceId']);

/** Orders of one account (a sync page, or one order read again). */
export async function writeOrders(db: Db, sets: OrderRecordSet[]): Promise<void> {
  const first = sets[0];
  if (!first) return;
  await db
    .insert(orders)
    .values(sets.map((s) => s.order))
    .onConflictDoUpdate({ target: [orders.accountId, orders.amazonOrderId], set: orderSet });
  await db.delete(orderItems).where(
    and(
      eq(orderItems.accountId, first.order.accountId),
      inArray(
        orderItems.amazonOrderId,
        sets.map((s) => s.order.amazonOrderId),
      ),
    ),
  );
  const items = sets.flatMap((s) => s.items);
  if (items.length) await db.insert(orderItems).values(items);
  await writeBuyerNameTokens(db, sets);
}

/** Each order read with the BUYER dataset gets exactly its tokens; an order read without it keeps its own. */
async function writeBuyerNameTokens(db: Db, sets: OrderRecordSet[]): Promise<void> {
  const read = sets.filter((s) => s.buyerNameTokens !== undefined);
  const first = read[0];
  if (!first) return;
  await db.delete(orderBuyerNameTokens).where(
    and(
      eq(orderBuyerNameTokens.accountId, first.order.accountId),
      inArray(
        orderBuyerNameTokens.amazonOrderId,
        read.map((s) => s.order.amazonOrderId),
      ),
    ),
  );
  const rows = read.flatMap((s) =>
    (s.buyerNameTokens ?? []).map((token) => ({ accountId: s.order.accountId, workspaceId: s.order.workspaceId, amazonOrderId: s.order.amazonOrderId, token })),
  );
  if (rows.length) await db.insert(orderBuyerNameTokens).values(rows).onConflictDoNothing();
}
