import { ListLink } from '@/components/ui/list-link';
import { Button } from '@/components/ui/button';
import { FilterSelect, filterControl, filterLabel } from '@/components/ui/filter-fields';
import { filtersToSearch, type OutboundFilters, FULFILLMENT_ORDER_STATUSES, SHIPPING_SPEEDS, statusLabel } from '@/lib/outbound/types';

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function OutboundFiltersForm({ filters }: { filters: OutboundFilters }) {
  return (
    <form
      key={JSON.stringify(filters)}
      method="get"
      action="/outbound"
      role="search"
      aria-label="Filter outbound orders"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-7"
    >
      {filters.account ? <input type="hidden" name="account" value={filters.account} /> : null}
      {filters.marketplace ? <input type="hidden" name="marketplace" value={filters.marketplace} /> : null}
      <div className="lg:col-span-2">
        <label htmlFor="q" className={filterLabel}>
          Search
        </label>
        <input id="q" name="q" defaultValue={filters.q ?? ''} placeholder="Reference or order number" className={filterControl} />
      </div>
      <FilterSelect
        id="status"
        label="Status"
        defaultValue={filters.status ?? ''}
        options={[{ value: '', label: 'Any' }, ...FULFILLMENT_ORDER_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))]}
      />
      <FilterSelect
        id="speed"
        label="Speed"
        defaultValue={filters.speed ?? ''}
        options={[{ value: '', label: 'Any' }, ...SHIPPING_SPEEDS.map((s) => ({ value: s, label: s }))]}
      />
      <div>
        <label htmlFor="country" className={filterLabel}>
          Country
        </label>
        <input id="country" name="country" defaultValue={filters.country ?? ''} maxLength={2} placeholder="US" className={filterControl} />
      </div>
      <div>
        <label htmlFor="from" className={filterLabel}>
          Received from
        </label>
        <input id="from" name="from" type="date" defaultValue={filters.from ?? ''} className={filterControl} />
      </div>
      <div>
        <label htmlFor="to" className={filterLabel}>
          Received to
        </label>
        <input id="to" name="to" type="date" defaultValue={filters.to ?? ''} className={filterControl} />
      </div>
      <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-7">
        <Button type="submit">Apply filters</Button>
        <ListLink href="/outbound" className="rounded-md px-3 py-2 text-sm text-blue-800 underline">
          Clear
        </ListLink>
        <a
          href={`/api/outbound/export${filtersToSearch({ ...filters, page: 1 })}`}
          className="ml-auto rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
          download
        >
          Export CSV
        </a>
      </div>
    </form>
  );
}

/** Status counts under the other filters; each is a link that narrows to that status. */
export function OutboundStatusCounts({ counts, filters }: { counts: Record<string, number>; filters: OutboundFilters }) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const entries = FULFILLMENT_ORDER_STATUSES.filter((s) => counts[s]);
  return (
    <nav aria-label="Orders by status" className="my-4">
      <ul className="flex flex-wrap gap-2 text-sm">
        <li>
          <ListLink
            href={`/outbound${filtersToSearch({ ...filters, status: undefined, page: 1 })}`}
            aria-current={!filters.status ? 'page' : undefined}
            className="inline-block rounded-full border border-slate-300 px-3 py-1 aria-[current=page]:bg-slate-800 aria-[current=page]:text-white"
          >
            All <span className="font-semibold">{total}</span>
          </ListLink>
        </li>
        {entries.map((s) => (
          <li key={s}>
            <ListLink
              href={`/outbound${filtersToSearch({ ...filters, status: s, page: 1 })}`}
              aria-current={filters.status === s ? 'page' : undefined}
              className="inline-block rounded-full border border-slate-300 px-3 py-1 aria-[current=page]:bg-slate-800 aria-[current=page]:text-white"
            >
              {statusLabel(s)} <span className="font-semibold">{counts[s]}</span>
            </ListLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
