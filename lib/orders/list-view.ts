/**
 * The orders list's view as its URL, the sidebar's account view and the user's role make it:
 * the page, the CSV export, the bulk pages and the print route all read it here, so each shows
 * or acts on exactly the orders the list showed. A selection (lib/orders/selection.ts) is the
 * ticked ids, or without ids the first MAX_SELECTED_ORDERS orders matching the filter.
 */
import 'server-only';
import type { Db } from '@/db/client';
import type { Role } from '@/db/schema/roles';
import { listSellerAccounts, readAccountView } from '@/lib/accounts';
import type { SellerAccount } from '@/lib/accounts/types';
import type { RawSearchParams } from '@/lib/validation/search-params';
import { searchParam } from '@/lib/validation/search-params';
import { buyerNameSearchFor } from './buyer-name-key';
import { applyAccountView, parseOrderFilters } from './read-list-filters';
import type { OrderListFilters } from './list-filters';
import { orderBatchesForExport, type OrderScope } from './queries';
import { MAX_SELECTED_ORDERS, parseSelectedOrderIds } from './selection';

export interface OrderListView {
  accounts: SellerAccount[];
  filters: OrderListFilters;
  /** One line per URL parameter that was ignored, for the seller. */
  problems: string[];
  scope: OrderScope;
}

export async function readOrderListView(db: Db, user: { workspaceId: string; role: Role }, raw: RawSearchParams): Promise<OrderListView> {
  const accounts = await listSellerAccounts(db, user.workspaceId);
  const accountIds = accounts.map((a) => a.id);
  const { filters, problems } = applyAccountView(parseOrderFilters(raw), await readAccountView(accounts), accountIds);
  // Buyer names are searched only for those who may see them on the order page.
  const scope = { workspaceId: user.workspaceId, accountIds, buyerNames: filters.q ? await buyerNameSearchFor(db, user.role) : null };
  return { accounts, filters, problems, scope };
}

export type ViewSelection =
  { ok: true; ids: string[]; /** More orders match the filter than a selection holds. */ capped: boolean } | { ok: false; problem: string };

/** The ticked orders (`ids`), or the first MAX_SELECTED_ORDERS matching the view's filter in the list's order. */
export async function selectedInView(db: Db, view: OrderListView, raw: RawSearchParams): Promise<ViewSelection> {
  const idsParam = searchParam(raw, 'ids');
  if (idsParam !== undefined) {
    const selected = parseSelectedOrderIds(idsParam);
    return selected.ok ? { ok: true, ids: selected.ids, capped: false } : selected;
  }
  const batches = orderBatchesForExport(db, view.scope, view.filters, { batchSize: MAX_SELECTED_ORDERS + 1 });
  const next = await batches.next();
  await batches.return(undefined);
  const first = next.done ? [] : next.value;
  return { ok: true, ids: first.slice(0, MAX_SELECTED_ORDERS).map((r) => r.amazonOrderId), capped: first.length > MAX_SELECTED_ORDERS };
}
