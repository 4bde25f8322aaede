import Form from 'next/form';
import Link from 'next/link';
import type { MarketplaceOption } from '@/lib/accounts/types';
import {
  ALL,
  FULFILLED_BY,
  FULFILLED_BY_LABELS,
  isDefaultSort,
  ORDER_STATUS_LABELS,
  ORDER_STATUSES,
  PAGE_SIZES,
  TO_SHIP,
  type OrderListFilters,
} from '@/lib/orders/types';
import { AccountMarketplaceFilters, DateRangeFilter, FilterSelect, filterControl, filterLabel } from '@/components/ui/filter-fields';

/**
 * A GET form: applying it changes the URL, so the view survives reload and can be shared.
 * next/form keeps it a client-side navigation; it works without JavaScript too. Keyed by the
 * filters: a status tab or a link changes the URL without remounting the form, and a select
 * keeps the value it first had, so "Apply filters" would send the old one.
 */
export function OrderFilters({
  filters,
  accounts,
  marketplaces,
}: {
  filters: OrderListFilters;
  accounts: { id: string; name: string }[];
  marketplaces: MarketplaceOption[];
}) {
  return (
    <Form key={JSON.stringify(filters)} action="/orders" className="mb-4 rounded-lg border border-slate-200 bg-white p-4" aria-label="Filter orders">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="q" className={filterLabel}>
            Search
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ''}
            placeholder="Order id, SKU or ASIN"
            className={filterControl}
            aria-describedby="q-hint"
          />
          <p id="q-hint" className="mt-1 text-xs text-slate-600">
            Order ids and SKUs match from the start; ASINs match exactly.
          </p>
        </div>
        <FilterSelect
          id="status"
          label="Status"
          defaultValue={filters.status ?? ALL}
          options={[
            { value: TO_SHIP, label: 'To ship (unshipped and partially shipped)' },
            { value: ALL, label: 'Any status' },
            ...ORDER_STATUSES.map((s) => ({ value: s, label: ORDER_STATUS_LABELS[s] })),
          ]}
        />
        <FilterSelect
          id="channel"
          label="Fulfillment channel"
          defaultValue={filters.fulfilledBy ?? ''}
          options={[{ value: '', label: 'FBA and seller-fulfilled' }, ...FULFILLED_BY.map((f) => ({ value: f, label: FULFILLED_BY_LABELS[f].long }))]}
        />
        <AccountMarketplaceFilters accounts={accounts} marketplaces={marketplaces} accountId={filters.accountId} marketplaceId={filters.marketplaceId} />
        <DateRangeFilter
          legend="Purchased"
          from={{ name: 'purchasedFrom', label: 'Purchased from', value: filters.purchasedFrom }}
          to={{ name: 'purchasedTo', label: 'Purchased to', value: filters.purchasedTo }}
        />
        <DateRangeFilter
          legend="Last updated"
          from={{ name: 'updatedFrom', label: 'Updated from', value: filters.updatedFrom }}
          to={{ name: 'updatedTo', label: 'Updated to', value: filters.updatedTo }}
        />
        <FilterSelect
          id="pageSize"
          label="Orders per page"
          defaultValue={String(filters.pageSize)}
          options={PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) }))}
        />
      </div>
      {/* The sort is chosen in the table header; applying filters keeps a sort the seller chose
          and starts at page 1. A view's own sort is left out, so another status gets its own. */}
      {isDefaultSort(filters) ? null : (
        <>
          <input type="hidden" name="sort" value={filters.sort} />
          <input type="hidden" name="dir" value={filters.dir} />
        </>
      )}
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">
          Apply filters
        </button>
        <Link href="/orders" className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100">
          Clear filters
        </Link>
      </div>
    </Form>
  );
}
