import Link from 'next/link';
import { Table, TableHead, type TableColumn } from '@/components/ui/table';
import { formatDateTime } from '@/lib/format';
import { formatMoney } from '@/lib/format-money';
import { fulfilledByLabel, orderListHref, orderStatusLabel, type OrderListFilters, type OrderSort, type OrderListPageRow } from '@/lib/orders/types';
import { ShipByAtRisk } from './ship-by-at-risk';

/** A column header that sorts by its column; a second click reverses the direction. */
function sortColumn(filters: OrderListFilters, sort: OrderSort, label: string): TableColumn {
  const active = filters.sort === sort;
  const nextDir = active && filters.dir === 'desc' ? 'asc' : 'desc';
  return {
    sorted: active ? (filters.dir === 'desc' ? 'descending' : 'ascending') : undefined,
    label: (
      <Link href={orderListHref(filters, { sort, dir: nextDir, page: 1 })} className="inline-flex items-center gap-1 underline-offset-2 hover:underline">
        {label}
        <span aria-hidden="true">{active ? (filters.dir === 'desc' ? '↓' : '↑') : ''}</span>
        <span className="sr-only">
          {active ? `, sorted ${filters.dir === 'desc' ? 'descending' : 'ascending'}; sort ${nextDir === 'desc' ? 'descending' : 'ascending'}` : ', sort'}
        </span>
      </Link>
    ),
  };
}

export function OrderTable({
  rows,
  filters,
  marketplaceLabel,
  accountName,
}: {
  rows: OrderListPageRow[];
  filters: OrderListFilters;
  marketplaceLabel: (id: string) => string;
  accountName: ((id: string) => string) | null;
}) {
  return (
    <Table caption="Orders" variant="framed">
      <TableHead
        columns={[
          'Order',
          sortColumn(filters, 'purchaseDate', 'Purchased'),
          sortColumn(filters, 'status', 'Status'),
          'Channel',
          'Marketplace',
          sortColumn(filters, 'orderTotal', 'Total'),
          'Items shipped',
          sortColumn(filters, 'lastUpdateDate', 'Last update'),
        ]}
      />
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.accountId}:${row.amazonOrderId}`}>
            <td>
              <Link href={`/orders/${encodeURIComponent(row.amazonOrderId)}`} className="font-medium text-blue-700 underline">
                {row.amazonOrderId}
              </Link>
              {accountName ? <p className="text-xs text-slate-600">{accountName(row.accountId)}</p> : null}
            </td>
            <td className="whitespace-nowrap">{formatDateTime(row.purchaseDate)}</td>
            <td>
              {orderStatusLabel(row.orderStatus)}
              {row.backorder ? <p className="text-xs text-amber-900">Held as backorder</p> : null}
              {row.backorder?.shipByAtRisk ? <ShipByAtRisk /> : null}
            </td>
            <td>
              {fulfilledByLabel(row.fulfilledBy, 'short')}
              {row.isPrime ? <span className="ml-1 rounded bg-sky-50 px-1 text-xs text-sky-900">Prime</span> : null}
            </td>
            <td>{marketplaceLabel(row.marketplaceId)}</td>
            <td className="whitespace-nowrap">{formatMoney(row.orderTotalAmount, row.orderTotalCurrency)}</td>
            <td>
              {row.itemsShipped ?? 0} of {(row.itemsShipped ?? 0) + (row.itemsUnshipped ?? 0)}
            </td>
            <td className="whitespace-nowrap">{formatDateTime(row.lastUpdateDate)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
