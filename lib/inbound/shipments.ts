/**
 * Inbound shipments on Amazon's side: create them from a plan, edit quantities, cancel,
 * pre-orders, and re-read one shipment into the database after every write.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inboundPlanShipments, inboundPlans, inboundShipmentItems, inboundShipments, type ShipFromAddress } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/client';
import type { InboundShipmentInfo, LabelPrepPreference } from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import { UserFacingError } from '@/lib/user-facing-error';
import { askAmazon } from './amazon-errors';
import { toAmazonAddress } from './plan-input';
import { reshapeInboundShipment, reshapeInboundShipmentItem } from './reshape';
import { canCancelShipment, canEditShipment } from './status';
import { upsertInboundShipments } from './upsert';

export interface Tenant {
  workspaceId: string;
  accountId: string;
}

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

export async function createShipmentFromPlan(
  db: Db,
  client: SpApiClient,
  tenant: Tenant,
  input: { planId: string; shipmentId: string; name: string },
): Promise<{ marketplaceId: string }> {
  const [row] = await db
    .select({ plan: inboundPlans, planned: inboundPlanShipments })
    .from(inboundPlanShipments)
    .innerJoin(inboundPlans, eq(inboundPlans.id, inboundPlanShipments.planId))
    .where(
      and(
        eq(inboundPlanShipments.planId, input.planId),
        eq(inboundPlanShipments.shipmentId, input.shipmentId),
        eq(inboundPlans.workspaceId, tenant.workspaceId),
        eq(inboundPlans.accountId, tenant.accountId),
      ),
    );
  if (!row) throw new UserFacingError('That shipment plan was not found.');
  if (row.planned.createdShipmentAt) throw new UserFacingError('This plan is already a shipment.');
  const { plan, planned } = row;
  const caseQuantities = new Map(plan.requestItems.map((i) => [i.sellerSku, i.quantityInCase]));
  const areCasesRequired = plan.requestItems.some((i) => i.quantityInCase);
  await askAmazon(() =>
    client.fulfillmentInboundV0.createInboundShipment({
      shipmentId: planned.shipmentId,
      body: {
        MarketplaceId: plan.marketplaceId,
        InboundShipmentHeader: {
          ShipmentName: input.name,
          ShipFromAddress: toAmazonAddress(plan.shipFromAddress),
          DestinationFulfillmentCenterId: planned.destinationFulfillmentCenterId,
          AreCasesRequired: areCasesRequired,
          ShipmentStatus: 'WORKING',
          LabelPrepPreference: plan.labelPrepPreference as LabelPrepPreference,
        },
        InboundShipmentItems: planned.items.map((item) => {
          const inCase = caseQuantities.get(item.sellerSku);
          return { SellerSKU: item.sellerSku, QuantityShipped: item.quantity, ...(inCase ? { QuantityInCase: inCase } : {}) };
        }),
      },
    }),
  );
  await db
    .update(inboundPlanShipments)
    .set({ createdShipmentAt: new Date() })
    .where(and(eq(inboundPlanShipments.planId, planned.planId), eq(inboundPlanShipments.shipmentId, planned.shipmentId)));
  // Stored straight away from what we sent; the re-read below fills in Amazon's view.
  await upsertInboundShipments(
    db,
    tenant.accountId,
    [
      {
        ...tenant,
        shipmentId: planned.shipmentId,
        marketplaceId: plan.marketplaceId,
        name: input.name,
        status: 'WORKING',
        destinationFulfillmentCenterId: planned.destinationFulfillmentCenterId,
        labelPrepType: planned.labelPrepType,
        areCasesRequired,
        shipFromAddress: plan.shipFromAddress,
        syncedAt: new Date(),
      },
    ],
    planned.items.map((item) => ({
      ...tenant,
      shipmentId: planned.shipmentId,
      sellerSku: item.sellerSku,
      fnsku: item.fnsku,
      quantityShipped: item.quantity,
      quantityReceived: 0,
      quantityInCase: caseQuantities.get(item.sellerSku) ?? 0,
    })),
  );
  await refreshShipment(db, client, tenant, plan.marketplaceId, planned.shipmentId);
  return { marketplaceId: plan.marketplaceId };
}

export async function loadShipment(db: Db, tenant: Tenant, shipmentId: string) {
  const [shipment] = await db
    .select()
    .from(inboundShipments)
    .where(and(eq(inboundShipments.workspaceId, tenant.workspaceId), eq(inboundShipments.accountId, tenant.accountId), eq(inboundShipments.shipmentId, shipmentId)));
  if (!shipment) throw new UserFacingError('That inbound shipment was not found.');
  const items = await db
    .select()
    .from(inboundShipmentItems)
    .where(and(eq(inboundShipmentItems.accountId, tenant.accountId), eq(inboundShipmentItems.shipmentId, shipmentId)));
  return { shipment, items };
}

function headerOf(
  shipment: { name: string | null; shipmentId: string; shipFromAddress: ShipFromAddress | null; destinationFulfillmentCenterId: string | null; areCasesRequired: boolean; labelPrepType: string | null },
  status: 'WORKING' | 'SHIPPED' | 'CANCELLED',
  name?: string,
) {
  if (!shipment.shipFromAddress || !shipment.destinationFulfillmentCenterId) throw new UserFacingError('This shipment has not synced fully yet; try again in a minute.');
  return {
    ShipmentName: name ?? shipment.name ?? shipment.shipmentId,
    ShipFromAddress: toAmazonAddress(shipment.shipFromAddress),
    DestinationFulfillmentCenterId: shipment.destinationFulfillmentCenterId,
    AreCasesRequired: shipment.areCasesRequired,
    ShipmentStatus: status,
    // The header needs a preference; the shipment's label type tells us which one it was planned with.
    LabelPrepPreference: (shipment.labelPrepType === 'SELLER_LABEL' ? 'SELLER_LABEL' : 'AMAZON_LABEL_PREFERRED') as LabelPrepPreference,
  };
}

/** New quantities (0 removes a SKU) and name, while the shipment is WORKING. */
export async function updateShipmentItems(
  db: Db,
  client: SpApiClient,
  tenant: Tenant,
  input: { shipmentId: string; name: string; quantities: Record<string, number> },
): Promise<void> {
  const { shipment, items } = await loadShipment(db, tenant, input.shipmentId);
  if (!canEditShipment(shipment.status)) throw new UserFacingError(`This shipment is ${shipment.status}; only a working shipment can be edited.`);
  const changed = items.filter((i) => input.quantities[i.sellerSku] !== undefined);
  if (changed.every((i) => input.quantities[i.sellerSku] === 0)) {
    throw new UserFacingError('A shipment keeps at least one SKU; cancel the shipment instead.', { _form: ['A shipment keeps at least one SKU.'] });
  }
  for (const item of changed) {
    const q = input.quantities[item.sellerSku]!;
    if (item.quantityInCase > 0 && q % item.quantityInCase !== 0) {
      throw new UserFacingError('Check the highlighted fields.', { [`qty_${item.sellerSku}`]: [`Ship whole cases: a multiple of ${item.quantityInCase}.`] });
    }
  }
  await askAmazon(() =>
    client.fulfillmentInboundV0.updateInboundShipment({
      shipmentId: shipment.shipmentId,
      body: {
        MarketplaceId: shipment.marketplaceId,
        InboundShipmentHeader: headerOf(shipment, 'WORKING', input.name),
        InboundShipmentItems: changed.map((i) => ({
          SellerSKU: i.sellerSku,
          QuantityShipped: input.quantities[i.sellerSku]!,
          ...(i.quantityInCase > 0 ? { QuantityInCase: i.quantityInCase } : {}),
        })),
      },
    }),
  );
  await refreshShipment(db, client, tenant, shipment.marketplaceId, shipment.shipmentId);
}

export async function cancelShipment(db: Db, client: SpApiClient, tenant: Tenant, shipmentId: string): Promise<void> {
  const { shipment, items } = await loadShipment(db, tenant, shipmentId);
  if (!canCancelShipment(shipment.status)) throw new UserFacingError(`A ${shipment.status} shipment can no longer be cancelled.`);
  await askAmazon(() =>
    client.fulfillmentInboundV0.updateInboundShipment({
      shipmentId,
      body: {
        MarketplaceId: shipment.marketplaceId,
        InboundShipmentHeader: headerOf(shipment, 'CANCELLED'),
        InboundShipmentItems: items.map((i) => ({ SellerSKU: i.sellerSku, QuantityShipped: i.quantityShipped, ...(i.quantityInCase > 0 ? { QuantityInCase: i.quantityInCase } : {}) })),
      },
    }),
  );
  await refreshShipment(db, client, tenant, shipment.marketplaceId, shipmentId);
}

export async function readPreorderInfo(db: Db, client: SpApiClient, tenant: Tenant, shipmentId: string) {
  const { shipment } = await loadShipment(db, tenant, shipmentId);
  const response = await askAmazon(() => client.fulfillmentInboundV0.getPreorderInfo({ shipmentId, MarketplaceId: shipment.marketplaceId }));
  const p = response.payload ?? {};
  return {
    containsPreorderableItems: p.ShipmentContainsPreorderableItems ?? false,
    confirmed: p.ShipmentConfirmedForPreorder ?? false,
    needByDate: p.NeedByDate ?? null,
    confirmedFulfillableDate: p.ConfirmedFulfillableDate ?? null,
  };
}

export async function confirmPreorder(db: Db, client: SpApiClient, tenant: Tenant, shipmentId: string, needByDate: string) {
  const { shipment } = await loadShipment(db, tenant, shipmentId);
  const response = await askAmazon(() => client.fulfillmentInboundV0.confirmPreorder({ shipmentId, NeedByDate: needByDate, MarketplaceId: shipment.marketplaceId }));
  await db
    .update(inboundShipments)
    .set({ confirmedNeedByDate: response.payload?.ConfirmedNeedByDate ?? needByDate })
    .where(and(eq(inboundShipments.accountId, tenant.accountId), eq(inboundShipments.shipmentId, shipmentId)));
  return response.payload ?? {};
}
