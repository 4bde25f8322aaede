/**
 * Orders the seller ticked on the list, as the bulk actions and the export receive them: the
 * Amazon order ids, comma-separated in one URL parameter (`ids`). A selection is at most one
 * page of the list (100 orders); "all matching this filter" is sent as the filter instead, so
 * a URL never carries thousands of ids. Client-safe: the list builds its links with it.
 */
import { AMAZON_ORDER_ID } from '@/lib/validation/amazon-identifiers';
import { orderListHref, type OrderListFilters } from './list-filters';

/** The largest page of the list: a selection never holds more. */
export const MAX_SELECTED_ORDERS = 100;

export type SelectedOrderIds = { ok: true; ids: string[] } | { ok: false; problem: string };

/** The `ids` parameter: distinct Amazon order ids, 1 to MAX_SELECTED_ORDERS of them; anything else is refused whole, never half-read. */
export function parseSelectedOrderIds(value: string): SelectedOrderIds {
  const ids = [...new Set(value.split(',').map((id) => id.trim()))].filter(Boolean);
  if (!ids.length) return { ok: false, problem: 'No orders were selected.' };
  if (ids.length > MAX_SELECTED_ORDERS) return { ok: false, problem: `Select at most ${MAX_SELECTED_ORDERS} orders, or all orders matching the filter.` };
  const malformed = ids.find((id) => !AMAZON_ORDER_ID.test(id));
  if (malformed !== undefined) return { ok: false, problem: `“${malformed.slice(0, 40)}” is not an Amazon order id.` };
  return { ok: true, ids };
}

/**
 * A bulk page or the export for a selection: the view's URL (its filter and sort) from the first
 * page, with the ids; without ids (null: all orders matching the filter) the filter alone.
 */
export function selectedOrdersHref(base: string, filters: OrderListFilters, ids: readonly string[] | null): string {
  const href = orderListHref(filters, { page: 1 }, base);
  return ids ? `${href}&ids=${ids.map(encodeURIComponent).join(',')}` : href;
}
