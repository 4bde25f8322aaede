/**
 * createFulfillmentOrder: policies, holds, idempotent resubmission, and the Amazon-assigned
 * ids every new order (seeded ones too) gets.
 */
import { invalidInput, type SimRequest } from '../../../core/contract.js';
import type { CreateFulfillmentOrderRequest } from '../../../../lib/sp-api/generated/fulfillment-outbound.js';
import type { OrderItem, OutboundOrder } from '../lifecycle.js';
import { requiresFeature } from '../preview.js';
import { carrierFor, fulfillmentCenterFor, hash32 } from '../reference.js';
import type { OutboundStore } from '../store.js';
import { checkFeatures, checkMarketplace, prepare } from './context.js';

const MAX_LINE_ITEMS = 100;
/** Also the limit updateFulfillmentOrder enforces. */
export const MAX_UNITS = 250;

export function createFulfillmentOrder(store: OutboundStore, req: SimRequest) {
  const now = prepare(store, req);
  createOrder(store, req.sellerId, req.body as CreateFulfillmentOrderRequest, now);
  return {};
}

/** Stable JSON (sorted keys) so a resubmitted request is recognised whatever its key order. */
function fingerprint(value: unknown): string {
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
function createOrder(store: OutboundStore, sellerId: string, req: CreateFulfillmentOrderRequest, now: Date): OutboundOrder {
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
  if (Number.isNaN(Date.parse(req.displayableOrderDate)))
    throw invalidInput(`Value ${req.displayableOrderDate} for parameter displayableOrderDate is invalid.`);
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
    if (!Number.isInteger(item.quantity) || item.quantity < 1)
      throw invalidInput(`Quantity for Item Id: ${item.sellerFulfillmentOrderItemId} must be at least 1.`);
    if (ids.has(item.sellerFulfillmentOrderItemId)) throw invalidInput(`Duplicate sellerFulfillmentOrderItemId ${item.sellerFulfillmentOrderItemId}.`);
    ids.add(item.sellerFulfillmentOrderItemId);
    units += item.quantity;
  }
  if (units > MAX_UNITS) throw invalidInput(`A fulfillment order can have at most ${MAX_UNITS} units; this one has ${units}.`);
}

type NewOrderFields = Omit<
  OutboundOrder,
  'closed' | 'fulfillmentCenterId' | 'amazonShipmentId' | 'packageNumber' | 'carrierCode' | 'trackingNumber' | 'stock' | 'returns' | 'returnAuthorizations'
>;

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
