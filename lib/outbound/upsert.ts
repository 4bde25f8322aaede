/**
 * Writes fulfillment orders (from the sync and from the detail page's refresh), keyed by
 * (account, seller fulfillment order id), and notes each status the first time it is seen:
 * Amazon only ever returns the current one, so this is where the status timeline comes from.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { fulfillmentOrders, fulfillmentOrderStatusEvents } from '@/db/schema';
import { takeIncoming } from '@/db/upsert-set';
import type { FulfillmentOrderRow } from './reshape';

const set = {
  ...takeIncoming(fulfillmentOrders, ['accountId', 'sellerFulfillmentOrderId', 'workspaceId']),
  // Rows of unchanged orders come without a detail: keep the stored one.
  detail: sql`coalesce(excluded."detail", ${fulfillmentOrders.detail})`,
};

export async function upsertFulfillmentOrders(db: Db, rows: FulfillmentOrderRow[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insert(fulfillmentOrders)
    .values(rows)
    .onConflictDoUpdate({ target: [fulfillmentOrders.accountId, fulfillmentOrders.sellerFulfillmentOrderId], set });
  await recordStatusEvents(db, rows);
}

/** First sighting of each (order, status) wins: a later sync seeing the same status changes nothing. */
export async function recordStatusEvents(
  db: Db,
  rows: Pick<FulfillmentOrderRow, 'accountId' | 'workspaceId' | 'sellerFulfillmentOrderId' | 'status' | 'statusUpdatedAt' | 'receivedAt'>[],
): Promise<void> {
  if (!rows.length) return;
  const events = rows.flatMap((r) => {
    const seen = { accountId: r.accountId, workspaceId: r.workspaceId, sellerFulfillmentOrderId: r.sellerFulfillmentOrderId };
    // Every order was Received at receivedDate, even if we first saw it later.
    const received = { ...seen, status: 'Received', changedAt: r.receivedAt };
    return r.status === 'Received'
      ? [{ ...seen, status: r.status, changedAt: r.statusUpdatedAt }]
      : [received, { ...seen, status: r.status, changedAt: r.statusUpdatedAt }];
  });
  await db.insert(fulfillmentOrderStatusEvents).values(events).onConflictDoNothing();
}

/** When each stored order last changed status, and whether its detail is stored: to fetch details only for changed ones. */
export async function storedFulfillmentOrderVersions(
  db: Db,
  accountId: string,
  ids: string[],
): Promise<Map<string, { statusUpdatedAt: Date; hasDetail: boolean }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: fulfillmentOrders.sellerFulfillmentOrderId, statusUpdatedAt: fulfillmentOrders.statusUpdatedAt, detail: fulfillmentOrders.detail })
    .from(fulfillmentOrders)
    .where(and(eq(fulfillmentOrders.accountId, accountId), inArray(fulfillmentOrders.sellerFulfillmentOrderId, ids)));
  return new Map(rows.map((r) => [r.id, { statusUpdatedAt: r.statusUpdatedAt, hasDetail: r.detail !== null }]));
}
