/**
 * Plans: createInboundPlan (asynchronous: unknown SKUs, owners the marketplace refuses and
 * unknown prep categories fail the operation with one problem per SKU), list, get, items,
 * rename and cancel, and the operation status every asynchronous call reports through.
 */
import { invalidInput, type SimRequest } from '../../core/contract.js';
import { single } from '../../core/query-values.js';
import type { CreateInboundPlanRequest, InboundPlan, OperationProblem } from '../../../lib/sp-api/generated/fulfillment-inbound-2024-03-20.js';
import { MARKETPLACE_COUNTRY } from '../inbound/fulfillment-centers.js';
import { shippedAt as shipmentShippedAt, shipmentStatusAt } from '../inbound/lifecycle.js';
import type { InboundPlanRecord } from './records.js';
import { newId, problem } from './store.js';
import { iso, itemOut, paginate } from './wire.js';
import type { InboundPlansContext } from './context.js';
import { shipmentStatus } from './shipment-status.js';

/** Marketplaces where Amazon does not label or prep for the seller (the model: AMAZON is not accepted in the US). */
const SELLER_ONLY_OWNERS = new Set(['US']);

export function createInboundPlan(ctx: InboundPlansContext, req: SimRequest) {
  const body = req.body as CreateInboundPlanRequest;
  const now = req.clock.now();
  const marketplaceId = body.destinationMarketplaces[0]!;
  const country = MARKETPLACE_COUNTRY[marketplaceId];
  const sells = ctx.catalog.list(req.sellerId).some((sku) => sku.marketplaceIds.includes(marketplaceId));
  if (!country || !sells) throw invalidInput(`Marketplace ${marketplaceId} is not a marketplace this seller sells in.`);
  const seen = new Set<string>();
  for (const item of body.items) {
    const key = `${item.msku}|${item.expiration ?? ''}`;
    if (seen.has(key)) throw invalidInput(`MSKU ${item.msku} is listed twice${item.expiration ? ` with expiration ${item.expiration}` : ''}.`);
    seen.add(key);
  }
  const plan: InboundPlanRecord = {
    inboundPlanId: newId('wf'),
    sellerId: req.sellerId,
    name: body.name ?? `FBA STA (${now.toISOString().slice(0, 10)} ${now.toISOString().slice(11, 16)})-${country}`,
    marketplaceId,
    country,
    sourceAddress: body.sourceAddress,
    createdAt: now,
    lastUpdatedAt: now,
    status: 'ACTIVE',
    items: [],
    packingOptions: [],
    boxes: [],
    placementOptions: [],
    shipments: [],
    transportationConfirmed: false,
  };
  ctx.plans.plans.set(plan.inboundPlanId, plan);
  const { operationId } = ctx.plans.start(req.sellerId, 'createInboundPlan', now, (at) => {
    const problems: OperationProblem[] = [];
    for (const item of body.items) {
      const sku = ctx.catalog.get(req.sellerId, item.msku);
      if (!sku || !sku.marketplaceIds.includes(marketplaceId)) {
        problems.push(problem('MSKU_NOT_FOUND', `MSKU ${item.msku} is not listed in this marketplace.`, `msku: ${item.msku}`));
        continue;
      }
      if (SELLER_ONLY_OWNERS.has(country) && (item.labelOwner === 'AMAZON' || item.prepOwner === 'AMAZON')) {
        problems.push(
          problem('OWNER_NOT_ALLOWED', `Amazon does not label or prep units in ${country}; choose SELLER for MSKU ${item.msku}.`, `msku: ${item.msku}`),
        );
      }
      const prep = ctx.prep.get(req.sellerId, marketplaceId, item.msku);
      if (prep.prepCategory === 'UNKNOWN') {
        problems.push(
          problem('PREP_CATEGORY_MISSING', `MSKU ${item.msku} has no prep category; set it with setPrepDetails and try again.`, `msku: ${item.msku}`),
        );
      } else if (prep.prepOwnerConstraint === 'NONE_ONLY' && item.prepOwner !== 'NONE') {
        problems.push(problem('PREP_OWNER_NOT_ALLOWED', `MSKU ${item.msku} needs no prep; its prep owner must be NONE.`, `msku: ${item.msku}`));
      } else if (prep.prepOwnerConstraint !== 'NONE_ONLY' && item.prepOwner === 'NONE') {
        problems.push(problem('PREP_OWNER_REQUIRED', `MSKU ${item.msku} needs ${prep.prepTypes.join(', ')}; choose who preps it.`, `msku: ${item.msku}`));
      }
    }
    plan.lastUpdatedAt = at;
    if (problems.length) {
      plan.status = 'ERRORED';
      return problems;
    }
    plan.items = body.items.map((item) => {
      const sku = ctx.catalog.get(req.sellerId, item.msku)!;
      return { ...item, asin: sku.asin, fnsku: sku.fnsku };
    });
    return [];
  });
  return { inboundPlanId: plan.inboundPlanId, operationId };
}

/** Plans whose creation failed are not listed, as on Amazon; the failed operation says why. */
function listed(plan: InboundPlanRecord): boolean {
  return plan.status !== 'ERRORED';
}

/**
 * When the last shipment of the plan's confirmed placement left the seller: from then on Amazon
 * reports the plan SHIPPED (and updated then, so a sync that reads changed plans sees it).
 */
function planShippedAt(ctx: InboundPlansContext, plan: InboundPlanRecord, now: Date): Date | undefined {
  if (plan.status !== 'ACTIVE' || !plan.placementOptions.some((o) => o.status === 'ACCEPTED')) return undefined;
  let latest: Date | undefined;
  for (const shipment of plan.shipments) {
    const v0 = shipment.confirmationId ? ctx.plans.v0.shipments.get(shipment.confirmationId) : undefined;
    const at = v0 && shipmentShippedAt(v0, now);
    if (!at) return undefined;
    if (!latest || at > latest) latest = at;
  }
  return latest;
}

/** The plan as listInboundPlans and getInboundPlan report it now. */
function summary(ctx: InboundPlansContext, plan: InboundPlanRecord, now: Date) {
  const shipped = planShippedAt(ctx, plan, now);
  return {
    inboundPlanId: plan.inboundPlanId,
    name: plan.name,
    status: shipped ? ('SHIPPED' as const) : plan.status,
    marketplaceIds: [plan.marketplaceId],
    sourceAddress: plan.sourceAddress,
    createdAt: iso(plan.createdAt),
    lastUpdatedAt: iso(shipped && shipped > plan.lastUpdatedAt ? shipped : plan.lastUpdatedAt),
  };
}

export function listInboundPlans(ctx: InboundPlansContext, req: SimRequest) {
  const status = single(req.query.status);
  const now = req.clock.now();
  const sortBy = single(req.query.sortBy) ?? 'LAST_UPDATED_TIME';
  const descending = (single(req.query.sortOrder) ?? 'DESC') === 'DESC';
  const summaries = [...ctx.plans.plans.values()]
    .filter((plan) => plan.sellerId === req.sellerId && listed(plan))
    .map((plan) => summary(ctx, plan, now))
    .filter((plan) => !status || plan.status === status);
  const key = (plan: (typeof summaries)[number]) => Date.parse(sortBy === 'CREATION_TIME' ? plan.createdAt : plan.lastUpdatedAt);
  summaries.sort((a, b) => (descending ? key(b) - key(a) : key(a) - key(b)) || (a.inboundPlanId < b.inboundPlanId ? -1 : 1));
  const { page, pagination } = paginate(req, summaries, 10);
  return { inboundPlans: page, ...(pagination ? { pagination } : {}) };
}

export function getInboundPlan(ctx: InboundPlansContext, req: SimRequest): InboundPlan {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  const now = req.clock.now();
  const shipments = plan.shipments.filter((s) => plan.placementOptions.some((o) => o.placementOptionId === s.placementOptionId && o.status !== 'EXPIRED'));
  return {
    ...summary(ctx, plan, now),
    ...(plan.packingOptions.length ? { packingOptions: plan.packingOptions.map((o) => ({ packingOptionId: o.packingOptionId, status: o.status })) } : {}),
    ...(plan.placementOptions.length
      ? { placementOptions: plan.placementOptions.map((o) => ({ placementOptionId: o.placementOptionId, status: o.status })) }
      : {}),
    ...(shipments.length ? { shipments: shipments.map((s) => ({ shipmentId: s.shipmentId, status: shipmentStatus(ctx, plan, s, now) })) } : {}),
  };
}

export function listInboundPlanItems(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  const { page, pagination } = paginate(req, plan.items, 10);
  return { items: page.map((item) => itemOut(item, plan, ctx.prep)), ...(pagination ? { pagination } : {}) };
}

export function updateInboundPlanName(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  plan.name = (req.body as { name: string }).name;
  plan.lastUpdatedAt = req.clock.now();
  return undefined;
}

/**
 * Cancels the plan and its confirmed shipments. Refused once any shipment has left the seller
 * (Amazon: charges apply outside the carrier's void window; the simulator simply refuses).
 */
export function cancelInboundPlan(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.activePlan(req.sellerId, req.path.inboundPlanId ?? '');
  const now = req.clock.now();
  for (const shipment of plan.shipments) {
    const v0 = shipment.confirmationId ? ctx.plans.v0.shipments.get(shipment.confirmationId) : undefined;
    if (v0 && !['WORKING'].includes(shipmentStatusAt(v0, now))) {
      throw invalidInput(`Shipment ${shipment.confirmationId} has already shipped; the plan can no longer be cancelled.`);
    }
  }
  return ctx.plans.start(req.sellerId, 'cancelInboundPlan', now, (at) => {
    plan.status = 'VOIDED';
    plan.lastUpdatedAt = at;
    for (const shipment of plan.shipments) {
      const v0 = shipment.confirmationId ? ctx.plans.v0.shipments.get(shipment.confirmationId) : undefined;
      if (v0 && !v0.cancelledStatus) {
        v0.cancelledAt = at;
        v0.cancelledStatus = 'CANCELLED';
        v0.sellerUpdatedAt = at;
      }
    }
    return [];
  });
}

export function getInboundOperationStatus(ctx: InboundPlansContext, req: SimRequest) {
  const operation = ctx.plans.operation(req.sellerId, req.path.operationId ?? '');
  return {
    operationId: operation.operationId,
    operation: operation.operation,
    operationStatus: operation.status,
    operationProblems: operation.problems,
  };
}
