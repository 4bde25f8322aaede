import { describe, expect, it } from 'vitest';
import { parseOrderFilters } from './read-list-filters';
import { MAX_SELECTED_ORDERS, parseSelectedOrderIds, selectedOrdersHref } from './selection';

const id = (n: number) => `111-${String(n).padStart(7, '0')}-0000001`;

describe('parseSelectedOrderIds', () => {
  it('reads distinct order ids, trimmed', () => {
    expect(parseSelectedOrderIds(` ${id(1)},${id(2)} ,${id(1)},`)).toEqual({ ok: true, ids: [id(1), id(2)] });
  });

  it('refuses an empty selection, too many ids and a malformed id, whole', () => {
    expect(parseSelectedOrderIds(' , ')).toEqual({ ok: false, problem: 'No orders were selected.' });
    const many = Array.from({ length: MAX_SELECTED_ORDERS + 1 }, (_, i) => id(i)).join(',');
    expect(parseSelectedOrderIds(many)).toMatchObject({ ok: false, problem: expect.stringMatching(/at most 100 orders/) });
    expect(parseSelectedOrderIds(Array.from({ length: MAX_SELECTED_ORDERS }, (_, i) => id(i)).join(','))).toMatchObject({ ok: true });
    expect(parseSelectedOrderIds(`${id(1)},' or 1=1`)).toEqual({ ok: false, problem: "“' or 1=1” is not an Amazon order id." });
  });
});

describe('selectedOrdersHref', () => {
  it('keeps the view (its sort) and adds the ids, from the first page', () => {
    const { filters } = parseOrderFilters({ status: 'all', sort: 'orderTotal', dir: 'asc', page: '3' });
    const url = new URL(selectedOrdersHref('/api/orders/export', filters, [id(1), id(2)]), 'http://x');
    expect(url.pathname).toBe('/api/orders/export');
    expect(url.searchParams.get('ids')).toBe(`${id(1)},${id(2)}`);
    expect(url.searchParams.get('sort')).toBe('orderTotal');
    expect(url.searchParams.get('page')).toBeNull();
    // All matching the filter: the filter alone, never ids.
    const all = new URL(selectedOrdersHref('/orders/bulk/fulfill', filters, null), 'http://x');
    expect(all.pathname).toBe('/orders/bulk/fulfill');
    expect(all.searchParams.get('ids')).toBeNull();
    expect(all.searchParams.get('status')).toBe('all');
  });
});
