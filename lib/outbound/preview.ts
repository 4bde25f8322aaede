/**
 * getFulfillmentPreview's answer -> what the preview tables show for each speed: the outbound
 * create form and the Fulfill with FBA form of an Amazon order. Client-safe (no server imports).
 */
import type { FulfillmentPreview } from '@/lib/sp-api/generated/fulfillment-outbound';

export interface PreviewFee {
  name: string;
  amount: string;
  currency: string;
}

export interface UnfulfillablePreviewItem {
  sellerSku: string;
  sellerFulfillmentOrderItemId: string;
  quantity: number;
  reasons: string[];
}

export interface PreviewOption {
  speed: string;
  isFulfillable: boolean;
  fees: PreviewFee[];
  /** Sum of the fees, when they share one currency. */
  totalFee: { amount: string; currency: string } | null;
  earliestShipDate: string | null;
  latestShipDate: string | null;
  earliestArrivalDate: string | null;
  latestArrivalDate: string | null;
  weight: string | null;
  unfulfillableItems: UnfulfillablePreviewItem[];
  orderUnfulfillableReasons: string[];
}

/** Amazon's reason codes in the seller's words; unknown codes are shown as they are. */
export const UNFULFILLABLE_REASON_LABELS: Record<string, string> = {
  InventoryUnavailable: 'Not enough fulfillable stock at FBA',
  InvalidSKU: 'Amazon does not know this SKU',
  SKU_NOT_ELIGIBLE: 'The SKU is not eligible for the chosen features',
  DeliverySLAUnavailable: 'This speed is not available',
  InvalidDestinationAddress: 'FBA does not deliver to this address',
};

export function reasonLabel(code: string): string {
  return UNFULFILLABLE_REASON_LABELS[code] ?? code;
}

const sorted = (values: Array<string | undefined>) => values.filter((v): v is string => Boolean(v)).sort();

export function reshapePreview(preview: FulfillmentPreview): PreviewOption {
  const shipments = preview.fulfillmentPreviewShipments ?? [];
  const fees = (preview.estimatedFees ?? []).map((f) => ({ name: f.name, amount: f.amount.value, currency: f.amount.currencyCode }));
  const currencies = new Set(fees.map((f) => f.currency));
  // Summed in cents: adding decimal strings as floats can end a cent off.
  const cents = fees.reduce((sum, f) => sum + Math.round(Number(f.amount) * 100), 0);
  return {
    speed: preview.shippingSpeedCategory,
    isFulfillable: preview.isFulfillable,
    fees,
    totalFee: fees.length && currencies.size === 1 ? { amount: (cents / 100).toFixed(2), currency: fees[0]!.currency } : null,
    earliestShipDate: sorted(shipments.map((s) => s.earliestShipDate))[0] ?? null,
    latestShipDate: sorted(shipments.map((s) => s.latestShipDate)).at(-1) ?? null,
    earliestArrivalDate: sorted(shipments.map((s) => s.earliestArrivalDate))[0] ?? null,
    latestArrivalDate: sorted(shipments.map((s) => s.latestArrivalDate)).at(-1) ?? null,
    weight: preview.estimatedShippingWeight ? `${preview.estimatedShippingWeight.value} ${preview.estimatedShippingWeight.unit}` : null,
    unfulfillableItems: (preview.unfulfillablePreviewItems ?? []).map((i) => ({
      sellerSku: i.sellerSku,
      sellerFulfillmentOrderItemId: i.sellerFulfillmentOrderItemId,
      quantity: i.quantity,
      reasons: i.itemUnfulfillableReasons ?? [],
    })),
    orderUnfulfillableReasons: preview.orderUnfulfillableReasons ?? [],
  };
}

/** Why a speed cannot ship in full, in one list: the order's reasons, then each item's as `SKU: reasons`. */
export function unfulfillableReasons(option: PreviewOption): string[] {
  return [...option.orderUnfulfillableReasons, ...option.unfulfillableItems.map((i) => `${i.sellerSku}: ${i.reasons.join(', ') || 'unavailable'}`)];
}

/** Units no speed can ship, per line (sellerFulfillmentOrderItemId): the largest shortfall any speed reports. */
export function previewShortfall(options: PreviewOption[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const option of options) {
    for (const item of option.unfulfillableItems) out[item.sellerFulfillmentOrderItemId] = Math.max(out[item.sellerFulfillmentOrderItemId] ?? 0, item.quantity);
  }
  return out;
}
