import type { MarketplaceOption } from '@/lib/accounts/types';
import { ALL } from '@/lib/orders/types';

/** The controls of the GET filter forms above the lists: a label over each, the values in the URL. */
export const filterControl = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm';
export const filterLabel = 'block text-sm font-medium text-slate-800';

export interface FilterOption {
  value: string;
  label: string;
}

export function FilterSelect({
  id,
  name = id,
  label,
  defaultValue,
  options,
}: {
  id: string;
  name?: string;
  label: string;
  defaultValue: string;
  options: FilterOption[];
}) {
  return (
    <div>
      <label htmlFor={id} className={filterLabel}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className={filterControl}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Account and marketplace, each with `all`; the URL's choice wins over the sidebar's. */
export function AccountMarketplaceFilters({
  accounts,
  marketplaces,
  accountId,
  marketplaceId,
}: {
  accounts: Array<{ id: string; name: string }>;
  marketplaces: MarketplaceOption[];
  accountId: string | null;
  marketplaceId: string | null;
}) {
  return (
    <>
      <FilterSelect
        id="account"
        label="Account"
        defaultValue={accountId ?? ALL}
        options={[{ value: ALL, label: 'All accounts' }, ...accounts.map((a) => ({ value: a.id, label: a.name }))]}
      />
      <FilterSelect
        id="marketplace"
        label="Marketplace"
        defaultValue={marketplaceId ?? ALL}
        options={[{ value: ALL, label: 'All marketplaces' }, ...marketplaces.map((m) => ({ value: m.marketplaceId, label: `${m.countryCode} · ${m.name}` }))]}
      />
    </>
  );
}

/** Two dates under one legend ("Purchased": from, to), inclusive, as YYYY-MM-DD. */
export function DateRangeFilter({
  legend,
  from,
  to,
}: {
  legend: string;
  from: { name: string; label: string; value: string | null };
  to: { name: string; label: string; value: string | null };
}) {
  return (
    <fieldset className="sm:col-span-2">
      <legend className={filterLabel}>{legend}</legend>
      <div className="mt-1 grid grid-cols-2 gap-2">
        {[from, to].map((end) => (
          <div key={end.name}>
            <label htmlFor={end.name} className="text-xs text-slate-700">
              {end.label}
            </label>
            <input id={end.name} name={end.name} type="date" defaultValue={end.value ?? ''} className={filterControl} />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
