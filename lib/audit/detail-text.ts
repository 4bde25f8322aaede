/**
 * An audit entry's detail as the audit page shows it, in the seller's words: "Fill policy: Fill or
 * kill; Role: Operator", never a wall of JSON nor the stored keys and codes. Keys read in words,
 * and a coded value in the words its own domain shows it in elsewhere (policyLabel, ROLE_LABELS,
 * …). A key not named here reads as its camelCase split into words, a value not known as stored.
 * The stored detail keeps its codes: the page shows them on hover (auditDetailCodes).
 */
import { ROLE_LABELS, type Role } from '@/lib/auth/types';
import { appointmentCancelReasonLabel, BOX_CONTENT_SOURCE_LABELS, PREP_CATEGORY_LABELS, type BoxContentSource } from '@/lib/inbound/types';
import { carrierLabel, LOW_STOCK_LABELS, messageKindFor, orderStatusLabel, PICKUP_STATUS_LABELS, type LowStockChoice } from '@/lib/orders/types';
import { fbaCarrierName, policyLabel, returnReasonLabel, SHOP_LABELS, type ImportShop } from '@/lib/outbound/types';
import { marketplaceLabel } from '@/lib/sp-api/types';
import { SYNC_KIND_LABELS } from '@/lib/sync/types';
import { truncateText } from '@/lib/truncate-text';

/** Entries stored before the audit log capped its texts can be huge: the page shows this much. */
export const AUDIT_DETAIL_SHOWN = 2_000;

interface KeyWords {
  label: string;
  /** A stored string (a code) in words; a value it does not know stays as stored. */
  value?: (code: string) => string | undefined;
  /** What an empty value (null) means for this key; "none" when not said. */
  none?: string;
}

const CONFIRM_MODE_WORDS: Record<string, string> = { automatic: 'Automatically after each sync', manual: 'On a click' };
const OUTCOME_WORDS: Record<string, string> = { ready: 'Ready', confirmed: 'Confirmed', already: 'Already done', created: 'Created', failed: 'Failed' };
const LENGTH_UNIT_WORDS: Record<string, string> = { IN: 'inches', CM: 'centimetres' };
const WEIGHT_UNIT_WORDS: Record<string, string> = { LB: 'pounds', KG: 'kilograms' };

/** Every value reader looks its labels up when called, never as this module loads (docs/architecture.md#load-order). */
const KEY_WORDS: Record<string, KeyWords> = {
  // Users and settings
  role: { label: 'Role', value: (v) => ROLE_LABELS[v as Role] },
  email: { label: 'Email' },
  timeZone: { label: 'Time zone', value: (v) => (v === 'browser' ? "The browser's zone" : undefined) },
  mode: { label: 'Confirm FBA shipments', value: (v) => CONFIRM_MODE_WORDS[v] },
  kind: { label: 'Sync', value: (v) => SYNC_KIND_LABELS[v as keyof typeof SYNC_KIND_LABELS] },
  threshold: { label: 'Low-stock threshold', none: 'the default' },
  sellingPartnerId: { label: 'Selling partner id' },
  accountId: { label: 'Amazon account' },
  marketplaceId: { label: 'Marketplace', value: (v) => marketplaceLabel(v).name },
  // Orders and FBA
  orderId: { label: 'Order' },
  sellerFulfillmentOrderId: { label: 'Fulfillment order' },
  fulfillmentPolicy: { label: 'Fill policy', value: (v) => policyLabel(v) },
  // The choice's first words ("Backorder: hold the order…" → "Backorder"), with no semicolon to pass for the next pair.
  lowStockChoice: { label: 'Low-stock choice', value: (v) => LOW_STOCK_LABELS[v as LowStockChoice]?.split(':')[0]?.replace(/; /g, ', ') },
  shippingSpeed: { label: 'Shipping speed' },
  speed: { label: 'Shipping speed' },
  blankBox: { label: 'Blank box' },
  blockAmzl: { label: 'Amazon Logistics blocked' },
  notificationEmails: { label: 'Notification emails' },
  orderStatus: { label: 'Order status', value: (v) => orderStatusLabel(v) },
  shipmentStatus: { label: 'Pick-up status', value: (v) => PICKUP_STATUS_LABELS[v as keyof typeof PICKUP_STATUS_LABELS] },
  statuses: { label: 'Statuses' },
  // A carrier picked by hand (Amazon's list), else an FBA package's carrier ("AMZN_US" -> "Amazon Logistics").
  carrierCode: { label: 'Carrier', value: (v) => (carrierLabel(v) === v ? fbaCarrierName(v) : carrierLabel(v)) },
  trackingNumber: { label: 'Tracking number' },
  packageNumber: { label: 'Package number' },
  packageReferenceId: { label: 'Package reference' },
  packages: { label: 'Packages' },
  confirmed: { label: 'Packages confirmed' },
  messageAction: { label: 'Message type', value: (v) => messageKindFor(v).label },
  message: { label: 'Message' },
  outcome: { label: 'Outcome', value: (v) => OUTCOME_WORDS[v] },
  requestId: { label: 'Request id' },
  spApiCalls: { label: 'Amazon calls' },
  // Outbound
  shop: { label: 'Shop', value: (v) => SHOP_LABELS[v as ImportShop] },
  existing: { label: 'Already there' },
  release: { label: 'Released for shipping' },
  addressChanged: { label: 'Address changed' },
  reason: { label: 'Reason' },
  // Inbound
  inboundPlanId: { label: 'Amazon plan id' },
  shipmentId: { label: 'Shipment' },
  msku: { label: 'SKU' },
  skus: { label: 'SKUs' },
  takenUp: { label: 'Taken up from an earlier try' },
  prepCategory: { label: 'Prep category', value: (v) => PREP_CATEGORY_LABELS[v] },
  contentSource: { label: 'Box contents', value: (v) => BOX_CONTENT_SOURCE_LABELS[v as BoxContentSource]?.summary },
  packingOptionId: { label: 'Packing option' },
  packingGroupId: { label: 'Packing group' },
  placementOptionId: { label: 'Placement option' },
  deliveryWindowOptionId: { label: 'Delivery window' },
  transportationOptionId: { label: 'Transport option' },
  selections: { label: 'Transport choices' },
  contentUpdatePreviewId: { label: 'Content change preview' },
  slotId: { label: 'Drop-off slot' },
  appointmentId: { label: 'Drop-off' },
  readyToShip: { label: 'Ready to ship' },
  retriedAs: { label: 'Retried as' },
  from: { label: 'Old name' },
  to: { label: 'New name' },
  unit: { label: 'Unit', value: (v) => LENGTH_UNIT_WORDS[v] },
  weightUnit: { label: 'Weight unit', value: (v) => WEIGHT_UNIT_WORDS[v] },
  boxId: { label: 'Box' },
  trackingId: { label: 'Tracking number' },
};

/** The same key says something more precise under some actions. */
const ACTION_KEY_WORDS: Record<string, Record<string, KeyWords>> = {
  'outbound.return': { reason: { label: 'Return reason', value: (v) => returnReasonLabel(v) } },
  'outbound.create': { lines: { label: 'Order lines' } },
  'inbound.send.cancel-appointment': { reason: { label: 'Reason', value: (v) => appointmentCancelReasonLabel(v) } },
};

/** `fulfillmentPolicy` → "Fulfillment policy"; a key that is not a plain identifier (an item id in a map) stays as stored. */
function keyInWords(key: string): string {
  if (!/^[a-z][a-zA-Z]*$/.test(key)) return key;
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An SP-API call as the detail stores it (`model.operationId`, its HTTP status): "createFulfillmentOrder (failed, HTTP 429)". */
function callInWords(call: unknown): string {
  if (!call || typeof call !== 'object') return valueInWords(call, undefined, undefined);
  const { operation, status } = call as { operation?: unknown; status?: unknown };
  const name = typeof operation === 'string' ? (operation.split('.').pop() ?? operation) : 'call';
  if (typeof status !== 'number') return name;
  if (status === 0) return `${name} (no answer)`;
  return status < 400 ? `${name} (succeeded)` : `${name} (failed, HTTP ${status})`;
}

function valueInWords(value: unknown, words: KeyWords | undefined, action: string | undefined): string {
  if (value === null || value === undefined) return words?.none ?? 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return words?.value?.(value) ?? value;
  if (Array.isArray(value)) return value.length ? value.map((v) => valueInWords(v, words, action)).join(', ') : 'none';
  if (typeof value === 'object') return `(${pairsInWords(value as Record<string, unknown>, action).join(', ')})`;
  return String(value);
}

function pairsInWords(detail: Record<string, unknown>, action: string | undefined): string[] {
  return Object.entries(detail).map(([key, value]) => {
    const words = (action ? ACTION_KEY_WORDS[action]?.[key] : undefined) ?? KEY_WORDS[key];
    const text = key === 'spApiCalls' && Array.isArray(value) ? value.map(callInWords).join(', ') || 'none' : valueInWords(value, words, action);
    return `${words?.label ?? keyInWords(key)}: ${text}`;
  });
}

/** The detail in words, "Key: value" pairs separated by semicolons; `action` (the entry's) makes some keys more precise. */
export function describeAuditDetail(detail: Record<string, unknown> | null, action?: string): string {
  if (!detail) return '';
  return truncateText(pairsInWords(detail, action).join('; '), AUDIT_DETAIL_SHOWN);
}

/** The detail as stored, keys and codes, for the page's hover text: what support and Amazon read. */
export function auditDetailCodes(detail: Record<string, unknown> | null): string {
  if (!detail) return '';
  return truncateText(JSON.stringify(detail), AUDIT_DETAIL_SHOWN);
}
