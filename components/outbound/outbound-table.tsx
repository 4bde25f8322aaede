import Link from 'next/link';
import { Table, TableHead } from '@/components/ui/table';
import { DateTime } from '@/components/ui/date-time';
import { filtersToSearch, type OutboundFilters, outboundOrderPath, type OutboundListRow } from '@/lib/outbound/types';
import { StatusBadge } from './status-badge';

export function OutboundTable({ rows, total, filters, pageSize }: { rows: OutboundListRow[]; total: number; filters: OutboundFilters; pageSize: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <div className="rounded-lg border border-slate-200 bg-white">
      <Table caption="Outbound orders, newest first" variant="regular">
        <TableHead columns={['Order', 'Status', 'Received', 'Status changed', 'Destination', 'Speed', 'Account']} />
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.accountId}/${r.sellerFulfillmentOrderId}`}>
              <td>
                <Link href={outboundOrderPath(r.accountId, r.sellerFulfillmentOrderId)} className="font-medium whitespace-nowrap text-blue-800 underline">
                  {r.sellerFulfillmentOrderId}
                </Link>
                {r.displayableOrderId !== r.sellerFulfillmentOrderId ? <div className="text-xs text-slate-600">{r.displayableOrderId}</div> : null}
              </td>
              <td>
                <StatusBadge status={r.status} />
              </td>
              <td className="whitespace-nowrap">
                <DateTime value={r.receivedAt} />
              </td>
              <td className="whitespace-nowrap">
                <DateTime value={r.statusUpdatedAt} />
              </td>
              <td>{[r.destinationCity, r.destinationCountry].filter(Boolean).join(', ')}</td>
              <td>{r.shippingSpeedCategory}</td>
              <td>{r.accountName}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <nav aria-label="Pages" className="flex items-center justify-between border-t border-slate-200 px-3 py-2 text-sm">
        <span>
          {total} order{total === 1 ? '' : 's'} · page {filters.page} of {pages}
        </span>
        <span className="flex gap-3">
          {filters.page > 1 ? (
            <Link href={`/outbound${filtersToSearch({ ...filters, page: filters.page - 1 })}`} className="text-blue-800 underline">
              Previous page
            </Link>
          ) : null}
          {filters.page < pages ? (
            <Link href={`/outbound${filtersToSearch({ ...filters, page: filters.page + 1 })}`} className="text-blue-800 underline">
              Next page
            </Link>
          ) : null}
        </span>
      </nav>
    </div>
  );
}
