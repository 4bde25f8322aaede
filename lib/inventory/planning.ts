/**
 * Replenishment planning per SKU, free of I/O (client-safe). From the units sold in the last
 * 7, 30 and 90 days and the stock at FBA it says how fast a SKU sells, how many days the stock
 * lasts, when to reorder and how many units to send. The list's SQL (queries.ts, planningSql)
 * sorts and filters with the same rules; its integration test holds the two together.
 */
import { isLowStock } from './low-stock';

export interface PlanningSettings {
  /** Days from deciding to reorder until the units are fulfillable at FBA (making, shipping, receiving). */
  leadTimeDays: number;
  /** Days of sales kept in hand on top of the lead time, for a slow shipment or a busy week. */
  safetyDays: number;
  /** Days of sales a replenishment should cover, counted from today. */
  targetCoverDays: number;
}

export const PLANNING_DEFAULTS: PlanningSettings = { leadTimeDays: 30, safetyDays: 14, targetCoverDays: 90 };

export interface UnitsSold {
  sold7: number;
  sold30: number;
  sold90: number;
}

export const SALES_WINDOWS = [7, 30, 90] as const;

/**
 * Units a day the plan counts on: the last 30 days' rate, or the last 90 days' for a SKU that
 * sold nothing in 30 days (a slow mover still needs stock). 0 when nothing sold in 90 days.
 */
export function dailyVelocity(sold: UnitsSold): number {
  return sold.sold30 > 0 ? sold.sold30 / 30 : sold.sold90 / 90;
}

/** Days the fulfillable units last at the current rate; null when nothing sells (no end in sight). */
export function daysOfCover(available: number, velocity: number): number | null {
  return velocity > 0 ? Math.max(0, available) / velocity : null;
}

/** Units (fulfillable and inbound) below which a SKU must be reordered: sales over the lead time and the safety days. */
export function reorderPoint(velocity: number, settings: PlanningSettings = PLANNING_DEFAULTS): number {
  return Math.ceil(velocity * (settings.leadTimeDays + settings.safetyDays));
}

/** Units to send so that what is at FBA and on its way covers the target days. 0 when it already does. */
export function suggestedQuantity(velocity: number, available: number, inbound: number, settings: PlanningSettings = PLANNING_DEFAULTS): number {
  return Math.max(0, Math.ceil(velocity * settings.targetCoverDays) - Math.max(0, available) - Math.max(0, inbound));
}

export type StockStatus = 'reorder' | 'low' | 'ok';

export const STOCK_STATUS_LABELS: Record<StockStatus, string> = { reorder: 'Needs reorder', low: 'Low', ok: 'OK' };

/**
 * Needs reorder: it sells and what is at FBA and inbound is at or below the reorder point.
 * Low: below its low-stock threshold (the seller's own warning, sales or not). Else OK.
 */
export function stockStatus(
  p: { velocity: number; available: number; inbound: number; threshold: number },
  settings: PlanningSettings = PLANNING_DEFAULTS,
): StockStatus {
  if (p.velocity > 0 && p.available + p.inbound <= reorderPoint(p.velocity, settings)) return 'reorder';
  if (isLowStock(p.available, p.threshold)) return 'low';
  return 'ok';
}

export interface SkuPlan {
  velocity: number;
  daysOfCover: number | null;
  reorderPoint: number;
  suggested: number;
  status: StockStatus;
}

export function planSku(row: UnitsSold & { available: number; inbound: number; threshold: number }, settings: PlanningSettings = PLANNING_DEFAULTS): SkuPlan {
  const velocity = dailyVelocity(row);
  return {
    velocity,
    daysOfCover: daysOfCover(row.available, velocity),
    reorderPoint: reorderPoint(velocity, settings),
    suggested: suggestedQuantity(velocity, row.available, row.inbound, settings),
    status: stockStatus({ velocity, available: row.available, inbound: row.inbound, threshold: row.threshold }, settings),
  };
}

/** "12 days", "< 1 day", or "No sales" when nothing sold in 90 days. */
export function coverText(days: number | null): string {
  if (days === null) return 'No sales';
  if (days < 1) return '< 1 day';
  const whole = Math.floor(days);
  return `${whole.toLocaleString('en-US')} ${whole === 1 ? 'day' : 'days'}`;
}

/** Units a day, to one decimal ("0.3 a day"). */
export function velocityText(velocity: number): string {
  return `${velocity.toLocaleString('en-US', { maximumFractionDigits: 1 })} a day`;
}
