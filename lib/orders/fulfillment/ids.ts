/**
 * The fulfillment order id for an Amazon order. It is derived from the order id alone, so a
 * double click, a retry or a second tab all name the same fulfillment order and Amazon can
 * tell the repeat from a new order (sellerFulfillmentOrderId must be unique, max 40 chars).
 */
import { createHash } from 'node:crypto';

/** The model allows 40 characters; we keep to letters, digits and hyphens. */
export const SELLER_FULFILLMENT_ORDER_ID_MAX = 40;
const PREFIX = 'MCF-';

export function sellerFulfillmentOrderIdFor(amazonOrderId: string): string {
  const cleaned = amazonOrderId.trim().replace(/[^A-Za-z0-9-]/g, '');
  if (!cleaned) throw new Error('An Amazon order id is needed to name its fulfillment order.');
  const plain = `${PREFIX}${cleaned}`;
  if (plain.length <= SELLER_FULFILLMENT_ORDER_ID_MAX && cleaned === amazonOrderId) return plain;
  // Long or unusual ids: keep a readable head and make the rest unique with a hash of the original.
  const hash = createHash('sha256').update(amazonOrderId).digest('hex').slice(0, 10);
  const head = plain.slice(0, SELLER_FULFILLMENT_ORDER_ID_MAX - hash.length - 1);
  return `${head}-${hash}`;
}

/** Order item ids are up to 14 digits in practice; the model allows 50 for the MCF line id. */
export function fulfillmentOrderItemIdFor(orderItemId: string): string {
  if (orderItemId.length <= 50) return orderItemId;
  return createHash('sha256').update(orderItemId).digest('hex').slice(0, 50);
}
