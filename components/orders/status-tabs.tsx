import { ListLink } from '@/components/ui/list-link';
import {
  countInView,
  defaultSort,
  ORDER_STATUS_LABELS,
  ORDER_STATUSES,
  orderListHref,
  TO_SHIP,
  type OrderListFilters,
  type StatusCounts,
  type StatusView,
} from '@/lib/orders/types';

/**
 * The work queue, every status, then each status with orders, counted under the other
 * filters; each is a link to its view, sorted that view's own way. Without counts (a search
 * matching too many orders to count), every status, uncounted.
 */
export function StatusTabs({ filters, counts }: { filters: OrderListFilters; counts: StatusCounts | null }) {
  const tab = (current: boolean) =>
    `inline-block rounded-full border px-3 py-1 text-sm ${current ? 'border-blue-700 bg-blue-50 font-medium text-blue-900' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100'}`;
  const views: Array<{ view: StatusView; label: string }> = [
    { view: TO_SHIP, label: 'To ship' },
    { view: null, label: 'All statuses' },
    ...ORDER_STATUSES.filter((s) => !counts || counts[s] > 0 || filters.status === s).map((s) => ({ view: s, label: ORDER_STATUS_LABELS[s] })),
  ];
  return (
    <nav aria-label="Orders by status" className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {views.map(({ view, label }) => (
          <li key={view ?? 'all'}>
            <ListLink
              href={orderListHref(filters, { status: view, ...defaultSort(view), page: 1 })}
              aria-current={filters.status === view ? 'page' : undefined}
              className={tab(filters.status === view)}
            >
              {label}
              {counts ? <span className="tabular-nums"> ({countInView(counts, view).toLocaleString('en-US')})</span> : null}
            </ListLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
