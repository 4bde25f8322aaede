/** updateFulfillmentOrder: allowed while the order is Received or Planning (held orders stay Received). */
import { invalidInput, type SimRequest } from '../../../core/contract.js';
import type { UpdateFulfillmentOrderRequest } from '../../../../lib/sp-api/generated/fulfillment-outbound.js';
import { isOpenForChange, orderStateAt, type OutboundOrder } from '../lifecycle.js';
import type { OutboundStore } from '../store.js';
import { checkFeatures, checkMarketplace, prepare, requireOrder } from './context.js';
import { MAX_UNITS } from './create.js';

export function updateFulfillmentOrder(store: OutboundStore, req: SimRequest) {
  const now = prepare(store, req);
  updateOrder(store, req.sellerId, req.path.sellerFulfillmentOrderId ?? '', req.body as UpdateFulfillmentOrderRequest, now);
  return {};
}

function updateOrder(store: OutboundStore, sellerId: string, id: string, req: UpdateFulfillmentOrderRequest, now: Date): OutboundOrder {
  const order = requireOrder(store, sellerId, id, now);
  const state = orderStateAt(order, now);
  if (!isOpenForChange(state.status)) {
    throw invalidInput(
      `Fulfillment order ${id} cannot be updated because its status is ${state.status}.`,
      'Only orders in status Received or Planning can be updated.',
    );
  }
  if (req.shippingSpeedCategory === 'ScheduledDelivery')
    throw invalidInput('ScheduledDelivery is only available in the JP marketplace.', 'shippingSpeedCategory');
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
    if (line.sellerSku && line.sellerSku !== item.sellerSku)
      throw invalidInput(`The SellerSKU of Item Id: ${line.sellerFulfillmentOrderItemId} cannot be changed.`);
    if (!Number.isInteger(line.quantity) || line.quantity < 1)
      throw invalidInput(`Quantity for Item Id: ${line.sellerFulfillmentOrderItemId} must be at least 1.`);
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
