import type { Metadata } from 'next';
import Link from 'next/link';
import { OrderFilters } from '@/components/orders/order-filters';
import { BulkBar, OrderSelectionProvider } from '@/components/orders/order-selection';
import { OrderTable } from '@/components/orders/order-table';
import { StatusTabs } from '@/components/orders/status-tabs';
import { LastSyncedNote } from '@/components/sync/last-synced-note';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db';
import { marketplaceOptions } from '@/lib/accounts';
import { hasRole, requireUser } from '@/lib/auth';
import { lastSyncedFor, loadOrderList, readOrderListView } from '@/lib/orders';
import { countInView, defaultSort, orderListHref } from '@/lib/orders/types';
import type { RawSearchParams } from '@/lib/validation/search-params';
import { marketplaceLabel } from '@/lib/sp-api/types';

export const metadata: Metadata = { title: 'Orders' };

export default async function OrdersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const db = await getDb();
  const { accounts, filters, problems, scope } = await readOrderListView(db, user, await searchParams);
  const accountIds = scope.accountIds;
  const [list, synced] = await Promise.all([
    loadOrderList(db, scope, filters),
    lastSyncedFor(db, user.workspaceId, filters.accountId ? [filters.accountId] : accountIds, 'orders'),
  ]);
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const accountName = (id: string) => names.get(id) ?? 'Unknown account';
  const shown = { ...filters, page: list.page };
  const exportHref = orderListHref(shown, { page: 1 }, '/api/orders/export');
  // A search in one status (the work queue, say) that finds orders only in others says so.
  const otherStatuses = list.total || !list.statusCounts ? 0 : countInView(list.statusCounts, null);
  const totalText = `${list.moreThanTotal ? 'more than ' : ''}${list.total.toLocaleString('en-US')}`;

  return (
    <>
      <PageHeader
        title="Orders"
        description="Your Amazon orders as last synced, opening on what is still to ship, the earliest ship-by first. Ship-by and deliver-by dates are the marketplace's own days."
        actions={
          list.total ? (
            <a
              href={exportHref}
              download
              className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
            >
              Export CSV ({totalText})
            </a>
          ) : null
        }
      />
      {accounts.length ? <LastSyncedNote entries={synced} accountName={accountName} what="Orders" /> : null}
      {problems.length ? (
        <div role="status" className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-medium">Part of this link was not understood:</p>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {!accounts.length ? (
        <EmptyState title="No Amazon account connected">
          Orders appear here once a seller account is connected in{' '}
          <Link href="/settings/accounts" className="text-blue-700 underline">
            Settings → Amazon accounts
          </Link>{' '}
          and synced.
        </EmptyState>
      ) : (
        <>
          <OrderFilters filters={filters} accounts={accounts.map((a) => ({ id: a.id, name: a.name }))} marketplaces={marketplaceOptions(accounts)} />
          <StatusTabs filters={shown} counts={list.statusCounts} />
          <h2 className="sr-only" id="results">
            Results
          </h2>
          <p role="status" className="mb-2 text-sm text-slate-700">
            {list.moreThanTotal
              ? `More than ${list.total.toLocaleString('en-US')} orders match: the first ${list.total.toLocaleString('en-US')} are listed. Add words or filters to narrow the search; Export CSV has them all.`
              : `${list.total.toLocaleString('en-US')} ${list.total === 1 ? 'order matches' : 'orders match'}.`}
            {filters.sort === 'orderTotal' ? ' Totals are sorted within each currency, one currency after another (A to Z), never converted.' : null}
          </p>
          {list.rows.length ? (
            // Keyed by the view: another filter, sort or page starts an empty selection.
            <OrderSelectionProvider key={orderListHref(shown)} pageIds={list.rows.map((r) => r.amazonOrderId)}>
              <BulkBar total={list.total} moreThanTotal={list.moreThanTotal} filters={shown} canOperate={hasRole(user.role, 'operator')} />
              <OrderTable rows={list.rows} filters={shown} marketplaceLabel={marketplaceLabel} accountName={accounts.length > 1 ? accountName : null} />
              <Pagination
                page={list.page}
                pageCount={list.pageCount}
                total={list.total}
                moreThanTotal={list.moreThanTotal}
                noun="order"
                hrefFor={(page) => orderListHref(shown, { page })}
              />
            </OrderSelectionProvider>
          ) : (
            <EmptyState title="No orders match">
              {otherStatuses ? (
                <>
                  {otherStatuses.toLocaleString('en-US')} matching {otherStatuses === 1 ? 'order has' : 'orders have'} another status.{' '}
                  <Link href={orderListHref(shown, { status: null, ...defaultSort(null), page: 1 })} className="text-blue-700 underline">
                    Show {otherStatuses === 1 ? 'it' : 'them'} in all statuses
                  </Link>
                </>
              ) : (
                <>
                  {synced.some((s) => s.lastSuccessAt)
                    ? 'Try fewer filters or another search.'
                    : 'The first sync is still running; orders appear as they arrive.'}{' '}
                  <Link href="/orders?status=all&account=all&marketplace=all" className="text-blue-700 underline">
                    Show all orders
                  </Link>
                </>
              )}
            </EmptyState>
          )}
        </>
      )}
    </>
  );
}
