/**
 * Send to Amazon on Fulfillment Inbound 2024-03-20. Every write Amazon makes asynchronous is
 * sent under a claim on the plan's row (pending_operation set where it was empty), so a double
 * click or a second tab never sends a step twice; the claim then holds Amazon's operation id,
 * which `followPlan` polls with getInboundOperationStatus. When the operation is done the plan is
 * read again (read-plan.ts) and its problems, if it failed, are kept for the page. Some steps
 * start the next one themselves, as Seller Central does: a created plan asks for packing
 * options, and boxes set ask for placement options.
 */
import 'server-only';
import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inventorySummaries, sendToAmazonPlans, type PendingOperation, type PlanItemRequest, type PlanProblem, type SourceAddress } from '@/db/schema';
import { accountMarketplace, sellsIn } from '@/lib/accounts';
import { askAmazon, type SpApiClient } from '@/lib/sp-api';
import type { Tenant } from '@/lib/tenancy';
import { UserFacingError } from '@/lib/user-facing-error';
import { saveShipFromAddress } from '../ship-from-addresses';
import { boxContentProblems, boxContentSourcesOf } from './box-contents';
import type { BoxContentSource, BoxLine, PalletLine } from './input';
import { PREP_TYPES_BY_CATEGORY, type ChoosablePrepCategory, type SkuPrep } from './prep';
import { resolveSkuProblems } from './problems';
import { readPlan } from './read-plan';
import { planCancelled } from './step';
import { createPlanOnce } from './plan-creation';

export type SendToAmazonPlan = typeof sendToAmazonPlans.$inferSelect;

/** A claim without Amazon's operation id this old belongs to a process that died mid-call. */
const ABANDONED_CLAIM_MS = 2 * 60_000;
const BUSY = 'Amazon is still working on the last step of this plan. Wait for it to finish, then try again.';

export async function loadPlan(db: Db, workspaceId: string, planId: string): Promise<SendToAmazonPlan> {
  const [plan] = await db
    .select()
    .from(sendToAmazonPlans)
    .where(and(eq(sendToAmazonPlans.id, planId), eq(sendToAmazonPlans.workspaceId, workspaceId)));
  if (!plan) throw new UserFacingError('This plan does not exist.');
  return plan;
}

/** The plan one of whose shipments Amazon confirmed as this FBA shipment (made here or imported), and whether it was cancelled. */
export async function planOfShipment(db: Db, tenant: Tenant, confirmationId: string): Promise<{ id: string; name: string; cancelled: boolean } | undefined> {
  const [plan] = await db
    .select({ id: sendToAmazonPlans.id, name: sendToAmazonPlans.name, status: sendToAmazonPlans.status, pendingOperation: sendToAmazonPlans.pendingOperation })
    .from(sendToAmazonPlans)
    .where(
      and(
        eq(sendToAmazonPlans.workspaceId, tenant.workspaceId),
        eq(sendToAmazonPlans.accountId, tenant.accountId),
        sql`${sendToAmazonPlans.snapshot} @> ${JSON.stringify({ shipments: [{ confirmationId }] })}::jsonb`,
      ),
    )
    .limit(1);
  return plan ? { id: plan.id, name: plan.name, cancelled: planCancelled(plan) } : undefined;
}

export async function listSendToAmazonPlans(db: Db, workspaceId: string, accountId?: string): Promise<SendToAmazonPlan[]> {
  return db
    .select()
    .from(sendToAmazonPlans)
    .where(and(eq(sendToAmazonPlans.workspaceId, workspaceId), accountId ? eq(sendToAmazonPlans.accountId, accountId) : undefined))
    .orderBy(desc(sendToAmazonPlans.updatedAt))
    .limit(200);
}

/** Claims the plan for one operation, or refuses while another is under way. */
async function claim(db: Db, plan: SendToAmazonPlan, operation: string, then?: string): Promise<void> {
  const pending: PendingOperation = { operation, startedAt: new Date().toISOString(), ...(then ? { then } : {}) };
  const abandoned = new Date(Date.now() - ABANDONED_CLAIM_MS).toISOString();
  const [claimed] = await db
    .update(sendToAmazonPlans)
    .set({ pendingOperation: pending, updatedAt: new Date() })
    .where(
      and(
        eq(sendToAmazonPlans.id, plan.id),
        or(
          isNull(sendToAmazonPlans.pendingOperation),
          and(sql`${sendToAmazonPlans.pendingOperation}->>'operationId' is null`, lt(sql`${sendToAmazonPlans.pendingOperation}->>'startedAt'`, abandoned)),
        ),
      ),
    )
    .returning({ id: sendToAmazonPlans.id });
  if (!claimed) throw new UserFacingError(BUSY);
}

/** Sends one asynchronous write under a claim; the claim is released if Amazon refused it. */
export async function send(db: Db, plan: SendToAmazonPlan, operation: string, call: () => Promise<{ operationId: string }>, then?: string): Promise<void> {
  await claim(db, plan, operation, then);
  try {
    const { operationId } = await askAmazon(call);
    await db
      .update(sendToAmazonPlans)
      .set({ pendingOperation: { operation, operationId, startedAt: new Date().toISOString(), ...(then ? { then } : {}) }, updatedAt: new Date() })
      .where(eq(sendToAmazonPlans.id, plan.id));
  } catch (error) {
    await db.update(sendToAmazonPlans).set({ pendingOperation: null }).where(eq(sendToAmazonPlans.id, plan.id));
    throw error;
  }
}

export interface StartPlan {
  marketplaceId: string;
  name?: string | undefined;
  sourceAddress: SourceAddress;
  saveAddress: boolean;
  items: PlanItemRequest[];
}

/**
 * Amazon answers an unknown SKU only after the asynchronous createInboundPlan fails; the synced
 * FBA inventory knows the account's SKUs now, so a typo is caught at its line with no call made.
 */
async function refuseUnknownSkus(db: Db, tenant: Tenant, input: StartPlan): Promise<void> {
  const mskus = [...new Set(input.items.map((i) => i.msku))];
  const known = await db
    .select({ sellerSku: inventorySummaries.sellerSku })
    .from(inventorySummaries)
    .where(
      and(
        eq(inventorySummaries.workspaceId, tenant.workspaceId),
        eq(inventorySummaries.accountId, tenant.accountId),
        eq(inventorySummaries.marketplaceId, input.marketplaceId),
        inArray(inventorySummaries.sellerSku, mskus),
      ),
    );
  const knownSkus = new Set(known.map((k) => k.sellerSku));
  const errors: Record<string, string[]> = {};
  input.items.forEach((item, index) => {
    if (!knownSkus.has(item.msku))
      errors[`items.${index}.msku`] = ['This SKU is not in the account’s FBA inventory for this marketplace. Sync inventory if you just listed it.'];
  });
  if (Object.keys(errors).length) throw new UserFacingError('Check the highlighted fields.', errors);
}

/**
 * createInboundPlan, once (plan-creation.ts); the row is written with the operation it is waiting
 * for. A plan Amazon made for this same request whose answer never reached us is taken up instead,
 * without an operation to wait for.
 */
export async function startPlan(db: Db, client: SpApiClient, tenant: Tenant & { userId: string | null }, input: StartPlan): Promise<SendToAmazonPlan> {
  if (!(await sellsIn(db, tenant, input.marketplaceId)))
    throw new UserFacingError('Check the highlighted fields.', { marketplaceId: ['This account does not sell in that marketplace.'] });
  await refuseUnknownSkus(db, tenant, input);
  const items = input.items.map((i) => ({
    msku: i.msku,
    quantity: i.quantity,
    labelOwner: i.labelOwner,
    prepOwner: i.prepOwner,
    ...(i.expiration ? { expiration: i.expiration } : {}),
    ...(i.manufacturingLotCode ? { manufacturingLotCode: i.manufacturingLotCode } : {}),
  }));
  const request = { marketplaceId: input.marketplaceId, name: input.name, sourceAddress: input.sourceAddress, items };
  return createPlanOnce(db, client, { workspaceId: tenant.workspaceId, accountId: tenant.accountId }, request, async (creation) => {
    if ('takenUp' in creation) return takeUpPlan(db, client, tenant, input, items, creation.takenUp);
    const [row] = await db
      .insert(sendToAmazonPlans)
      .values({
        ...planRow(tenant, input, items),
        inboundPlanId: creation.created.inboundPlanId,
        pendingOperation: {
          operation: 'createInboundPlan',
          operationId: creation.created.operationId,
          startedAt: new Date().toISOString(),
          then: 'generatePackingOptions',
        },
      })
      // A slow answer whose plan a retry took up meanwhile: the row is there; it follows this operation.
      .onConflictDoUpdate({
        target: [sendToAmazonPlans.accountId, sendToAmazonPlans.inboundPlanId],
        set: {
          pendingOperation: {
            operation: 'createInboundPlan',
            operationId: creation.created.operationId,
            startedAt: new Date().toISOString(),
            then: 'generatePackingOptions',
          },
          updatedAt: new Date(),
        },
      })
      .returning();
    await keepAddress(db, tenant, input);
    return row!;
  });
}

const planRow = (tenant: Tenant & { userId: string | null }, input: StartPlan, items: PlanItemRequest[]) => ({
  workspaceId: tenant.workspaceId,
  accountId: tenant.accountId,
  marketplaceId: input.marketplaceId,
  name: input.name ?? 'New plan',
  status: 'ACTIVE',
  origin: 'dashboard' as const,
  sourceAddress: input.sourceAddress,
  items,
  createdBy: tenant.userId,
});

async function keepAddress(db: Db, tenant: Tenant & { userId: string | null }, input: StartPlan): Promise<void> {
  if (!input.saveAddress) return;
  const { phoneNumber, ...address } = input.sourceAddress;
  await saveShipFromAddress(db, tenant.workspaceId, tenant.userId, { ...address, stateOrProvinceCode: address.stateOrProvinceCode ?? '' }, phoneNumber);
}

/** Records Amazon's plan for this request as created here (the sync may have imported it meanwhile) and reads it. */
async function takeUpPlan(
  db: Db,
  client: SpApiClient,
  tenant: Tenant & { userId: string | null },
  input: StartPlan,
  items: PlanItemRequest[],
  plan: { inboundPlanId: string; importedId: string | undefined },
): Promise<SendToAmazonPlan> {
  // The sync may have imported it, or a slow first answer stored it meanwhile: one row either way.
  const [row] = await db
    .insert(sendToAmazonPlans)
    .values({ ...planRow(tenant, input, items), inboundPlanId: plan.inboundPlanId })
    .onConflictDoUpdate({
      target: [sendToAmazonPlans.accountId, sendToAmazonPlans.inboundPlanId],
      set: { origin: 'dashboard', items, createdBy: tenant.userId, updatedAt: new Date() },
    })
    .returning();
  await keepAddress(db, tenant, input);
  return refreshPlan(db, client, row!);
}

/** Reads the plan from Amazon and stores what it shows. */
export async function refreshPlan(db: Db, client: SpApiClient, plan: SendToAmazonPlan): Promise<SendToAmazonPlan> {
  const { plan: amazon, snapshot } = await askAmazon(() => readPlan(client, plan.inboundPlanId));
  const [row] = await db
    .update(sendToAmazonPlans)
    .set({
      name: amazon.name,
      status: amazon.status,
      snapshot,
      readAt: new Date(),
      amazonCreatedAt: new Date(amazon.createdAt),
      amazonUpdatedAt: new Date(amazon.lastUpdatedAt),
      updatedAt: new Date(),
    })
    .where(eq(sendToAmazonPlans.id, plan.id))
    .returning();
  return row!;
}

/**
 * Follows the plan's pending operation: nothing to do while Amazon works; once it is done,
 * its problems are kept (or cleared), the next step is started where one follows, and the
 * plan is read again.
 */
export async function followPlan(db: Db, client: SpApiClient, plan: SendToAmazonPlan): Promise<SendToAmazonPlan> {
  const pending = plan.pendingOperation;
  if (!pending) return plan;
  if (!pending.operationId) {
    if (Date.now() - Date.parse(pending.startedAt) < ABANDONED_CLAIM_MS) return plan;
    await db.update(sendToAmazonPlans).set({ pendingOperation: null }).where(eq(sendToAmazonPlans.id, plan.id));
    return refreshPlan(db, client, { ...plan, pendingOperation: null });
  }
  const status = await askAmazon(() => client.fulfillmentInbound20240320.getInboundOperationStatus({ operationId: pending.operationId! }));
  if (status.operationStatus === 'IN_PROGRESS') return plan;
  const failed = status.operationStatus === 'FAILED';
  const problems: PlanProblem[] = status.operationProblems.map((p) => ({
    code: p.code,
    message: p.message,
    severity: p.severity,
    operation: pending.operation,
    ...(p.details ? { details: p.details } : {}),
  }));
  // Only the follower that clears this very operation goes on: two tabs following the same plan
  // must not start the next step twice, nor clear the operation the other one just started.
  const [cleared] = await db
    .update(sendToAmazonPlans)
    .set({ pendingOperation: null, problems: failed ? problems : [], updatedAt: new Date() })
    .where(and(eq(sendToAmazonPlans.id, plan.id), sql`${sendToAmazonPlans.pendingOperation}->>'operationId' = ${pending.operationId}`))
    .returning();
  if (!cleared) return loadPlan(db, plan.workspaceId, plan.id);
  if (!failed && pending.then === 'generatePackingOptions') {
    await send(db, cleared, 'generatePackingOptions', () => client.fulfillmentInbound20240320.generatePackingOptions({ inboundPlanId: plan.inboundPlanId }));
  } else if (!failed && pending.then === 'generatePlacementOptions') {
    await send(db, cleared, 'generatePlacementOptions', () =>
      client.fulfillmentInbound20240320.generatePlacementOptions({ inboundPlanId: plan.inboundPlanId, body: {} }),
    );
  }
  return refreshPlan(db, client, await loadPlan(db, plan.workspaceId, plan.id));
}

/** generatePackingOptions, for a plan whose packing options were never asked for (one made elsewhere) or expired. */
export async function requestPackingOptions(db: Db, client: SpApiClient, plan: SendToAmazonPlan): Promise<void> {
  if (plan.snapshot?.packingOptions.some((o) => o.status === 'ACCEPTED')) throw new UserFacingError('The packing of this plan is already chosen.');
  await send(db, plan, 'generatePackingOptions', () => client.fulfillmentInbound20240320.generatePackingOptions({ inboundPlanId: plan.inboundPlanId }));
}

/** setPrepDetails for one SKU: the category the seller chose, with the prep types Amazon's guidance names for it. */
export async function setPrepCategory(client: SpApiClient, marketplaceId: string, msku: string, category: ChoosablePrepCategory): Promise<void> {
  await askAmazon(() =>
    client.fulfillmentInbound20240320.setPrepDetails({
      body: { marketplaceId, mskuPrepDetails: [{ msku, prepCategory: category, prepTypes: [...PREP_TYPES_BY_CATEGORY[category]] }] },
    }),
  );
}

/**
 * The prep category Amazon asked for, set from the plan it refused: Amazon's problem about that
 * SKU is then resolved, so the page stops showing an error the seller already fixed.
 */
export async function setPlanPrepCategory(db: Db, client: SpApiClient, plan: SendToAmazonPlan, msku: string, category: ChoosablePrepCategory): Promise<void> {
  if (!plan.items.some((i) => i.msku === msku)) throw new UserFacingError('That SKU is not in this plan.');
  await setPrepCategory(client, plan.marketplaceId, msku, category);
  await db
    .update(sendToAmazonPlans)
    .set({ problems: resolveSkuProblems(plan.problems, msku, 'PREP_CATEGORY_MISSING'), updatedAt: new Date() })
    .where(eq(sendToAmazonPlans.id, plan.id));
}

/** listPrepDetails, 100 SKUs a call (the model's limit). */
export async function prepDetailsOf(client: SpApiClient, marketplaceId: string, mskus: string[]): Promise<SkuPrep[]> {
  const details: SkuPrep[] = [];
  for (let i = 0; i < mskus.length; i += 100) {
    const { mskuPrepDetails } = await askAmazon(() => client.fulfillmentInbound20240320.listPrepDetails({ marketplaceId, mskus: mskus.slice(i, i + 100) }));
    for (const d of mskuPrepDetails)
      details.push({ msku: d.msku, prepCategory: d.prepCategory, ...(d.prepOwnerConstraint ? { prepOwnerConstraint: d.prepOwnerConstraint } : {}) });
  }
  return details;
}

/** A plan Amazon refused, sent again as a new plan with the same items and address once the seller fixed the cause. */
export async function retryPlan(db: Db, client: SpApiClient, plan: SendToAmazonPlan, userId: string | null): Promise<SendToAmazonPlan> {
  if (plan.status !== 'ERRORED') throw new UserFacingError('Only a plan Amazon refused can be sent again.');
  return startPlan(
    db,
    client,
    { workspaceId: plan.workspaceId, accountId: plan.accountId, userId },
    {
      marketplaceId: plan.marketplaceId,
      name: plan.name === 'New plan' ? undefined : plan.name,
      sourceAddress: plan.sourceAddress,
      saveAddress: false,
      items: plan.items,
    },
  );
}

export async function confirmPacking(db: Db, client: SpApiClient, plan: SendToAmazonPlan, packingOptionId: string): Promise<void> {
  const option = plan.snapshot?.packingOptions.find((o) => o.packingOptionId === packingOptionId);
  if (!option || option.status !== 'OFFERED') throw new UserFacingError('That packing option is no longer offered; reload the plan.');
  await send(db, plan, 'confirmPackingOption', () =>
    client.fulfillmentInbound20240320.confirmPackingOption({ inboundPlanId: plan.inboundPlanId, packingOptionId }),
  );
}

/** An item of the plan as Amazon takes it in a box or a shipment: with who labels and preps it. */
export function itemInput(plan: SendToAmazonPlan, msku: string, quantity: number) {
  const line = plan.items.find((p) => p.msku === msku);
  return { msku, quantity, labelOwner: line?.labelOwner ?? 'SELLER', prepOwner: line?.prepOwner ?? 'NONE' };
}

/** Box lines as Amazon's BoxInput: items only when the seller lists them (the model wants none otherwise). */
export function boxInputs(plan: SendToAmazonPlan, boxes: BoxLine[], contentSource: BoxContentSource) {
  return boxes.map((b) => ({
    contentInformationSource: contentSource,
    quantity: b.count,
    dimensions: { length: b.length, width: b.width, height: b.height, unitOfMeasurement: b.unit },
    weight: { value: b.weight, unit: b.weightUnit },
    items: contentSource === 'BOX_CONTENT_PROVIDED' ? b.items.filter((i) => i.quantity > 0).map((i) => itemInput(plan, i.msku, i.quantity)) : [],
  }));
}

/**
 * setPackingInformation for one packing group. Boxes whose contents Amazon reads from a 2D
 * barcode or counts itself go without items, as the model requires; only a source the accepted
 * packing option allows is sent.
 */
export async function setBoxes(
  db: Db,
  client: SpApiClient,
  plan: SendToAmazonPlan,
  packingGroupId: string,
  boxes: BoxLine[],
  contentSource: BoxContentSource = 'BOX_CONTENT_PROVIDED',
): Promise<void> {
  const accepted = plan.snapshot?.packingOptions.find((o) => o.status === 'ACCEPTED');
  const group = accepted?.groups.find((g) => g.packingGroupId === packingGroupId);
  if (!group) throw new UserFacingError('Choose how to pack the plan first.');
  if (!boxContentSourcesOf(accepted!).includes(contentSource))
    throw new UserFacingError('Check the highlighted fields.', {
      contentSource: ['Amazon does not offer this way of giving box contents for this packing option.'],
    });
  if (contentSource === 'BOX_CONTENT_PROVIDED') {
    const problems = boxContentProblems(group.items, boxes);
    if (problems.length) throw new UserFacingError('The boxes do not hold what the plan sends.', { boxes: problems });
  }
  const body = {
    packageGroupings: [
      {
        packingGroupId,
        boxes: boxInputs(plan, boxes, contentSource),
      },
    ],
  };
  const lastGroup = accepted!.groups.every(
    (g) => g.packingGroupId === packingGroupId || plan.snapshot!.boxes.some((b) => b.packingGroupId === g.packingGroupId),
  );
  await send(
    db,
    plan,
    'setPackingInformation',
    () => client.fulfillmentInbound20240320.setPackingInformation({ inboundPlanId: plan.inboundPlanId, body }),
    lastGroup ? 'generatePlacementOptions' : undefined,
  );
}

/**
 * generatePlacementOptions by hand: for boxes set while the automatic request after them failed
 * (Amazon throttled or was down), or placement offers that expired.
 */
export async function requestPlacementOptions(db: Db, client: SpApiClient, plan: SendToAmazonPlan): Promise<void> {
  if (plan.snapshot?.placementOptions.some((o) => o.status === 'ACCEPTED')) throw new UserFacingError('The placement of this plan is already confirmed.');
  await send(db, plan, 'generatePlacementOptions', () =>
    client.fulfillmentInbound20240320.generatePlacementOptions({ inboundPlanId: plan.inboundPlanId, body: {} }),
  );
}

export async function confirmPlacement(db: Db, client: SpApiClient, plan: SendToAmazonPlan, placementOptionId: string): Promise<void> {
  const option = plan.snapshot?.placementOptions.find((o) => o.placementOptionId === placementOptionId);
  if (!option || option.status !== 'OFFERED') throw new UserFacingError('That placement option is no longer offered; reload the plan.');
  await send(db, plan, 'confirmPlacementOption', () =>
    client.fulfillmentInbound20240320.confirmPlacementOption({ inboundPlanId: plan.inboundPlanId, placementOptionId }),
  );
}

function confirmedPlacement(plan: SendToAmazonPlan) {
  const placement = plan.snapshot?.placementOptions.find((o) => o.status === 'ACCEPTED');
  if (!placement) throw new UserFacingError('Confirm where the shipments go first.');
  return placement;
}

/** generateTransportationOptions for every shipment of the confirmed placement, with its pallets and freight details for LTL. */
export async function requestTransportation(
  db: Db,
  client: SpApiClient,
  plan: SendToAmazonPlan,
  input: { readyToShip: string; shipments: Array<Pick<PalletLine, 'shipmentId' | 'pallets'> & Partial<PalletLine>> },
): Promise<void> {
  const placement = confirmedPlacement(plan);
  const today = new Date().toISOString().slice(0, 10);
  if (input.readyToShip < today) throw new UserFacingError('Check the highlighted fields.', { readyToShip: ['The boxes cannot be ready before today.'] });
  const contact = {
    name: plan.sourceAddress.name,
    phoneNumber: plan.sourceAddress.phoneNumber,
    ...(plan.sourceAddress.email ? { email: plan.sourceAddress.email } : {}),
  };
  const currency = input.shipments.some((s) => s.pallets > 0 && s.freightClass) ? (await planMeasures(db, plan)).currency : undefined;
  const configurations = placement.shipmentIds.map((shipmentId) => {
    const line = input.shipments.find((s) => s.shipmentId === shipmentId);
    return {
      shipmentId,
      readyToShipWindow: { start: `${input.readyToShip}T00:00:00Z` },
      contactInformation: contact,
      ...(line && line.pallets > 0 ? ltlConfiguration(line, currency) : {}),
    };
  });
  await send(db, plan, 'generateTransportationOptions', () =>
    client.fulfillmentInbound20240320.generateTransportationOptions({
      inboundPlanId: plan.inboundPlanId,
      body: { placementOptionId: placement.placementOptionId, shipmentTransportationConfigurations: configurations },
    }),
  );
}

/** The plan's marketplace currency, and whether its sellers measure in centimetres and kilograms (outside the US). */
export async function planMeasures(db: Db, plan: Pick<SendToAmazonPlan, 'accountId' | 'marketplaceId'>): Promise<{ currency: string; metric: boolean }> {
  const marketplace = await accountMarketplace(db, plan.accountId, plan.marketplaceId);
  return { currency: marketplace?.currencyCode ?? 'USD', metric: Boolean(marketplace && marketplace.countryCode !== 'US') };
}

/** A shipment's pallets as Amazon takes them (validated by palletLine), and its freight information when given. */
function ltlConfiguration(line: Partial<PalletLine> & { pallets: number }, currency: string | undefined) {
  if (!line.length || !line.width || !line.height || !line.weight) throw new UserFacingError('Enter the size and weight of the pallets.');
  return {
    pallets: [
      {
        quantity: line.pallets,
        stackability: line.stackable === false ? ('NON_STACKABLE' as const) : ('STACKABLE' as const),
        dimensions: { length: line.length, width: line.width, height: line.height, unitOfMeasurement: line.unit ?? 'IN' },
        weight: { value: line.weight, unit: line.weightUnit ?? 'LB' },
      },
    ],
    ...(line.freightClass && line.declaredValue && currency
      ? { freightInformation: { freightClass: line.freightClass, declaredValue: { amount: line.declaredValue, code: currency } } }
      : {}),
  };
}

export function planShipment(plan: SendToAmazonPlan, shipmentId: string) {
  const shipment = plan.snapshot?.shipments.find((s) => s.shipmentId === shipmentId && s.confirmationId);
  if (!shipment) throw new UserFacingError('That shipment is not part of this plan.');
  return shipment;
}

export async function requestDeliveryWindows(db: Db, client: SpApiClient, plan: SendToAmazonPlan, shipmentId: string): Promise<void> {
  planShipment(plan, shipmentId);
  await send(db, plan, 'generateDeliveryWindowOptions', () =>
    client.fulfillmentInbound20240320.generateDeliveryWindowOptions({ inboundPlanId: plan.inboundPlanId, shipmentId }),
  );
}

export async function confirmDeliveryWindow(
  db: Db,
  client: SpApiClient,
  plan: SendToAmazonPlan,
  shipmentId: string,
  deliveryWindowOptionId: string,
): Promise<void> {
  const shipment = planShipment(plan, shipmentId);
  if (!shipment.deliveryWindows.some((w) => w.deliveryWindowOptionId === deliveryWindowOptionId)) {
    throw new UserFacingError('That delivery window is no longer offered; ask for new ones.');
  }
  await send(db, plan, 'confirmDeliveryWindowOptions', () =>
    client.fulfillmentInbound20240320.confirmDeliveryWindowOptions({ inboundPlanId: plan.inboundPlanId, shipmentId, deliveryWindowOptionId }),
  );
}

/** The options chosen, per shipment, checked against what Amazon offered (and its preconditions) before anything is sent. */
export function transportationProblems(plan: SendToAmazonPlan, selections: Array<{ shipmentId: string; transportationOptionId: string }>): string[] {
  const placement = confirmedPlacement(plan);
  const problems: string[] = [];
  for (const shipmentId of placement.shipmentIds) {
    const shipment = plan.snapshot!.shipments.find((s) => s.shipmentId === shipmentId);
    const chosen = selections.find((s) => s.shipmentId === shipmentId);
    const label = shipment?.name ?? shipment?.confirmationId ?? shipmentId;
    const option = shipment?.transportationOptions.find((o) => o.transportationOptionId === chosen?.transportationOptionId);
    if (!option) problems.push(`Choose how ${label} travels.`);
    else if (option.preconditions.includes('CONFIRMED_DELIVERY_WINDOW') && !shipment?.selectedDeliveryWindow) {
      problems.push(`${label}: choose a delivery window first; your own carrier needs one.`);
    }
  }
  return problems;
}

export async function confirmTransportation(
  db: Db,
  client: SpApiClient,
  plan: SendToAmazonPlan,
  selections: Array<{ shipmentId: string; transportationOptionId: string }>,
): Promise<void> {
  const problems = transportationProblems(plan, selections);
  if (problems.length) throw new UserFacingError('Choose how every shipment travels.', { selections: problems });
  const contact = {
    name: plan.sourceAddress.name,
    phoneNumber: plan.sourceAddress.phoneNumber,
    ...(plan.sourceAddress.email ? { email: plan.sourceAddress.email } : {}),
  };
  await send(db, plan, 'confirmTransportationOptions', () =>
    client.fulfillmentInbound20240320.confirmTransportationOptions({
      inboundPlanId: plan.inboundPlanId,
      body: { transportationSelections: selections.map((s) => ({ ...s, contactInformation: contact })) },
    }),
  );
}

export async function sendTracking(
  db: Db,
  client: SpApiClient,
  plan: SendToAmazonPlan,
  input: { shipmentId: string; boxes?: Array<{ boxId: string; trackingId: string }> | undefined; freightBillNumber?: string | undefined },
): Promise<void> {
  const shipment = planShipment(plan, input.shipmentId);
  const option = shipment.transportationOptions.find((o) => o.transportationOptionId === shipment.selectedTransportationOptionId);
  if (!option) throw new UserFacingError('Confirm how this shipment travels first.');
  if (option.shippingSolution !== 'USE_YOUR_OWN_CARRIER') throw new UserFacingError("Amazon's partnered carrier sends its own tracking.");
  let trackingDetails;
  if (option.shippingMode === 'GROUND_SMALL_PARCEL') {
    const boxIds = plan.snapshot!.boxes.filter((b) => b.shipmentId === shipment.shipmentId && b.boxId).map((b) => b.boxId!);
    const given = new Map((input.boxes ?? []).map((b) => [b.boxId, b.trackingId]));
    const missing = boxIds.filter((id) => !given.get(id));
    if (missing.length) throw new UserFacingError('Check the highlighted fields.', { boxes: [`Enter a tracking number for box ${missing.join(', ')}.`] });
    trackingDetails = { spdTrackingDetail: { spdTrackingItems: boxIds.map((boxId) => ({ boxId, trackingId: given.get(boxId)! })) } };
  } else {
    if (!input.freightBillNumber)
      throw new UserFacingError('Check the highlighted fields.', { freightBillNumber: ["Enter the carrier's PRO (freight bill) number."] });
    trackingDetails = { ltlTrackingDetail: { freightBillNumber: [input.freightBillNumber] } };
  }
  await send(db, plan, 'updateShipmentTrackingDetails', () =>
    client.fulfillmentInbound20240320.updateShipmentTrackingDetails({
      inboundPlanId: plan.inboundPlanId,
      shipmentId: shipment.shipmentId,
      body: { trackingDetails },
    }),
  );
}

/** Why a plan that is not ACTIVE (Amazon's plan status) cannot be cancelled, in the seller's words. */
const NOT_CANCELLABLE: Record<string, string> = {
  VOIDED: 'This plan is already cancelled',
  SHIPPED: 'This plan has shipped',
  ERRORED: 'Amazon holds this plan in error',
};

export async function cancelPlan(db: Db, client: SpApiClient, plan: SendToAmazonPlan): Promise<void> {
  if (plan.status !== 'ACTIVE')
    throw new UserFacingError(`${NOT_CANCELLABLE[plan.status] ?? 'Amazon no longer takes changes to this plan'}; it cannot be cancelled.`);
  await send(db, plan, 'cancelInboundPlan', () => client.fulfillmentInbound20240320.cancelInboundPlan({ inboundPlanId: plan.inboundPlanId }));
}

/** updateInboundPlanName: Amazon answers at once, so the stored name changes with it. */
export async function renamePlan(db: Db, client: SpApiClient, plan: SendToAmazonPlan, name: string): Promise<void> {
  if (plan.status === 'VOIDED') throw new UserFacingError('This plan is cancelled; its name cannot change.');
  await askAmazon(() => client.fulfillmentInbound20240320.updateInboundPlanName({ inboundPlanId: plan.inboundPlanId, body: { name } }));
  await db.update(sendToAmazonPlans).set({ name, updatedAt: new Date() }).where(eq(sendToAmazonPlans.id, plan.id));
}

/** updateShipmentName for a shipment of the plan; the stored snapshot takes the new name. */
export async function renameShipment(db: Db, client: SpApiClient, plan: SendToAmazonPlan, shipmentId: string, name: string): Promise<void> {
  if (plan.status === 'VOIDED') throw new UserFacingError('This plan is cancelled; its shipments cannot be renamed.');
  if (!plan.snapshot?.shipments.some((s) => s.shipmentId === shipmentId)) throw new UserFacingError('That shipment is not part of this plan.');
  await askAmazon(() => client.fulfillmentInbound20240320.updateShipmentName({ inboundPlanId: plan.inboundPlanId, shipmentId, body: { name } }));
  // Read again in the transaction, so a follow that stored a newer snapshot meanwhile is kept.
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ snapshot: sendToAmazonPlans.snapshot }).from(sendToAmazonPlans).where(eq(sendToAmazonPlans.id, plan.id)).for('update');
    if (!row?.snapshot) return;
    const shipments = row.snapshot.shipments.map((s) => (s.shipmentId === shipmentId ? { ...s, name } : s));
    await tx
      .update(sendToAmazonPlans)
      .set({ snapshot: { ...row.snapshot, shipments }, updatedAt: new Date() })
      .where(eq(sendToAmazonPlans.id, plan.id));
  });
}
