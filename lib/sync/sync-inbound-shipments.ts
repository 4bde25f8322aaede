/**
 * Inbound shipments per marketplace: getShipments (DATE_RANGE from the cursor minus an overlap
 * to now, every status), then NEXT_TOKEN pages, and each shipment's items. The window's end
 * becomes the cursor once its last page is committed. Then the Send to Amazon plans: those made
 * elsewhere are brought in, changed and pending ones read again.
 */
import type { GetShipmentsParams, InboundShipmentInfo } from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import { reshapeInboundShipment, reshapeInboundShipmentItem, syncSendToAmazonPlans, upsertInboundShipments } from '@/lib/inbound';
import { mapWithConcurrency, windowStart, type SyncContext, type SyncResult } from './context';
import { listPages } from './page-loop';

const ALL_STATUSES: NonNullable<GetShipmentsParams['ShipmentStatusList']> = [
  'WORKING',
  'READY_TO_SHIP',
  'SHIPPED',
  'RECEIVING',
  'CANCELLED',
  'DELETED',
  'CLOSED',
  'ERROR',
  'IN_TRANSIT',
  'DELIVERED',
  'CHECKED_IN',
];

export async function syncInboundShipments(ctx: SyncContext): Promise<SyncResult> {
  const { listed, skipped } = await listPages(ctx, {
    marketplaceIds: ctx.marketplaceIds,
    // DATE_RANGE needs the window's end up front; a window restarted for a refused token ends now.
    windowEndSetAtStart: true,
    ask: async ({ marketplaceId, pageToken, pendingCursor, checkpoint }) =>
      (
        await ctx.client.fulfillmentInboundV0.getShipments(
          pageToken
            ? { QueryType: 'NEXT_TOKEN', NextToken: pageToken, MarketplaceId: marketplaceId! }
            : {
                QueryType: 'DATE_RANGE',
                MarketplaceId: marketplaceId!,
                ShipmentStatusList: ALL_STATUSES,
                LastUpdatedAfter: windowStart(ctx, checkpoint.cursor).toISOString(),
                LastUpdatedBefore: pendingCursor!.toISOString(),
              },
        )
      ).payload,
    read: async (result, { marketplaceId, pendingCursor }) => {
      const shipments = (result?.ShipmentData ?? []).filter((s): s is InboundShipmentInfo & { ShipmentId: string } => Boolean(s.ShipmentId));
      const items = await mapWithConcurrency(shipments, ctx.settings.detailConcurrency, async (s) => {
        const response = await ctx.client.fulfillmentInboundV0.getShipmentItemsByShipmentId({ shipmentId: s.ShipmentId, MarketplaceId: marketplaceId! });
        return response.payload?.ItemData ?? [];
      });
      // A shipment and its items are one record: stored together or skipped together.
      const records = shipments.map((s, i) => ({
        shipment: reshapeInboundShipment(s, marketplaceId!, ctx.tenant),
        items: (items[i] ?? []).map((item) => reshapeInboundShipmentItem(item, s.ShipmentId, ctx.tenant)),
      }));
      return { records, nextToken: result?.NextToken ?? null, windowEnd: pendingCursor, cursor: pendingCursor };
    },
    describe: (r) => ({ what: 'shipment', id: r.shipment.shipmentId }),
    write: (db, batch) =>
      upsertInboundShipments(
        db,
        ctx.tenant.accountId,
        batch.map((r) => r.shipment),
        batch.flatMap((r) => r.items),
      ),
  });
  // Send to Amazon plans (Fulfillment Inbound 2024-03-20), wherever they were made.
  const plans = await syncSendToAmazonPlans(ctx.db, ctx.client, ctx.tenant, ctx.marketplaceIds);
  return { synced: listed + plans, skipped };
}
