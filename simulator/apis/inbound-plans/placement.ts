/**
 * Placement: where Amazon wants the boxes to go. Three options, as Send to Amazon offers in
 * the US: Amazon-optimized splits (up to three shipments, no fee), partial splits (two, a small
 * per-unit fee) and minimal splits (one shipment, the full placement fee). Confirming one is
 * irreversible: its shipments get their FBA confirmation ids and enter the v0 store (labels,
 * getShipments, the catalog's inbound units); the other options expire.
 */
import { invalidInput, type SimRequest } from '../../core/contract.js';
import type { Address as V0Address } from '../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import type { Incentive, PlacementOption, Shipment } from '../../../lib/sp-api/generated/fulfillment-inbound-2024-03-20.js';
import { currencyForCountry, FULFILLMENT_CENTERS } from '../inbound/fulfillment-centers.js';
import { bucketOf } from '../inbound/hash.js';
import type { ShipmentRecord } from '../inbound/records.js';
import type { InboundPlansContext } from './context.js';
import { acceptedPackingOption, offerStatus } from './packing.js';
import type { InboundPlanRecord, PlacementOptionRecord, PlanItem, PlanShipmentRecord } from './records.js';
import { shipmentStatus } from './shipment-status.js';
import { newId } from './store.js';
import { boxOut, iso, itemOut, paginate, unitsByMsku } from './wire.js';

const OFFER_VALID_H = 24;
/** Per-unit placement fees (USD in North America, GBP in Europe). */
const PLACEMENT_FEE_PER_UNIT = { optimized: 0, partial: 0.15, minimal: 0.3 };

export function acceptedPlacementOption(plan: InboundPlanRecord): PlacementOptionRecord | undefined {
  return plan.placementOptions.find((o) => o.status === 'ACCEPTED');
}

function planUnits(plan: InboundPlanRecord): number {
  return plan.items.reduce((sum, item) => sum + item.quantity, 0);
}

function placementOption(plan: InboundPlanRecord, shipments: number, feePerUnit: number, description: string, at: Date): PlacementOptionRecord {
  const centers = FULFILLMENT_CENTERS[plan.country]?.filter((c) => c.handles === 'standard') ?? [];
  const first = bucketOf(plan.inboundPlanId, Math.max(centers.length, 1), 'placement');
  const placementOptionId = newId('pl');
  const created: PlanShipmentRecord[] = Array.from({ length: shipments }, (_, index) => ({
    shipmentId: newId('sh'),
    placementOptionId,
    warehouseId: centers[(first + index) % centers.length]?.id ?? 'UNKNOWN',
    packageIds: [],
    transportationOptions: [],
    deliveryWindowOptions: [],
    contentUpdatePreviews: [],
  }));
  // Boxes are dealt out in turn, so every shipment of a split gets some.
  plan.boxes.forEach((box, index) => created[index % shipments]!.packageIds.push(box.packageId));
  plan.shipments.push(...created);
  const fee = Math.round(feePerUnit * planUnits(plan) * 100) / 100;
  const fees: Incentive[] = [{ type: 'FEE', target: 'Placement Services', description, value: { amount: fee, code: currencyForCountry(plan.country) } }];
  return {
    placementOptionId,
    shipmentIds: created.map((s) => s.shipmentId),
    fees,
    discounts: [],
    expiresAt: new Date(at.getTime() + OFFER_VALID_H * 3600_000),
    status: 'OFFERED',
  };
}

export function generatePlacementOptions(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.activePlan(req.sellerId, req.path.inboundPlanId ?? '');
  if (acceptedPlacementOption(plan) || plan.placementConfirmationRequested)
    throw invalidInput(`The placement of inbound plan ${plan.inboundPlanId} is already confirmed.`);
  const packing = acceptedPackingOption(plan);
  if (!packing) throw invalidInput(`Confirm a packing option of inbound plan ${plan.inboundPlanId} first.`);
  const unpacked = packing.groups.find((g) => !plan.boxes.some((b) => b.packingGroupId === g.packingGroupId));
  if (unpacked) throw invalidInput(`Set the box contents of packing group ${unpacked.packingGroupId} first.`);
  if ((req.body as { customPlacement?: unknown[] } | undefined)?.customPlacement?.length) {
    throw invalidInput(`Custom placement is not available in marketplace ${plan.marketplaceId}.`);
  }
  return ctx.plans.start(req.sellerId, 'generatePlacementOptions', req.clock.now(), (at) => {
    plan.shipments = [];
    const boxes = plan.boxes.length;
    plan.placementOptions = [placementOption(plan, Math.min(3, boxes), PLACEMENT_FEE_PER_UNIT.optimized, 'Amazon-optimized shipment splits', at)];
    if (boxes >= 2) plan.placementOptions.push(placementOption(plan, 2, PLACEMENT_FEE_PER_UNIT.partial, 'Partial shipment splits', at));
    plan.placementOptions.push(placementOption(plan, 1, PLACEMENT_FEE_PER_UNIT.minimal, 'Minimal shipment splits', at));
    plan.lastUpdatedAt = at;
    return [];
  });
}

function placementOptionOut(o: PlacementOptionRecord, now: Date): PlacementOption {
  return {
    placementOptionId: o.placementOptionId,
    shipmentIds: o.shipmentIds,
    status: offerStatus(o, now),
    expiration: iso(o.expiresAt),
    fees: o.fees,
    discounts: o.discounts,
  };
}

export function listPlacementOptions(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  const now = req.clock.now();
  const { page, pagination } = paginate(req, plan.placementOptions, 10);
  return { placementOptions: page.map((o) => placementOptionOut(o, now)), ...(pagination ? { pagination } : {}) };
}

/** The items a shipment carries: as a content update left them, else its boxes' contents, or its groups' items for boxes without listed contents. */
export function shipmentItems(plan: InboundPlanRecord, shipment: PlanShipmentRecord): PlanItem[] {
  if (shipment.updatedItems) return shipment.updatedItems;
  const boxes = plan.boxes.filter((b) => shipment.packageIds.includes(b.packageId));
  const listed = boxes.flatMap((b) => b.items);
  const unlisted = boxes.filter((b) => b.contentInformationSource !== 'BOX_CONTENT_PROVIDED');
  const units = unitsByMsku(listed);
  if (unlisted.length) {
    // Boxes without listed contents carry the group's units its listed boxes do not. Box k of n
    // carries floor(total (k+1) / n) - floor(total k / n), so the shares of any split add up.
    for (const group of acceptedPackingOption(plan)?.groups ?? []) {
      const groupBoxes = plan.boxes.filter((b) => b.packingGroupId === group.packingGroupId);
      const groupUnlisted = groupBoxes.filter((b) => b.contentInformationSource !== 'BOX_CONTENT_PROVIDED');
      const mine = groupUnlisted.flatMap((b, k) => (shipment.packageIds.includes(b.packageId) ? [k] : []));
      if (!mine.length) continue;
      const groupListed = unitsByMsku(groupBoxes.flatMap((b) => b.items));
      const n = groupUnlisted.length;
      for (const [key, groupTotal] of unitsByMsku(group.items)) {
        const total = Math.max(0, groupTotal - (groupListed.get(key) ?? 0));
        const share = mine.reduce((sum, k) => sum + Math.floor((total * (k + 1)) / n) - Math.floor((total * k) / n), 0);
        units.set(key, (units.get(key) ?? 0) + share);
      }
    }
  }
  return [...units].flatMap(([key, quantity]) => {
    const [msku, expiration] = key.split('|');
    const item = plan.items.find((i) => i.msku === msku && (i.expiration ?? '') === expiration);
    return item && quantity > 0 ? [{ ...item, quantity }] : [];
  });
}

function v0Address(plan: InboundPlanRecord): V0Address {
  const a = plan.sourceAddress;
  return {
    Name: a.name,
    AddressLine1: a.addressLine1,
    ...(a.addressLine2 ? { AddressLine2: a.addressLine2 } : {}),
    City: a.city,
    ...(a.districtOrCounty ? { DistrictOrCounty: a.districtOrCounty } : {}),
    // v0 requires a state or province; UK addresses have none, and the city stands in.
    StateOrProvinceCode: a.stateOrProvinceCode ?? a.city,
    CountryCode: a.countryCode,
    PostalCode: a.postalCode,
  };
}

export function confirmPlacementOption(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.activePlan(req.sellerId, req.path.inboundPlanId ?? '');
  const now = req.clock.now();
  const chosen = plan.placementOptions.find((o) => o.placementOptionId === req.path.placementOptionId);
  if (!chosen) throw invalidInput(`Placement option ${req.path.placementOptionId} is not part of inbound plan ${plan.inboundPlanId}.`);
  if (acceptedPlacementOption(plan) || plan.placementConfirmationRequested)
    throw invalidInput(`The placement of inbound plan ${plan.inboundPlanId} is already confirmed.`);
  if (offerStatus(chosen, now) !== 'OFFERED')
    throw invalidInput(`Placement option ${chosen.placementOptionId} is ${offerStatus(chosen, now)}; generate placement options again.`);
  plan.placementConfirmationRequested = true;
  return ctx.plans.start(req.sellerId, 'confirmPlacementOption', now, (at) => {
    for (const o of plan.placementOptions) o.status = o === chosen ? 'ACCEPTED' : 'EXPIRED';
    plan.shipments = plan.shipments.filter((s) => s.placementOptionId === chosen.placementOptionId);
    plan.shipments.forEach((shipment, index) => {
      shipment.confirmationId = ctx.plans.v0.nextShipmentId();
      shipment.name ??= `${plan.name} (${index + 1}/${plan.shipments.length})`;
      shipment.packageIds.forEach((packageId, boxIndex) => {
        const box = plan.boxes.find((b) => b.packageId === packageId)!;
        box.shipmentId = shipment.shipmentId;
        box.indexInShipment = boxIndex + 1;
      });
      const packedBy2d = plan.boxes.some((b) => b.shipmentId === shipment.shipmentId && b.contentInformationSource === 'BARCODE_2D');
      const record: ShipmentRecord = {
        sellerId: plan.sellerId,
        shipmentId: shipment.confirmationId,
        marketplaceId: plan.marketplaceId,
        country: plan.country,
        shipmentName: shipment.name,
        shipFromAddress: v0Address(plan),
        destinationFulfillmentCenterId: shipment.warehouseId,
        labelPrepType: 'SELLER_LABEL',
        boxContentsSource: packedBy2d ? '2D_BARCODE' : 'FEED',
        items: shipmentItems(plan, shipment).map((item) => ({
          sellerSku: item.msku,
          fnsku: item.fnsku,
          quantityShipped: item.quantity,
          prepDetails: [],
          applied: { inboundWorking: 0, inboundShipped: 0, inboundReceiving: 0, fulfillable: 0 },
        })),
        createdAt: at,
        sellerUpdatedAt: at,
      };
      ctx.plans.v0.shipments.set(record.shipmentId, record);
      ctx.plans.v0.sync(record, at);
    });
    plan.lastUpdatedAt = at;
    return [];
  });
}

export function getShipment(ctx: InboundPlansContext, req: SimRequest): Shipment {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  const shipment = ctx.plans.shipment(plan, req.path.shipmentId ?? '');
  const now = req.clock.now();
  const selectedWindow = shipment.deliveryWindowOptions.find((w) => w.deliveryWindowOptionId === shipment.selectedDeliveryWindowOptionId);
  const ready = shipment.readyToShipStart;
  return {
    shipmentId: shipment.shipmentId,
    placementOptionId: shipment.placementOptionId,
    ...(shipment.confirmationId ? { shipmentConfirmationId: shipment.confirmationId } : {}),
    ...(shipment.name ? { name: shipment.name } : {}),
    status: shipmentStatus(ctx, plan, shipment, now),
    source: { sourceType: 'SELLER_FACILITY', address: plan.sourceAddress },
    destination: {
      destinationType: 'AMAZON_WAREHOUSE',
      warehouseId: shipment.warehouseId,
      ...(FULFILLMENT_CENTERS[plan.country]?.find((c) => c.id === shipment.warehouseId)
        ? { address: warehouseAddress(plan.country, shipment.warehouseId) }
        : {}),
    },
    ...(ready ? { dates: { readyToShipWindow: { start: ready, end: new Date(Date.parse(ready) + 7 * 86_400_000).toISOString() } } } : {}),
    ...(shipment.selectedTransportationOptionId ? { selectedTransportationOptionId: shipment.selectedTransportationOptionId } : {}),
    ...(shipment.amazonReferenceId ? { amazonReferenceId: shipment.amazonReferenceId } : {}),
    ...(shipment.contact ? { contactInformation: shipment.contact } : {}),
    ...(shipment.freight ? { freightInformation: shipment.freight } : {}),
    ...(selectedWindow
      ? {
          selectedDeliveryWindow: {
            deliveryWindowOptionId: selectedWindow.deliveryWindowOptionId,
            availabilityType: selectedWindow.availabilityType,
            startDate: selectedWindow.startDate,
            endDate: selectedWindow.endDate,
          },
        }
      : {}),
    ...(shipment.tracking ? { trackingDetails: trackingOut(plan, shipment) } : {}),
    ...(shipment.appointments?.length ? { selfShipAppointmentDetails: shipment.appointments } : {}),
  };
}

function trackingOut(plan: InboundPlanRecord, shipment: PlanShipmentRecord): Shipment['trackingDetails'] {
  const tracking = shipment.tracking!;
  return {
    ...(tracking.spdTrackingDetail
      ? {
          spdTrackingDetail: {
            spdTrackingItems: tracking.spdTrackingDetail.spdTrackingItems.map((item) => ({
              boxId: item.boxId,
              trackingId: item.trackingId,
              trackingNumberValidationStatus: 'VALIDATED',
            })),
          },
        }
      : {}),
    ...(tracking.ltlTrackingDetail
      ? {
          ltlTrackingDetail: {
            freightBillNumber: tracking.ltlTrackingDetail.freightBillNumber,
            ...(tracking.ltlTrackingDetail.billOfLadingNumber ? { billOfLadingNumber: tracking.ltlTrackingDetail.billOfLadingNumber } : {}),
          },
        }
      : {}),
  };
}

function warehouseAddress(country: string, warehouseId: string) {
  const center = FULFILLMENT_CENTERS[country]!.find((c) => c.id === warehouseId)!;
  const a = center.address;
  return {
    name: a.Name,
    addressLine1: a.AddressLine1,
    city: a.City,
    ...(a.StateOrProvinceCode ? { stateOrProvinceCode: a.StateOrProvinceCode } : {}),
    countryCode: a.CountryCode,
    postalCode: a.PostalCode,
  };
}

export function listShipmentItems(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  const shipment = ctx.plans.shipment(plan, req.path.shipmentId ?? '');
  const { page, pagination } = paginate(req, shipmentItems(plan, shipment), 10);
  return { items: page.map((item) => itemOut(item, plan, ctx.prep)), ...(pagination ? { pagination } : {}) };
}

export function listShipmentBoxes(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  const shipment = ctx.plans.shipment(plan, req.path.shipmentId ?? '');
  const boxes = plan.boxes.filter((b) => shipment.packageIds.includes(b.packageId));
  const { page, pagination } = paginate(req, boxes, 10);
  return { boxes: page.map((b) => boxOut(b, plan, ctx.prep)), ...(pagination ? { pagination } : {}) };
}

export function updateShipmentName(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  const shipment = ctx.plans.shipment(plan, req.path.shipmentId ?? '');
  shipment.name = (req.body as { name: string }).name;
  const v0 = shipment.confirmationId ? ctx.plans.v0.shipments.get(shipment.confirmationId) : undefined;
  if (v0) v0.shipmentName = shipment.name;
  plan.lastUpdatedAt = req.clock.now();
  return undefined;
}
