/**
 * What a fulfillment order's status allows. Client-safe (no server imports): the detail page
 * offers update and cancel only while these say so, and the actions check again.
 */
import { codeInWords } from '@/lib/format';

export const FULFILLMENT_ORDER_STATUSES = [
  'New',
  'Received',
  'Planning',
  'Processing',
  'Complete',
  'CompletePartialled',
  'Cancelled',
  'Unfulfillable',
  'Invalid',
] as const;
export type FulfillmentOrderStatus = (typeof FULFILLMENT_ORDER_STATUSES)[number];

export const STATUS_LABELS: Record<string, string> = {
  New: 'New',
  Received: 'Received',
  Planning: 'Planning',
  Processing: 'Processing',
  Complete: 'Complete',
  CompletePartialled: 'Complete (partial)',
  Cancelled: 'Cancelled',
  Unfulfillable: 'Unfulfillable',
  Invalid: 'Invalid',
};

export const statusLabel = (status: string) => STATUS_LABELS[status] ?? status;

/** Amazon stops taking changes once the order is being picked: the model says an order cannot be cancelled from Processing on. */
const OPEN_FOR_CHANGE = new Set(['New', 'Received', 'Planning']);
const FINAL = new Set(['Complete', 'CompletePartialled', 'Cancelled', 'Unfulfillable', 'Invalid']);
const SHIPPED = new Set(['Complete', 'CompletePartialled']);
/** Carrier statuses after which a package no longer moves. */
const PACKAGE_AT_REST = new Set(['DELIVERED', 'RETURNED', 'UNDELIVERABLE', 'PICKUP_SUCCESSFUL', 'REFUND_ISSUED', 'RETURN_RECEIVED_IN_FC']);

export const canCancel = (status: string) => OPEN_FOR_CHANGE.has(status);
export const canUpdate = (status: string) => OPEN_FOR_CHANGE.has(status);
export const isFinal = (status: string) => FINAL.has(status);
/** Returns need shipped items. */
export const canReturn = (status: string) => SHIPPED.has(status);

/**
 * Still moving: not in a final status yet, or shipped with a package the carrier has not
 * delivered (or whose tracking we have not seen yet). The detail page polls only then.
 */
export function isMoving(status: string, packageStatuses: (string | null | undefined)[]): boolean {
  if (!isFinal(status)) return true;
  if (!SHIPPED.has(status)) return false;
  return packageStatuses.some((s) => !s || !PACKAGE_AT_REST.has(s));
}

/** ScheduledDelivery is JP-only (model), and the dashboard's marketplaces are NA and EU. */
export const SHIPPING_SPEEDS = ['Standard', 'Expedited', 'Priority'] as const;
export type ShippingSpeed = (typeof SHIPPING_SPEEDS)[number];
export const FULFILLMENT_POLICIES = ['FillOrKill', 'FillAll', 'FillAllAvailable'] as const;
export type FulfillmentPolicy = (typeof FULFILLMENT_POLICIES)[number];
export const POLICY_LABELS: Record<(typeof FULFILLMENT_POLICIES)[number], string> = {
  FillOrKill: 'Fill or kill: ship only if every unit is available',
  FillAll: 'Fill all: ship what is available, the rest when it arrives',
  FillAllAvailable: 'Fill all available: ship what is available, cancel the rest',
};
/** A policy in a few words for where space is short (the code on hover); POLICY_LABELS says what each does. */
export const policyLabel = (policy: string) => POLICY_LABELS[policy as FulfillmentPolicy]?.split(':')[0] ?? policy;

/** A shipment's status (the model's FulfillmentShipmentStatus) in words; the code on hover. */
const SHIPMENT_STATUS_LABELS: Record<string, string> = {
  PENDING: 'Being picked',
  SHIPPED: 'Shipped',
  CANCELLED_BY_FULFILLER: 'Cancelled by Amazon (a new shipment follows)',
  CANCELLED_BY_SELLER: 'Cancelled by you',
};
export const shipmentStatusLabel = (status: string) => SHIPMENT_STATUS_LABELS[status] ?? status;

/**
 * The carrier of an FBA package, as a seller knows it. The model leaves `carrierCode` free text;
 * Amazon Logistics answers AMZN_<country> (AMZN_US, AMZN_UK), other carriers their own codes
 * (UPS, ROYAL_MAIL), which read well once underscores become spaces.
 */
const CARRIER_WORDS: Record<string, string> = { UPS: 'UPS', USPS: 'USPS', DHL: 'DHL', DPD: 'DPD', GLS: 'GLS', TNT: 'TNT', FEDEX: 'FedEx', ONTRAC: 'OnTrac' };

export function fbaCarrierName(code: string): string {
  if (/^AMZN(_[A-Z]{2})?$/.test(code)) return 'Amazon Logistics';
  if (!/^[A-Z0-9_]+$/.test(code)) return code;
  return code
    .split('_')
    .map((word) => CARRIER_WORDS[word] ?? word[0] + word.slice(1).toLowerCase())
    .join(' ');
}

export const FEATURE_NAMES = ['BLANK_BOX', 'BLOCK_AMZL'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export const FEATURE_LABELS: Record<FeatureName, string> = {
  BLANK_BOX: 'Ship in a blank box (no Amazon branding)',
  BLOCK_AMZL: 'Do not deliver with Amazon Logistics',
};

/** ReturnItemDisposition: how a returned item arrived at Amazon. */
export const RETURN_CONDITION_LABELS: Record<string, string> = {
  Sellable: 'Sellable',
  Defective: 'Defective',
  CustomerDamaged: 'Damaged by the buyer',
  CarrierDamaged: 'Damaged by the carrier',
  FulfillerDamaged: 'Damaged by Amazon',
};
export const returnConditionLabel = (code: string) => RETURN_CONDITION_LABELS[code] ?? code;

/**
 * A return reason code in words ("CR-UNWANTED_ITEM" -> "Unwanted item"). Amazon's own
 * descriptions come only from listReturnReasonCodes, asked when a return is made, not for every view.
 */
export const returnReasonLabel = (code: string) => codeInWords(code.replace(/^CR-/, ''));

/** A package's CurrentStatus at the carrier, for when Amazon sends no description of it. */
export const PACKAGE_STATUS_LABELS: Record<string, string> = {
  IN_TRANSIT: 'In transit',
  DELIVERED: 'Delivered',
  RETURNING: 'On its way back',
  RETURNED: 'Returned',
  UNDELIVERABLE: 'Undeliverable',
  DELAYED: 'Delayed',
  AVAILABLE_FOR_PICKUP: 'Ready for pick-up',
  CUSTOMER_ACTION: 'Waiting for the buyer',
  UNKNOWN: 'Unknown',
  OUT_FOR_DELIVERY: 'Out for delivery',
  DELIVERY_ATTEMPTED: 'Delivery attempted',
  PICKUP_SUCCESSFUL: 'Picked up',
  PICKUP_CANCELLED: 'Pick-up cancelled',
  PICKUP_ATTEMPTED: 'Pick-up attempted',
  PICKUP_SCHEDULED: 'Pick-up scheduled',
  RETURN_REQUEST_ACCEPTED: 'Return accepted',
  REFUND_ISSUED: 'Refund issued',
  RETURN_RECEIVED_IN_FC: 'Return received at Amazon',
};
export const packageStatusLabel = (code: string) => PACKAGE_STATUS_LABELS[code] ?? codeInWords(code);
