/**
 * The orders list's view, read from the URL (so a view survives reload and can be shared).
 * Each parameter is checked on its own: a bad one is dropped with a message for the seller and
 * the rest of the view still applies, so a mangled link never breaks the page.
 */
import { z } from 'zod';
import { MARKETPLACE_ID } from '@/lib/validation/amazon-identifiers';
import { isoDay, pageNumber, readSearchParams, type RawSearchParams } from '@/lib/validation/search-params';
import {
  ALL,
  DEFAULT_PAGE_SIZE,
  FULFILLED_BY,
  ORDER_SORTS,
  ORDER_STATUSES,
  PAGE_SIZES,
  TO_SHIP,
  defaultSort,
  type FulfilledBy,
  type OrderListFilters,
  type OrderStatus,
  type StatusView,
} from './list-filters';

/**
 * Links saved before orders were stored in Amazon's 2026 words used Orders v0's: they still
 * open the same view. Invoice unconfirmed (every item shipped) is Shipped in the 2026 API.
 */
const V0_STATUS: Record<string, OrderStatus> = {
  Pending: 'PENDING',
  Unshipped: 'UNSHIPPED',
  PartiallyShipped: 'PARTIALLY_SHIPPED',
  Shipped: 'SHIPPED',
  Canceled: 'CANCELLED',
  Unfulfillable: 'UNFULFILLABLE',
  InvoiceUnconfirmed: 'SHIPPED',
  PendingAvailability: 'PENDING_AVAILABILITY',
};
const V0_FULFILLED_BY: Record<string, FulfilledBy> = { AFN: 'AMAZON', MFN: 'MERCHANT' };
const fromV0 = (aliases: Record<string, string>) => (value: unknown) => (typeof value === 'string' && Object.hasOwn(aliases, value) ? aliases[value] : value);

export interface ParsedOrderFilters {
  filters: OrderListFilters;
  /** Which URL parameters were set explicitly to "all" (they beat the sidebar view). */
  explicitAll: { account: boolean; marketplace: boolean };
  /** One line per parameter that was ignored, written for the seller. */
  problems: string[];
}

const fields = {
  status: z.preprocess(fromV0(V0_STATUS), z.union([z.enum(ORDER_STATUSES), z.literal(TO_SHIP), z.literal(ALL)])),
  channel: z.preprocess(fromV0(V0_FULFILLED_BY), z.enum(FULFILLED_BY)),
  account: z.union([z.literal(ALL), z.uuid()]),
  // Amazon marketplace ids are upper-case letters and digits.
  marketplace: z.union([z.literal(ALL), z.string().regex(MARKETPLACE_ID)]),
  purchasedFrom: isoDay,
  purchasedTo: isoDay,
  updatedFrom: isoDay,
  updatedTo: isoDay,
  q: z.string().trim().min(1).max(100),
  sort: z.enum(ORDER_SORTS),
  dir: z.enum(['asc', 'desc']),
  page: pageNumber,
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n)),
} as const;

type FieldName = keyof typeof fields;

const PROBLEM: Record<FieldName, (value: string) => string> = {
  status: (v) => `“${v}” is not an order status; showing the orders to ship.`,
  channel: (v) => `“${v}” is not who fulfills an order (AMAZON or MERCHANT); showing both.`,
  account: () => 'That account is not one of yours; showing the account chosen in the sidebar.',
  marketplace: (v) => `“${v}” is not a marketplace id; showing the marketplace chosen in the sidebar.`,
  purchasedFrom: (v) => `“${v}” is not a date (YYYY-MM-DD); the purchase date “from” was ignored.`,
  purchasedTo: (v) => `“${v}” is not a date (YYYY-MM-DD); the purchase date “to” was ignored.`,
  updatedFrom: (v) => `“${v}” is not a date (YYYY-MM-DD); the last update “from” was ignored.`,
  updatedTo: (v) => `“${v}” is not a date (YYYY-MM-DD); the last update “to” was ignored.`,
  q: () => 'Searches are at most 100 characters; the search was ignored.',
  sort: (v) => `Orders cannot be sorted by “${v}”; sorted the view's usual way.`,
  dir: () => "The sort direction was not understood; sorted the view's usual way.",
  page: () => 'That page number was not understood; showing the first page.',
  pageSize: () => `Pages hold ${PAGE_SIZES.join(', ')} orders; showing ${DEFAULT_PAGE_SIZE}.`,
};

/** Read by the shared rules (lib/validation/search-params.ts): an empty field means "no filter". */
export function parseOrderFilters(raw: RawSearchParams): ParsedOrderFilters {
  const { values: v, problems } = readSearchParams(raw, fields, (name: FieldName, value) => PROBLEM[name](value));
  const { account, marketplace } = v;
  const status: StatusView = v.status === ALL ? null : (v.status ?? TO_SHIP);
  const usual = defaultSort(status);
  const filters: OrderListFilters = {
    status,
    fulfilledBy: v.channel,
    accountId: account && account !== ALL ? account : null,
    marketplaceId: marketplace && marketplace !== ALL ? marketplace : null,
    purchasedFrom: v.purchasedFrom,
    purchasedTo: v.purchasedTo,
    updatedFrom: v.updatedFrom,
    updatedTo: v.updatedTo,
    q: v.q,
    sort: v.sort ?? usual.sort,
    dir: v.dir ?? (v.sort ? 'desc' : usual.dir),
    page: v.page ?? 1,
    pageSize: v.pageSize ?? DEFAULT_PAGE_SIZE,
  };
  for (const [from, to, what] of [
    ['purchasedFrom', 'purchasedTo', 'purchase date'],
    ['updatedFrom', 'updatedTo', 'last update'],
  ] as const) {
    const a = filters[from];
    const b = filters[to];
    if (a && b && a > b) {
      problems.push(`The ${what} range ends before it starts; the end was ignored.`);
      filters[to] = null;
    }
  }
  return { filters, explicitAll: { account: account === ALL, marketplace: marketplace === ALL }, problems };
}

/**
 * Fills account and marketplace from the sidebar view unless the URL chose them, and drops
 * an account that is not the workspace's (the query would find nothing, but the form should
 * not pretend it is selected).
 */
export function applyAccountView(
  parsed: ParsedOrderFilters,
  view: { accountId: string | null; marketplaceId: string | null },
  accountIds: readonly string[],
): ParsedOrderFilters {
  const filters = { ...parsed.filters };
  const problems = [...parsed.problems];
  if (filters.accountId && !accountIds.includes(filters.accountId)) {
    problems.push(PROBLEM.account(filters.accountId));
    filters.accountId = null;
  }
  if (!filters.accountId && !parsed.explicitAll.account) filters.accountId = view.accountId;
  if (!filters.marketplaceId && !parsed.explicitAll.marketplace) filters.marketplaceId = view.marketplaceId;
  return { ...parsed, filters, problems };
}
