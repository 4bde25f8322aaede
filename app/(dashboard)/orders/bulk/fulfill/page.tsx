import type { Metadata } from 'next';
import Link from 'next/link';
import { BulkFulfillForm } from '@/components/orders/bulk-fulfill-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requireUser } from '@/lib/auth';
import { bulkFulfillCandidates, readOrderListView, selectedInView } from '@/lib/orders';
import { MAX_SELECTED_ORDERS, orderListHref } from '@/lib/orders/types';
import type { RawSearchParams } from '@/lib/validation/search-params';

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
  const view = await readOrderListView(db, user, raw);
  const { filters } = view;
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

  const selected = await selectedInView(db, view, raw);
  if (!selected.ok)
    return (
      <>
        {header}
        <EmptyState title="The selection was not understood">
          {selected.problem} {back}
        </EmptyState>
      </>
    );
  const { ids, capped } = selected;
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
