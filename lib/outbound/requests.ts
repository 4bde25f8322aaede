/**
 * Validated form input -> FBA Outbound request bodies. Pure, so the exact bodies are unit
 * tested. Item ids are the line numbers: stable across retries of the same submit, which is
 * what lets Amazon recognise an identical resubmission.
 */
import type {
  Address,
  CreateFulfillmentOrderRequest,
  CreateFulfillmentReturnRequest,
  FeatureSettings,
  GetFulfillmentPreviewRequest,
  UpdateFulfillmentOrderRequest,
} from '@/lib/sp-api/generated/fulfillment-outbound';
import type { AddressInput, CreateInput, ItemLine, PreviewInput, ReturnInput } from './order-input';
import { SHIPPING_SPEEDS } from './status-rules';

export const itemIdFor = (index: number) => `${index + 1}`;

export function buildAddress(input: AddressInput): Address {
  const address: Address = { name: input.name, addressLine1: input.addressLine1, postalCode: input.postalCode, countryCode: input.countryCode };
  for (const key of ['addressLine2', 'addressLine3', 'city', 'districtOrCounty', 'stateOrRegion', 'phone'] as const) {
    const value = input[key];
    if (value) address[key] = value;
  }
  return address;
}

/** Only Required constraints are sent: NotRequired is Amazon's default. */
export function buildFeatureConstraints(input: { blankBox: boolean; blockAmzl: boolean }): FeatureSettings[] | undefined {
  const constraints: FeatureSettings[] = [];
  if (input.blankBox) constraints.push({ featureName: 'BLANK_BOX', featureFulfillmentPolicy: 'Required' });
  if (input.blockAmzl) constraints.push({ featureName: 'BLOCK_AMZL', featureFulfillmentPolicy: 'Required' });
  return constraints.length ? constraints : undefined;
}

export function buildPreviewRequest(input: PreviewInput): GetFulfillmentPreviewRequest {
  const featureConstraints = buildFeatureConstraints(input);
  return {
    marketplaceId: input.marketplaceId,
    address: buildAddress(input),
    items: input.items.map((line: ItemLine, i) => ({ sellerSku: line.sellerSku, quantity: line.quantity, sellerFulfillmentOrderItemId: itemIdFor(i) })),
    // Every speed at once, so the seller compares them side by side.
    shippingSpeedCategories: [...SHIPPING_SPEEDS],
    ...(featureConstraints ? { featureConstraints } : {}),
  };
}

export function buildCreateRequest(input: CreateInput): CreateFulfillmentOrderRequest {
  const featureConstraints = buildFeatureConstraints(input);
  return {
    marketplaceId: input.marketplaceId,
    sellerFulfillmentOrderId: input.sellerFulfillmentOrderId,
    displayableOrderId: input.displayableOrderId,
    // A calendar date from the form: midnight UTC, so a retry sends the same instant.
    displayableOrderDate: `${input.displayableOrderDate}T00:00:00Z`,
    displayableOrderComment: input.displayableOrderComment,
    shippingSpeedCategory: input.shippingSpeedCategory,
    destinationAddress: buildAddress(input),
    fulfillmentAction: input.hold ? 'Hold' : 'Ship',
    fulfillmentPolicy: input.fulfillmentPolicy,
    ...(input.notificationEmail ? { notificationEmails: [input.notificationEmail] } : {}),
    ...(featureConstraints ? { featureConstraints } : {}),
    items: input.items.map((line, i) => ({ sellerSku: line.sellerSku, sellerFulfillmentOrderItemId: itemIdFor(i), quantity: line.quantity })),
  };
}

/** Only the lines whose quantity changed are sent: Amazon re-reserves stock for those. */
export function buildUpdateRequest(
  input: {
    shippingSpeedCategory: string;
    displayableOrderComment: string;
    release: boolean;
    quantities?: { sellerFulfillmentOrderItemId: string; quantity: number }[];
    destinationAddress?: AddressInput;
  },
  current: { sellerFulfillmentOrderItemId: string; quantity: number }[] = [],
): UpdateFulfillmentOrderRequest {
  const changed = (input.quantities ?? []).filter((q) => current.find((c) => c.sellerFulfillmentOrderItemId === q.sellerFulfillmentOrderItemId)?.quantity !== q.quantity);
  return {
    shippingSpeedCategory: input.shippingSpeedCategory as UpdateFulfillmentOrderRequest['shippingSpeedCategory'],
    displayableOrderComment: input.displayableOrderComment,
    ...(input.release ? { fulfillmentAction: 'Ship' as const } : {}),
    ...(input.destinationAddress ? { destinationAddress: buildAddress(input.destinationAddress) } : {}),
    ...(changed.length ? { items: changed.map((q) => ({ sellerFulfillmentOrderItemId: q.sellerFulfillmentOrderItemId, quantity: q.quantity })) } : {}),
  };
}

/**
 * One return item per unit (Amazon's return items are single units). The ids derive from a
 * per-submit key so a double submit repeats the same ids and Amazon flags DuplicateRequest
 * instead of authorising the units twice.
 */
export function buildReturnRequest(input: ReturnInput, submitKey: string): CreateFulfillmentReturnRequest {
  return {
    items: Array.from({ length: input.quantity }, (_, i) => ({
      sellerReturnItemId: `${submitKey}-${i + 1}`.slice(0, 80),
      sellerFulfillmentOrderItemId: input.sellerFulfillmentOrderItemId,
      amazonShipmentId: input.amazonShipmentId,
      returnReasonCode: input.returnReasonCode,
      ...(input.returnComment ? { returnComment: input.returnComment } : {}),
    })),
  };
}
