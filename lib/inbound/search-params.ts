/** The Inbound list's URL filters, read by the shared rules (lib/validation/search-params.ts). */
import { z } from 'zod';
import { pageNumber, readSearchParams, type RawSearchParams } from '@/lib/validation/search-params';
import { SHIPMENT_STATUSES } from './status';

export interface InboundListFilters {
  /** An account or marketplace id, or `all`, as the URL names it (see viewWithUrl). */
  account?: string | undefined;
  marketplace?: string | undefined;
  status: string | null;
  /** A fulfillment center id. */
  destination: string | null;
  /** Part of the shipment id or name. */
  q: string | null;
  /** From 1; the page shows the last page for one past the end. */
  page: number;
}

const id = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const fields = {
  account: id,
  marketplace: id,
  status: z.enum(SHIPMENT_STATUSES),
  destination: id,
  q: z.string().max(100),
  page: pageNumber,
};

/** Unknown values are dropped: a stale bookmark still shows a list. */
export function parseInboundFilters(raw: RawSearchParams): InboundListFilters {
  const { values: v } = readSearchParams(raw, fields);
  return { account: v.account ?? undefined, marketplace: v.marketplace ?? undefined, status: v.status, destination: v.destination, q: v.q, page: v.page ?? 1 };
}

/** The same filters on another page. */
export function inboundListHref(filters: InboundListFilters, page: number): string {
  const params = new URLSearchParams();
  for (const key of ['status', 'destination', 'q', 'account', 'marketplace'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/inbound?${query}` : '/inbound';
}
