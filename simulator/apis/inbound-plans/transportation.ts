/**
 * Transportation and delivery: per shipment, Amazon-partnered and own-carrier options for
 * small parcel (always) and LTL (when pallets are given; the partnered freight carrier only with
 * the freight class and declared value), quoted from the boxes, pallets and freight class;
 * delivery windows, which own-carrier options need confirmed first (their precondition
 * CONFIRMED_DELIVERY_WINDOW); one confirmation for the whole plan; tracking for own carriers.
 * A confirmed partnered option becomes the v0 shipment's partnered carrier booking, so the
 * carrier picks the shipment up when its void window closes; own-carrier tracking marks the
 * shipment shipped.
 */
import { invalidInput, type SimRequest } from '../../core/contract.js';
import type {
  ConfirmTransportationOptionsRequest,
  DeliveryWindowOption,
  GenerateTransportationOptionsRequest,
  Pallet,
  TransportationOption,
  UpdateShipmentTrackingDetailsRequest,
  Weight,
} from '../../../lib/sp-api/generated/fulfillment-inbound-2024-03-20.js';
import {
  amazonReferenceId,
  PARTNERED_CARRIERS,
  PARTNERED_FREIGHT_COUNTRIES,
  PARTNERED_PARCEL_COUNTRIES,
  partneredTrackingIds,
  VOID_WINDOW_S,
} from '../inbound/carrier-bookings.js';
import { currencyForCountry } from '../inbound/fulfillment-centers.js';
import type { PartneredFreightBooking, PartneredParcelBooking } from '../inbound/records.js';
import type { InboundPlansContext } from './context.js';
import { acceptedPlacementOption } from './placement.js';
import type { InboundPlanRecord, PlanShipmentRecord } from './records.js';
import { newId } from './store.js';
import { iso, paginate } from './wire.js';

const QUOTE_VALID_H = 24;
const WINDOW_OFFER_VALID_H = 24;
const DAY = 86_400_000;
const OWN_CARRIER = { alphaCode: 'OTHR', name: 'Your own carrier' };

const pounds = (value: number, unit: string) => (unit === 'KG' ? value * 2.20462 : value);
const money = (amount: number) => Math.round(amount * 100) / 100;

function placedShipment(ctx: InboundPlansContext, req: SimRequest, plan: InboundPlanRecord): PlanShipmentRecord {
  const shipment = ctx.plans.shipment(plan, req.path.shipmentId ?? '');
  if (!shipment.confirmationId) throw invalidInput(`Shipment ${shipment.shipmentId} is not part of the confirmed placement.`);
  return shipment;
}

function boxesOf(plan: InboundPlanRecord, shipment: PlanShipmentRecord) {
  return plan.boxes.filter((b) => shipment.packageIds.includes(b.packageId));
}

/** Partnered quotes: small parcel by boxes and weight, LTL by pallets and freight class (class 100, or none, at list price). */
const parcelCost = (boxes: number, weightLb: number) => money(boxes * 6.5 + weightLb * 0.32);
const freightCost = (pallets: number, freightClass?: string) => {
  const classNumber = Number(freightClass?.replace(/^FC_/, '').replace('_', '.'));
  return money(165 + pallets * 48 * (Number.isFinite(classNumber) ? classNumber / 100 : 1));
};

/** The confirmed option's quote re-made for other boxes (a content update): boxes may repeat by quantity. */
export function requotedCost(option: TransportationOption, boxes: Array<{ quantity: number; weight: Weight }>, shipment: PlanShipmentRecord): number {
  if (option.shippingMode === 'FREIGHT_LTL') return freightCost(shipment.pallets?.reduce((sum, p) => sum + p.quantity, 0) ?? 0, shipment.freight?.freightClass);
  const count = boxes.reduce((sum, b) => sum + b.quantity, 0);
  return parcelCost(
    count,
    boxes.reduce((sum, b) => sum + b.quantity * pounds(b.weight.value, b.weight.unit), 0),
  );
}

function options(plan: InboundPlanRecord, shipment: PlanShipmentRecord, at: Date): TransportationOption[] {
  const boxes = boxesOf(plan, shipment);
  const currency = currencyForCountry(plan.country);
  const expiration = iso(new Date(at.getTime() + QUOTE_VALID_H * 3600_000));
  const weightLb = boxes.reduce((sum, b) => sum + pounds(b.weight.value, b.weight.unit), 0);
  const made: TransportationOption[] = [];
  const option = (shippingMode: string, shippingSolution: string, carrier: TransportationOption['carrier'], cost?: number): TransportationOption => ({
    transportationOptionId: newId('to'),
    shipmentId: shipment.shipmentId,
    shippingMode,
    shippingSolution,
    carrier,
    preconditions: shippingSolution === 'USE_YOUR_OWN_CARRIER' ? ['CONFIRMED_DELIVERY_WINDOW'] : [],
    ...(cost === undefined ? {} : { quote: { cost: { amount: money(cost), code: currency }, expiration } }),
  });
  if (PARTNERED_PARCEL_COUNTRIES.includes(plan.country))
    made.push(option('GROUND_SMALL_PARCEL', 'AMAZON_PARTNERED_CARRIER', PARTNERED_CARRIERS.parcel, parcelCost(boxes.length, weightLb)));
  made.push(option('GROUND_SMALL_PARCEL', 'USE_YOUR_OWN_CARRIER', OWN_CARRIER));
  const pallets = shipment.pallets?.reduce((sum, p) => sum + p.quantity, 0) ?? 0;
  if (pallets > 0) {
    // The model: freight carrier quotes come only with the freight information.
    if (PARTNERED_FREIGHT_COUNTRIES.includes(plan.country) && shipment.freight?.freightClass && shipment.freight.declaredValue)
      made.push(option('FREIGHT_LTL', 'AMAZON_PARTNERED_CARRIER', PARTNERED_CARRIERS.freight, freightCost(pallets, shipment.freight.freightClass)));
    made.push(option('FREIGHT_LTL', 'USE_YOUR_OWN_CARRIER', OWN_CARRIER));
  }
  return made;
}

export function generateTransportationOptions(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.activePlan(req.sellerId, req.path.inboundPlanId ?? '');
  const body = req.body as GenerateTransportationOptionsRequest;
  const placement = acceptedPlacementOption(plan);
  if (!placement) throw invalidInput(`Confirm a placement option of inbound plan ${plan.inboundPlanId} first.`);
  if (body.placementOptionId !== placement.placementOptionId) throw invalidInput(`Placement option ${body.placementOptionId} is not the confirmed one.`);
  if (plan.transportationConfirmed) throw invalidInput(`Transportation of inbound plan ${plan.inboundPlanId} is already confirmed.`);
  const now = req.clock.now();
  const configurations = body.shipmentTransportationConfigurations.map((configuration) => {
    const shipment = ctx.plans.shipment(plan, configuration.shipmentId);
    const start = Date.parse(configuration.readyToShipWindow.start);
    if (!Number.isFinite(start) || start < now.getTime() - DAY) {
      throw invalidInput(`The ready-to-ship date of shipment ${shipment.shipmentId} must be today or later.`);
    }
    return { shipment, configuration };
  });
  return ctx.plans.start(req.sellerId, 'generateTransportationOptions', now, (at) => {
    for (const { shipment, configuration } of configurations) {
      shipment.readyToShipStart = new Date(Date.parse(configuration.readyToShipWindow.start)).toISOString();
      shipment.pallets = configuration.pallets;
      shipment.freight = configuration.freightInformation;
      shipment.contact = configuration.contactInformation;
      shipment.transportationOptions = options(plan, shipment, at);
    }
    plan.lastUpdatedAt = at;
    return [];
  });
}

export function listTransportationOptions(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  const placementOptionId = req.query.placementOptionId as string | undefined;
  const shipmentId = req.query.shipmentId as string | undefined;
  if (!placementOptionId && !shipmentId) throw invalidInput('Give a placementOptionId or a shipmentId.');
  const all = plan.shipments
    .filter((s) => (!placementOptionId || s.placementOptionId === placementOptionId) && (!shipmentId || s.shipmentId === shipmentId))
    .flatMap((s) => s.transportationOptions);
  const { page, pagination } = paginate(req, all, 10);
  return { transportationOptions: page, ...(pagination ? { pagination } : {}) };
}

export function generateDeliveryWindowOptions(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.activePlan(req.sellerId, req.path.inboundPlanId ?? '');
  const shipment = placedShipment(ctx, req, plan);
  return ctx.plans.start(req.sellerId, 'generateDeliveryWindowOptions', req.clock.now(), (at) => {
    const from = Math.max(at.getTime(), Date.parse(shipment.readyToShipStart ?? '') || 0) + 3 * DAY;
    const day = Math.floor(from / DAY) * DAY;
    shipment.deliveryWindowOptions = Array.from({ length: 4 }, (_, index): DeliveryWindowOption => ({
      deliveryWindowOptionId: newId('dw'),
      availabilityType: index === 1 ? 'CONGESTED' : 'AVAILABLE',
      startDate: iso(new Date(day + index * 7 * DAY)),
      endDate: iso(new Date(day + (index * 7 + 6) * DAY + DAY - 1000)),
      validUntil: iso(new Date(at.getTime() + WINDOW_OFFER_VALID_H * 3600_000)),
    }));
    shipment.selectedDeliveryWindowOptionId = undefined;
    return [];
  });
}

export function listDeliveryWindowOptions(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  const shipment = ctx.plans.shipment(plan, req.path.shipmentId ?? '');
  const { page, pagination } = paginate(req, shipment.deliveryWindowOptions, 10);
  return { deliveryWindowOptions: page, ...(pagination ? { pagination } : {}) };
}

export function confirmDeliveryWindowOptions(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.activePlan(req.sellerId, req.path.inboundPlanId ?? '');
  const shipment = placedShipment(ctx, req, plan);
  const now = req.clock.now();
  const window = shipment.deliveryWindowOptions.find((w) => w.deliveryWindowOptionId === req.path.deliveryWindowOptionId);
  if (!window) throw invalidInput(`Delivery window option ${req.path.deliveryWindowOptionId} is not offered for shipment ${shipment.shipmentId}.`);
  if (Date.parse(window.validUntil) <= now.getTime())
    throw invalidInput(`Delivery window option ${window.deliveryWindowOptionId} has expired; generate new ones.`);
  return ctx.plans.start(req.sellerId, 'confirmDeliveryWindowOptions', now, () => {
    shipment.selectedDeliveryWindowOptionId = window.deliveryWindowOptionId;
    return [];
  });
}

/** A confirmed partnered option as the v0 carrier booking the shared life cycle, labels and bill of lading read. */
export function partneredBooking(
  plan: InboundPlanRecord,
  shipment: PlanShipmentRecord,
  option: TransportationOption,
  at: Date,
): PartneredParcelBooking | PartneredFreightBooking {
  const boxes = boxesOf(plan, shipment);
  const confirmationId = shipment.confirmationId!;
  if (option.shippingMode !== 'FREIGHT_LTL') {
    return { partnered: true, mode: 'parcel', trackingIds: partneredTrackingIds(confirmationId, boxes.length), confirmedAt: at };
  }
  return {
    partnered: true,
    mode: 'freight',
    amazonReferenceId: amazonReferenceId(confirmationId),
    contact: shipment.contact ?? {
      name: plan.sourceAddress.name,
      phoneNumber: plan.sourceAddress.phoneNumber,
      ...(plan.sourceAddress.email ? { email: plan.sourceAddress.email } : {}),
    },
    boxCount: boxes.length,
    totalWeightLb: Math.round(boxes.reduce((sum, b) => sum + pounds(b.weight.value, b.weight.unit), 0) * 100) / 100,
    pallets: shipment.pallets ?? [],
    ...(shipment.freight ? { freight: shipment.freight } : {}),
    freightReadyDate: (shipment.readyToShipStart ?? iso(at)).slice(0, 10),
    confirmedAt: at,
  };
}

export function confirmTransportationOptions(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.activePlan(req.sellerId, req.path.inboundPlanId ?? '');
  if (!acceptedPlacementOption(plan)) throw invalidInput(`Confirm a placement option of inbound plan ${plan.inboundPlanId} first.`);
  if (plan.transportationConfirmed) throw invalidInput(`Transportation of inbound plan ${plan.inboundPlanId} is already confirmed.`);
  const now = req.clock.now();
  const body = req.body as ConfirmTransportationOptionsRequest;
  const chosen = body.transportationSelections.map((selection) => {
    const shipment = ctx.plans.shipment(plan, selection.shipmentId);
    const option = shipment.transportationOptions.find((o) => o.transportationOptionId === selection.transportationOptionId);
    if (!option) throw invalidInput(`Transportation option ${selection.transportationOptionId} is not offered for shipment ${shipment.shipmentId}.`);
    if (option.quote?.expiration && Date.parse(option.quote.expiration) <= now.getTime()) {
      throw invalidInput(`The quote of transportation option ${option.transportationOptionId} has expired; generate options again.`);
    }
    if (option.preconditions.includes('CONFIRMED_DELIVERY_WINDOW') && !shipment.selectedDeliveryWindowOptionId) {
      throw invalidInput(`Shipment ${shipment.shipmentId} needs a confirmed delivery window before this option.`);
    }
    return { shipment, option, contact: selection.contactInformation };
  });
  const missing = plan.shipments.find((s) => !chosen.some((c) => c.shipment === s));
  if (missing) throw invalidInput(`Choose a transportation option for every shipment; shipment ${missing.shipmentId} has none.`);
  return ctx.plans.start(req.sellerId, 'confirmTransportationOptions', now, (at) => {
    for (const { shipment, option, contact } of chosen) {
      shipment.selectedTransportationOptionId = option.transportationOptionId;
      if (contact) shipment.contact = contact;
      const v0 = ctx.plans.v0.shipments.get(shipment.confirmationId!);
      if (option.shippingSolution === 'AMAZON_PARTNERED_CARRIER' && v0) {
        const booking = partneredBooking(plan, shipment, option, at);
        v0.carrier = booking;
        if (booking.mode === 'freight') shipment.amazonReferenceId = booking.amazonReferenceId;
        // The quote can be voided (the plan cancelled free of charge) until the carrier's window closes.
        option.quote = { ...option.quote!, voidableUntil: iso(new Date(at.getTime() + VOID_WINDOW_S[booking.mode] * 1000)) };
        v0.sellerUpdatedAt = at;
      }
    }
    plan.transportationConfirmed = true;
    plan.lastUpdatedAt = at;
    return [];
  });
}

export function updateShipmentTrackingDetails(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  const shipment = placedShipment(ctx, req, plan);
  const option = shipment.transportationOptions.find((o) => o.transportationOptionId === shipment.selectedTransportationOptionId);
  if (!option) throw invalidInput(`Confirm the transportation of shipment ${shipment.shipmentId} first.`);
  if (option.shippingSolution !== 'USE_YOUR_OWN_CARRIER') throw invalidInput('Amazon-partnered carriers send their own tracking.');
  const { trackingDetails } = req.body as UpdateShipmentTrackingDetailsRequest;
  const now = req.clock.now();
  if (option.shippingMode === 'GROUND_SMALL_PARCEL') {
    const items = trackingDetails.spdTrackingDetail?.spdTrackingItems;
    if (!items?.length) throw invalidInput('Small parcel tracking needs a tracking id per box (spdTrackingDetail).');
    const boxIds = new Set(boxesOf(plan, shipment).map((b) => `${shipment.confirmationId}U${String(b.indexInShipment).padStart(6, '0')}`));
    const unknown = items.find((item) => !boxIds.has(item.boxId));
    if (unknown) throw invalidInput(`Box ${unknown.boxId} is not part of shipment ${shipment.confirmationId}.`);
  } else if (!trackingDetails.ltlTrackingDetail?.freightBillNumber.length) {
    throw invalidInput('LTL tracking needs the freight bill (PRO) number (ltlTrackingDetail).');
  }
  return ctx.plans.start(req.sellerId, 'updateShipmentTrackingDetails', now, (at) => {
    shipment.tracking = trackingDetails;
    const v0 = ctx.plans.v0.shipments.get(shipment.confirmationId!);
    if (v0 && !v0.cancelledStatus) {
      v0.sellerShippedAt ??= at;
      v0.sellerUpdatedAt = at;
      const spd = trackingDetails.spdTrackingDetail?.spdTrackingItems;
      v0.carrier = spd
        ? { partnered: false, mode: 'parcel', carrierName: option.carrier.name ?? 'OTHER', trackingIds: spd.map((item) => item.trackingId) }
        : { partnered: false, mode: 'freight' };
    }
    plan.lastUpdatedAt = at;
    return [];
  });
}

function palletsOut(shipment: PlanShipmentRecord): Pallet[] {
  return (shipment.pallets ?? []).map((p, index) => ({
    packageId: `pk${shipment.shipmentId.slice(2, 36)}${String(index).padStart(2, '0')}`,
    quantity: p.quantity,
    ...(p.dimensions ? { dimensions: p.dimensions } : {}),
    ...(p.weight ? { weight: p.weight } : {}),
    ...(p.stackability ? { stackability: p.stackability } : {}),
  }));
}

export function listShipmentPallets(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  const shipment = ctx.plans.shipment(plan, req.path.shipmentId ?? '');
  const { page, pagination } = paginate(req, palletsOut(shipment), 10);
  return { pallets: page, ...(pagination ? { pagination } : {}) };
}

export function listInboundPlanPallets(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  const { page, pagination } = paginate(req, plan.shipments.flatMap(palletsOut), 10);
  return { pallets: page, ...(pagination ? { pagination } : {}) };
}
