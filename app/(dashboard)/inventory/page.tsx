import type { Metadata } from 'next';
import Form from 'next/form';
import Link from 'next/link';
import { InventoryTable } from '@/components/inventory/inventory-table';
import { ReplenishBar, ReplenishSelection } from '@/components/inventory/replenish';
import { DefaultThresholdForm } from '@/components/inventory/threshold-forms';
import { LastSyncedNote } from '@/components/sync/last-synced-note';
import { EmptyState } from '@/components/ui/empty-state';
import { AccountMarketplaceFilters, FilterSelect, filterControl, filterLabel } from '@/components/ui/filter-fields';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db';
import { marketplaceOptions, readAccountView, listSellerAccounts } from '@/lib/accounts';
import { hasRole, requireUser } from '@/lib/auth';
import {
  INVENTORY_VIEW_LABELS,
  INVENTORY_VIEWS,
  parseInventoryFilters,
  BUILT_IN_LOW_STOCK_THRESHOLD,
  listInventory,
  readDefaultThreshold,
} from '@/lib/inventory';
import { inventoryHref, PLANNING_DEFAULTS } from '@/lib/inventory/types';
import { lastSyncedFor } from '@/lib/orders';
import { marketplaceLabel } from '@/lib/sp-api/types';
import type { RawSearchParams } from '@/lib/validation/search-params';

export const metadata: Metadata = { title: 'Inventory' };

export default async function InventoryPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const db = await getDb();
  const accounts = await listSellerAccounts(db, user.workspaceId);
  const accountIds = accounts.map((a) => a.id);
  const view = await readAccountView(accounts);
  const { filters, problems } = parseInventoryFilters(await searchParams, view, accountIds);
  const scope = { workspaceId: user.workspaceId, accountIds };
  const [list, defaultThreshold, synced] = await Promise.all([
    listInventory(db, scope, filters),
    readDefaultThreshold(db, user.workspaceId),
    lastSyncedFor(db, user.workspaceId, filters.accountId ? [filters.accountId] : accountIds, 'inventory'),
  ]);
  const canEdit = hasRole(user.role, 'operator');
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const shown = { ...filters, page: list.page };
  // Replenish sends to one account and marketplace: the list's, else the sidebar's, else the first.
  const targets = accounts.flatMap((a) => a.marketplaces.map((m) => ({ accountId: a.id, marketplaceId: m.marketplaceId, label: `${a.name} · ${m.name}` })));
  const targetAccount = filters.accountId ?? view.accountId ?? targets[0]?.accountId;
  const initialTarget =
    targets.find((t) => t.accountId === targetAccount && t.marketplaceId === (filters.marketplaceId ?? view.marketplaceId)) ??
    targets.find((t) => t.accountId === targetAccount) ??
    targets[0];
  const reorder = list.rows.filter((r) => r.status === 'reorder' && r.suggested > 0).map((r) => ({ sellerSku: r.sellerSku, quantity: r.suggested }));
  const { leadTimeDays, safetyDays, targetCoverDays } = PLANNING_DEFAULTS;
  const table = (
    <InventoryTable
      rows={list.rows}
      filters={shown}
      marketplaceLabel={marketplaceLabel}
      accountName={accounts.length > 1 ? (id) => names.get(id) ?? 'Unknown account' : null}
      canEdit={canEdit}
    />
  );

  return (
    <>
      <PageHeader
        title="Inventory"
        description="FBA stock per SKU, every marketplace added up, as last synced: how fast each SKU sells, how long its stock lasts and what to send."
      />
      {!accounts.length ? (
        <EmptyState title="No Amazon account connected">
          FBA inventory appears here once a seller account is connected in{' '}
          <Link href="/settings/accounts" className="text-blue-700 underline">
            Settings → Amazon accounts
          </Link>
          .
        </EmptyState>
      ) : (
        <>
          <LastSyncedNote entries={synced} accountName={(id) => names.get(id) ?? 'Unknown account'} what="Inventory" />
          {problems.length ? (
            <div role="status" className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
              <ul className="list-disc pl-5">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <section aria-labelledby="low-stock-settings" className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="low-stock-settings" className="mb-2 font-semibold">
              How stock is planned
            </h2>
            <p className="mb-2 text-sm text-slate-600">
              Sales are the units of every order in the last 7, 30 and 90 days except canceled ones. A SKU sells at its 30-day rate (its 90-day rate when
              nothing sold in 30 days); days of cover are its available units at that rate. It needs a reorder when available and inbound units fall to
              {` ${leadTimeDays + safetyDays} `}days of sales ({leadTimeDays} days of lead time and {safetyDays} of safety); the suggested units cover{' '}
              {targetCoverDays} days beyond what is available and inbound.
            </p>
            <p className="mb-3 text-sm text-slate-600">
              A SKU is low when its available units, every marketplace added up, are below its low-stock threshold. Set a threshold per SKU under its
              marketplaces; 0 turns the warning off.
            </p>
            {canEdit ? (
              <DefaultThresholdForm current={defaultThreshold ?? BUILT_IN_LOW_STOCK_THRESHOLD} />
            ) : (
              <p className="text-sm">Default threshold: {defaultThreshold ?? BUILT_IN_LOW_STOCK_THRESHOLD} units.</p>
            )}
          </section>
          <Form
            key={JSON.stringify(filters)}
            action="/inventory"
            className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5"
            aria-label="Filter inventory"
          >
            <div className="sm:col-span-2">
              <label htmlFor="q" className={filterLabel}>
                Search
              </label>
              <input id="q" name="q" type="search" defaultValue={filters.q ?? ''} placeholder="SKU, ASIN, FNSKU or product name" className={filterControl} />
            </div>
            <FilterSelect
              id="view"
              label="Show"
              defaultValue={filters.view}
              options={INVENTORY_VIEWS.map((v) => ({ value: v, label: INVENTORY_VIEW_LABELS[v] }))}
            />
            <AccountMarketplaceFilters
              accounts={accounts}
              marketplaces={marketplaceOptions(accounts)}
              accountId={filters.accountId}
              marketplaceId={filters.marketplaceId}
            />
            <input type="hidden" name="sort" value={filters.sort} />
            <input type="hidden" name="dir" value={filters.dir} />
            <div className="flex gap-3 sm:col-span-2 lg:col-span-5">
              <button type="submit" className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">
                Apply filters
              </button>
              <Link href="/inventory" className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100">
                Clear filters
              </Link>
            </div>
          </Form>
          <p role="status" className="mb-2 text-sm text-slate-700">
            {list.total.toLocaleString('en-US')} {list.total === 1 ? 'SKU' : 'SKUs'} ({INVENTORY_VIEW_LABELS[filters.view].toLowerCase()}).
          </p>
          {list.rows.length ? (
            <>
              {canEdit && initialTarget ? (
                <ReplenishSelection>
                  <ReplenishBar targets={targets} initialTarget={`${initialTarget.accountId}|${initialTarget.marketplaceId}`} reorder={reorder} />
                  {table}
                </ReplenishSelection>
              ) : (
                table
              )}
              <Pagination page={list.page} pageCount={list.pageCount} total={list.total} noun="SKU" hrefFor={(page) => inventoryHref(shown, { page })} />
            </>
          ) : (
            <EmptyState title={filters.view === 'low' ? 'Nothing is low on stock' : 'No inventory matches'}>
              {synced.some((s) => s.lastSuccessAt) ? 'Try another view or search.' : 'The first inventory sync has not finished yet.'}
            </EmptyState>
          )}
        </>
      )}
    </>
  );
}
