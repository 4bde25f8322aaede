/**
 * Shipment plans: the guidance and prep Amazon gives while SKUs are picked, then
 * createInboundShipmentPlan and the plans it returns, stored until they become shipments.
 */
import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  inboundPlanShipments,
  inboundPlans,
  sellerAccountMarketplaces,
  sellerAccounts,
  shipFromAddresses,
  type PlanRequestItem,
  type ShipFromAddress,
} from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/types';
import { withRequestId, askAmazon } from '@/lib/sp-api';
import type { InboundShipmentPlan } from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import { UserFacingError } from '@/lib/user-facing-error';
import { buildPlanRequest, type PlanInput } from './plan-input';
import { addressFromAmazon } from './reshape';
import type { Tenant } from '@/lib/tenancy';

export interface SkuAdvice {
  sellerSku: string;
  asin: string | null;
  guidance: 'InboundOK' | 'InboundNotRecommended' | null;
  guidanceReasons: string[];
  barcodeInstruction: string | null;
  prepGuidance: string | null;
  prepInstructions: string[];
  amazonPrepFees: { prepInstruction: string; fee: string }[];
  invalid: string | null;
}

/** getInboundGuidance + getPrepInstructions for the SKUs being picked (at most 50, as the model allows). */
export async function adviseSkus(client: SpApiClient, input: { marketplaceId: string; countryCode: string; skus: string[] }): Promise<SkuAdvice[]> {
  const skus = [...new Set(input.skus)].slice(0, 50);
  if (!skus.length) return [];
  const [guidance, prep] = await askAmazon(() =>
    Promise.all([
      client.fulfillmentInboundV0.getInboundGuidance({ MarketplaceId: input.marketplaceId, SellerSKUList: skus }),
      client.fulfillmentInboundV0.getPrepInstructions({ ShipToCountryCode: input.countryCode, SellerSKUList: skus }),
    ]),
  );
  return skus.map((sellerSku) => {
    const g = guidance.payload?.SKUInboundGuidanceList?.find((x) => x.SellerSKU === sellerSku);
    const p = prep.payload?.SKUPrepInstructionsList?.find((x) => x.SellerSKU === sellerSku);
    const invalid =
      guidance.payload?.InvalidSKUList?.find((x) => x.SellerSKU === sellerSku)?.ErrorReason ??
      prep.payload?.InvalidSKUList?.find((x) => x.SellerSKU === sellerSku)?.ErrorReason ??
      null;
    return {
      sellerSku,
      asin: g?.ASIN ?? p?.ASIN ?? null,
      guidance: g?.InboundGuidance ?? null,
      guidanceReasons: g?.GuidanceReasonList ?? [],
      barcodeInstruction: p?.BarcodeInstruction ?? null,
      prepGuidance: p?.PrepGuidance ?? null,
      prepInstructions: p?.PrepInstructionList ?? [],
      amazonPrepFees: (p?.AmazonPrepFeesDetailsList ?? []).map((f) => ({
        prepInstruction: f.PrepInstruction ?? '',
        fee: f.FeePerUnit ? `${f.FeePerUnit.Value.toFixed(2)} ${f.FeePerUnit.CurrencyCode}` : '',
      })),
      invalid,
    };
  });
}

/** A saved address as the plan form and Amazon's request use it. */
export function addressFromRow(row: typeof shipFromAddresses.$inferSelect): ShipFromAddress {
  return {
    name: row.name,
    addressLine1: row.addressLine1,
    addressLine2: row.addressLine2 ?? undefined,
    districtOrCounty: row.districtOrCounty ?? undefined,
    city: row.city,
    stateOrProvinceCode: row.stateOrProvinceCode,
    countryCode: row.countryCode,
    postalCode: row.postalCode,
  };
}

/**
 * Saves a ship-from address for the workspace's next plans, once (compared by addressKey); saving
 * it again with a phone number adds the number.
 */
export async function saveShipFromAddress(db: Db, workspaceId: string, userId: string | null, a: ShipFromAddress, phoneNumber?: string): Promise<void> {
  const insert = db.insert(shipFromAddresses).values({
    workspaceId,
    createdBy: userId,
    name: a.name,
    addressLine1: a.addressLine1,
    addressLine2: a.addressLine2 ?? null,
    districtOrCounty: a.districtOrCounty ?? null,
    city: a.city,
    stateOrProvinceCode: a.stateOrProvinceCode,
    countryCode: a.countryCode,
    postalCode: a.postalCode,
    phoneNumber: phoneNumber ?? null,
    addressKey: addressKey(a),
  });
  const target = [shipFromAddresses.workspaceId, shipFromAddresses.addressKey];
  await (phoneNumber ? insert.onConflictDoUpdate({ target, set: { phoneNumber } }) : insert.onConflictDoNothing({ target }));
}

/** The same address typed twice (case, spacing) gives the same key: saved once per workspace. */
export function addressKey(a: ShipFromAddress): string {
  const norm = (v: string | undefined) => (v ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  return [a.name, a.addressLine1, a.addressLine2, a.districtOrCounty, a.city, a.stateOrProvinceCode, a.countryCode, a.postalCode].map(norm).join('|');
}

/** The saved address chosen in the form, or the new one typed (saved only once Amazon accepted the plan). */
export async function resolveShipFrom(db: Db, workspaceId: string, input: Pick<PlanInput, 'savedAddressId' | 'newAddress'>): Promise<ShipFromAddress> {
  if (input.savedAddressId) {
    const [saved] = await db
      .select()
      .from(shipFromAddresses)
      .where(and(eq(shipFromAddresses.id, input.savedAddressId), eq(shipFromAddresses.workspaceId, workspaceId)));
    if (!saved) throw new UserFacingError('Check the highlighted fields.', { shipFromAddressId: ['That saved address no longer exists.'] });
    return addressFromRow(saved);
  }
  return input.newAddress!;
}

/** The plan's marketplace must be one the account sells in: refused before anything is sent. */
async function assertAccountMarketplace(db: Db, tenant: Tenant, marketplaceId: string): Promise<void> {
  const [row] = await db
    .select({ marketplaceId: sellerAccountMarketplaces.marketplaceId })
    .from(sellerAccountMarketplaces)
    .innerJoin(sellerAccounts, eq(sellerAccounts.id, sellerAccountMarketplaces.accountId))
    .where(
      and(
        eq(sellerAccounts.id, tenant.accountId),
        eq(sellerAccounts.workspaceId, tenant.workspaceId),
        eq(sellerAccountMarketplaces.marketplaceId, marketplaceId),
      ),
    );
  if (!row) throw new UserFacingError('Check the highlighted fields.', { marketplaceId: ['This account does not sell in that marketplace.'] });
}

export async function createPlan(
  db: Db,
  client: SpApiClient,
  tenant: Tenant & { userId: string | null },
  input: { marketplaceId: string; shipFrom: ShipFromAddress; saveAddress?: boolean | undefined } & Pick<
    PlanInput,
    'labelPrepPreference' | 'packing' | 'shipToCountryCode' | 'shipToCountrySubdivisionCode' | 'items'
  >,
): Promise<{ planId: string; shipmentIds: string[] }> {
  await assertAccountMarketplace(db, tenant, input.marketplaceId);
  const body = buildPlanRequest(input);
  const { result: response, requestId } = await withRequestId('fulfillmentInboundV0.createInboundShipmentPlan', () =>
    askAmazon(() => client.fulfillmentInboundV0.createInboundShipmentPlan({ body })),
  );
  const plans = response.payload?.InboundShipmentPlans ?? [];
  if (!plans.length) throw new UserFacingError('Amazon returned no shipment plan for these items.');
  const requestItems: PlanRequestItem[] = input.items.map((i) => ({
    sellerSku: i.sellerSku,
    asin: i.asin,
    condition: i.condition,
    quantity: i.quantity,
    quantityInCase: input.packing === 'case' ? i.quantityInCase : undefined,
    prepDetails: i.prepDetails,
  }));
  const planId = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(inboundPlans)
      .values({
        workspaceId: tenant.workspaceId,
        accountId: tenant.accountId,
        marketplaceId: input.marketplaceId,
        shipFromAddress: input.shipFrom,
        labelPrepPreference: input.labelPrepPreference,
        shipToCountryCode: input.shipToCountryCode ?? null,
        shipToCountrySubdivisionCode: input.shipToCountrySubdivisionCode ?? null,
        requestItems,
        requestId: requestId ?? null,
        createdBy: tenant.userId,
      })
      .returning({ id: inboundPlans.id });
    await tx.insert(inboundPlanShipments).values(plans.map((p) => reshapePlan(p, row!.id, tenant.workspaceId)));
    if (input.saveAddress) await saveShipFromAddress(tx, tenant.workspaceId, tenant.userId, input.shipFrom);
    return row!.id;
  });
  return { planId, shipmentIds: plans.map((p) => p.ShipmentId) };
}

export function reshapePlan(p: InboundShipmentPlan, planId: string, workspaceId: string): typeof inboundPlanShipments.$inferInsert {
  const fee = p.EstimatedBoxContentsFee;
  return {
    planId,
    workspaceId,
    shipmentId: p.ShipmentId,
    destinationFulfillmentCenterId: p.DestinationFulfillmentCenterId,
    shipToAddress: addressFromAmazon(p.ShipToAddress),
    labelPrepType: p.LabelPrepType,
    items: p.Items.map((i) => ({
      sellerSku: i.SellerSKU,
      fnsku: i.FulfillmentNetworkSKU,
      quantity: i.Quantity,
      prepDetails: (i.PrepDetailsList ?? []).map((d) => ({ prepInstruction: d.PrepInstruction, prepOwner: d.PrepOwner })),
    })),
    estimatedBoxContentsFee: fee
      ? {
          totalUnits: fee.TotalUnits,
          feePerUnit: fee.FeePerUnit ? String(fee.FeePerUnit.Value) : undefined,
          totalFee: fee.TotalFee ? String(fee.TotalFee.Value) : undefined,
          currency: fee.TotalFee?.CurrencyCode ?? fee.FeePerUnit?.CurrencyCode,
        }
      : null,
  };
}

export async function getPlan(db: Db, workspaceId: string, planId: string) {
  const [plan] = await db
    .select()
    .from(inboundPlans)
    .where(and(eq(inboundPlans.id, planId), eq(inboundPlans.workspaceId, workspaceId)));
  if (!plan) return null;
  const shipments = await db.select().from(inboundPlanShipments).where(eq(inboundPlanShipments.planId, planId)).orderBy(inboundPlanShipments.shipmentId);
  return { plan, shipments };
}

/** The latest plans of the workspace, narrowed in SQL to the accounts in view (before the limit). */
export async function listPlans(db: Db, workspaceId: string, accountIds: string[] | null, limit = 20) {
  if (accountIds && !accountIds.length) return [];
  return db
    .select({ id: inboundPlans.id, accountId: inboundPlans.accountId, createdAt: inboundPlans.createdAt, requestItems: inboundPlans.requestItems })
    .from(inboundPlans)
    .where(and(eq(inboundPlans.workspaceId, workspaceId), accountIds ? inArray(inboundPlans.accountId, accountIds) : undefined))
    .orderBy(desc(inboundPlans.createdAt))
    .limit(limit);
}

export async function listShipFromAddresses(db: Db, workspaceId: string) {
  return db.select().from(shipFromAddresses).where(eq(shipFromAddresses.workspaceId, workspaceId)).orderBy(shipFromAddresses.name);
}
