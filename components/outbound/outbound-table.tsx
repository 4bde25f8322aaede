/**
 * The outbound (multi-channel) orders: one table, whose rows are cards on a phone or tablet (no
 * sideways scrolling at 390 px; Table's `cards` variant), each value labelled there.
 */
import { ListLink } from '@/components/ui/list-link';
import { Pagination } from '@/components/ui/pagination';
import { Table, TableHead } from '@/components/ui/table';
import { DateTime } from '@/components/ui/date-time';
import { filtersToSearch, type OutboundListRow, type OutboundFilters, outboundOrderPath } from '@/lib/outbound/types';
import { StatusBadge } from './status-badge';

const CAPTION = 'Outbound orders, newest first';

/** The order's id, linked: kept whole in a table column, broken to fit a card. */
function OrderLink({ row }: { row: OutboundListRow }) {
  return (
    <>
      <ListLink
        href={outboundOrderPath(row.accountId, row.sellerFulfillmentOrderId)}
        className="font-medium text-blue-800 underline max-lg:break-all lg:whitespace-nowrap"
      >
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
    <div>
      <Table caption={CAPTION} variant="cards">
        <TableHead columns={['Order', 'Status', 'Received', 'Status changed', 'Destination', 'Speed', 'Account']} />
        <tbody>
          {/* On a card: the order across both columns with room kept on its right for the status, which sits over it. */}
          {rows.map((r) => (
            <tr key={`${r.accountId}/${r.sellerFulfillmentOrderId}`} className="max-lg:grid-cols-2">
              <td className="max-lg:col-span-2 max-lg:col-start-1 max-lg:row-start-1 max-lg:pr-36">
                <OrderLink row={r} />
              </td>
              <td className="max-lg:col-start-2 max-lg:row-start-1 max-lg:justify-self-end">
                <StatusBadge status={r.status} />
              </td>
              <td data-label="Received" className="lg:whitespace-nowrap">
                <DateTime value={r.receivedAt} />
              </td>
              <td data-label="Status changed" className="lg:whitespace-nowrap">
                <DateTime value={r.statusUpdatedAt} />
              </td>
              <td data-label="Destination">{destination(r) || '—'}</td>
              <td data-label="Speed">{r.shippingSpeedCategory}</td>
              <td data-label="Account">{r.accountName}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Pagination page={filters.page} pageCount={pages} total={total} noun="order" hrefFor={(page) => `/outbound${filtersToSearch({ ...filters, page })}`} />
    </div>
  );
}
