/** Writes synced fulfillment orders, keyed by (account, seller fulfillment order id). */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { fulfillmentOrders } from '@/db/schema';
import { takeIncoming } from '@/lib/sync/upsert-set';
import type { FulfillmentOrderRow } from './reshape';

const set = {
  ...takeIncoming(fulfillmentOrders, ['accountId', 'sellerFulfillmentOrderId', 'workspaceId']),
  // Rows of unchanged orders come without a detail: keep the stored one.
  detail: sql`coalesce(excluded."detail", ${fulfillmentOrders.detail})`,
};

export async function upsertFulfillmentOrders(db: Db, rows: FulfillmentOrderRow[]): Promise<void> {
  if (!rows.length) return;
  await db.insert(fulfillmentOrders).values(rows).onConflictDoUpdate({ target: [fulfillmentOrders.accountId, fulfillmentOrders.sellerFulfillmentOrderId], set });
}

/** When each stored order last changed status, and whether its detail is stored: to fetch details only for changed ones. */
export async function storedFulfillmentOrderVersions(db: Db, accountId: string, ids: string[]): Promise<Map<string, { statusUpdatedAt: Date; hasDetail: boolean }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: fulfillmentOrders.sellerFulfillmentOrderId, statusUpdatedAt: fulfillmentOrders.statusUpdatedAt, detail: fulfillmentOrders.detail })
    .from(fulfillmentOrders)
    .where(and(eq(fulfillmentOrders.accountId, accountId), inArray(fulfillmentOrders.sellerFulfillmentOrderId, ids)));
  return new Map(rows.map((r) => [r.id, { statusUpdatedAt: r.statusUpdatedAt, hasDetail: r.detail !== null }]));
}
