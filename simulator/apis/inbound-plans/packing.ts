/**
 * Packing: packing options (which items may share boxes), their groups, and the box contents
 * the seller sets per group. Box rules are Amazon's standard limits: 50 lb per box and 25
 * inches per side; box contents must add up to the group's units exactly.
 */
import { invalidInput, type SimRequest } from '../../core/contract.js';
import type {
  BoxInput,
  ItemInput,
  Incentive,
  OperationProblem,
  PackingOption,
  SetPackingInformationRequest,
} from '../../../lib/sp-api/generated/fulfillment-inbound-2024-03-20.js';
import type { InboundPlansContext } from './context.js';
import type { BoxRecord, InboundPlanRecord, PackingGroupRecord, PackingOptionRecord, PlanItem } from './records.js';
import { newId, problem } from './store.js';
import { boxOut, iso, itemOut, paginate, unitsByMsku } from './wire.js';

const OFFER_VALID_H = 24;
export const MAX_BOX_LB = 50;
export const MAX_BOX_SIDE_IN = 25;
const SHIPPING_CONFIGURATIONS = [
  { shippingMode: 'GROUND_SMALL_PARCEL', shippingSolution: 'AMAZON_PARTNERED_CARRIER' },
  { shippingMode: 'GROUND_SMALL_PARCEL', shippingSolution: 'USE_YOUR_OWN_CARRIER' },
  { shippingMode: 'FREIGHT_LTL', shippingSolution: 'AMAZON_PARTNERED_CARRIER' },
  { shippingMode: 'FREIGHT_LTL', shippingSolution: 'USE_YOUR_OWN_CARRIER' },
];

export const expired = (offer: { status: string; expiresAt: Date }, now: Date) => offer.status === 'OFFERED' && offer.expiresAt <= now;
export const offerStatus = (offer: { status: string; expiresAt: Date }, now: Date) => (expired(offer, now) ? 'EXPIRED' : offer.status);

function option(groups: PlanItem[][], now: Date, discounts: Incentive[] = []): PackingOptionRecord {
  return {
    packingOptionId: newId('po'),
    groups: groups.map((items): PackingGroupRecord => ({ packingGroupId: newId('pg'), items })),
    fees: [],
    discounts,
    expiresAt: new Date(now.getTime() + OFFER_VALID_H * 3600_000),
    status: 'OFFERED',
  };
}

export function acceptedPackingOption(plan: InboundPlanRecord): PackingOptionRecord | undefined {
  return plan.packingOptions.find((o) => o.status === 'ACCEPTED');
}

function assertPlanned(plan: InboundPlanRecord): void {
  if (!plan.items.length) throw invalidInput(`Inbound plan ${plan.inboundPlanId} has no items yet; wait for createInboundPlan to succeed.`);
  if (plan.placementOptions.some((o) => o.status === 'ACCEPTED')) {
    throw invalidInput(`The placement of inbound plan ${plan.inboundPlanId} is confirmed; packing can no longer change.`);
  }
}

/**
 * Two options when the plan mixes items that need prep with items that do not: everything in
 * one group, or prepped items packed apart. Otherwise one option with one group.
 */
export function generatePackingOptions(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.activePlan(req.sellerId, req.path.inboundPlanId ?? '');
  assertPlanned(plan);
  if (acceptedPackingOption(plan)) throw invalidInput(`A packing option of inbound plan ${plan.inboundPlanId} is already confirmed.`);
  return ctx.plans.start(req.sellerId, 'generatePackingOptions', req.clock.now(), (at) => {
    const needsPrep = (item: PlanItem) => ctx.prep.get(plan.sellerId, plan.marketplaceId, item.msku).prepOwnerConstraint !== 'NONE_ONLY';
    const prepped = plan.items.filter(needsPrep);
    const plain = plan.items.filter((item) => !needsPrep(item));
    plan.packingOptions = [option([plan.items], at)];
    if (prepped.length && plain.length) plan.packingOptions.push(option([plain, prepped], at));
    plan.lastUpdatedAt = at;
    return [];
  });
}

function packingOptionOut(o: PackingOptionRecord, now: Date): PackingOption {
  return {
    packingOptionId: o.packingOptionId,
    packingGroups: o.groups.map((g) => g.packingGroupId),
    status: offerStatus(o, now),
    expiration: iso(o.expiresAt),
    fees: o.fees,
    discounts: o.discounts,
    supportedShippingConfigurations: SHIPPING_CONFIGURATIONS,
    supportedConfigurations: [
      {
        boxPackingMethods: ['BOX_CONTENT_PROVIDED', 'BARCODE_2D', 'MANUAL_PROCESS'],
        boxRequirements: { weight: { minimum: 0, maximum: MAX_BOX_LB, unit: 'LB' } },
        shippingRequirements: [
          { solution: 'AMAZON_PARTNERED_CARRIER', modes: ['GROUND_SMALL_PARCEL', 'FREIGHT_LTL'] },
          { solution: 'USE_YOUR_OWN_CARRIER', modes: ['GROUND_SMALL_PARCEL', 'FREIGHT_LTL'] },
        ],
      },
    ],
  };
}

export function listPackingOptions(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  const now = req.clock.now();
  const { page, pagination } = paginate(req, plan.packingOptions, 10);
  return { packingOptions: page.map((o) => packingOptionOut(o, now)), ...(pagination ? { pagination } : {}) };
}

function packingGroup(plan: InboundPlanRecord, packingGroupId: string): PackingGroupRecord {
  const group = plan.packingOptions.flatMap((o) => o.groups).find((g) => g.packingGroupId === packingGroupId);
  if (!group) throw invalidInput(`Packing group ${packingGroupId} is not part of inbound plan ${plan.inboundPlanId}.`);
  return group;
}

export function listPackingGroupItems(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  const group = packingGroup(plan, req.path.packingGroupId ?? '');
  const { page, pagination } = paginate(req, group.items, 100);
  return { items: page.map((item) => itemOut(item, plan, ctx.prep)), ...(pagination ? { pagination } : {}) };
}

export function listPackingGroupBoxes(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  const group = packingGroup(plan, req.path.packingGroupId ?? '');
  const boxes = plan.boxes.filter((b) => b.packingGroupId === group.packingGroupId);
  const { page, pagination } = paginate(req, boxes, 100);
  return { boxes: page.map((b) => boxOut(b, plan, ctx.prep)), ...(pagination ? { pagination } : {}) };
}

export function listInboundPlanBoxes(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  const { page, pagination } = paginate(req, plan.boxes, 10);
  return { boxes: page.map((b) => boxOut(b, plan, ctx.prep)), ...(pagination ? { pagination } : {}) };
}

export function confirmPackingOption(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.activePlan(req.sellerId, req.path.inboundPlanId ?? '');
  assertPlanned(plan);
  const now = req.clock.now();
  const chosen = plan.packingOptions.find((o) => o.packingOptionId === req.path.packingOptionId);
  if (!chosen) throw invalidInput(`Packing option ${req.path.packingOptionId} is not part of inbound plan ${plan.inboundPlanId}.`);
  if (offerStatus(chosen, now) !== 'OFFERED')
    throw invalidInput(`Packing option ${chosen.packingOptionId} is ${offerStatus(chosen, now)}; it cannot be confirmed.`);
  if (acceptedPackingOption(plan)) throw invalidInput(`A packing option of inbound plan ${plan.inboundPlanId} is already confirmed.`);
  return ctx.plans.start(req.sellerId, 'confirmPackingOption', now, (at) => {
    for (const o of plan.packingOptions) o.status = o === chosen ? 'ACCEPTED' : 'EXPIRED';
    plan.lastUpdatedAt = at;
    return [];
  });
}

const inches = (value: number, unit: string) => (unit === 'CM' ? value / 2.54 : value);
const pounds = (value: number, unit: string) => (unit === 'KG' ? value * 2.20462 : value);

/**
 * The problems of boxes against the items they must hold (a packing group's, or a shipment's
 * after a content update): limits, content rules and units that do not add up.
 */
export function boxProblems(
  group: { packingGroupId?: string; items: ItemInput[] },
  boxes: BoxInput[],
  where = `packingGroupId: ${group.packingGroupId}`,
): OperationProblem[] {
  const problems: OperationProblem[] = [];
  for (const [index, box] of boxes.entries()) {
    const label = `Box ${index + 1}`;
    if (pounds(box.weight.value, box.weight.unit) > MAX_BOX_LB) {
      problems.push(problem('BOX_OVERWEIGHT', `${label} weighs ${box.weight.value} ${box.weight.unit}; a box may weigh at most ${MAX_BOX_LB} lb.`, where));
    }
    if (!(box.weight.value > 0)) problems.push(problem('BOX_WEIGHT_MISSING', `${label} needs a weight above zero.`, where));
    const sides = [box.dimensions.length, box.dimensions.width, box.dimensions.height];
    if (sides.some((side) => inches(side, box.dimensions.unitOfMeasurement) > MAX_BOX_SIDE_IN)) {
      problems.push(problem('BOX_OVERSIZE', `${label} has a side over ${MAX_BOX_SIDE_IN} inches.`, where));
    }
    if (sides.some((side) => !(side > 0))) problems.push(problem('BOX_DIMENSIONS_MISSING', `${label} needs all three dimensions above zero.`, where));
    if (box.contentInformationSource !== 'BOX_CONTENT_PROVIDED' && box.items?.length) {
      problems.push(problem('BOX_ITEMS_NOT_ALLOWED', `${label} is ${box.contentInformationSource}; its items must be empty.`, where));
    }
  }
  if (boxes.every((b) => b.contentInformationSource === 'BOX_CONTENT_PROVIDED')) {
    const packed = new Map<string, number>();
    for (const box of boxes) for (const [key, units] of unitsByMsku(box.items ?? [], box.quantity)) packed.set(key, (packed.get(key) ?? 0) + units);
    const expected = unitsByMsku(group.items);
    for (const key of new Set([...packed.keys(), ...expected.keys()])) {
      const msku = key.split('|')[0]!;
      const want = expected.get(key) ?? 0;
      const got = packed.get(key) ?? 0;
      if (want !== got) {
        problems.push(
          problem(
            'BOX_QUANTITY_MISMATCH',
            want === 0 ? `MSKU ${msku} is not in this packing group.` : `The boxes hold ${got} units of MSKU ${msku}; the packing group has ${want}.`,
            `msku: ${msku}`,
          ),
        );
      }
    }
  }
  return problems;
}

export function setPackingInformation(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.activePlan(req.sellerId, req.path.inboundPlanId ?? '');
  assertPlanned(plan);
  const accepted = acceptedPackingOption(plan);
  if (!accepted) throw invalidInput(`Confirm a packing option of inbound plan ${plan.inboundPlanId} before setting box contents.`);
  const body = req.body as SetPackingInformationRequest;
  const groupings = body.packageGroupings.map((grouping) => {
    if (!grouping.packingGroupId) throw invalidInput('Each package grouping needs the packingGroupId of the confirmed packing option.');
    const group = accepted.groups.find((g) => g.packingGroupId === grouping.packingGroupId);
    if (!group) throw invalidInput(`Packing group ${grouping.packingGroupId} is not part of the confirmed packing option.`);
    return { group, boxes: grouping.boxes };
  });
  return ctx.plans.start(req.sellerId, 'setPackingInformation', req.clock.now(), (at) => {
    const problems = groupings.flatMap(({ group, boxes }) => boxProblems(group, boxes));
    if (problems.length) return problems;
    for (const { group, boxes } of groupings) {
      const records: BoxRecord[] = boxes.flatMap((box) =>
        Array.from({ length: box.quantity }, () => ({
          packageId: newId('pk'),
          packingGroupId: group.packingGroupId,
          contentInformationSource: box.contentInformationSource,
          dimensions: box.dimensions,
          weight: box.weight,
          items: box.contentInformationSource === 'BOX_CONTENT_PROVIDED' ? (box.items ?? []) : [],
        })),
      );
      plan.boxes = [...plan.boxes.filter((b) => b.packingGroupId !== group.packingGroupId), ...records];
    }
    // New boxes make earlier placement offers stale: Amazon plans placement from the boxes.
    plan.placementOptions = [];
    plan.shipments = [];
    plan.lastUpdatedAt = at;
    return [];
  });
}
