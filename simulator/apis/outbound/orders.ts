/**
 * The seller-facing rules for fulfillment orders: create (policies, holds, idempotent
 * resubmission), update, cancel, the sandbox status update, and returns.
 */
import { DEMO_SELLERS, invalidInput, notFound, type SimSku } from '../../core/contract.js';
import { isOpenForChange, orderStateAt, TIMINGS, type OrderItem, type OutboundOrder, type ReturnRecord } from './lifecycle.js';
import { requiresFeature, resolveMarketplace, servesDestination } from './preview.js';
import { carrierFor, fulfillmentCenterFor, hash32, MARKETPLACES, RETURN_REASONS, type Region } from './reference.js';
import type { OutboundStore } from './store.js';
import type {
  CreateFulfillmentOrderRequest,
  CreateReturnItem,
  FeatureSettings,
  FulfillmentOrderStatus,
  ReturnAuthorization,
  UpdateFulfillmentOrderRequest,
} from './types.js';

const MAX_LINE_ITEMS = 100;
const MAX_UNITS = 250;

/** The marketplaces a seller sells in: the demo sellers' lists, else whatever their SKUs are listed under. */
export function sellerMarketplaces(store: OutboundStore, sellerId: string): string[] {
  const demo = Object.values(DEMO_SELLERS).find((s) => s.sellerId === sellerId);
  if (demo) return [...demo.marketplaceIds];
  return [...new Set(store.catalog.list(sellerId).flatMap((s) => s.marketplaceIds))];
}

export function regionOf(marketplaceId: string): Region {
  return MARKETPLACES[marketplaceId]?.region ?? 'na';
}

export function requireOrder(store: OutboundStore, sellerId: string, id: string, now: Date): OutboundOrder {
  const order = store.get(sellerId, id);
  if (!order) throw notFound(`Fulfillment order ${id} not found.`);
  store.settle(order, now);
  return order;
}

function checkMarketplace(store: OutboundStore, sellerId: string, requested: string | undefined, countryCode: string): string {
  const marketplaces = sellerMarketplaces(store, sellerId);
  const marketplaceId = resolveMarketplace(requested, marketplaces, countryCode);
  if (!marketplaceId || !MARKETPLACES[marketplaceId]) {
    throw invalidInput(`Value ${requested ?? ''} for parameter marketplaceId is invalid.`, 'The seller is not registered in this marketplace.');
  }
  if (!servesDestination(regionOf(marketplaceId), countryCode)) {
    throw invalidInput(`Destination address country ${countryCode} cannot be served from marketplace ${marketplaceId}.`, 'InvalidDestinationAddress');
  }
  return marketplaceId;
}

function checkFeatures(sku: SimSku, constraints: FeatureSettings[] | undefined): void {
  for (const name of ['BLANK_BOX', 'BLOCK_AMZL'] as const) {
    if (requiresFeature(constraints, name) && !sku.features[name]) {
      throw invalidInput(`SellerSKU ${sku.sellerSku} is not eligible for feature ${name}, which featureConstraints mark as Required.`, 'SKU_NOT_ELIGIBLE');
    }
  }
}

/** Stable JSON (sorted keys) so a resubmitted request is recognised whatever its key order. */
export function fingerprint(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(fingerprint).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${JSON.stringify(k)}:${fingerprint(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * createFulfillmentOrder. The model requires sellerFulfillmentOrderId to be unique per seller:
 * resubmitting the identical request is a no-op success (safe retries); reusing the id for a
 * different request is a 400.
 */
export function createOrder(store: OutboundStore, sellerId: string, req: CreateFulfillmentOrderRequest, now: Date): OutboundOrder {
  const print = fingerprint(req);
  const existing = store.get(sellerId, req.sellerFulfillmentOrderId);
  if (existing) {
    if (existing.fingerprint === print) return existing;
    throw invalidInput(
      `Duplicate request: a fulfillment order with sellerFulfillmentOrderId ${req.sellerFulfillmentOrderId} already exists with different content.`,
      'sellerFulfillmentOrderId must be unique for each fulfillment order.',
    );
  }
  const marketplaceId = checkMarketplace(store, sellerId, req.marketplaceId, req.destinationAddress.countryCode);
  const action = req.fulfillmentAction ?? 'Ship';
  const policy = req.fulfillmentPolicy ?? 'FillOrKill';
  if (req.shippingSpeedCategory === 'ScheduledDelivery') {
    throw invalidInput('ScheduledDelivery is only available in the JP marketplace.', 'shippingSpeedCategory');
  }
  if (Number.isNaN(Date.parse(req.displayableOrderDate))) throw invalidInput(`Value ${req.displayableOrderDate} for parameter displayableOrderDate is invalid.`);
  checkItemList(req.items);

  // Allocate stock line by line; several lines may draw on the same SKU.
  const remaining = new Map<string, number>();
  const items: OrderItem[] = req.items.map((line) => {
    const sku = store.catalog.get(sellerId, line.sellerSku);
    if (!sku) throw invalidInput(`the SellerSKU for Item Id: ${line.sellerFulfillmentOrderItemId} is invalid.`);
    if (line.fulfillmentNetworkSku && line.fulfillmentNetworkSku !== sku.fnsku) {
      throw invalidInput(`The fulfillmentNetworkSku for Item Id: ${line.sellerFulfillmentOrderItemId} does not match SellerSKU ${line.sellerSku}.`);
    }
    checkFeatures(sku, req.featureConstraints);
    const available = remaining.get(sku.sellerSku) ?? sku.qty.fulfillable;
    const reserved = Math.min(line.quantity, Math.max(0, available));
    remaining.set(sku.sellerSku, available - reserved);
    if (reserved < line.quantity && policy === 'FillOrKill') {
      throw invalidInput(
        `Insufficient inventory for SellerSKU ${line.sellerSku} (Item Id: ${line.sellerFulfillmentOrderItemId}): requested ${line.quantity}, fulfillable ${Math.max(0, available)}.`,
        'With fulfillmentPolicy FillOrKill the whole order is rejected when any item cannot be filled; use FillAll or FillAllAvailable to accept a partial order.',
      );
    }
    return {
      sellerSku: line.sellerSku,
      sellerFulfillmentOrderItemId: line.sellerFulfillmentOrderItemId,
      fnsku: sku.fnsku,
      quantity: line.quantity,
      reservedQuantity: reserved,
      shortQuantity: line.quantity - reserved,
      giftMessage: line.giftMessage,
      displayableComment: line.displayableComment,
      perUnitDeclaredValue: line.perUnitDeclaredValue,
      perUnitPrice: line.perUnitPrice,
      perUnitTax: line.perUnitTax,
    };
  });

  const order = newOrder(store, {
    sellerId,
    sellerFulfillmentOrderId: req.sellerFulfillmentOrderId,
    marketplaceId,
    displayableOrderId: req.displayableOrderId,
    displayableOrderDate: req.displayableOrderDate,
    displayableOrderComment: req.displayableOrderComment,
    shippingSpeedCategory: req.shippingSpeedCategory,
    deliveryWindow: req.deliveryWindow,
    destinationAddress: req.destinationAddress,
    fulfillmentAction: action,
    fulfillmentPolicy: policy,
    codSettings: req.codSettings,
    notificationEmails: req.notificationEmails,
    featureConstraints: req.featureConstraints,
    paymentInformation: req.paymentInformation,
    items,
    receivedAt: now,
    releasedAt: action === 'Ship' ? now : null,
    fingerprint: print,
  });
  for (const item of items) store.reserve(sellerId, item.sellerSku, item.reservedQuantity, now);
  store.add(order);
  return order;
}

function checkItemList(items: { sellerFulfillmentOrderItemId: string; quantity: number }[]): void {
  if (items.length === 0) throw invalidInput('At least one item is required.');
  if (items.length > MAX_LINE_ITEMS) throw invalidInput(`A fulfillment order can have at most ${MAX_LINE_ITEMS} line items.`);
  const ids = new Set<string>();
  let units = 0;
  for (const item of items) {
    if (!Number.isInteger(item.quantity) || item.quantity < 1) throw invalidInput(`Quantity for Item Id: ${item.sellerFulfillmentOrderItemId} must be at least 1.`);
    if (ids.has(item.sellerFulfillmentOrderItemId)) throw invalidInput(`Duplicate sellerFulfillmentOrderItemId ${item.sellerFulfillmentOrderItemId}.`);
    ids.add(item.sellerFulfillmentOrderItemId);
    units += item.quantity;
  }
  if (units > MAX_UNITS) throw invalidInput(`A fulfillment order can have at most ${MAX_UNITS} units; this one has ${units}.`);
}

type NewOrderFields = Omit<OutboundOrder, 'closed' | 'fulfillmentCenterId' | 'amazonShipmentId' | 'packageNumber' | 'carrierCode' | 'trackingNumber' | 'stock' | 'returns' | 'returnAuthorizations'>;

/** Fill in Amazon-assigned ids deterministically from the seller and order id. */
export function newOrder(store: OutboundStore, fields: NewOrderFields): OutboundOrder {
  const h = hash32(`${fields.sellerId}/${fields.sellerFulfillmentOrderId}`);
  let packageNumber = (h % 900_000_000) + 100_000_000;
  while (store.hasPackageNumber(packageNumber)) packageNumber++;
  const country = fields.destinationAddress.countryCode;
  const carrier = carrierFor(country, requiresFeature(fields.featureConstraints, 'BLOCK_AMZL'));
  return {
    ...fields,
    closed: null,
    fulfillmentCenterId: fulfillmentCenterFor(country, h).id,
    amazonShipmentId: `T${h.toString(36).toUpperCase().padStart(7, '0')}`,
    packageNumber,
    carrierCode: carrier.carrierCode,
    trackingNumber: carrier.trackingNumber(hash32(`${h}`) * 7 + packageNumber),
    stock: { shipped: false, released: false },
    returns: [],
    returnAuthorizations: [],
  };
}

/** updateFulfillmentOrder: allowed while the order is Received or Planning (held orders stay Received). */
export function updateOrder(store: OutboundStore, sellerId: string, id: string, req: UpdateFulfillmentOrderRequest, now: Date): OutboundOrder {
  const order = requireOrder(store, sellerId, id, now);
  const state = orderStateAt(order, now);
  if (!isOpenForChange(state.status)) {
    throw invalidInput(`Fulfillment order ${id} cannot be updated because its status is ${state.status}.`, 'Only orders in status Received or Planning can be updated.');
  }
  if (req.shippingSpeedCategory === 'ScheduledDelivery') throw invalidInput('ScheduledDelivery is only available in the JP marketplace.', 'shippingSpeedCategory');
  if (req.displayableOrderDate !== undefined && Number.isNaN(Date.parse(req.displayableOrderDate))) {
    throw invalidInput(`Value ${req.displayableOrderDate} for parameter displayableOrderDate is invalid.`);
  }
  const country = req.destinationAddress?.countryCode ?? order.destinationAddress.countryCode;
  const marketplaceId = checkMarketplace(store, sellerId, req.marketplaceId ?? order.marketplaceId, country);
  const policy = req.fulfillmentPolicy ?? order.fulfillmentPolicy;
  const constraints = req.featureConstraints ?? order.featureConstraints;

  // Validate every line before moving any stock, so a rejected update changes nothing.
  const changes = (req.items ?? []).map((line) => {
    const item = order.items.find((i) => i.sellerFulfillmentOrderItemId === line.sellerFulfillmentOrderItemId);
    if (!item) throw invalidInput(`Item Id: ${line.sellerFulfillmentOrderItemId} is not part of fulfillment order ${id}.`);
    if (line.sellerSku && line.sellerSku !== item.sellerSku) throw invalidInput(`The SellerSKU of Item Id: ${line.sellerFulfillmentOrderItemId} cannot be changed.`);
    if (!Number.isInteger(line.quantity) || line.quantity < 1) throw invalidInput(`Quantity for Item Id: ${line.sellerFulfillmentOrderItemId} must be at least 1.`);
    const sku = store.catalog.get(sellerId, item.sellerSku);
    if (!sku) throw invalidInput(`the SellerSKU for Item Id: ${line.sellerFulfillmentOrderItemId} is invalid.`);
    checkFeatures(sku, constraints);
    const delta = line.quantity - item.quantity;
    const take = delta > 0 ? Math.min(delta, Math.max(0, sku.qty.fulfillable)) : 0;
    if (delta > 0 && take < delta && policy === 'FillOrKill') {
      throw invalidInput(
        `Insufficient inventory for SellerSKU ${item.sellerSku} (Item Id: ${item.sellerFulfillmentOrderItemId}): ${delta} more requested, fulfillable ${sku.qty.fulfillable}.`,
      );
    }
    return { line, item, delta, take };
  });
  const units = order.items.reduce((n, i) => n + (changes.find((c) => c.item === i)?.line.quantity ?? i.quantity), 0);
  if (units > MAX_UNITS) throw invalidInput(`A fulfillment order can have at most ${MAX_UNITS} units; this one would have ${units}.`);

  for (const { line, item, delta, take } of changes) {
    if (delta > 0) {
      store.reserve(sellerId, item.sellerSku, take, now);
      item.reservedQuantity += take;
      item.shortQuantity += delta - take;
    } else if (delta < 0) {
      const fromShort = Math.min(item.shortQuantity, -delta);
      const fromReserved = -delta - fromShort;
      item.shortQuantity -= fromShort;
      item.reservedQuantity -= fromReserved;
      store.unreserve(sellerId, item.sellerSku, fromReserved, now);
    }
    item.quantity = line.quantity;
    if (line.giftMessage !== undefined) item.giftMessage = line.giftMessage;
    if (line.displayableComment !== undefined) item.displayableComment = line.displayableComment;
    if (line.orderItemDisposition !== undefined) item.orderItemDisposition = line.orderItemDisposition;
    if (line.perUnitDeclaredValue !== undefined) item.perUnitDeclaredValue = line.perUnitDeclaredValue;
    if (line.perUnitPrice !== undefined) item.perUnitPrice = line.perUnitPrice;
    if (line.perUnitTax !== undefined) item.perUnitTax = line.perUnitTax;
  }

  order.marketplaceId = marketplaceId;
  order.fulfillmentPolicy = policy;
  order.featureConstraints = constraints;
  if (req.displayableOrderId !== undefined) order.displayableOrderId = req.displayableOrderId;
  if (req.displayableOrderDate !== undefined) order.displayableOrderDate = req.displayableOrderDate;
  if (req.displayableOrderComment !== undefined) order.displayableOrderComment = req.displayableOrderComment;
  if (req.shippingSpeedCategory !== undefined) order.shippingSpeedCategory = req.shippingSpeedCategory;
  if (req.destinationAddress !== undefined) order.destinationAddress = req.destinationAddress;
  if (req.notificationEmails !== undefined) order.notificationEmails = req.notificationEmails;
  if (req.fulfillmentAction === 'Ship' && !order.releasedAt) {
    order.releasedAt = now;
  } else if (req.fulfillmentAction === 'Hold' && order.releasedAt) {
    order.releasedAt = null;
  }
  if (req.fulfillmentAction) order.fulfillmentAction = req.fulfillmentAction;
  store.settle(order, now);
  return order;
}

/** cancelFulfillmentOrder: only before picking starts (Received, Planning); cancelling twice is a no-op. */
export function cancelOrder(store: OutboundStore, sellerId: string, id: string, now: Date): OutboundOrder {
  const order = requireOrder(store, sellerId, id, now);
  const state = orderStateAt(order, now);
  if (state.status === 'Cancelled') return order;
  if (!isOpenForChange(state.status)) {
    throw invalidInput(
      `Fulfillment order ${id} cannot be cancelled because its status is ${state.status}.`,
      'Only fulfillment orders in status Received or Planning can be cancelled.',
    );
  }
  order.closed = { status: 'Cancelled', at: now };
  store.settle(order, now);
  return order;
}

const FORWARD: FulfillmentOrderStatus[] = ['Received', 'Planning', 'Processing', 'Complete'];

/**
 * submitFulfillmentOrderStatusUpdate (sandbox): moves an order forward by re-anchoring its
 * timeline so the requested status holds at `now`, or ends it (Cancelled, Unfulfillable,
 * Invalid) as long as nothing has shipped. Complete and CompletePartialled both ship now.
 */
export function forceStatus(store: OutboundStore, sellerId: string, id: string, target: FulfillmentOrderStatus | undefined, now: Date): OutboundOrder {
  if (!target) throw invalidInput('fulfillmentOrderStatus is required.');
  const order = requireOrder(store, sellerId, id, now);
  const state = orderStateAt(order, now);
  const final = ['Cancelled', 'Complete', 'CompletePartialled', 'Unfulfillable', 'Invalid'];
  if (final.includes(state.status)) throw invalidInput(`Fulfillment order ${id} is already in final status ${state.status}.`);
  if (target === state.status) return order;

  if (target === 'Cancelled' || target === 'Unfulfillable' || target === 'Invalid') {
    if (state.shipped) throw invalidInput(`Fulfillment order ${id} has already shipped.`);
    order.closed = { status: target, at: now };
  } else {
    const want = FORWARD.indexOf(target === 'CompletePartialled' ? 'Complete' : target);
    if (want < 0 || want < FORWARD.indexOf(state.status)) {
      throw invalidInput(`Fulfillment order ${id} cannot move from ${state.status} to ${target}.`);
    }
    const offsets = [0, TIMINGS.planningAfter, TIMINGS.processingAfter, TIMINGS.shipAfter[order.shippingSpeedCategory]];
    let offset = offsets[want] ?? 0;
    const hasShort = order.items.some((i) => i.shortQuantity > 0);
    if (want === 3 && order.fulfillmentPolicy === 'FillAll' && hasShort) offset = Math.max(offset, TIMINGS.fillAllWait);
    const releasedAt = new Date(now.getTime() - offset);
    order.releasedAt = releasedAt;
    order.fulfillmentAction = 'Ship';
    if (releasedAt < order.receivedAt) order.receivedAt = releasedAt;
  }
  store.settle(order, now);
  return order;
}

export interface ReturnOutcome {
  accepted: ReturnRecord[];
  invalid: { sellerReturnItemId: string; sellerFulfillmentOrderItemId: string; invalidItemReason: { invalidItemReasonCode: string; description: string } }[];
  authorization: ReturnAuthorization | null;
}

/** createFulfillmentReturn: one unit per return item; reasons per the model's InvalidItemReasonCode table. */
export function createReturn(store: OutboundStore, sellerId: string, id: string, lines: CreateReturnItem[], now: Date): ReturnOutcome {
  const order = requireOrder(store, sellerId, id, now);
  const state = orderStateAt(order, now);
  const fc = fulfillmentCenterFor(order.destinationAddress.countryCode, hash32(`${sellerId}/${id}`));
  const authorizationId = `${hash32(`${id}/${order.returnAuthorizations.length}/${now.getTime()}`).toString(36).toUpperCase()}`;
  const accepted: ReturnRecord[] = [];
  const invalid: ReturnOutcome['invalid'] = [];
  const seenIds = new Set(order.returns.map((r) => r.sellerReturnItemId));

  for (const line of lines) {
    const reject = (invalidItemReasonCode: string, description: string) =>
      invalid.push({ sellerReturnItemId: line.sellerReturnItemId, sellerFulfillmentOrderItemId: line.sellerFulfillmentOrderItemId, invalidItemReason: { invalidItemReasonCode, description } });
    const item = order.items.find((i) => i.sellerFulfillmentOrderItemId === line.sellerFulfillmentOrderItemId);
    if (seenIds.has(line.sellerReturnItemId)) {
      reject('DuplicateRequest', `A fulfillment return has already been requested for return item ${line.sellerReturnItemId}.`);
      continue;
    }
    if (!item || line.amazonShipmentId !== order.amazonShipmentId) {
      reject('InvalidValues', 'The item was not found in a fulfillment order shipment.');
      continue;
    }
    if (!RETURN_REASONS.some((r) => r.returnReasonCode === line.returnReasonCode)) {
      reject('InvalidValues', `Return reason code ${line.returnReasonCode} is not valid; use a code from listReturnReasonCodes.`);
      continue;
    }
    if (!state.shipped) {
      reject('NoCompletedShipItems', 'The fulfillment order containing this item has not yet shipped.');
      continue;
    }
    const used = order.returns.filter((r) => r.sellerFulfillmentOrderItemId === item.sellerFulfillmentOrderItemId).length +
      accepted.filter((r) => r.sellerFulfillmentOrderItemId === item.sellerFulfillmentOrderItemId).length;
    if (used >= item.reservedQuantity) {
      reject('NoReturnableQuantity', 'All item quantity available for return has been allocated to other return items.');
      continue;
    }
    seenIds.add(line.sellerReturnItemId);
    accepted.push({
      sellerReturnItemId: line.sellerReturnItemId,
      sellerFulfillmentOrderItemId: item.sellerFulfillmentOrderItemId,
      sellerSku: item.sellerSku,
      amazonShipmentId: order.amazonShipmentId,
      sellerReturnReasonCode: line.returnReasonCode,
      returnComment: line.returnComment,
      returnAuthorizationId: authorizationId,
      fulfillmentCenterId: fc.id,
      createdAt: now,
      stockApplied: false,
    });
  }

  let authorization: ReturnAuthorization | null = null;
  if (accepted.length > 0) {
    const rma = `D${hash32(`rma/${authorizationId}`).toString(36)}RRMA`;
    authorization = {
      returnAuthorizationId: authorizationId,
      fulfillmentCenterId: fc.id,
      returnToAddress: fc.address,
      amazonRmaId: rma,
      rmaPageURL: `https://sellercentral.amazon.com/mcf/returns/label?rmaId=${rma}`,
    };
    order.returns.push(...accepted);
    order.returnAuthorizations.push(authorization);
  }
  return { accepted, invalid, authorization };
}
