import type { Metadata } from 'next';
import Link from 'next/link';
import { BulkFulfillForm } from '@/components/orders/bulk-fulfill-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { listSellerAccounts, readAccountView } from '@/lib/accounts';
import { requireUser } from '@/lib/auth';
import { applyAccountView, bulkFulfillCandidates, buyerNameSearchFor, orderBatchesForExport, parseOrderFilters } from '@/lib/orders';
import { MAX_SELECTED_ORDERS, orderListHref, parseSelectedOrderIds } from '@/lib/orders/types';
import { searchParam, type RawSearchParams } from '@/lib/validation/search-params';

export const metadata: Metadata = { title: 'Fulfill orders with FBA' };

/**
 * Several orders at once (the list's selection: `ids`, or the list's filter for "all matching"):
 * read from the database only; the form asks Amazon's preview of the ready ones, then sends those
 * Amazon can fulfill, batch by batch.
 */
export default async function BulkFulfillPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser('operator');
  const db = await getDb();
  const raw = await searchParams;
  const accounts = await listSellerAccounts(db, user.workspaceId);
  const accountIds = accounts.map((a) => a.id);
  const { filters } = applyAccountView(parseOrderFilters(raw), await readAccountView(accounts), accountIds);
  const idsParam = searchParam(raw, 'ids');
  const header = (
    <PageHeader
      title="Fulfill orders with FBA"
      description="Multi-Channel Fulfillment for several seller-fulfilled orders at once: Amazon ships them from your FBA stock."
    />
  );
  const back = (
    <Link href={orderListHref(filters)} className="text-blue-700 underline">
      Back to the orders
    </Link>
  );

  let ids: string[];
  let capped = false;
  if (idsParam !== undefined) {
    const selected = parseSelectedOrderIds(idsParam);
    if (!selected.ok)
      return (
        <>
          {header}
          <EmptyState title="The selection was not understood">
            {selected.problem} {back}
          </EmptyState>
        </>
      );
    ids = selected.ids;
  } else {
    // All matching the filter: the first page's worth, in the list's order, and it says so.
    const scope = { workspaceId: user.workspaceId, accountIds, buyerNames: filters.q ? await buyerNameSearchFor(db, user.role) : null };
    const batches = orderBatchesForExport(db, scope, filters, { batchSize: MAX_SELECTED_ORDERS + 1 });
    const next = await batches.next();
    const first = next.done ? [] : next.value;
    await batches.return(undefined);
    capped = first.length > MAX_SELECTED_ORDERS;
    ids = first.slice(0, MAX_SELECTED_ORDERS).map((r) => r.amazonOrderId);
  }
  const candidates = await bulkFulfillCandidates(db, user.workspaceId, ids);

  return (
    <>
      {header}
      <p className="mb-4 text-sm">{back}</p>
      {capped ? (
        <p role="status" className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          More than {MAX_SELECTED_ORDERS} orders match the filter: the first {MAX_SELECTED_ORDERS} in the list’s order are here. Send them, then come back for
          the rest (those sent are left out then).
        </p>
      ) : null}
      {candidates.length ? (
        <BulkFulfillForm candidates={candidates} />
      ) : (
        <EmptyState title="No orders selected">Tick orders on the orders list, then choose Fulfill with FBA. {back}</EmptyState>
      )}
    </>
  );
}
