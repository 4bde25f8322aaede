/**
 * Shipment content updates: once a shipment's carrier is confirmed and until it leaves, the
 * seller may change its boxes and units. generateShipmentContentUpdatePreviews re-quotes the
 * confirmed transportation for the requested contents (asynchronously, failing with Amazon's
 * problems when the boxes break its rules); the preview can be confirmed until it expires, and
 * confirming replaces the shipment's boxes (numbered anew), its units (in the v0 store too, so
 * getShipmentItems and inventory follow) and its transportation quote.
 */
import { invalidInput, type SimRequest } from '../../core/contract.js';
import type { ContentUpdatePreview, GenerateShipmentContentUpdatePreviewsRequest } from '../../../lib/sp-api/generated/fulfillment-inbound-2024-03-20.js';
import type { InboundPlansContext } from './context.js';
import { boxProblems } from './packing.js';
import { shipmentItems } from './placement.js';
import type { BoxRecord, ContentUpdatePreviewRecord, InboundPlanRecord, PlanItem, PlanShipmentRecord } from './records.js';
import { shipmentStatus } from './shipment-status.js';
import { newId, problem } from './store.js';
import { partneredBooking, requotedCost } from './transportation.js';
import { iso, paginate } from './wire.js';

const PREVIEW_VALID_H = 24;

/** The shipment, if its carrier is confirmed and it has not left yet. */
function updatableShipment(ctx: InboundPlansContext, req: SimRequest, plan: InboundPlanRecord): PlanShipmentRecord {
  const shipment = ctx.plans.shipment(plan, req.path.shipmentId ?? '');
  if (!shipment.selectedTransportationOptionId)
    throw invalidInput(`Confirm the transportation of shipment ${shipment.shipmentId} before updating its contents.`);
  const status = shipmentStatus(ctx, plan, shipment, req.clock.now());
  if (status !== 'READY_TO_SHIP') throw invalidInput(`Shipment ${shipment.shipmentId} is ${status}; its contents can no longer be updated.`);
  return shipment;
}

function previewOut(preview: ContentUpdatePreviewRecord): ContentUpdatePreview {
  return {
    contentUpdatePreviewId: preview.contentUpdatePreviewId,
    expiration: iso(preview.expiresAt),
    requestedUpdates: { boxes: preview.boxes, items: preview.items },
    transportationOption: preview.transportationOption,
  };
}

export function generateShipmentContentUpdatePreviews(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.activePlan(req.sellerId, req.path.inboundPlanId ?? '');
  const shipment = updatableShipment(ctx, req, plan);
  const body = req.body as GenerateShipmentContentUpdatePreviewsRequest;
  const boxIds = new Set(shipment.packageIds);
  const foreign = body.boxes.find((b) => b.packageId && !boxIds.has(b.packageId));
  if (foreign) throw invalidInput(`Box ${foreign.packageId} is not part of shipment ${shipment.shipmentId}.`);
  return ctx.plans.start(req.sellerId, 'generateShipmentContentUpdatePreviews', req.clock.now(), (at) => {
    const where = `shipmentId: ${shipment.shipmentId}`;
    const unknown = body.items.filter((i) => !plan.items.some((p) => p.msku === i.msku));
    if (unknown.length)
      return unknown.map((i) => problem('UNKNOWN_MSKU', `MSKU ${i.msku} is not part of inbound plan ${plan.inboundPlanId}.`, `msku: ${i.msku}`));
    const problems = boxProblems({ items: body.items }, body.boxes, where);
    if (problems.length) return problems;
    const selected = shipment.transportationOptions.find((o) => o.transportationOptionId === shipment.selectedTransportationOptionId)!;
    const expiresAt = new Date(at.getTime() + PREVIEW_VALID_H * 3600_000);
    const cost = selected.quote ? requotedCost(selected, body.boxes, shipment) : undefined;
    shipment.contentUpdatePreviews.push({
      contentUpdatePreviewId: newId('cu'),
      expiresAt,
      boxes: body.boxes,
      items: body.items,
      transportationOption: {
        ...selected,
        transportationOptionId: newId('to'),
        ...(selected.quote && cost !== undefined ? { quote: { cost: { amount: cost, code: selected.quote.cost.code }, expiration: iso(expiresAt) } } : {}),
      },
    });
    return [];
  });
}

export function listShipmentContentUpdatePreviews(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  const shipment = ctx.plans.shipment(plan, req.path.shipmentId ?? '');
  const { page, pagination } = paginate(req, shipment.contentUpdatePreviews.map(previewOut), 10);
  return { contentUpdatePreviews: page, ...(pagination ? { pagination } : {}) };
}

function preview(ctx: InboundPlansContext, req: SimRequest, plan: InboundPlanRecord): ContentUpdatePreviewRecord {
  const shipment = ctx.plans.shipment(plan, req.path.shipmentId ?? '');
  const found = shipment.contentUpdatePreviews.find((p) => p.contentUpdatePreviewId === req.path.contentUpdatePreviewId);
  if (!found) throw invalidInput(`Content update preview ${req.path.contentUpdatePreviewId} is not part of shipment ${shipment.shipmentId}.`);
  return found;
}

export function getShipmentContentUpdatePreview(ctx: InboundPlansContext, req: SimRequest): ContentUpdatePreview {
  return previewOut(preview(ctx, req, ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '')));
}

export function confirmShipmentContentUpdatePreview(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.activePlan(req.sellerId, req.path.inboundPlanId ?? '');
  const shipment = updatableShipment(ctx, req, plan);
  const chosen = preview(ctx, req, plan);
  const now = req.clock.now();
  if (chosen.expiresAt <= now) throw invalidInput(`Content update preview ${chosen.contentUpdatePreviewId} has expired; generate a new one.`);
  return ctx.plans.start(req.sellerId, 'confirmShipmentContentUpdatePreview', now, (at) => {
    const before = new Map(shipmentItems(plan, shipment).map((i) => [i.msku, i.quantity]));
    const old = shipment.packageIds;
    const records: BoxRecord[] = chosen.boxes.flatMap((box) =>
      Array.from({ length: box.quantity }, (_, copy) => ({
        // An existing box keeps its id (its first copy, when several are asked for).
        packageId: box.packageId && copy === 0 ? box.packageId : newId('pk'),
        packingGroupId:
          plan.boxes.find((b) => b.packageId === box.packageId)?.packingGroupId ?? plan.boxes.find((b) => old.includes(b.packageId))!.packingGroupId,
        contentInformationSource: box.contentInformationSource,
        dimensions: box.dimensions,
        weight: box.weight,
        items: box.contentInformationSource === 'BOX_CONTENT_PROVIDED' ? (box.items ?? []) : [],
        shipmentId: shipment.shipmentId,
      })),
    );
    records.forEach((box, index) => (box.indexInShipment = index + 1));
    plan.boxes = [...plan.boxes.filter((b) => !old.includes(b.packageId)), ...records];
    shipment.packageIds = records.map((b) => b.packageId);
    shipment.updatedItems = chosen.items.map((i): PlanItem => {
      const planned = plan.items.find((p) => p.msku === i.msku)!;
      return { ...planned, quantity: i.quantity, labelOwner: i.labelOwner, prepOwner: i.prepOwner };
    });
    // The plan's units follow the shipment's.
    for (const item of plan.items) {
      const after = shipment.updatedItems.find((i) => i.msku === item.msku)?.quantity ?? 0;
      item.quantity += after - (before.get(item.msku) ?? 0);
    }
    shipment.transportationOptions = [...shipment.transportationOptions, chosen.transportationOption];
    shipment.selectedTransportationOptionId = chosen.transportationOption.transportationOptionId;
    shipment.contentUpdatePreviews = [];
    const v0 = ctx.plans.v0.shipments.get(shipment.confirmationId!);
    if (v0) {
      for (const item of v0.items) item.quantityShipped = shipment.updatedItems.find((i) => i.msku === item.sellerSku)?.quantity ?? 0;
      for (const item of shipment.updatedItems) {
        if (v0.items.some((v) => v.sellerSku === item.msku)) continue;
        v0.items.push({
          sellerSku: item.msku,
          fnsku: item.fnsku,
          quantityShipped: item.quantity,
          prepDetails: [],
          applied: { inboundWorking: 0, inboundShipped: 0, inboundReceiving: 0, fulfillable: 0 },
        });
      }
      if (v0.carrier?.partnered) v0.carrier = { ...partneredBooking(plan, shipment, chosen.transportationOption, at), confirmedAt: v0.carrier.confirmedAt };
      v0.sellerUpdatedAt = at;
      ctx.plans.v0.sync(v0, at);
    }
    plan.lastUpdatedAt = at;
    return [];
  });
}
