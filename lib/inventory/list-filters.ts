/** The inventory list's view in the URL, checked parameter by parameter like the orders list. */
import { z } from 'zod';
import { ALL, type RawSearchParams } from '@/lib/orders/list-filters';

export const INVENTORY_VIEWS = ['all', 'low', 'out', 'inbound', 'unfulfillable'] as const;
export type InventoryView = (typeof INVENTORY_VIEWS)[number];
export const INVENTORY_VIEW_LABELS: Record<InventoryView, string> = {
  all: 'All SKUs',
  low: 'Low stock',
  out: 'Out of stock',
  inbound: 'With inbound units',
  unfulfillable: 'With unfulfillable units',
};
export const INVENTORY_SORTS = ['sku', 'fulfillable', 'inbound', 'reserved', 'unfulfillable', 'total'] as const;
export type InventorySort = (typeof INVENTORY_SORTS)[number];
export const INVENTORY_PAGE_SIZE = 50;

export interface InventoryFilters {
  view: InventoryView;
  q: string | null;
  accountId: string | null;
  marketplaceId: string | null;
  sort: InventorySort;
  dir: 'asc' | 'desc';
  page: number;
}

const fields = {
  view: z.enum(INVENTORY_VIEWS),
  q: z.string().trim().min(1).max(100),
  account: z.union([z.literal(ALL), z.uuid()]),
  marketplace: z.union([z.literal(ALL), z.string().regex(/^[A-Z0-9]{6,20}$/)]),
  sort: z.enum(INVENTORY_SORTS),
  dir: z.enum(['asc', 'desc']),
  page: z.coerce.number().int().min(1).max(100_000),
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseInventoryFilters(
  raw: RawSearchParams,
  view: { accountId: string | null; marketplaceId: string | null },
  accountIds: readonly string[],
): { filters: InventoryFilters; problems: string[] } {
  const problems: string[] = [];
  const read = <K extends keyof typeof fields>(name: K, problem: string): z.output<(typeof fields)[K]> | null => {
    const value = first(raw[name]);
    if (value === undefined || value.trim() === '') return null;
    const parsed = fields[name].safeParse(value);
    if (parsed.success) return parsed.data as z.output<(typeof fields)[K]>;
    problems.push(problem);
    return null;
  };
  const account = read('account', 'That account is not one of yours; showing the account chosen in the sidebar.');
  const marketplace = read('marketplace', 'That marketplace id was not understood; showing the marketplace chosen in the sidebar.');
  let accountId = account && account !== ALL ? account : null;
  if (accountId && !accountIds.includes(accountId)) {
    problems.push('That account is not one of yours; showing the account chosen in the sidebar.');
    accountId = null;
  }
  return {
    filters: {
      view: read('view', 'That stock view was not understood; showing all SKUs.') ?? 'all',
      q: read('q', 'Searches are at most 100 characters; the search was ignored.'),
      accountId: accountId ?? (account === ALL ? null : view.accountId),
      marketplaceId: marketplace && marketplace !== ALL ? marketplace : marketplace === ALL ? null : view.marketplaceId,
      sort: read('sort', 'Inventory cannot be sorted that way; sorted by SKU.') ?? 'sku',
      dir: read('dir', 'The sort direction was not understood.') ?? 'asc',
      page: read('page', 'That page number was not understood; showing the first page.') ?? 1,
    },
    problems,
  };
}

export function inventoryHref(filters: InventoryFilters, changes: Partial<InventoryFilters> = {}): string {
  const f = { ...filters, ...changes };
  const params = new URLSearchParams();
  if (f.view !== 'all') params.set('view', f.view);
  if (f.q) params.set('q', f.q);
  params.set('account', f.accountId ?? ALL);
  params.set('marketplace', f.marketplaceId ?? ALL);
  if (f.sort !== 'sku') params.set('sort', f.sort);
  if (f.dir !== 'asc') params.set('dir', f.dir);
  if (f.page !== 1) params.set('page', String(f.page));
  return `/inventory?${params.toString()}`;
}
