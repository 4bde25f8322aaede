/** getFulfillmentPreview's answer -> what the Fulfill with FBA page shows for each speed. */
import type { FulfillmentPreview } from '@/lib/sp-api/generated/fulfillment-outbound';

export interface PreviewFee {
  name: string;
  amount: string;
  currency: string;
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
  unfulfillableItems: Array<{ sellerSku: string; orderItemId: string; quantity: number; reasons: string[] }>;
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

function earliest(values: Array<string | undefined>): string | null {
  const dates = values.filter((v): v is string => Boolean(v)).sort();
  return dates[0] ?? null;
}

function latest(values: Array<string | undefined>): string | null {
  const dates = values.filter((v): v is string => Boolean(v)).sort();
  return dates[dates.length - 1] ?? null;
}

export function reshapePreview(preview: FulfillmentPreview): PreviewOption {
  const shipments = preview.fulfillmentPreviewShipments ?? [];
  const fees = (preview.estimatedFees ?? []).map((f) => ({ name: f.name, amount: f.amount.value, currency: f.amount.currencyCode }));
  const currencies = new Set(fees.map((f) => f.currency));
  const totalFee =
    fees.length && currencies.size === 1
      ? { amount: fees.reduce((sum, f) => sum + Number(f.amount), 0).toFixed(2), currency: fees[0]!.currency }
      : null;
  return {
    speed: preview.shippingSpeedCategory,
    isFulfillable: preview.isFulfillable,
    fees,
    totalFee,
    earliestShipDate: earliest(shipments.map((s) => s.earliestShipDate)),
    latestShipDate: latest(shipments.map((s) => s.latestShipDate)),
    earliestArrivalDate: earliest(shipments.map((s) => s.earliestArrivalDate)),
    latestArrivalDate: latest(shipments.map((s) => s.latestArrivalDate)),
    weight: preview.estimatedShippingWeight ? `${preview.estimatedShippingWeight.value} ${preview.estimatedShippingWeight.unit}` : null,
    unfulfillableItems: (preview.unfulfillablePreviewItems ?? []).map((i) => ({
      sellerSku: i.sellerSku,
      orderItemId: i.sellerFulfillmentOrderItemId,
      quantity: i.quantity,
      reasons: i.itemUnfulfillableReasons ?? [],
    })),
    orderUnfulfillableReasons: preview.orderUnfulfillableReasons ?? [],
  };
}

/** Units no speed can ship, per order item: the largest shortfall any speed reports. */
export function previewShortfall(options: PreviewOption[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const option of options) for (const item of option.unfulfillableItems) out[item.orderItemId] = Math.max(out[item.orderItemId] ?? 0, item.quantity);
  return out;
}
