/**
 * The orders list's view, read from the URL (so a view survives reload and can be shared) and
 * written back into links. Each parameter is checked on its own: a bad one is dropped with a
 * message for the seller and the rest of the view still applies, so a mangled link never
 * breaks the page.
 */
import { z } from 'zod';
import { MARKETPLACE_ID } from '@/lib/validation/amazon-identifiers';
import { isoDay, pageNumber, readSearchParams, type RawSearchParams } from '@/lib/validation/search-params';
import { FULFILLED_BY, ORDER_STATUSES, type FulfilledBy, type OrderStatus } from '@/db/schema/order-vocabulary';

/** The statuses as stored and in the URL: Amazon's own (Orders 2026-01-01), defined with the table. */
export { ORDER_STATUSES, FULFILLED_BY, type OrderStatus, type FulfilledBy };

/** The one place an order status becomes the seller's words. */
export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  PENDING: 'Pending',
  UNSHIPPED: 'Unshipped',
  PARTIALLY_SHIPPED: 'Partially shipped',
  SHIPPED: 'Shipped',
  CANCELLED: 'Cancelled',
  UNFULFILLABLE: 'Unfulfillable',
  PENDING_AVAILABILITY: 'Pending availability',
};

/** An order status in the seller's words ("Partially shipped"); an unknown one as Amazon wrote it. */
export function orderStatusLabel(status: string): string {
  return ORDER_STATUS_LABELS[status as OrderStatus] ?? status;
}

/** Who fulfills an order, in the seller's words: the list's short form and the order pages' and filter's long one. */
export const FULFILLED_BY_LABELS: Record<FulfilledBy, { short: string; long: string }> = {
  AMAZON: { short: 'FBA', long: 'Fulfilled by Amazon (FBA)' },
  MERCHANT: { short: 'Seller', long: 'Seller-fulfilled' },
};

/** Who fulfills an order in the seller's words; null (the order does not say) as `unknown`. */
export function fulfilledByLabel(value: FulfilledBy | null, form: 'short' | 'long', unknown = '—'): string {
  return value ? FULFILLED_BY_LABELS[value][form] : unknown;
}

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

/**
 * The work queue: orders a seller still has to ship. The orders list opens on it, oldest
 * ship-by first; `status=all` shows every status.
 */
export const TO_SHIP = 'TO_SHIP';
export const TO_SHIP_STATUSES = ['UNSHIPPED', 'PARTIALLY_SHIPPED'] as const satisfies readonly OrderStatus[];
/** Which orders the status tabs and filter show: one status, the work queue, or every status (null). */
export type StatusView = OrderStatus | typeof TO_SHIP | null;

export const ORDER_SORTS = ['shipBy', 'purchaseDate', 'lastUpdateDate', 'orderTotal', 'status'] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];
type SortDir = 'asc' | 'desc';

/** Each view's own order: what is due first in the work queue, the newest purchase elsewhere. */
export function defaultSort(status: StatusView): { sort: OrderSort; dir: SortDir } {
  return status === TO_SHIP ? { sort: 'shipBy', dir: 'asc' } : { sort: 'purchaseDate', dir: 'desc' };
}

/** How many orders a status view holds, from the orders counted per status. */
export function countInView(counts: Record<OrderStatus, number>, status: StatusView): number {
  if (status === TO_SHIP) return TO_SHIP_STATUSES.reduce((n, s) => n + counts[s], 0);
  return status ? counts[status] : Object.values(counts).reduce((a, b) => a + b, 0);
}

/** Whether the view is sorted its own default way (links and the filter form then leave the sort out). */
export function isDefaultSort(f: Pick<OrderListFilters, 'status' | 'sort' | 'dir'>): boolean {
  const d = defaultSort(f.status);
  return f.sort === d.sort && f.dir === d.dir;
}
export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;

/** 'all' in the URL overrides the sidebar's account/marketplace view; absent means "use it". */
export const ALL = 'all';

export interface OrderListFilters {
  status: StatusView;
  /** Who fulfills the orders (`channel` in the URL). */
  fulfilledBy: FulfilledBy | null;
  /** null: the sidebar view decides (see applyAccountView). */
  accountId: string | null;
  marketplaceId: string | null;
  purchasedFrom: string | null;
  purchasedTo: string | null;
  updatedFrom: string | null;
  updatedTo: string | null;
  q: string | null;
  sort: OrderSort;
  dir: SortDir;
  page: number;
  pageSize: number;
}

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

/**
 * The URL of a view: only what differs from the defaults, so links stay short. Account and
 * marketplace are always written when set, so a shared link shows the same orders whatever
 * the recipient's sidebar says.
 */
export function orderListHref(filters: OrderListFilters, changes: Partial<OrderListFilters> = {}, base = '/orders'): string {
  const f = { ...filters, ...changes };
  const params = new URLSearchParams();
  if (f.status !== TO_SHIP) params.set('status', f.status ?? ALL);
  if (f.fulfilledBy) params.set('channel', f.fulfilledBy);
  params.set('account', f.accountId ?? ALL);
  params.set('marketplace', f.marketplaceId ?? ALL);
  if (f.purchasedFrom) params.set('purchasedFrom', f.purchasedFrom);
  if (f.purchasedTo) params.set('purchasedTo', f.purchasedTo);
  if (f.updatedFrom) params.set('updatedFrom', f.updatedFrom);
  if (f.updatedTo) params.set('updatedTo', f.updatedTo);
  if (f.q) params.set('q', f.q);
  if (!isDefaultSort(f)) {
    params.set('sort', f.sort);
    params.set('dir', f.dir);
  }
  if (f.page !== 1) params.set('page', String(f.page));
  if (f.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(f.pageSize));
  return `${base}?${params.toString()}`;
}
