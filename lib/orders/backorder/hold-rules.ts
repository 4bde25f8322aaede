/**
 * The rules of a held backorder, free of I/O: what a re-check does with a fresh stock
 * assessment, and when the ship-by date is at risk. Client-safe (the orders list and the order
 * page both mark the risk).
 */
import type { LowStockDecisionLine } from '@/db/schema/order-fulfillment';
import type { StockAssessment } from '../low-stock';

/** A day ahead: Amazon counts a shipment confirmed after latestShipDate as late, and FBA needs time to ship. */
export const SHIP_BY_RISK_MS = 24 * 3_600_000;

/** A held order's ship-by date is at risk when it is less than a day away, or past. */
export function shipByAtRisk(latestShipDate: Date | null, now: Date): boolean {
  return latestShipDate !== null && latestShipDate.getTime() - now.getTime() <= SHIP_BY_RISK_MS;
}

export type RecheckVerdict =
  /** The stock covers every unit to ship: send the order to FBA. */
  | { kind: 'release' }
  /** Still short: keep holding. */
  | { kind: 'hold'; outcome: string }
  /** Nothing left to hold for (shipped or canceled elsewhere): the hold ends without an order. */
  | { kind: 'end'; outcome: string };

/** What the short lines lack, in the seller's words: "SKU-A: 1 of 3 fulfillable; SKU-B: none of 2 fulfillable". */
export function shortfallText(lines: LowStockDecisionLine[]): string {
  return lines
    .filter((l) => l.short > 0)
    .map((l) => `${l.sellerSku}: ${l.available === null ? 'an unknown number' : l.available || 'none'} of ${l.needed} fulfillable`)
    .join('; ');
}

/**
 * `order.canFulfill`: the order still takes a fulfillment order (MFN, unshipped or partly);
 * `order.statusLabel` names its status when it does not.
 */
export function recheckVerdict(order: { canFulfill: boolean; statusLabel: string }, assessment: StockAssessment): RecheckVerdict {
  if (!order.canFulfill) return { kind: 'end', outcome: `The order is ${order.statusLabel} on Amazon: the hold ended, nothing was sent to FBA.` };
  if (!assessment.lines.length) return { kind: 'end', outcome: 'Every item of this order has shipped: the hold ended, nothing was sent to FBA.' };
  if (assessment.short) return { kind: 'hold', outcome: `Still short at FBA: ${shortfallText(assessment.lines)}.` };
  return { kind: 'release' };
}
