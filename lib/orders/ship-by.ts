/**
 * When an order in the work queue is due, counted in its marketplace's days: a US order due
 * "today" is due by the end of today in Pacific time, whatever the seller's own clock says.
 * Client-safe and free of I/O.
 */
import { marketplaceTimeZone } from '@/lib/sp-api/types';
import { TO_SHIP_STATUSES, type OrderStatus } from './list-filters';

export type ShipByUrgency = 'late' | 'due-today';

export const SHIP_BY_URGENCY_LABELS: Record<ShipByUrgency, string> = { late: 'Late', 'due-today': 'Due today' };

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day ('2026-12-06') an instant falls on in a time zone. */
export function localDay(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/**
 * Late once the ship-by time has passed; due today when it falls on today's date in the
 * marketplace. Only orders still to ship are ever late: a shipped or canceled one is done.
 */
export function shipByUrgency(order: { orderStatus: OrderStatus; latestShipDate: Date | null; marketplaceId: string }, now: Date): ShipByUrgency | null {
  if (!order.latestShipDate || !(TO_SHIP_STATUSES as readonly OrderStatus[]).includes(order.orderStatus)) return null;
  if (order.latestShipDate.getTime() < now.getTime()) return 'late';
  const timeZone = marketplaceTimeZone(order.marketplaceId);
  return localDay(order.latestShipDate, timeZone) === localDay(now, timeZone) ? 'due-today' : null;
}
