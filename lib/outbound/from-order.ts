/**
 * An Amazon (MFN) order as a fulfillment order: its id, its lines, the buyer's address mapped
 * from the Orders API to the outbound Address, and the spec requests.ts turns into bodies. Every
 * value derives from the order and the seller's choices, never from the clock, so a repeated
 * create is byte-for-byte the same order.
 */
import { createHash } from 'node:crypto';
import type { Address } from '@/lib/sp-api/generated/fulfillment-outbound';
import type { CustomerAddress } from '@/lib/sp-api/generated/orders-2026-01-01';
import type { FeatureChoice, OutboundOrderSpec, OutboundPreviewSpec } from './requests';
import type { FulfillmentPolicy, ShippingSpeed } from './status-rules';

/** The model allows 40 characters; we keep to letters, digits and hyphens. */
export const SELLER_FULFILLMENT_ORDER_ID_MAX = 40;
const PREFIX = 'MCF-';

/**
 * The fulfillment order id for an Amazon order, derived from the order id alone: a double
 * click, a retry or a second tab all name the same fulfillment order, so the submission claim
 * (service.ts) and Amazon both see one order.
 */
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

export class AddressMappingError extends Error {}

/** The order's delivery address (Orders 2026-01-01, dataset RECIPIENT) -> outbound Address. Never stored. */
export function outboundAddressFrom(address: CustomerAddress | undefined): Address {
  if (!address) throw new AddressMappingError('Amazon did not return a shipping address for this order.');
  const missing = (
    [
      ['name', 'a name'],
      ['addressLine1', 'a street line'],
      ['postalCode', 'a postal code'],
      ['countryCode', 'a country'],
    ] as const
  )
    .filter(([k]) => !address[k]?.trim())
    .map(([, words]) => words);
  if (missing.length) throw new AddressMappingError(`The order's shipping address lacks ${missing.join(', ')}.`);
  const lines = [address.addressLine1, address.addressLine2, address.addressLine3].map((l) => l?.trim()).filter((l): l is string => Boolean(l));
  const out: Address = {
    name: address.name!.trim(),
    addressLine1: lines[0]!,
    postalCode: address.postalCode!.trim(),
    countryCode: address.countryCode!.trim().toUpperCase(),
  };
  if (lines[1]) out.addressLine2 = lines[1];
  if (lines[2]) out.addressLine3 = lines[2];
  if (address.city?.trim()) out.city = address.city.trim();
  const district = address.districtOrCounty?.trim() || address.municipality?.trim();
  if (district) out.districtOrCounty = district;
  if (address.stateOrRegion?.trim()) out.stateOrRegion = address.stateOrRegion.trim();
  if (address.phone?.trim()) out.phone = address.phone.trim();
  return out;
}

export interface OrderLine {
  orderItemId: string;
  sellerSku: string;
  quantity: number;
}

export interface OrderForFulfillment {
  amazonOrderId: string;
  marketplaceId: string;
  purchaseDate: Date;
}

/** Printed on the packing slip; required by the model (max 750). */
export const DISPLAYABLE_ORDER_COMMENT = 'Thank you for your order.';

const itemsOf = (lines: OrderLine[]) =>
  lines.map((l) => ({ sellerSku: l.sellerSku, quantity: l.quantity, sellerFulfillmentOrderItemId: fulfillmentOrderItemIdFor(l.orderItemId) }));

export function orderPreviewSpec(order: OrderForFulfillment, lines: OrderLine[], address: Address, features: FeatureChoice): OutboundPreviewSpec {
  return { marketplaceId: order.marketplaceId, address, items: itemsOf(lines), blankBox: features.blankBox, blockAmzl: features.blockAmzl };
}

export function orderCreateSpec(input: {
  order: OrderForFulfillment;
  lines: OrderLine[];
  address: Address;
  speed: ShippingSpeed;
  policy: FulfillmentPolicy;
  options: FeatureChoice & { notificationEmails: string[] };
}): OutboundOrderSpec {
  return {
    marketplaceId: input.order.marketplaceId,
    sellerFulfillmentOrderId: sellerFulfillmentOrderIdFor(input.order.amazonOrderId),
    // The buyer knows the Amazon order id: print it on the packing slip.
    displayableOrderId: input.order.amazonOrderId,
    // The purchase date, not "now": a repeated request must be byte-for-byte the same order.
    displayableOrderDate: input.order.purchaseDate.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    displayableOrderComment: DISPLAYABLE_ORDER_COMMENT,
    shippingSpeedCategory: input.speed,
    address: input.address,
    fulfillmentAction: 'Ship',
    fulfillmentPolicy: input.policy,
    notificationEmails: input.options.notificationEmails,
    blankBox: input.options.blankBox,
    blockAmzl: input.options.blockAmzl,
    items: itemsOf(input.lines),
  };
}
