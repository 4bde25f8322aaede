/**
 * Builds FBA Outbound (2020-07-01) requests from an Amazon order: the buyer's address mapped
 * from Orders v0 to the outbound Address, the lines, the speed, the policy and the features.
 * Everything here is deterministic: the same order and choices give the same JSON, which is
 * what lets Amazon recognise a repeated createFulfillmentOrder as the same order.
 */
import type { Address as OrderAddress } from '@/lib/sp-api/generated/orders-v0';
import type { Address, CreateFulfillmentOrderRequest, GetFulfillmentPreviewRequest } from '@/lib/sp-api/generated/fulfillment-outbound';
import { fulfillmentOrderItemIdFor } from './ids';
import { featureConstraintsFor, SHIPPING_SPEEDS, type FulfillmentOptions, type FulfillmentPolicy, type ShippingSpeed } from './options';

export class AddressMappingError extends Error {}

/** Orders v0 ShippingAddress (fetched with an RDT) -> outbound Address. Never stored. */
export function outboundAddressFrom(address: OrderAddress | undefined): Address {
  if (!address) throw new AddressMappingError('Amazon did not return a shipping address for this order.');
  const missing = (['Name', 'AddressLine1', 'PostalCode', 'CountryCode'] as const).filter((k) => !address[k]?.trim());
  if (missing.length) throw new AddressMappingError(`The order's shipping address has no ${missing.join(', ')}.`);
  const lines = [address.AddressLine1, address.AddressLine2, address.AddressLine3].map((l) => l?.trim()).filter((l): l is string => Boolean(l));
  const out: Address = {
    name: address.Name!.trim(),
    addressLine1: lines[0]!,
    postalCode: address.PostalCode!.trim(),
    countryCode: address.CountryCode!.trim().toUpperCase(),
  };
  if (lines[1]) out.addressLine2 = lines[1];
  if (lines[2]) out.addressLine3 = lines[2];
  if (address.City?.trim()) out.city = address.City.trim();
  const district = address.County?.trim() || address.District?.trim();
  if (district) out.districtOrCounty = district;
  if (address.StateOrRegion?.trim()) out.stateOrRegion = address.StateOrRegion.trim();
  if (address.Phone?.trim()) out.phone = address.Phone.trim();
  return out;
}

export interface FulfillmentLine {
  orderItemId: string;
  sellerSku: string;
  quantity: number;
}

export interface OrderForFulfillment {
  amazonOrderId: string;
  marketplaceId: string;
  purchaseDate: Date;
}

function checkLines(lines: FulfillmentLine[]) {
  if (!lines.length) throw new Error('A fulfillment order needs at least one item.');
  if (lines.length > 100) throw new Error('A fulfillment order can have at most 100 lines.');
  const units = lines.reduce((n, l) => n + l.quantity, 0);
  if (units > 250) throw new Error('A fulfillment order can have at most 250 units.');
}

export function buildPreviewRequest(order: OrderForFulfillment, lines: FulfillmentLine[], address: Address, options: Pick<FulfillmentOptions, 'blankBox' | 'blockAmzl'>): GetFulfillmentPreviewRequest {
  checkLines(lines);
  const features = featureConstraintsFor(options);
  return {
    marketplaceId: order.marketplaceId,
    address,
    items: lines.map((l) => ({ sellerSku: l.sellerSku, quantity: l.quantity, sellerFulfillmentOrderItemId: fulfillmentOrderItemIdFor(l.orderItemId) })),
    shippingSpeedCategories: [...SHIPPING_SPEEDS],
    ...(features.length ? { featureConstraints: features } : {}),
  };
}

/** Printed on the packing slip; required by the model (max 750). */
export const DISPLAYABLE_ORDER_COMMENT = 'Thank you for your order.';

export function buildCreateRequest(input: {
  order: OrderForFulfillment;
  sellerFulfillmentOrderId: string;
  lines: FulfillmentLine[];
  address: Address;
  speed: ShippingSpeed;
  policy: FulfillmentPolicy;
  options: Pick<FulfillmentOptions, 'blankBox' | 'blockAmzl' | 'notificationEmails'>;
}): CreateFulfillmentOrderRequest {
  checkLines(input.lines);
  const features = featureConstraintsFor(input.options);
  return {
    marketplaceId: input.order.marketplaceId,
    sellerFulfillmentOrderId: input.sellerFulfillmentOrderId,
    // The buyer knows the Amazon order id: print it on the packing slip.
    displayableOrderId: input.order.amazonOrderId,
    // The purchase date, not "now": a repeated request must be byte-for-byte the same order.
    displayableOrderDate: input.order.purchaseDate.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    displayableOrderComment: DISPLAYABLE_ORDER_COMMENT,
    shippingSpeedCategory: input.speed,
    destinationAddress: input.address,
    fulfillmentAction: 'Ship',
    fulfillmentPolicy: input.policy,
    ...(input.options.notificationEmails.length ? { notificationEmails: [...input.options.notificationEmails] } : {}),
    ...(features.length ? { featureConstraints: features } : {}),
    items: input.lines.map((l) => ({ sellerSku: l.sellerSku, sellerFulfillmentOrderItemId: fulfillmentOrderItemIdFor(l.orderItemId), quantity: l.quantity })),
  };
}
