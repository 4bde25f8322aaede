import type { Metadata } from 'next';
import Link from 'next/link';
import { OutboundFiltersForm, OutboundStatusCounts } from '@/components/outbound/outbound-filters';
import { OutboundTable } from '@/components/outbound/outbound-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { readAccountView, viewWithUrl, listSellerAccounts } from '@/lib/accounts';
import { hasRole, requireUser } from '@/lib/auth';
import { parseOutboundFilters, listOutboundOrders, outboundStatusCounts, PAGE_SIZE } from '@/lib/outbound';
import type { RawSearchParams } from '@/lib/validation/search-params';

export const metadata: Metadata = { title: 'Outbound' };

export default async function OutboundPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const db = await getDb();
  const accounts = await listSellerAccounts(db, user.workspaceId);
  const filters = parseOutboundFilters(await searchParams);
  const view = viewWithUrl(filters, await readAccountView(accounts), accounts);
  const scope = { workspaceId: user.workspaceId, ...view };
  const [{ rows, total, page }, counts] = await Promise.all([listOutboundOrders(db, scope, filters), outboundStatusCounts(db, scope, filters)]);
  const shown = { ...filters, page };
  const filtered = Boolean(filters.status || filters.speed || filters.country || filters.from || filters.to || filters.q);
  return (
    <>
      <PageHeader
        title="Outbound"
        description="Multi-Channel Fulfillment orders: Amazon ships your stock to customers of your other sales channels."
        actions={
          hasRole(user.role, 'operator') ? (
            <div className="flex flex-wrap gap-2">
              <Link
                href="/outbound/import"
                className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
              >
                Import from a shop
              </Link>
              <Link href="/outbound/new" className="inline-flex items-center rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">
                New outbound order
              </Link>
            </div>
          ) : null
        }
      />
      <OutboundFiltersForm filters={filters} />
      <OutboundStatusCounts counts={counts} filters={filters} />
      {rows.length ? (
        <OutboundTable rows={rows} total={total} filters={shown} pageSize={PAGE_SIZE} />
      ) : filtered ? (
        <EmptyState title="No orders match these filters">Change or clear the filters to see more.</EmptyState>
      ) : (
        <EmptyState title="No outbound orders yet">Orders appear here once the sync has copied them from Amazon, or as soon as you create one.</EmptyState>
      )}
    </>
  );
}
