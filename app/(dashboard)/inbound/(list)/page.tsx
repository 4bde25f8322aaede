import { DateTime } from '@/components/ui/date-time';
import type { Metadata } from 'next';
import Link from 'next/link';
import { InboundFilters } from '@/components/inbound/inbound-filters';
import { InboundShipmentTable } from '@/components/inbound/inbound-shipment-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db';
import { readAccountView, viewWithUrl, listSellerAccounts } from '@/lib/accounts';
import { hasRole, requireUser } from '@/lib/auth';
import {
  listPlans,
  listSendToAmazonPlans,
  countInboundShipments,
  destinationsOf,
  INBOUND_PAGE_SIZE,
  listInboundShipments,
  inboundListHref,
  parseInboundFilters,
} from '@/lib/inbound';
import { planStep } from '@/lib/inbound/types';
import { Table, TableHead } from '@/components/ui/table';
import type { RawSearchParams } from '@/lib/validation/search-params';

export const metadata: Metadata = { title: 'Inbound' };

export default async function InboundPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const db = await getDb();
  const accounts = await listSellerAccounts(db, user.workspaceId);
  const parsed = parseInboundFilters(await searchParams);
  const fromUrl = { account: parsed.account, marketplace: parsed.marketplace };
  const view = viewWithUrl(fromUrl, await readAccountView(accounts), accounts);
  const filters = { ...parsed, accountId: view.accountId, marketplaceId: view.marketplaceId };
  const total = await countInboundShipments(db, user.workspaceId, filters);
  const pageCount = Math.max(1, Math.ceil(total / INBOUND_PAGE_SIZE));
  // A page past the end shows the last one.
  const page = Math.min(pageCount, filters.page);
  const [shipments, destinations, plans, sendPlans] = await Promise.all([
    listInboundShipments(db, user.workspaceId, filters, page),
    destinationsOf(db, user.workspaceId),
    listPlans(db, user.workspaceId, view.accountId ? [view.accountId] : null, 5),
    listSendToAmazonPlans(db, user.workspaceId, view.accountId ?? undefined),
  ]);
  const openPlans = sendPlans.filter((p) => p.status === 'ACTIVE' || p.pendingOperation);
  const canWrite = hasRole(user.role, 'operator');
  const accountNames = new Map(accounts.map((a) => [a.id, a.name]));
  return (
    <>
      <PageHeader
        title="Inbound"
        description="Shipments of your stock to Amazon's fulfillment centers: plans, carrier bookings and labels."
        actions={
          canWrite && accounts.length ? (
            <Link href="/inbound/new" className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">
              Send to Amazon
            </Link>
          ) : null
        }
      />
      {openPlans.length ? (
        <section aria-labelledby="open-plans" className="mb-8">
          <h2 id="open-plans" className="mb-2 text-lg font-semibold">
            Plans in progress
          </h2>
          <Table caption="Send to Amazon plans in progress" variant="framed">
            <TableHead columns={['Plan', 'Account', 'Next', 'Updated']} />
            <tbody>
              {openPlans.map((p) => {
                const step = planStep(p);
                return (
                  <tr key={p.id}>
                    <td>
                      <Link className="text-blue-700 underline" href={`/inbound/send/${p.id}`}>
                        {p.name}
                      </Link>
                      {p.origin === 'amazon' ? <span className="text-slate-600"> · from Seller Central</span> : null}
                    </td>
                    <td>{accountNames.get(p.accountId) ?? 'Account'}</td>
                    <td className={step.waitingOnSeller ? 'font-medium text-amber-900' : 'text-slate-700'}>{step.label}</td>
                    <td>
                      <DateTime value={p.updatedAt} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </section>
      ) : null}
      <InboundFilters view={fromUrl} status={filters.status ?? ''} destination={filters.destination ?? ''} q={filters.q ?? ''} destinations={destinations} />
      {shipments.length ? (
        <>
          <InboundShipmentTable shipments={shipments} />
          {pageCount > 1 ? <Pagination page={page} pageCount={pageCount} total={total} noun="shipment" hrefFor={(p) => inboundListHref(parsed, p)} /> : null}
        </>
      ) : (
        <EmptyState title={filters.status || filters.destination || filters.q ? 'No shipments match these filters' : 'No inbound shipments yet'}>
          {accounts.length
            ? 'Shipments appear here once they are synced from Amazon or a Send to Amazon plan is confirmed.'
            : 'Connect an Amazon account in Settings to see its inbound shipments.'}
        </EmptyState>
      )}
      {plans.length ? (
        <section aria-labelledby="recent-plans" className="mt-8">
          <h2 id="recent-plans" className="text-lg font-semibold">
            Earlier plans
          </h2>
          <p className="text-sm text-slate-600">Plans made before Send to Amazon, kept to look up what they held.</p>
          <ul className="mt-2 space-y-1 text-sm">
            {plans.map((p) => (
              <li key={p.id}>
                <Link className="text-blue-700 underline" href={`/inbound/plans/${p.id}`}>
                  Plan of <DateTime value={p.createdAt} />
                </Link>{' '}
                <span className="text-slate-600">
                  · {accountNames.get(p.accountId) ?? 'Account'} · {p.requestItems.length} SKU{p.requestItems.length === 1 ? '' : 's'}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
