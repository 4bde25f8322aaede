/**
 * When FBA cannot ship an order in full: how many units of each line it can ship now (the
 * synced fulfillable stock and the preview's unfulfillable items, whichever is stricter; unknown
 * when the preview flags a line the synced stock cannot count),
 * and what each of the seller's three answers sends to Amazon:
 *   backorder           nothing is sent yet: the order is held, re-checked after each sync
 *                       and sent to FBA in full once the stock covers it (backorder/)
 *   cancel-unavailable  a fulfillment order for the available units only; the items with no
 *                       unit available are canceled on the Amazon order (cancellation/), the
 *                       missing units of a partly available item are refunded in Seller Central
 *   notify-buyer        no fulfillment order yet; the buyer is told about the delay
 */
import type { LowStockChoice, LowStockDecisionLine } from '@/db/schema/order-fulfillment';
import type { FulfillmentPolicy } from '@/lib/outbound/types';

export interface OrderLineToFulfill {
  orderItemId: string;
  sellerSku: string;
  /** Units still to ship (ordered - shipped). */
  needed: number;
}

export interface StockAssessment {
  lines: LowStockDecisionLine[];
  /** Some line cannot ship in full. */
  short: boolean;
  /** Not a single unit can ship. */
  nothingAvailable: boolean;
}

/**
 * `fulfillableBySku`: FBA fulfillable units per SKU from inventory_summaries (synced, so
 * possibly behind); a SKU missing from the map is unknown. `previewShortfall`: units a fresh
 * getFulfillmentPreview reported unfulfillable, per order item id (the MCF line id), or null
 * before a preview.
 * After a preview Amazon's answer decides which lines are short (it is newer than the sync);
 * the synced stock says how many units of a short line can still go.
 */
export function assessStock(
  lines: OrderLineToFulfill[],
  fulfillableBySku: ReadonlyMap<string, number>,
  previewShortfall: Readonly<Record<string, number>> | null = null,
): StockAssessment {
  // Two lines with one SKU share its stock.
  const remaining = new Map(fulfillableBySku);
  const out = lines
    .filter((line) => line.needed > 0)
    .map((line) => {
      const stock = remaining.get(line.sellerSku);
      const flagged = previewShortfall ? Math.min(line.needed, Math.max(0, previewShortfall[line.orderItemId] ?? 0)) : 0;
      let available: number | null;
      if (previewShortfall && !flagged) available = line.needed;
      // The preview names a line it cannot ship but not how many units it could. A synced count
      // below what is needed says how many; none synced, or one the preview contradicts (enough
      // on paper), leaves it unknown rather than a made-up number.
      else if (flagged) available = stock !== undefined && stock < line.needed ? Math.max(0, stock) : null;
      else available = Math.max(0, Math.min(line.needed, stock ?? line.needed));
      const shipping = available ?? 0;
      if (stock !== undefined) remaining.set(line.sellerSku, stock - shipping);
      return { orderItemId: line.orderItemId, sellerSku: line.sellerSku, needed: line.needed, available, shipNow: line.needed, short: line.needed - shipping };
    });
  return { lines: out, short: out.some((l) => l.short > 0), nothingAvailable: out.every((l) => !l.available) };
}

export interface FulfillmentPlan {
  /** Null when no fulfillment order is to be created now (backorder, notify the buyer). */
  order: { policy: FulfillmentPolicy; items: Array<{ orderItemId: string; sellerSku: string; quantity: number }> } | null;
  /** What gets recorded as the seller's decision (null when nothing was short). */
  decision: { choice: LowStockChoice; lines: LowStockDecisionLine[] } | null;
}

export class LowStockPlanError extends Error {}

export function planFulfillment(assessment: StockAssessment, policy: FulfillmentPolicy, choice: LowStockChoice | undefined): FulfillmentPlan {
  const all = assessment.lines.map((l) => ({ orderItemId: l.orderItemId, sellerSku: l.sellerSku, quantity: l.needed }));
  if (!all.length) throw new LowStockPlanError('Every item of this order has shipped already.');
  if (!assessment.short) return { order: { policy, items: all }, decision: null };
  if (!choice) throw new LowStockPlanError('Some units are out of stock at FBA: choose what to do about them.');

  switch (choice) {
    case 'backorder':
      // Held: whatever is in stock waits with the rest, so the buyer gets one shipment.
      return { order: null, decision: { choice, lines: assessment.lines.map((l) => ({ ...l, shipNow: 0 })) } };
    case 'cancel-unavailable': {
      // A line whose availability is unknown ships nothing now: only units known to be there go.
      const items = assessment.lines.flatMap((l) => (l.available ? [{ orderItemId: l.orderItemId, sellerSku: l.sellerSku, quantity: l.available }] : []));
      if (!items.length) throw new LowStockPlanError('Nothing is in stock to ship: tell the buyer instead.');
      return {
        order: { policy: 'FillOrKill', items },
        decision: { choice, lines: assessment.lines.map((l) => ({ ...l, shipNow: l.available ?? 0 })) },
      };
    }
    case 'notify-buyer':
      return { order: null, decision: { choice, lines: assessment.lines.map((l) => ({ ...l, shipNow: 0 })) } };
  }
}

/** A short line's availability in the seller's words: a count when the data gives one, never a guess. */
export function availabilityText(available: number | null): string {
  return available === null ? 'an unknown number available' : `${available} available`;
}

export const LOW_STOCK_LABELS: Record<LowStockChoice, string> = {
  backorder: 'Backorder: hold the order and ship it in full when FBA has the stock',
  'cancel-unavailable': 'Ship what is available and cancel the unavailable units',
  'notify-buyer': 'Do not ship yet; tell the buyer about the delay',
};
