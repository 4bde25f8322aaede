/** Writes synced inbound shipments; a shipment's items are replaced as a whole (SKUs can be removed while WORKING). */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inboundShipmentItems, inboundShipments } from '@/db/schema';
import { takeIncoming } from '@/db/upsert-set';
import type { InboundShipmentItemRow, InboundShipmentRow } from './reshape';

// labelPrepPreference is ours (Amazon never reports it): a sync or re-read must not clear it.
const set = takeIncoming(inboundShipments, ['accountId', 'shipmentId', 'workspaceId', 'labelPrepPreference']);

export async function upsertInboundShipments(db: Db, accountId: string, shipments: InboundShipmentRow[], items: InboundShipmentItemRow[]): Promise<void> {
  if (!shipments.length) return;
  await db
    .insert(inboundShipments)
    .values(shipments)
    .onConflictDoUpdate({ target: [inboundShipments.accountId, inboundShipments.shipmentId], set });
  await db.delete(inboundShipmentItems).where(
    and(
      eq(inboundShipmentItems.accountId, accountId),
      inArray(
        inboundShipmentItems.shipmentId,
        shipments.map((s) => s.shipmentId),
      ),
    ),
  );
  if (items.length) await db.insert(inboundShipmentItems).values(items);
}
