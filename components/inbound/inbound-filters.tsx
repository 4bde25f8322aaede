import { STATUS_LABELS, SHIPMENT_STATUSES } from '@/lib/inbound/types';

/** A plain GET form: the filters live in the URL, so a filtered list can be shared and reloaded. */
export function InboundFilters({
  view,
  status,
  destination,
  q,
  destinations,
}: {
  /** The account and marketplace the URL names, kept when the filters change. */
  view: { account?: string | undefined; marketplace?: string | undefined };
  status: string;
  destination: string;
  q: string;
  destinations: string[];
}) {
  const control = 'block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm';
  return (
    <form
      key={JSON.stringify([view, status, destination, q])}
      method="get"
      role="search"
      aria-label="Filter inbound shipments"
      className="mb-4 flex flex-wrap items-end gap-3"
    >
      {view.account ? <input type="hidden" name="account" value={view.account} /> : null}
      {view.marketplace ? <input type="hidden" name="marketplace" value={view.marketplace} /> : null}
      <div>
        <label htmlFor="filter-status" className="block text-sm font-medium">
          Status
        </label>
        <select id="filter-status" name="status" defaultValue={status} className={control}>
          <option value="">Any status</option>
          {SHIPMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-destination" className="block text-sm font-medium">
          Destination
        </label>
        <select id="filter-destination" name="destination" defaultValue={destination} className={control}>
          <option value="">Any fulfillment center</option>
          {destinations.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-q" className="block text-sm font-medium">
          Shipment id or name
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={q} className={control} />
      </div>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100">
        Apply filters
      </button>
    </form>
  );
}
