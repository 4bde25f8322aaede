/**
 * Time-window search over the order stream, shared by Orders v0 getOrders and Orders
 * 2026-01-01 searchOrders (same rules, different parameter names). The page cursor carries
 * the window, so later pages see the same set even as new orders arrive.
 */
import { invalidInput } from '../core/contract.js';
import { MAX_DERIVED_LAG_MS, orderBook, type SimOrder } from './orders.js';

const TWO_MINUTES = 2 * 60_000;

export interface OrderCursor {
  mode: 'created' | 'updated';
  afterMs: number;
  beforeMs: number;
  /** created: next order index to scan; updated: offset into the sorted matches. */
  position: number;
  /** When the token was handed out (searchOrders tokens expire after 24 hours). */
  issuedMs?: number;
  /** searchOrders: the datasets and page size of the first page, for a next page that names none. */
  includedData?: string[];
  maxResultsPerPage?: number;
}

/** The Orders 2026-01-01 migration guide: pagination tokens expire 24 hours after they are issued. */
export const PAGINATION_TOKEN_TTL_MS = 24 * 3_600_000;

export const encodeCursor = (cursor: OrderCursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

export function decodeCursor(text: string, parameterName: string): OrderCursor {
  try {
    const cursor = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as OrderCursor;
    if ((cursor.mode === 'created' || cursor.mode === 'updated') && [cursor.afterMs, cursor.beforeMs, cursor.position].every(Number.isFinite)) return cursor;
  } catch {
    // reported below
  }
  throw invalidInput(`Invalid ${parameterName}.`);
}

function parseDate(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw invalidInput(`${name} is not a valid ISO 8601 date: ${value}`);
  return ms;
}

/** The window rules both Orders models describe, with each model's parameter names. */
export function firstCursor(
  names: { createdAfter: string; createdBefore: string; updatedAfter: string; updatedBefore: string },
  values: { createdAfter?: string; createdBefore?: string; updatedAfter?: string; updatedBefore?: string },
  nowMs: number,
): OrderCursor {
  const createdAfter = parseDate(names.createdAfter, values.createdAfter);
  const createdBefore = parseDate(names.createdBefore, values.createdBefore);
  const updatedAfter = parseDate(names.updatedAfter, values.updatedAfter);
  const updatedBefore = parseDate(names.updatedBefore, values.updatedBefore);
  if (createdAfter === undefined && updatedAfter === undefined) throw invalidInput(`Either ${names.createdAfter} or ${names.updatedAfter} must be specified.`);
  if (createdAfter !== undefined && (updatedAfter !== undefined || updatedBefore !== undefined)) {
    throw invalidInput(`${names.updatedAfter} and ${names.updatedBefore} cannot be set when ${names.createdAfter} is set.`);
  }
  if (updatedAfter !== undefined && createdBefore !== undefined)
    throw invalidInput(`${names.createdAfter} or ${names.createdBefore} cannot be set when ${names.updatedAfter} is set.`);
  const byCreation = createdAfter !== undefined;
  const after = (createdAfter ?? updatedAfter) as number;
  const before = byCreation ? createdBefore : updatedBefore;
  const afterName = byCreation ? names.createdAfter : names.updatedAfter;
  const beforeName = byCreation ? names.createdBefore : names.updatedBefore;
  if (after > nowMs - TWO_MINUTES) throw invalidInput(`${afterName} must be at least two minutes before the current time.`);
  if (before !== undefined) {
    if (before < after) throw invalidInput(`${beforeName} must be equal to or after ${afterName}.`);
    if (before > nowMs - TWO_MINUTES) throw invalidInput(`${beforeName} must be at least two minutes before the current time.`);
  }
  return { mode: byCreation ? 'created' : 'updated', afterMs: after, beforeMs: before ?? nowMs, position: 0 };
}

/**
 * Scans candidates in ascending order index (= purchase time) and stops after `max` matches,
 * so each page costs only what it reads, even with a million orders.
 */
export function searchOrders(
  sellerId: string,
  nowMs: number,
  cursor: OrderCursor,
  matches: (order: SimOrder) => boolean,
  max: number,
): { orders: SimOrder[]; next?: OrderCursor } {
  const orders: SimOrder[] = [];
  const end = orderBook.countAt(sellerId, cursor.beforeMs);
  const inWindow =
    cursor.mode === 'created'
      ? () => true
      : (order: SimOrder) => order.lastUpdateDate.getTime() >= cursor.afterMs && order.lastUpdateDate.getTime() <= cursor.beforeMs;
  for (const index of candidateIndexes(sellerId, cursor, end)) {
    const order = orderBook.at(sellerId, index, nowMs);
    if (!order || !matches(order) || !inWindow(order)) continue;
    if (orders.length === max) return { orders, next: { ...cursor, position: index } };
    orders.push(order);
  }
  return { orders };
}

/** Order indexes that can fall in the window, ascending, from the cursor's position on. */
function* candidateIndexes(sellerId: string, cursor: OrderCursor, end: number): Generator<number> {
  if (cursor.mode === 'created') {
    for (let i = Math.max(cursor.position, orderBook.firstIndexAtOrAfter(sellerId, cursor.afterMs)); i < end; i++) yield i;
    return;
  }
  // Derived changes happen within MAX_DERIVED_LAG_MS of purchase; seller actions can be later.
  const windowStart = orderBook.firstIndexAtOrAfter(sellerId, cursor.afterMs - MAX_DERIVED_LAG_MS);
  const earlierActed = orderBook
    .actedIndexes(sellerId)
    .filter((i) => i < windowStart && i >= cursor.position)
    .sort((a, b) => a - b);
  yield* earlierActed;
  for (let i = Math.max(cursor.position, windowStart); i < end; i++) yield i;
}
