/**
 * The seller's actions on MFN orders: confirmShipment (ships items in a package, moving the
 * order to PartiallyShipped or Shipped) and updateShipmentStatus (store pick-up states).
 */
import { invalidInput, notFound, type SimRequest } from '../../core/contract.js';
import { orderBook, type SimOrder } from '../../state/orders.js';
import type { ConfirmShipmentRequest, UpdateShipmentStatusRequest } from '../../../lib/sp-api/generated/orders-v0.js';
import { isoSeconds } from './reshape.js';

function mfnOrder(req: SimRequest, marketplaceId: string): SimOrder {
  const orderId = req.path.orderId ?? '';
  const order = orderBook.get(req.sellerId, orderId, req.clock.now().getTime());
  if (!order) throw notFound(`Order ${orderId} was not found.`);
  if (order.marketplaceId !== marketplaceId) throw invalidInput(`Order ${orderId} does not belong to marketplace ${marketplaceId}.`);
  if (order.fulfillmentChannel !== 'MFN') throw invalidInput(`Order ${orderId} is fulfilled by Amazon; only seller-fulfilled (MFN) orders can be updated.`);
  return order;
}

export function confirmShipment(req: SimRequest): void {
  const body = req.body as ConfirmShipmentRequest;
  const order = mfnOrder(req, body.marketplaceId);
  if (order.status === 'Canceled') throw invalidInput(`Order ${order.amazonOrderId} is canceled and cannot be shipped.`);
  if (order.status === 'Pending') throw invalidInput(`Order ${order.amazonOrderId} is pending; payment is not yet authorized.`);
  if (order.status === 'Shipped') throw invalidInput(`Order ${order.amazonOrderId} is already shipped.`);
  const pkg = body.packageDetail;
  if (!/^[1-9]\d*$/.test(pkg.packageReferenceId)) throw invalidInput('packageDetail.packageReferenceId must be a positive number.');
  if (order.packages.some((p) => p.packageReferenceId === pkg.packageReferenceId)) {
    throw invalidInput(`packageReferenceId ${pkg.packageReferenceId} was already used for this order.`);
  }
  if (Number.isNaN(Date.parse(pkg.shipDate))) throw invalidInput('packageDetail.shipDate must be an ISO 8601 date.');
  if (pkg.orderItems.length === 0) throw invalidInput('packageDetail.orderItems must not be empty.');
  for (const line of pkg.orderItems) {
    const item = order.items.find((i) => i.orderItemId === line.orderItemId);
    if (!item) throw invalidInput(`Order item ${line.orderItemId} is not in order ${order.amazonOrderId}.`);
    if (!Number.isInteger(line.quantity) || line.quantity < 1) throw invalidInput(`quantity for ${line.orderItemId} must be a positive integer.`);
    if (line.quantity > item.quantityOrdered - item.quantityShipped) {
      throw invalidInput(`quantity ${line.quantity} for ${line.orderItemId} exceeds the ${item.quantityOrdered - item.quantityShipped} unshipped units.`);
    }
  }
  orderBook.recordShipment(
    req.sellerId,
    order.amazonOrderId,
    {
      packageReferenceId: pkg.packageReferenceId,
      carrierCode: pkg.carrierCode,
      trackingNumber: pkg.trackingNumber,
      shipDate: isoSeconds(new Date(pkg.shipDate)),
      items: pkg.orderItems.map((i) => ({ orderItemId: i.orderItemId, quantity: i.quantity })),
    },
    req.clock.now().getTime(),
  );
}

export function updateShipmentStatus(req: SimRequest): void {
  const body = req.body as UpdateShipmentStatusRequest;
  const order = mfnOrder(req, body.marketplaceId);
  if (order.status === 'Canceled') throw invalidInput(`Order ${order.amazonOrderId} is canceled.`);
  if (!order.isIspu) throw invalidInput(`Order ${order.amazonOrderId} is not an in-store pick-up order.`);
  for (const line of body.orderItems ?? []) {
    if (line.orderItemId && !order.items.some((i) => i.orderItemId === line.orderItemId)) {
      throw invalidInput(`Order item ${line.orderItemId} is not in order ${order.amazonOrderId}.`);
    }
  }
  orderBook.recordShipmentStatus(req.sellerId, order.amazonOrderId, body.shipmentStatus, req.clock.now().getTime());
}
