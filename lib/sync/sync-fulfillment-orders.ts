/**
 * Multi-Channel Fulfillment orders: listAllFulfillmentOrders from the cursor (minus an
 * overlap), then getFulfillmentOrder for the orders whose status changed since we stored them
 * (items, shipments, packages, returns for the detail page). Same page-and-checkpoint
 * transaction as the orders sync.
 */
import { SpApiError } from '@/lib/sp-api/errors';
import type { FulfillmentOrder } from '@/lib/sp-api/generated/fulfillment-outbound';
import { reshapeFulfillmentOrder, reshapeFulfillmentOrderDetail } from '@/lib/outbound/reshape';
import { storedFulfillmentOrderVersions, upsertFulfillmentOrders } from '@/lib/outbound/upsert';
import { readCheckpoint, savePageCheckpoint } from './checkpoints';
import { mapWithConcurrency, windowStart, type SyncContext, type SyncResult } from './context';
import { writeSkippingBadRecords, type SkippedRecord } from './record-writer';

const latest = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a > b ? a : b);

export async function syncFulfillmentOrders(ctx: SyncContext): Promise<SyncResult> {
  const checkpoint = await readCheckpoint(ctx.db, ctx.lease);
  let pageToken = checkpoint.pageToken;
  let pendingCursor = checkpoint.pendingCursor;
  let synced = 0;
  let page = 0;
  const skipped: SkippedRecord[] = [];
  for (;;) {
    let result;
    try {
      result = (
        await ctx.client.fulfillmentOutbound.listAllFulfillmentOrders(
          pageToken ? { nextToken: pageToken } : { queryStartDate: windowStart(ctx, checkpoint.cursor).toISOString() },
        )
      ).payload;
    } catch (error) {
      if (pageToken && error instanceof SpApiError && error.kind === 'InvalidInput') {
        pageToken = null;
        pendingCursor = null;
        continue;
      }
      throw error;
    }
    const orders: FulfillmentOrder[] = result?.fulfillmentOrders ?? [];
    const stored = await storedFulfillmentOrderVersions(
      ctx.db,
      ctx.tenant.accountId,
      orders.map((o) => o.sellerFulfillmentOrderId),
    );
    const changed = orders.filter((o) => {
      const known = stored.get(o.sellerFulfillmentOrderId);
      return !known || !known.hasDetail || known.statusUpdatedAt.getTime() !== new Date(o.statusUpdatedDate).getTime();
    });
    const details = await mapWithConcurrency(changed, ctx.settings.detailConcurrency, async (o) => {
      const response = await ctx.client.fulfillmentOutbound.getFulfillmentOrder({ sellerFulfillmentOrderId: o.sellerFulfillmentOrderId });
      return response.payload;
    });
    const detailById = new Map(changed.map((o, i) => [o.sellerFulfillmentOrderId, details[i]]));
    const rows = orders.map((o) => {
      const detail = detailById.get(o.sellerFulfillmentOrderId);
      // A fresh detail carries the newest header too; unchanged orders keep their stored detail.
      const header = detail?.fulfillmentOrder ?? o;
      const row = reshapeFulfillmentOrder(header, ctx.tenant);
      return detail ? { ...row, detail: { ...reshapeFulfillmentOrderDetail(detail) } } : row;
    });
    const seen = orders.reduce<Date | null>((max, o) => latest(max, new Date(o.statusUpdatedDate)), null);
    const windowEnd = latest(pendingCursor, seen);
    const nextToken = result?.nextToken ?? null;
    page += 1;
    const refused = await ctx.db.transaction(async (tx) => {
      const refused = await writeSkippingBadRecords(tx, rows, (r) => ({ what: 'fulfillment order', id: r.sellerFulfillmentOrderId }), upsertFulfillmentOrders);
      await savePageCheckpoint(tx, ctx.lease, {
        pageToken: nextToken,
        pendingCursor: nextToken ? windowEnd : null,
        ...(nextToken ? {} : { cursor: latest(checkpoint.cursor, windowEnd) }),
        synced: rows.length - refused.length,
        progressDone: synced + rows.length - refused.length,
      });
      return refused;
    });
    skipped.push(...refused);
    synced += rows.length - refused.length;
    await ctx.hooks.afterPageCommitted?.(page);
    if (!nextToken) return { synced, skipped };
    pageToken = nextToken;
    pendingCursor = windowEnd;
  }
}
