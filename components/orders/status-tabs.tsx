import Link from 'next/link';
import { ORDER_STATUS_LABELS, ORDER_STATUSES, orderListHref, type OrderListFilters, type StatusCounts } from '@/lib/orders/types';

/** Orders per status under the other filters; each is a link to that status. */
export function StatusTabs({ filters, counts }: { filters: OrderListFilters; counts: StatusCounts }) {
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  const tab = (current: boolean) =>
    `inline-block rounded-full border px-3 py-1 text-sm ${current ? 'border-blue-700 bg-blue-50 font-medium text-blue-900' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100'}`;
  return (
    <nav aria-label="Orders by status" className="mb-4">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link
            href={orderListHref(filters, { status: null, page: 1 })}
            aria-current={filters.status === null ? 'page' : undefined}
            className={tab(filters.status === null)}
          >
            All statuses <span className="tabular-nums">({all.toLocaleString('en-US')})</span>
          </Link>
        </li>
        {ORDER_STATUSES.filter((s) => counts[s] > 0 || filters.status === s).map((s) => (
          <li key={s}>
            <Link
              href={orderListHref(filters, { status: s, page: 1 })}
              aria-current={filters.status === s ? 'page' : undefined}
              className={tab(filters.status === s)}
            >
              {ORDER_STATUS_LABELS[s]} <span className="tabular-nums">({counts[s].toLocaleString('en-US')})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
