/** The inventory list's view in the URL, checked parameter by parameter like the orders list. */
import { z } from 'zod';
import { MARKETPLACE_ID } from '@/lib/validation/amazon-identifiers';
import { ALL } from '@/lib/orders/types';
import { pageNumber, readSearchParams, type RawSearchParams } from '@/lib/validation/search-params';

export const INVENTORY_VIEWS = ['all', 'reorder', 'low', 'out', 'inbound', 'unfulfillable'] as const;
export type InventoryView = (typeof INVENTORY_VIEWS)[number];
export const INVENTORY_VIEW_LABELS: Record<InventoryView, string> = {
  all: 'All SKUs',
  reorder: 'Needs reorder',
  low: 'Low stock',
  out: 'Out of stock',
  inbound: 'With inbound units',
  unfulfillable: 'With unfulfillable units',
};
export const INVENTORY_SORTS = ['sku', 'fulfillable', 'inbound', 'reserved', 'unfulfillable', 'sold30', 'cover'] as const;
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
  marketplace: z.union([z.literal(ALL), z.string().regex(MARKETPLACE_ID)]),
  sort: z.enum(INVENTORY_SORTS),
  dir: z.enum(['asc', 'desc']),
  page: pageNumber,
};

const PROBLEMS: Record<keyof typeof fields, string> = {
  view: 'That stock view was not understood; showing all SKUs.',
  q: 'Searches are at most 100 characters; the search was ignored.',
  account: 'That account is not one of yours; showing the account chosen in the sidebar.',
  marketplace: 'That marketplace id was not understood; showing the marketplace chosen in the sidebar.',
  sort: 'Inventory cannot be sorted that way; sorted by SKU.',
  dir: 'The sort direction was not understood.',
  page: 'That page number was not understood; showing the first page.',
};

export function parseInventoryFilters(
  raw: RawSearchParams,
  view: { accountId: string | null; marketplaceId: string | null },
  accountIds: readonly string[],
): { filters: InventoryFilters; problems: string[] } {
  const { values: v, problems } = readSearchParams(raw, fields, (name: keyof typeof fields) => PROBLEMS[name]);
  const { account, marketplace } = v;
  let accountId = account && account !== ALL ? account : null;
  if (accountId && !accountIds.includes(accountId)) {
    if (!problems.includes(PROBLEMS.account)) problems.push(PROBLEMS.account);
    accountId = null;
  }
  return {
    filters: {
      view: v.view ?? 'all',
      q: v.q,
      accountId: accountId ?? (account === ALL ? null : view.accountId),
      marketplaceId: marketplace && marketplace !== ALL ? marketplace : marketplace === ALL ? null : view.marketplaceId,
      sort: v.sort ?? 'sku',
      dir: v.dir ?? 'asc',
      page: v.page ?? 1,
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
