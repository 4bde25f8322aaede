/**
 * Multi-Channel Fulfillment orders: listAllFulfillmentOrders from the cursor (minus an
 * overlap), then getFulfillmentOrder for the orders whose status changed since we stored them
 * (items, shipments, packages, returns for the detail page), page by page (page-loop.ts).
 */
import type { FulfillmentOrder } from '@/lib/sp-api/generated/fulfillment-outbound';
import { reshapeFulfillmentOrder, reshapeFulfillmentOrderDetail, storedFulfillmentOrderVersions, upsertFulfillmentOrders } from '@/lib/outbound';
import { mapWithConcurrency, windowStart, type SyncContext, type SyncResult } from './context';
import { latest, listPages } from './page-loop';

export async function syncFulfillmentOrders(ctx: SyncContext): Promise<SyncResult> {
  const { listed, skipped } = await listPages(ctx, {
    ask: async ({ pageToken, checkpoint }) =>
      (
        await ctx.client.fulfillmentOutbound.listAllFulfillmentOrders(
          pageToken ? { nextToken: pageToken } : { queryStartDate: windowStart(ctx, checkpoint.cursor).toISOString() },
        )
      ).payload,
    read: async (result, { pendingCursor, checkpoint }) => {
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
      const records = orders.map((o) => {
        const detail = detailById.get(o.sellerFulfillmentOrderId);
        // A fresh detail carries the newest header too; unchanged orders keep their stored detail.
        const header = detail?.fulfillmentOrder ?? o;
        const row = reshapeFulfillmentOrder(header, ctx.tenant);
        return detail ? { ...row, detail: { ...reshapeFulfillmentOrderDetail(detail) } } : row;
      });
      const seen = orders.reduce<Date | null>((max, o) => latest(max, new Date(o.statusUpdatedDate)), null);
      const windowEnd = latest(pendingCursor, seen);
      return { records, nextToken: result?.nextToken ?? null, windowEnd, cursor: latest(checkpoint.cursor, windowEnd) };
    },
    describe: (r) => ({ what: 'fulfillment order', id: r.sellerFulfillmentOrderId }),
    write: upsertFulfillmentOrders,
  });
  return { synced: listed, skipped };
}
