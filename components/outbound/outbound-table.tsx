/**
 * The outbound (multi-channel) orders: a table on a laptop, cards on a phone or tablet (no
 * sideways scrolling at 390 px), each value drawn by the same component in both.
 */
import { ListLink } from '@/components/ui/list-link';
import { Table, TableHead } from '@/components/ui/table';
import { DateTime } from '@/components/ui/date-time';
import { CardField } from '@/components/ui/card-field';
import { filtersToSearch, type OutboundFilters, outboundOrderPath, type OutboundListRow } from '@/lib/outbound/types';
import { StatusBadge } from './status-badge';

const CAPTION = 'Outbound orders, newest first';

/** The order's id, linked; `wrap` says how a long id breaks (kept whole in a table column, broken to fit a card). */
function OrderLink({ row, wrap }: { row: OutboundListRow; wrap: string }) {
  return (
    <>
      <ListLink href={outboundOrderPath(row.accountId, row.sellerFulfillmentOrderId)} className={`font-medium text-blue-800 underline ${wrap}`}>
        {row.sellerFulfillmentOrderId}
      </ListLink>
      {row.displayableOrderId !== row.sellerFulfillmentOrderId ? <div className="text-xs break-all text-slate-600">{row.displayableOrderId}</div> : null}
    </>
  );
}

const destination = (row: OutboundListRow) => [row.destinationCity, row.destinationCountry].filter(Boolean).join(', ');

export function OutboundTable({ rows, total, filters, pageSize }: { rows: OutboundListRow[]; total: number; filters: OutboundFilters; pageSize: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <div className="rounded-lg border border-slate-200 bg-white">
      <div className="hidden lg:block">
        <Table caption={CAPTION} variant="regular">
          <TableHead columns={['Order', 'Status', 'Received', 'Status changed', 'Destination', 'Speed', 'Account']} />
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.accountId}/${r.sellerFulfillmentOrderId}`}>
                <td>
                  <OrderLink row={r} wrap="whitespace-nowrap" />
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
                <td>{destination(r)}</td>
                <td>{r.shippingSpeedCategory}</td>
                <td>{r.accountName}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <ul aria-label={CAPTION} className="divide-y divide-slate-200 lg:hidden">
        {rows.map((r) => (
          <li key={`${r.accountId}/${r.sellerFulfillmentOrderId}`} className="p-3 text-sm">
            <div className="flex items-start gap-3">
              <div className="min-w-0 flex-1">
                <OrderLink row={r} wrap="break-all" />
              </div>
              <StatusBadge status={r.status} />
            </div>
            <dl className="mt-2 grid grid-cols-2 gap-2">
              <CardField label="Received">
                <DateTime value={r.receivedAt} />
              </CardField>
              <CardField label="Status changed">
                <DateTime value={r.statusUpdatedAt} />
              </CardField>
              <CardField label="Destination">{destination(r) || '—'}</CardField>
              <CardField label="Speed">{r.shippingSpeedCategory}</CardField>
              <CardField label="Account">{r.accountName}</CardField>
            </dl>
          </li>
        ))}
      </ul>
      <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 px-3 py-2 text-sm">
        <span>
          {total} order{total === 1 ? '' : 's'} · page {filters.page} of {pages}
        </span>
        <span className="flex gap-3">
          {filters.page > 1 ? (
            <ListLink href={`/outbound${filtersToSearch({ ...filters, page: filters.page - 1 })}`} className="text-blue-800 underline">
              Previous page
            </ListLink>
          ) : null}
          {filters.page < pages ? (
            <ListLink href={`/outbound${filtersToSearch({ ...filters, page: filters.page + 1 })}`} className="text-blue-800 underline">
              Next page
            </ListLink>
          ) : null}
        </span>
      </nav>
    </div>
  );
}
