/** createInboundShipment and updateInboundShipment: a plan becomes a shipment, edited while WORKING. */
import { invalidInput, SimError, type SimRequest } from '../../../core/contract.js';
import type { InboundShipmentItem, InboundShipmentRequest, InboundShipmentResult } from '../../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import { bucketOf } from '../hash.js';
import { shipmentStatusAt } from '../lifecycle.js';
import type { ShipmentItemRecord, ShipmentRecord } from '../records.js';
import type { InboundStore } from '../store.js';
import { isoDate } from '../wire.js';
import { addDays, assertSellerMarketplace, assertShipmentMarketplace, load, touch } from './context.js';

/** Quantities and case packing rules shared by create and update. */
function validateShipmentItems(items: InboundShipmentItem[], areCasesRequired: boolean, allowZero: boolean) {
  const withCase = items.filter((item) => item.QuantityInCase !== undefined).length;
  if (withCase !== 0 && withCase !== items.length) {
    throw invalidInput('QuantityInCase must be provided for every item in the shipment or for none of them.');
  }
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.SellerSKU)) throw invalidInput(`SellerSKU ${item.SellerSKU} appears more than once.`);
    seen.add(item.SellerSKU);
    if (!Number.isInteger(item.QuantityShipped) || item.QuantityShipped < (allowZero ? 0 : 1)) {
      throw invalidInput(`QuantityShipped for SellerSKU ${item.SellerSKU} must be a ${allowZero ? 'non-negative' : 'positive'} whole number.`);
    }
    if (areCasesRequired && !(item.QuantityInCase !== undefined && item.QuantityInCase > 0)) {
      throw invalidInput(`AreCasesRequired is true, so QuantityInCase must be greater than zero for SellerSKU ${item.SellerSKU}.`);
    }
    if (item.QuantityInCase !== undefined && item.QuantityInCase > 0 && item.QuantityShipped % item.QuantityInCase !== 0) {
      throw invalidInput(`QuantityShipped for SellerSKU ${item.SellerSKU} must be a multiple of QuantityInCase.`);
    }
  }
}

export function createInboundShipment(store: InboundStore, req: SimRequest): { payload: InboundShipmentResult } {
  const now = load(store, req);
  const shipmentId = req.path.shipmentId ?? '';
  const request = req.body as InboundShipmentRequest;
  const existing = store.shipments.get(shipmentId);
  if (existing?.sellerId === req.sellerId) throw invalidInput(`Shipment ${shipmentId} already exists; use updateInboundShipment.`);
  const planRecord = store.plans.get(shipmentId);
  if (!planRecord || planRecord.sellerId !== req.sellerId) {
    throw new SimError(404, 'NotFound', `Shipment ${shipmentId} is not from one of your shipment plans; call createInboundShipmentPlan first.`);
  }
  const header = request.InboundShipmentHeader;
  if (header.ShipmentStatus !== 'WORKING') throw invalidInput('ShipmentStatus must be WORKING when creating a shipment.');
  if (header.DestinationFulfillmentCenterId !== planRecord.plan.DestinationFulfillmentCenterId) {
    throw invalidInput(`DestinationFulfillmentCenterId must be ${planRecord.plan.DestinationFulfillmentCenterId}, the plan's destination.`);
  }
  assertSellerMarketplace(store.catalog, req.sellerId, request.MarketplaceId);
  if (request.InboundShipmentItems.length === 0) throw invalidInput('InboundShipmentItems must contain at least one item.');
  const areCasesRequired = header.AreCasesRequired ?? false;
  validateShipmentItems(request.InboundShipmentItems, areCasesRequired, false);
  const planItems = new Map(planRecord.plan.Items.map((item) => [item.SellerSKU, item]));
  const items: ShipmentItemRecord[] = request.InboundShipmentItems.map((item) => {
    const planned = planItems.get(item.SellerSKU);
    if (!planned) throw invalidInput(`SellerSKU ${item.SellerSKU} is not in shipment plan ${shipmentId}.`);
    const preorderable = bucketOf(item.SellerSKU, 8, 'preorder') === 0;
    return {
      sellerSku: item.SellerSKU,
      fnsku: planned.FulfillmentNetworkSKU,
      quantityShipped: item.QuantityShipped,
      ...(item.QuantityInCase !== undefined ? { quantityInCase: item.QuantityInCase } : {}),
      prepDetails: item.PrepDetailsList ?? planned.PrepDetailsList ?? [],
      ...(preorderable ? { releaseDate: isoDate(addDays(now, 30)) } : {}),
      applied: { inboundWorking: 0, inboundShipped: 0, inboundReceiving: 0, fulfillable: 0 },
    };
  });
  const shipment: ShipmentRecord = {
    sellerId: req.sellerId,
    shipmentId,
    marketplaceId: request.MarketplaceId,
    country: planRecord.country,
    shipmentName: header.ShipmentName,
    shipFromAddress: header.ShipFromAddress,
    destinationFulfillmentCenterId: header.DestinationFulfillmentCenterId,
    labelPrepPreference: header.LabelPrepPreference,
    labelPrepType: planRecord.plan.LabelPrepType,
    areCasesRequired,
    ...(header.IntendedBoxContentsSource ? { intendedBoxContentsSource: header.IntendedBoxContentsSource } : {}),
    items,
    createdAt: now,
    sellerUpdatedAt: now,
  };
  planRecord.used = true;
  store.shipments.set(shipmentId, shipment);
  store.sync(shipment, now);
  return { payload: { ShipmentId: shipmentId } };
}

export function updateInboundShipment(store: InboundStore, req: SimRequest): { payload: InboundShipmentResult } {
  const now = load(store, req);
  const shipment = store.shipment(req.sellerId, req.path.shipmentId ?? '');
  const request = req.body as InboundShipmentRequest;
  const header = request.InboundShipmentHeader;
  const requested = header.ShipmentStatus;
  const current = shipmentStatusAt(shipment, now);
  if (!['WORKING', 'SHIPPED', 'CANCELLED'].includes(requested)) {
    throw invalidInput(`ShipmentStatus ${requested} cannot be set; use WORKING, SHIPPED or CANCELLED.`);
  }
  assertShipmentMarketplace(shipment, request.MarketplaceId);
  if (header.DestinationFulfillmentCenterId !== shipment.destinationFulfillmentCenterId) {
    throw invalidInput(`DestinationFulfillmentCenterId cannot change (shipment goes to ${shipment.destinationFulfillmentCenterId}).`);
  }
  if (current !== 'WORKING') {
    if (requested === 'CANCELLED' && (current === 'SHIPPED' || current === 'IN_TRANSIT')) {
      shipment.cancelledStatus = 'CANCELLED';
      shipment.cancelledAt = now;
      touch(store, shipment, now);
      return { payload: { ShipmentId: shipment.shipmentId } };
    }
    // Marking an already moving shipment SHIPPED again changes nothing.
    if (requested === 'SHIPPED' && current !== 'CANCELLED' && current !== 'DELETED') return { payload: { ShipmentId: shipment.shipmentId } };
    throw invalidInput(
      `Shipment ${shipment.shipmentId} is ${current}; only a WORKING shipment can be edited${
        current === 'SHIPPED' || current === 'IN_TRANSIT' ? ' (it can still be CANCELLED)' : ''
      }.`,
    );
  }
  const areCasesRequired = header.AreCasesRequired ?? shipment.areCasesRequired;
  validateShipmentItems(request.InboundShipmentItems, areCasesRequired, true);
  const bySku = new Map(shipment.items.map((item) => [item.sellerSku, item]));
  for (const item of request.InboundShipmentItems) {
    if (!bySku.has(item.SellerSKU)) {
      throw invalidInput(`SellerSKU ${item.SellerSKU} is not in shipment ${shipment.shipmentId}; adding new items is not supported.`);
    }
  }
  const remaining = shipment.items.filter((item) => {
    const update = request.InboundShipmentItems.find((u) => u.SellerSKU === item.sellerSku);
    return !update || update.QuantityShipped > 0;
  });
  if (remaining.length === 0 && requested !== 'CANCELLED') {
    throw invalidInput('A shipment must keep at least one item; set ShipmentStatus to CANCELLED to cancel it.');
  }
  if (areCasesRequired) {
    for (const item of remaining) {
      const update = request.InboundShipmentItems.find((u) => u.SellerSKU === item.sellerSku);
      if (!((update?.QuantityInCase ?? item.quantityInCase ?? 0) > 0)) {
        throw invalidInput(`AreCasesRequired is true, so QuantityInCase must be greater than zero for SellerSKU ${item.sellerSku}.`);
      }
    }
  }
  for (const update of request.InboundShipmentItems) {
    const item = bySku.get(update.SellerSKU);
    if (!item) continue;
    // A removed item keeps its record at zero units so the catalog sync releases them.
    item.quantityShipped = update.QuantityShipped;
    if (update.QuantityInCase !== undefined) item.quantityInCase = update.QuantityInCase;
    if (update.PrepDetailsList) item.prepDetails = update.PrepDetailsList;
  }
  shipment.shipmentName = header.ShipmentName;
  shipment.shipFromAddress = header.ShipFromAddress;
  shipment.labelPrepPreference = header.LabelPrepPreference;
  shipment.areCasesRequired = areCasesRequired;
  if (header.IntendedBoxContentsSource) shipment.intendedBoxContentsSource = header.IntendedBoxContentsSource;
  if (requested === 'SHIPPED') shipment.sellerShippedAt = now;
  if (requested === 'CANCELLED') {
    shipment.cancelledStatus = 'DELETED';
    shipment.cancelledAt = now;
  }
  touch(store, shipment, now);
  shipment.items = shipment.items.filter((item) => item.quantityShipped > 0 || requested === 'CANCELLED');
  return { payload: { ShipmentId: shipment.shipmentId } };
}
