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
import { writeSkippingBadRecords, type SkippedRecord } from './record-writer';

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
  const skipped: SkippedRecord[] = [];
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
      // A shipment and its items are one record: stored together or skipped together.
      const records = shipments.map((s, i) => ({
        shipment: reshapeInboundShipment(s, marketplaceId, ctx.tenant),
        items: (items[i] ?? []).map((item) => reshapeInboundShipmentItem(item, s.ShipmentId, ctx.tenant)),
      }));
      const nextToken = result?.NextToken ?? null;
      page += 1;
      const refused = await ctx.db.transaction(async (tx) => {
        const refused = await writeSkippingBadRecords(
          tx,
          records,
          (r) => ({ what: 'shipment', id: r.shipment.shipmentId }),
          (db, batch) => upsertInboundShipments(db, ctx.tenant.accountId, batch.map((r) => r.shipment), batch.flatMap((r) => r.items)),
        );
        await savePageCheckpoint(tx, ctx.lease, {
          marketplaceId,
          pageToken: nextToken,
          pendingCursor: nextToken ? windowEnd : null,
          ...(nextToken ? {} : { cursor: windowEnd }),
          synced: records.length - refused.length,
          progressDone: synced + records.length - refused.length,
        });
        return refused;
      });
      skipped.push(...refused);
      synced += records.length - refused.length;
      await ctx.hooks.afterPageCommitted?.(page);
      if (!nextToken) break;
      pageToken = nextToken;
    }
  }
  return { synced, skipped };
}
