/**
 * One inbound shipment: loaded from the database in the user's workspace, and read again from
 * Amazon (the v0 reads Amazon kept: getShipments, getShipmentItemsByShipmentId) on request.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inboundShipmentItems, inboundShipments } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/types';
import { askAmazon } from '@/lib/sp-api';
import type { InboundShipmentInfo } from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import { UserFacingError } from '@/lib/user-facing-error';
import { reshapeInboundShipment, reshapeInboundShipmentItem } from './reshape';
import { upsertInboundShipments } from './upsert';
import type { Tenant } from '@/lib/tenancy';

/** Reads one shipment and its items from Amazon and stores them, so the page shows the result at once. */
export async function refreshShipment(db: Db, client: SpApiClient, tenant: Tenant, marketplaceId: string, shipmentId: string): Promise<void> {
  const [shipments, items] = await askAmazon(() =>
    Promise.all([
      client.fulfillmentInboundV0.getShipments({ QueryType: 'SHIPMENT', ShipmentIdList: [shipmentId], MarketplaceId: marketplaceId }),
      client.fulfillmentInboundV0.getShipmentItemsByShipmentId({ shipmentId, MarketplaceId: marketplaceId }),
    ]),
  );
  const found = (shipments.payload?.ShipmentData ?? []).find((s): s is InboundShipmentInfo & { ShipmentId: string } => s.ShipmentId === shipmentId);
  if (!found) return;
  await db.transaction(async (tx) => {
    await upsertInboundShipments(
      tx,
      tenant.accountId,
      [reshapeInboundShipment(found, marketplaceId, tenant)],
      (items.payload?.ItemData ?? []).map((item) => reshapeInboundShipmentItem(item, shipmentId, tenant)),
    );
  });
}

export async function loadShipment(db: Db, tenant: Tenant, shipmentId: string) {
  const [shipment] = await db
    .select()
    .from(inboundShipments)
    .where(
      and(eq(inboundShipments.workspaceId, tenant.workspaceId), eq(inboundShipments.accountId, tenant.accountId), eq(inboundShipments.shipmentId, shipmentId)),
    );
  if (!shipment) throw new UserFacingError('That inbound shipment was not found.');
  const items = await db
    .select()
    .from(inboundShipmentItems)
    .where(and(eq(inboundShipmentItems.accountId, tenant.accountId), eq(inboundShipmentItems.shipmentId, shipmentId)));
  return { shipment, items };
}
