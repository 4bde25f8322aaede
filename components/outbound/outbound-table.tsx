import Link from 'next/link';
import { formatDateTime } from '@/lib/format';
import { filtersToSearch, type OutboundFilters } from '@/lib/outbound/filters';
import { outboundOrderPath } from '@/lib/outbound/paths';
import type { OutboundListRow } from '@/lib/outbound/queries';
import { StatusBadge } from './status-badge';

export function OutboundTable({ rows, total, filters, pageSize }: { rows: OutboundListRow[]; total: number; filters: OutboundFilters; pageSize: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <div className="rounded-lg border border-slate-200 bg-white">
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Outbound orders, newest first</caption>
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">Order</th>
              <th scope="col" className="px-3 py-2">Status</th>
              <th scope="col" className="px-3 py-2">Received</th>
              <th scope="col" className="px-3 py-2">Status changed</th>
              <th scope="col" className="px-3 py-2">Destination</th>
              <th scope="col" className="px-3 py-2">Speed</th>
              <th scope="col" className="px-3 py-2">Account</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={`${r.accountId}/${r.sellerFulfillmentOrderId}`}>
                <td className="px-3 py-2">
                  <Link href={outboundOrderPath(r.accountId, r.sellerFulfillmentOrderId)} className="font-medium whitespace-nowrap text-blue-800 underline">
                    {r.sellerFulfillmentOrderId}
                  </Link>
                  {r.displayableOrderId !== r.sellerFulfillmentOrderId ? <div className="text-xs text-slate-600">{r.displayableOrderId}</div> : null}
                </td>
                <td className="px-3 py-2"><StatusBadge status={r.status} /></td>
                <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(r.receivedAt)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(r.statusUpdatedAt)}</td>
                <td className="px-3 py-2">{[r.destinationCity, r.destinationCountry].filter(Boolean).join(', ')}</td>
                <td className="px-3 py-2">{r.shippingSpeedCategory}</td>
                <td className="px-3 py-2">{r.accountName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="flex items-center justify-between border-t border-slate-200 px-3 py-2 text-sm">
        <span>
          {total} order{total === 1 ? '' : 's'} · page {filters.page} of {pages}
        </span>
        <span className="flex gap-3">
          {filters.page > 1 ? <Link href={`/outbound${filtersToSearch({ ...filters, page: filters.page - 1 })}`} className="text-blue-800 underline">Previous page</Link> : null}
          {filters.page < pages ? <Link href={`/outbound${filtersToSearch({ ...filters, page: filters.page + 1 })}`} className="text-blue-800 underline">Next page</Link> : null}
        </span>
      </nav>
    </div>
  );
}
