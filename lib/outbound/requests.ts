/**
 * FBA Outbound request bodies, the one place they are built. Every fulfillment order, whether
 * typed into the outbound form or made from an Amazon order (from-order.ts), is first said as
 * an OutboundOrderSpec; the bodies follow from it. Pure, so the exact bodies are unit tested,
 * and deterministic: the same spec gives the same JSON, which is what lets Amazon recognise a
 * resubmission (and the submission claim its fingerprint).
 */
import type {
  Address,
  CreateFulfillmentOrderRequest,
  CreateFulfillmentReturnRequest,
  FeatureSettings,
  GetFulfillmentPreviewRequest,
  UpdateFulfillmentOrderRequest,
} from '@/lib/sp-api/generated/fulfillment-outbound';
import { MAX_LINE_ITEMS, MAX_UNITS, type AddressInput, type CreateInput, type ItemLine, type PreviewInput, type ReturnInput } from './order-input';
import { SHIPPING_SPEEDS, type FulfillmentPolicy, type ShippingSpeed } from './status-rules';

export interface OutboundItem {
  sellerSku: string;
  quantity: number;
  sellerFulfillmentOrderItemId: string;
}

export interface FeatureChoice {
  blankBox: boolean;
  blockAmzl: boolean;
}

/** A fulfillment order as the seller chose it, before it becomes a request body. */
export interface OutboundOrderSpec extends FeatureChoice {
  marketplaceId: string;
  sellerFulfillmentOrderId: string;
  displayableOrderId: string;
  /** ISO 8601 in whole seconds: a retry must send the same instant. */
  displayableOrderDate: string;
  displayableOrderComment: string;
  shippingSpeedCategory: ShippingSpeed;
  address: Address;
  fulfillmentAction: 'Ship' | 'Hold';
  fulfillmentPolicy: FulfillmentPolicy;
  notificationEmails: string[];
  items: OutboundItem[];
}

export type OutboundPreviewSpec = Pick<OutboundOrderSpec, 'marketplaceId' | 'address' | 'items' | 'blankBox' | 'blockAmzl'>;

/** Line ids of the outbound form: the line numbers, stable across retries of the same submit. */
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
export function buildFeatureConstraints(input: FeatureChoice): FeatureSettings[] | undefined {
  const constraints: FeatureSettings[] = [];
  if (input.blankBox) constraints.push({ featureName: 'BLANK_BOX', featureFulfillmentPolicy: 'Required' });
  if (input.blockAmzl) constraints.push({ featureName: 'BLOCK_AMZL', featureFulfillmentPolicy: 'Required' });
  return constraints.length ? constraints : undefined;
}

/** Amazon's limits for one fulfillment order; the forms check them first, this guards every other caller. */
function checkItems(items: OutboundItem[]) {
  if (!items.length) throw new Error('A fulfillment order needs at least one item.');
  if (items.length > MAX_LINE_ITEMS) throw new Error(`A fulfillment order can have at most ${MAX_LINE_ITEMS} lines.`);
  const units = items.reduce((n, i) => n + i.quantity, 0);
  if (units > MAX_UNITS) throw new Error(`A fulfillment order can have at most ${MAX_UNITS} units.`);
}

/** Every speed by default, so the seller compares them side by side; the bulk page asks only the one it chose. */
export function previewRequest(spec: OutboundPreviewSpec, speeds: readonly ShippingSpeed[] = SHIPPING_SPEEDS): GetFulfillmentPreviewRequest {
  checkItems(spec.items);
  const featureConstraints = buildFeatureConstraints(spec);
  return {
    marketplaceId: spec.marketplaceId,
    address: spec.address,
    items: spec.items.map((i) => ({ sellerSku: i.sellerSku, quantity: i.quantity, sellerFulfillmentOrderItemId: i.sellerFulfillmentOrderItemId })),
    shippingSpeedCategories: [...speeds],
    ...(featureConstraints ? { featureConstraints } : {}),
  };
}

export function createRequest(spec: OutboundOrderSpec): CreateFulfillmentOrderRequest {
  checkItems(spec.items);
  const featureConstraints = buildFeatureConstraints(spec);
  return {
    marketplaceId: spec.marketplaceId,
    sellerFulfillmentOrderId: spec.sellerFulfillmentOrderId,
    displayableOrderId: spec.displayableOrderId,
    displayableOrderDate: spec.displayableOrderDate,
    displayableOrderComment: spec.displayableOrderComment,
    shippingSpeedCategory: spec.shippingSpeedCategory,
    destinationAddress: spec.address,
    fulfillmentAction: spec.fulfillmentAction,
    fulfillmentPolicy: spec.fulfillmentPolicy,
    ...(spec.notificationEmails.length ? { notificationEmails: [...spec.notificationEmails] } : {}),
    ...(featureConstraints ? { featureConstraints } : {}),
    items: spec.items.map((i) => ({ sellerSku: i.sellerSku, sellerFulfillmentOrderItemId: i.sellerFulfillmentOrderItemId, quantity: i.quantity })),
  };
}

const formItems = (lines: ItemLine[]): OutboundItem[] =>
  lines.map((line, i) => ({ sellerSku: line.sellerSku, quantity: line.quantity, sellerFulfillmentOrderItemId: itemIdFor(i) }));

/** The outbound form's preview. */
export function buildPreviewRequest(input: PreviewInput): GetFulfillmentPreviewRequest {
  return previewRequest({
    marketplaceId: input.marketplaceId,
    address: buildAddress(input),
    items: formItems(input.items),
    blankBox: input.blankBox,
    blockAmzl: input.blockAmzl,
  });
}

/** The outbound form's order. */
export function buildCreateRequest(input: CreateInput): CreateFulfillmentOrderRequest {
  return createRequest({
    marketplaceId: input.marketplaceId,
    sellerFulfillmentOrderId: input.sellerFulfillmentOrderId,
    displayableOrderId: input.displayableOrderId,
    // A calendar date from the form: midnight UTC, so a retry sends the same instant.
    displayableOrderDate: `${input.displayableOrderDate}T00:00:00Z`,
    displayableOrderComment: input.displayableOrderComment,
    shippingSpeedCategory: input.shippingSpeedCategory,
    address: buildAddress(input),
    fulfillmentAction: input.hold ? 'Hold' : 'Ship',
    fulfillmentPolicy: input.fulfillmentPolicy,
    notificationEmails: input.notificationEmail ? [input.notificationEmail] : [],
    blankBox: input.blankBox,
    blockAmzl: input.blockAmzl,
    items: formItems(input.items),
  });
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
  const changed = (input.quantities ?? []).filter(
    (q) => current.find((c) => c.sellerFulfillmentOrderItemId === q.sellerFulfillmentOrderItemId)?.quantity !== q.quantity,
  );
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
