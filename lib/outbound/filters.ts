/** The outbound list's filters as they travel in the URL. Client-safe. */
import { z } from 'zod';
import { isoDay, pageNumber, readSearchParams, type RawSearchParams } from '@/lib/validation/search-params';
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

const fields = {
  status: z.enum(FULFILLMENT_ORDER_STATUSES),
  speed: z.enum(SHIPPING_SPEEDS),
  country: z
    .string()
    .toUpperCase()
    .pipe(z.string().regex(/^[A-Z]{2}$/)),
  from: isoDay,
  to: isoDay,
  q: z.string().transform((q) => q.slice(0, 60)),
  account: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  marketplace: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  page: pageNumber,
};

/**
 * Read by the shared rules (lib/validation/search-params.ts). Unknown values are dropped
 * rather than refused: a stale bookmark still shows a list.
 */
export function parseOutboundFilters(params: RawSearchParams): OutboundFilters {
  const { values } = readSearchParams(params, fields);
  const { page, ...rest } = values;
  const set = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null)) as Omit<OutboundFilters, 'page'>;
  return { ...set, page: page ?? 1 };
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
