/** The outbound list's filters as they travel in the URL. Client-safe. */
import { FULFILLMENT_ORDER_STATUSES, SHIPPING_SPEEDS } from './status-rules';

export interface OutboundFilters {
  status?: string;
  speed?: string;
  country?: string;
  /** Received on or after / on or before (YYYY-MM-DD, UTC). */
  from?: string;
  to?: string;
  /** Part of the seller's reference or the customer-facing order number. */
  q?: string;
  /** An account or marketplace id, or `all`: over the sidebar's view when present (see viewWithUrl). */
  account?: string;
  marketplace?: string;
  page: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9-]{1,64}$/;

/** Unknown values are dropped rather than refused: a stale bookmark still shows a list. */
export function parseOutboundFilters(params: Record<string, string | string[] | undefined>): OutboundFilters {
  const one = (key: string) => {
    const v = params[key];
    return (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
  };
  const status = one('status');
  const speed = one('speed');
  const country = one('country')?.toUpperCase();
  const from = one('from');
  const to = one('to');
  const page = Number(one('page') ?? '1');
  return {
    ...(status && (FULFILLMENT_ORDER_STATUSES as readonly string[]).includes(status) ? { status } : {}),
    ...(speed && (SHIPPING_SPEEDS as readonly string[]).includes(speed) ? { speed } : {}),
    ...(country && /^[A-Z]{2}$/.test(country) ? { country } : {}),
    ...(from && DATE.test(from) ? { from } : {}),
    ...(to && DATE.test(to) ? { to } : {}),
    ...(one('q') ? { q: one('q')!.slice(0, 60) } : {}),
    ...(ID.test(one('account') ?? '') ? { account: one('account')! } : {}),
    ...(ID.test(one('marketplace') ?? '') ? { marketplace: one('marketplace')! } : {}),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function filtersToSearch(filters: Partial<OutboundFilters>): string {
  const params = new URLSearchParams();
  for (const key of ['status', 'speed', 'country', 'from', 'to', 'q', 'account', 'marketplace'] as const) {
    const v = filters[key];
    if (v) params.set(key, v);
  }
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}
