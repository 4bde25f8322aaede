/**
 * The orders list's view as a value (status, channel, account, dates, search, sort, page) and
 * the link that writes it into a URL. Client-safe and free of zod, so the list's selection bar
 * links without shipping the form rules to the browser; reading a view back from a URL is
 * read-list-filters.ts.
 */
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
 * The work queue: orders a seller still has to ship. The orders list opens on it, oldest
 * ship-by first; `status=all` shows every status.
 */
export const TO_SHIP = 'TO_SHIP';
export const TO_SHIP_STATUSES = ['UNSHIPPED', 'PARTIALLY_SHIPPED'] as const satisfies readonly OrderStatus[];
/** Which orders the status tabs and filter show: one status, the work queue, or every status (null). */
export type StatusView = OrderStatus | typeof TO_SHIP | null;

export const ORDER_SORTS = ['shipBy', 'purchaseDate', 'lastUpdateDate', 'orderTotal', 'status'] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];
export type SortDir = 'asc' | 'desc';

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
