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

export interface FeeTotal {
  amount: string;
  currency: string;
}

/**
 * Fees added up per currency, currencies in alphabetical order: amounts in two currencies are
 * never added together. Summed in cents, since adding decimal strings as floats can end a cent off.
 */
export function feeTotals(fees: ReadonlyArray<{ amount: string; currency: string }>): FeeTotal[] {
  const cents = new Map<string, number>();
  for (const fee of fees) cents.set(fee.currency, (cents.get(fee.currency) ?? 0) + Math.round(Number(fee.amount) * 100));
  return [...cents.keys()].sort().map((currency) => ({ amount: (cents.get(currency)! / 100).toFixed(2), currency }));
}

const sorted = (values: Array<string | undefined>) => values.filter((v): v is string => Boolean(v)).sort();

export function reshapePreview(preview: FulfillmentPreview): PreviewOption {
  const shipments = preview.fulfillmentPreviewShipments ?? [];
  const fees = (preview.estimatedFees ?? []).map((f) => ({ name: f.name, amount: f.amount.value, currency: f.amount.currencyCode }));
  const totals = feeTotals(fees);
  return {
    speed: preview.shippingSpeedCategory,
    isFulfillable: preview.isFulfillable,
    fees,
    totalFee: totals.length === 1 ? totals[0]! : null,
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

/** One reason Amazon gives, in the seller's words; `codes` are Amazon's own, for the hover. */
export interface PreviewProblem {
  text: string;
  codes: string[];
}

/** Why a speed cannot ship in full, in words: the order's reasons, then each SKU's. Never empty. */
export function previewProblems(option: PreviewOption): PreviewProblem[] {
  const problems = [
    ...option.orderUnfulfillableReasons.map((code) => ({ text: reasonLabel(code), codes: [code] })),
    ...option.unfulfillableItems.map((i) => ({ text: `${i.sellerSku}: ${i.reasons.map(reasonLabel).join(', ') || 'unavailable'}`, codes: i.reasons })),
  ];
  return problems.length ? problems : [{ text: 'Amazon cannot ship this order at this speed.', codes: [] }];
}

/** What one speed of a preview says for an order: can it go, for what fees, when, or why not. */
export interface SpeedVerdict {
  fulfillable: boolean;
  fees: PreviewFee[];
  /** The fees added up, one total per currency. */
  feeTotals: FeeTotal[];
  earliestShipDate: string | null;
  latestShipDate: string | null;
  earliestArrivalDate: string | null;
  latestArrivalDate: string | null;
  /** Empty when fulfillable. */
  problems: PreviewProblem[];
}

/** The chosen speed's answer among a preview's options; Amazon giving none for it is a problem too. */
export function speedVerdict(options: PreviewOption[], speed: string): SpeedVerdict {
  const chosen = options.find((o) => o.speed === speed);
  if (!chosen) return verdictProblem(`Amazon gave no estimate for ${speed} shipping.`);
  return {
    fulfillable: chosen.isFulfillable,
    fees: chosen.fees,
    feeTotals: feeTotals(chosen.fees),
    earliestShipDate: chosen.earliestShipDate,
    latestShipDate: chosen.latestShipDate,
    earliestArrivalDate: chosen.earliestArrivalDate,
    latestArrivalDate: chosen.latestArrivalDate,
    problems: chosen.isFulfillable ? [] : previewProblems(chosen),
  };
}

/** An order Amazon was not asked about, or could not answer for: the reason alone. */
export function verdictProblem(text: string): SpeedVerdict {
  return {
    fulfillable: false,
    fees: [],
    feeTotals: [],
    earliestShipDate: null,
    latestShipDate: null,
    earliestArrivalDate: null,
    latestArrivalDate: null,
    problems: [{ text, codes: [] }],
  };
}

/** Units no speed can ship, per line (sellerFulfillmentOrderItemId): the largest shortfall any speed reports. */
export function previewShortfall(options: PreviewOption[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const option of options) {
    for (const item of option.unfulfillableItems) out[item.sellerFulfillmentOrderItemId] = Math.max(out[item.sellerFulfillmentOrderItemId] ?? 0, item.quantity);
  }
  return out;
}
