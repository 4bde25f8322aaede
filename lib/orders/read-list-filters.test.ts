import { describe, expect, it } from 'vitest';
import { countInView, DEFAULT_PAGE_SIZE, orderListHref, TO_SHIP } from './list-filters';
import { applyAccountView, parseOrderFilters } from './read-list-filters';

const ACCOUNT = '6f1c1f7e-2f7b-4a8e-9d59-3f7c6f1e2a11';
const OTHER = '0b7d0d3c-5c1e-4b0a-8f5e-1a2b3c4d5e6f';
const noView = { accountId: null, marketplaceId: null };

describe('parseOrderFilters', () => {
  it('opens on the work queue, what is due first, for an empty URL', () => {
    const { filters, problems } = parseOrderFilters({});
    expect(problems).toEqual([]);
    expect(filters).toMatchObject({ status: TO_SHIP, fulfilledBy: null, q: null, sort: 'shipBy', dir: 'asc', page: 1, pageSize: DEFAULT_PAGE_SIZE });
    expect(orderListHref(filters)).toBe('/orders?account=all&marketplace=all');
  });

  it('shows every status, newest purchase first, for status=all', () => {
    const { filters } = parseOrderFilters({ status: 'all' });
    expect(filters).toMatchObject({ status: null, sort: 'purchaseDate', dir: 'desc' });
    expect(orderListHref(filters)).toBe('/orders?status=all&account=all&marketplace=all');
    // A sort other than the view's own is written out, with its direction.
    expect(orderListHref(filters, { sort: 'shipBy', dir: 'asc' })).toBe('/orders?status=all&account=all&marketplace=all&sort=shipBy&dir=asc');
    expect(parseOrderFilters({ status: 'TO_SHIP', sort: 'orderTotal' }).filters).toMatchObject({ sort: 'orderTotal', dir: 'desc' });
  });

  it('reads every filter', () => {
    const { filters, problems } = parseOrderFilters({
      status: 'UNSHIPPED',
      channel: 'MERCHANT',
      account: ACCOUNT,
      marketplace: 'ATVPDKIKX0DER',
      purchasedFrom: '2026-01-01',
      purchasedTo: '2026-01-31',
      updatedFrom: '2026-02-01',
      updatedTo: '2026-02-02',
      q: '  SKU-1  ',
      sort: 'orderTotal',
      dir: 'asc',
      page: '3',
      pageSize: '100',
    });
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      status: 'UNSHIPPED',
      fulfilledBy: 'MERCHANT',
      accountId: ACCOUNT,
      marketplaceId: 'ATVPDKIKX0DER',
      purchasedFrom: '2026-01-01',
      purchasedTo: '2026-01-31',
      updatedFrom: '2026-02-01',
      updatedTo: '2026-02-02',
      q: 'SKU-1',
      sort: 'orderTotal',
      dir: 'asc',
      page: 3,
      pageSize: 100,
    });
  });

  it('drops each bad value with a message and keeps the rest', () => {
    const { filters, problems } = parseOrderFilters({
      status: 'Lost',
      channel: 'XYZ',
      purchasedFrom: '2026-02-30',
      updatedTo: 'yesterday',
      sort: 'price; drop table orders',
      dir: 'sideways',
      page: '-4',
      pageSize: '7',
      marketplace: 'not a market',
      account: 'nope',
      q: 'x'.repeat(101),
      statusExtra: 'ignored',
    });
    expect(filters).toMatchObject({
      status: TO_SHIP,
      fulfilledBy: null,
      purchasedFrom: null,
      updatedTo: null,
      sort: 'shipBy',
      dir: 'asc',
      page: 1,
      pageSize: DEFAULT_PAGE_SIZE,
      q: null,
      accountId: null,
      marketplaceId: null,
    });
    expect(problems).toHaveLength(11);
    expect(problems).toContain('“Lost” is not an order status; showing the orders to ship.');
  });

  it('treats empty form fields as "no filter" and takes the first of repeated parameters', () => {
    const { filters, problems } = parseOrderFilters({ status: '', q: '   ', channel: ['AMAZON', 'MERCHANT'] });
    expect(problems).toEqual([]);
    expect(filters.status).toBe(TO_SHIP);
    expect(filters.q).toBeNull();
    expect(filters.fulfilledBy).toBe('AMAZON');
  });

  it('ignores the end of a date range that ends before it starts', () => {
    const { filters, problems } = parseOrderFilters({ purchasedFrom: '2026-03-10', purchasedTo: '2026-03-01' });
    expect(filters.purchasedFrom).toBe('2026-03-10');
    expect(filters.purchasedTo).toBeNull();
    expect(problems).toEqual(['The purchase date range ends before it starts; the end was ignored.']);
  });

  it("opens links saved with Orders v0's words as the same view in Amazon's 2026 words", () => {
    const v0 = {
      Pending: 'PENDING',
      Unshipped: 'UNSHIPPED',
      PartiallyShipped: 'PARTIALLY_SHIPPED',
      Shipped: 'SHIPPED',
      Canceled: 'CANCELLED',
      Unfulfillable: 'UNFULFILLABLE',
      InvoiceUnconfirmed: 'SHIPPED',
      PendingAvailability: 'PENDING_AVAILABILITY',
    } as const;
    for (const [old, code] of Object.entries(v0)) {
      const { filters, problems } = parseOrderFilters({ status: old });
      expect(problems).toEqual([]);
      expect(filters.status).toBe(code);
    }
    expect(parseOrderFilters({ channel: 'AFN' }).filters.fulfilledBy).toBe('AMAZON');
    expect(parseOrderFilters({ channel: 'MFN' }).filters.fulfilledBy).toBe('MERCHANT');
    // Written back in the new words.
    expect(orderListHref(parseOrderFilters({ status: 'PartiallyShipped', channel: 'MFN' }).filters)).toBe(
      '/orders?status=PARTIALLY_SHIPPED&channel=MERCHANT&account=all&marketplace=all',
    );
  });

  it('takes only exact codes: a lower-case or unknown word is not a status', () => {
    expect(parseOrderFilters({ status: 'unshipped' }).problems).toEqual(['“unshipped” is not an order status; showing the orders to ship.']);
    expect(parseOrderFilters({ status: 'toString' }).filters.status).toBe(TO_SHIP);
  });
});

describe('applyAccountView', () => {
  it('uses the sidebar view when the URL says nothing', () => {
    const { filters } = applyAccountView(parseOrderFilters({}), { accountId: ACCOUNT, marketplaceId: 'A2EUQ1WTGCTBG2' }, [ACCOUNT]);
    expect(filters.accountId).toBe(ACCOUNT);
    expect(filters.marketplaceId).toBe('A2EUQ1WTGCTBG2');
  });

  it('lets "all" in the URL beat the sidebar view', () => {
    const { filters } = applyAccountView(parseOrderFilters({ account: 'all', marketplace: 'all' }), { accountId: ACCOUNT, marketplaceId: 'A2EUQ1WTGCTBG2' }, [
      ACCOUNT,
    ]);
    expect(filters.accountId).toBeNull();
    expect(filters.marketplaceId).toBeNull();
  });

  it('refuses an account of another workspace', () => {
    const { filters, problems } = applyAccountView(parseOrderFilters({ account: OTHER }), noView, [ACCOUNT]);
    expect(filters.accountId).toBeNull();
    expect(problems).toHaveLength(1);
  });
});

describe('orderListHref', () => {
  it('writes only what differs from the defaults, and parses back to the same view', () => {
    const { filters } = applyAccountView(parseOrderFilters({ status: 'SHIPPED', q: 'B0 1', page: '2' }), noView, []);
    const href = orderListHref(filters);
    expect(href).toBe('/orders?status=SHIPPED&account=all&marketplace=all&q=B0+1&page=2');
    const back = parseOrderFilters(Object.fromEntries(new URL(href, 'http://x').searchParams));
    expect(applyAccountView(back, { accountId: ACCOUNT, marketplaceId: null }, [ACCOUNT]).filters).toEqual(filters);
  });
});

describe('countInView', () => {
  it('counts the work queue as unshipped plus partially shipped', () => {
    const counts = { PENDING: 1, UNSHIPPED: 2, PARTIALLY_SHIPPED: 3, SHIPPED: 4, CANCELLED: 5, UNFULFILLABLE: 6, PENDING_AVAILABILITY: 7 };
    expect(countInView(counts, TO_SHIP)).toBe(5);
    expect(countInView(counts, 'SHIPPED')).toBe(4);
    expect(countInView(counts, null)).toBe(28);
  });
});
