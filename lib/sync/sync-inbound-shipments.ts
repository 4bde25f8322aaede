/**
 * Inbound shipments per marketplace: getShipments (DATE_RANGE from the cursor minus an overlap
 * to now, every status), then NEXT_TOKEN pages, and each shipment's items. The window's end
 * becomes the cursor once its last page is committed.
 */
import { SpApiError } from '@/lib/sp-api/errors';
import type { GetShipmentsParams, InboundShipmentInfo } from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import { reshapeInboundShipment, reshapeInboundShipmentItem } from '@/lib/inbound/reshape';
import { upsertInboundShipments } from '@/lib/inbound/upsert';
import { readCheckpoint, savePageCheckpoint } from './checkpoints';
import { mapWithConcurrency, windowStart, type SyncContext, type SyncResult } from './context';

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
  let synced = 0;
  let page = 0;
  for (const marketplaceId of ctx.marketplaceIds) {
    const checkpoint = await readCheckpoint(ctx.db, ctx.lease, marketplaceId);
    let pageToken = checkpoint.pageToken;
    let windowEnd = checkpoint.pendingCursor ?? ctx.now();
    for (;;) {
      let result;
      try {
        result = (
          await ctx.client.fulfillmentInboundV0.getShipments(
            pageToken
              ? { QueryType: 'NEXT_TOKEN', NextToken: pageToken, MarketplaceId: marketplaceId }
              : {
                  QueryType: 'DATE_RANGE',
                  MarketplaceId: marketplaceId,
                  ShipmentStatusList: ALL_STATUSES,
                  LastUpdatedAfter: windowStart(ctx, checkpoint.cursor).toISOString(),
                  LastUpdatedBefore: windowEnd.toISOString(),
                },
          )
        ).payload;
      } catch (error) {
        if (pageToken && error instanceof SpApiError && error.kind === 'InvalidInput') {
          pageToken = null;
          windowEnd = ctx.now();
          continue;
        }
        throw error;
      }
      const shipments = (result?.ShipmentData ?? []).filter((s): s is InboundShipmentInfo & { ShipmentId: string } => Boolean(s.ShipmentId));
      const items = await mapWithConcurrency(shipments, ctx.settings.detailConcurrency, async (s) => {
        const response = await ctx.client.fulfillmentInboundV0.getShipmentItemsByShipmentId({ shipmentId: s.ShipmentId, MarketplaceId: marketplaceId });
        return response.payload?.ItemData ?? [];
      });
      const shipmentRows = shipments.map((s) => reshapeInboundShipment(s, marketplaceId, ctx.tenant));
      const itemRows = shipments.flatMap((s, i) => (items[i] ?? []).map((item) => reshapeInboundShipmentItem(item, s.ShipmentId, ctx.tenant)));
      const nextToken = result?.NextToken ?? null;
      synced += shipmentRows.length;
      page += 1;
      await ctx.db.transaction(async (tx) => {
        await upsertInboundShipments(tx, ctx.tenant.accountId, shipmentRows, itemRows);
        await savePageCheckpoint(tx, ctx.lease, {
          marketplaceId,
          pageToken: nextToken,
          pendingCursor: nextToken ? windowEnd : null,
          ...(nextToken ? {} : { cursor: windowEnd }),
          synced: shipmentRows.length,
          progressDone: synced,
        });
      });
      await ctx.hooks.afterPageCommitted?.(page);
      if (!nextToken) break;
      pageToken = nextToken;
    }
  }
  return { synced };
}
