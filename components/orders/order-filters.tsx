import Form from 'next/form';
import Link from 'next/link';
import type { MarketplaceOption } from '@/lib/accounts/marketplace-labels';
import { ALL, ORDER_STATUS_LABELS, ORDER_STATUSES, PAGE_SIZES, type OrderListFilters } from '@/lib/orders/list-filters';

const control = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm';
const label = 'block text-sm font-medium text-slate-800';

/**
 * A GET form: applying it changes the URL, so the view survives reload and can be shared.
 * next/form keeps it a client-side navigation; it works without JavaScript too.
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
    <Form action="/orders" className="mb-4 rounded-lg border border-slate-200 bg-white p-4" aria-label="Filter orders">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="q" className={label}>
            Search
          </label>
          <input id="q" name="q" type="search" defaultValue={filters.q ?? ''} placeholder="Order id, SKU or ASIN" className={control} aria-describedby="q-hint" />
          <p id="q-hint" className="mt-1 text-xs text-slate-600">
            Order ids and SKUs match from the start; ASINs match exactly.
          </p>
        </div>
        <div>
          <label htmlFor="status" className={label}>
            Status
          </label>
          <select id="status" name="status" defaultValue={filters.status ?? ''} className={control}>
            <option value="">Any status</option>
            {ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ORDER_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="channel" className={label}>
            Fulfillment channel
          </label>
          <select id="channel" name="channel" defaultValue={filters.channel ?? ''} className={control}>
            <option value="">FBA and seller-fulfilled</option>
            <option value="AFN">FBA (AFN)</option>
            <option value="MFN">Seller-fulfilled (MFN)</option>
          </select>
        </div>
        <div>
          <label htmlFor="account" className={label}>
            Account
          </label>
          <select id="account" name="account" defaultValue={filters.accountId ?? ALL} className={control}>
            <option value={ALL}>All accounts</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="marketplace" className={label}>
            Marketplace
          </label>
          <select id="marketplace" name="marketplace" defaultValue={filters.marketplaceId ?? ALL} className={control}>
            <option value={ALL}>All marketplaces</option>
            {marketplaces.map((m) => (
              <option key={m.marketplaceId} value={m.marketplaceId}>
                {m.countryCode} · {m.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="sm:col-span-2">
          <legend className={label}>Purchased</legend>
          <div className="mt-1 grid grid-cols-2 gap-2">
            <div>
              <label htmlFor="purchasedFrom" className="text-xs text-slate-700">
                Purchased from
              </label>
              <input id="purchasedFrom" name="purchasedFrom" type="date" defaultValue={filters.purchasedFrom ?? ''} className={control} />
            </div>
            <div>
              <label htmlFor="purchasedTo" className="text-xs text-slate-700">
                Purchased to
              </label>
              <input id="purchasedTo" name="purchasedTo" type="date" defaultValue={filters.purchasedTo ?? ''} className={control} />
            </div>
          </div>
        </fieldset>
        <fieldset className="sm:col-span-2">
          <legend className={label}>Last updated</legend>
          <div className="mt-1 grid grid-cols-2 gap-2">
            <div>
              <label htmlFor="updatedFrom" className="text-xs text-slate-700">
                Updated from
              </label>
              <input id="updatedFrom" name="updatedFrom" type="date" defaultValue={filters.updatedFrom ?? ''} className={control} />
            </div>
            <div>
              <label htmlFor="updatedTo" className="text-xs text-slate-700">
                Updated to
              </label>
              <input id="updatedTo" name="updatedTo" type="date" defaultValue={filters.updatedTo ?? ''} className={control} />
            </div>
          </div>
        </fieldset>
        <div>
          <label htmlFor="pageSize" className={label}>
            Orders per page
          </label>
          <select id="pageSize" name="pageSize" defaultValue={String(filters.pageSize)} className={control}>
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      </div>
      {/* The sort is chosen in the table header; applying filters keeps it and starts at page 1. */}
      <input type="hidden" name="sort" value={filters.sort} />
      <input type="hidden" name="dir" value={filters.dir} />
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
