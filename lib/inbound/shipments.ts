/**
 * Inbound shipments on Amazon's side: create them from a plan, edit quantities, cancel,
 * pre-orders, and re-read one shipment into the database after every write.
 */
import 'server-only';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inboundPlanShipments, inboundPlans, inboundShipmentItems, inboundShipments, type ShipFromAddress } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/types';
import { askAmazon } from '@/lib/sp-api';
import type { InboundShipmentInfo, LabelPrepPreference } from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import { UserFacingError } from '@/lib/user-facing-error';
import { toAmazonAddress } from './plan-input';
import { reshapeInboundShipment, reshapeInboundShipmentItem } from './reshape';
import { canCancelShipment, canEditShipment } from './status';
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

/**
 * The follow-up read after Amazon accepted a write: best effort, because the write already
 * happened and the rows we changed are stored. False when the read failed (the sync catches up).
 */
export async function refreshShipmentQuietly(db: Db, client: SpApiClient, tenant: Tenant, marketplaceId: string, shipmentId: string): Promise<boolean> {
  try {
    await refreshShipment(db, client, tenant, marketplaceId, shipmentId);
    return true;
  } catch (error) {
    console.warn('[inbound] shipment re-read failed after a successful write', shipmentId, error instanceof Error ? error.message : error);
    return false;
  }
}

/** A claim older than this is from a request that died between claiming and finishing. */
export const CREATE_CLAIM_TIMEOUT_MS = 5 * 60_000;

/** Whether Amazon already holds this shipment: after a failed or timed-out create it may have gone through. */
async function existsOnAmazon(client: SpApiClient, marketplaceId: string, shipmentId: string): Promise<boolean> {
  try {
    const response = await client.fulfillmentInboundV0.getShipments({ QueryType: 'SHIPMENT', ShipmentIdList: [shipmentId], MarketplaceId: marketplaceId });
    return (response.payload?.ShipmentData ?? []).some((s) => s.ShipmentId === shipmentId);
  } catch {
    return false;
  }
}

/**
 * createInboundShipment for one plan Amazon returned. The plan row is claimed first (one
 * UPDATE ... RETURNING), so two submits cannot both send it; if Amazon answers that the
 * shipment exists (an earlier attempt went through) it is read back and treated as created.
 * Marking the plan and storing the shipment happen in one transaction.
 */
export async function createShipmentFromPlan(
  db: Db,
  client: SpApiClient,
  tenant: Tenant,
  input: { planId: string; shipmentId: string; name: string },
  now: () => Date = () => new Date(),
): Promise<void> {
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
  const thisPlanned = and(eq(inboundPlanShipments.planId, planned.planId), eq(inboundPlanShipments.shipmentId, planned.shipmentId));
  const claimed = await db
    .update(inboundPlanShipments)
    .set({ creatingAt: now() })
    .where(
      and(
        thisPlanned,
        isNull(inboundPlanShipments.createdShipmentAt),
        or(isNull(inboundPlanShipments.creatingAt), lt(inboundPlanShipments.creatingAt, new Date(now().getTime() - CREATE_CLAIM_TIMEOUT_MS))),
      ),
    )
    .returning({ shipmentId: inboundPlanShipments.shipmentId });
  if (!claimed.length) throw new UserFacingError('This shipment is already being created; refresh the page in a moment.');

  const caseQuantities = new Map(plan.requestItems.map((i) => [i.sellerSku, i.quantityInCase]));
  const areCasesRequired = plan.requestItems.some((i) => i.quantityInCase);
  try {
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
  } catch (error) {
    if (!(await existsOnAmazon(client, plan.marketplaceId, planned.shipmentId))) {
      await db.update(inboundPlanShipments).set({ creatingAt: null }).where(thisPlanned);
      throw error;
    }
  }
  await db.transaction(async (tx) => {
    await tx.update(inboundPlanShipments).set({ createdShipmentAt: now(), creatingAt: null }).where(thisPlanned);
    // Stored straight away from what we sent; the re-read below fills in Amazon's view.
    await upsertInboundShipments(
      tx,
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
          labelPrepPreference: plan.labelPrepPreference,
          areCasesRequired,
          shipFromAddress: plan.shipFromAddress,
          syncedAt: now(),
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
    // The upsert keeps a stored preference (a sync may have seen the shipment first): set it here.
    await tx
      .update(inboundShipments)
      .set({ labelPrepPreference: plan.labelPrepPreference })
      .where(and(eq(inboundShipments.accountId, tenant.accountId), eq(inboundShipments.shipmentId, planned.shipmentId)));
  });
  // The page opened next reads the stored rows; a failed re-read is caught up by the sync.
  await refreshShipmentQuietly(db, client, tenant, plan.marketplaceId, planned.shipmentId);
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

function headerOf(
  shipment: {
    name: string | null;
    shipmentId: string;
    shipFromAddress: ShipFromAddress | null;
    destinationFulfillmentCenterId: string | null;
    areCasesRequired: boolean;
    labelPrepType: string | null;
    labelPrepPreference: string | null;
  },
  status: 'WORKING' | 'SHIPPED' | 'CANCELLED',
  name?: string,
) {
  if (!shipment.shipFromAddress || !shipment.destinationFulfillmentCenterId)
    throw new UserFacingError('This shipment has not synced fully yet; try again in a minute.');
  return {
    ShipmentName: name ?? shipment.name ?? shipment.shipmentId,
    ShipFromAddress: toAmazonAddress(shipment.shipFromAddress),
    DestinationFulfillmentCenterId: shipment.destinationFulfillmentCenterId,
    AreCasesRequired: shipment.areCasesRequired,
    ShipmentStatus: status,
    LabelPrepPreference: labelPrepPreferenceOf(shipment),
  };
}

/**
 * The preference the shipment was created with. Shipments only seen by the sync have none stored
 * (Amazon does not report it), so it is inferred from the label type Amazon assigned.
 */
export function labelPrepPreferenceOf(shipment: { labelPrepPreference: string | null; labelPrepType: string | null }): LabelPrepPreference {
  if (shipment.labelPrepPreference) return shipment.labelPrepPreference as LabelPrepPreference;
  return shipment.labelPrepType === 'SELLER_LABEL' ? 'SELLER_LABEL' : 'AMAZON_LABEL_PREFERRED';
}

/** New quantities (0 removes a SKU) and name, while the shipment is WORKING. */
export async function updateShipmentItems(
  db: Db,
  client: SpApiClient,
  tenant: Tenant,
  input: { shipmentId: string; name: string; quantities: Record<string, number> },
): Promise<{ refreshed: boolean }> {
  const { shipment, items } = await loadShipment(db, tenant, input.shipmentId);
  if (!canEditShipment(shipment.status)) throw new UserFacingError(`This shipment is ${shipment.status}; only a working shipment can be edited.`);
  const submitted = items.filter((i) => input.quantities[i.sellerSku] !== undefined);
  if (submitted.every((i) => input.quantities[i.sellerSku] === 0)) {
    throw new UserFacingError('A shipment keeps at least one SKU; cancel the shipment instead.', { _form: ['A shipment keeps at least one SKU.'] });
  }
  for (const item of submitted) {
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
        InboundShipmentItems: submitted.map((i) => ({
          SellerSKU: i.sellerSku,
          QuantityShipped: input.quantities[i.sellerSku]!,
          ...(i.quantityInCase > 0 ? { QuantityInCase: i.quantityInCase } : {}),
        })),
      },
    }),
  );
  // Amazon accepted: store what changed now, so the page is right even if the re-read fails.
  const thisShipment = and(
    eq(inboundShipments.workspaceId, tenant.workspaceId),
    eq(inboundShipments.accountId, tenant.accountId),
    eq(inboundShipments.shipmentId, shipment.shipmentId),
  );
  await db.transaction(async (tx) => {
    await tx.update(inboundShipments).set({ name: input.name }).where(thisShipment);
    for (const item of submitted) {
      await tx
        .update(inboundShipmentItems)
        .set({ quantityShipped: input.quantities[item.sellerSku]! })
        .where(
          and(
            eq(inboundShipmentItems.accountId, tenant.accountId),
            eq(inboundShipmentItems.shipmentId, shipment.shipmentId),
            eq(inboundShipmentItems.sellerSku, item.sellerSku),
          ),
        );
    }
  });
  return { refreshed: await refreshShipmentQuietly(db, client, tenant, shipment.marketplaceId, shipment.shipmentId) };
}

export async function cancelShipment(db: Db, client: SpApiClient, tenant: Tenant, shipmentId: string): Promise<{ refreshed: boolean }> {
  const { shipment, items } = await loadShipment(db, tenant, shipmentId);
  if (!canCancelShipment(shipment.status)) throw new UserFacingError(`A ${shipment.status} shipment can no longer be cancelled.`);
  await askAmazon(() =>
    client.fulfillmentInboundV0.updateInboundShipment({
      shipmentId,
      body: {
        MarketplaceId: shipment.marketplaceId,
        InboundShipmentHeader: headerOf(shipment, 'CANCELLED'),
        InboundShipmentItems: items.map((i) => ({
          SellerSKU: i.sellerSku,
          QuantityShipped: i.quantityShipped,
          ...(i.quantityInCase > 0 ? { QuantityInCase: i.quantityInCase } : {}),
        })),
      },
    }),
  );
  // Amazon deletes a working shipment and cancels one already on its way.
  await db
    .update(inboundShipments)
    .set({ status: shipment.status === 'WORKING' ? 'DELETED' : 'CANCELLED' })
    .where(
      and(eq(inboundShipments.workspaceId, tenant.workspaceId), eq(inboundShipments.accountId, tenant.accountId), eq(inboundShipments.shipmentId, shipmentId)),
    );
  return { refreshed: await refreshShipmentQuietly(db, client, tenant, shipment.marketplaceId, shipmentId) };
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
  const response = await askAmazon(() =>
    client.fulfillmentInboundV0.confirmPreorder({ shipmentId, NeedByDate: needByDate, MarketplaceId: shipment.marketplaceId }),
  );
  await db
    .update(inboundShipments)
    .set({ confirmedNeedByDate: response.payload?.ConfirmedNeedByDate ?? needByDate })
    .where(and(eq(inboundShipments.accountId, tenant.accountId), eq(inboundShipments.shipmentId, shipmentId)));
  return response.payload ?? {};
}
