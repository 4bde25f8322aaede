import Link from 'next/link';
import { formatDateTime } from '@/lib/format';
import { formatMoney } from '@/lib/format-money';
import { ORDER_STATUS_LABELS, orderListHref, type OrderListFilters, type OrderSort, type OrderStatus } from '@/lib/orders/list-filters';
import type { OrderListRow } from '@/lib/orders/queries';

const statusLabel = (s: string) => ORDER_STATUS_LABELS[s as OrderStatus] ?? s;

/** A column header that sorts by its column; a second click reverses the direction. */
function SortHeader({ filters, sort, children }: { filters: OrderListFilters; sort: OrderSort; children: string }) {
  const active = filters.sort === sort;
  const nextDir = active && filters.dir === 'desc' ? 'asc' : 'desc';
  return (
    <th scope="col" className="px-3 py-2" aria-sort={active ? (filters.dir === 'desc' ? 'descending' : 'ascending') : undefined}>
      <Link href={orderListHref(filters, { sort, dir: nextDir, page: 1 })} className="inline-flex items-center gap-1 underline-offset-2 hover:underline">
        {children}
        <span aria-hidden="true">{active ? (filters.dir === 'desc' ? '↓' : '↑') : ''}</span>
        <span className="sr-only">{active ? `, sorted ${filters.dir === 'desc' ? 'descending' : 'ascending'}; sort ${nextDir === 'desc' ? 'descending' : 'ascending'}` : ', sort'}</span>
      </Link>
    </th>
  );
}

export function OrderTable({
  rows,
  filters,
  marketplaceLabel,
  accountName,
}: {
  rows: OrderListRow[];
  filters: OrderListFilters;
  marketplaceLabel: (id: string) => string;
  accountName: ((id: string) => string) | null;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Orders</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              Order
            </th>
            <SortHeader filters={filters} sort="purchaseDate">
              Purchased
            </SortHeader>
            <SortHeader filters={filters} sort="status">
              Status
            </SortHeader>
            <th scope="col" className="px-3 py-2">
              Channel
            </th>
            <th scope="col" className="px-3 py-2">
              Marketplace
            </th>
            <SortHeader filters={filters} sort="orderTotal">
              Total
            </SortHeader>
            <th scope="col" className="px-3 py-2">
              Items shipped
            </th>
            <SortHeader filters={filters} sort="lastUpdateDate">
              Last update
            </SortHeader>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.accountId}:${row.amazonOrderId}`} className="border-t border-slate-200">
              <td className="px-3 py-2">
                <Link href={`/orders/${encodeURIComponent(row.amazonOrderId)}`} className="font-medium text-blue-700 underline">
                  {row.amazonOrderId}
                </Link>
                {accountName ? <p className="text-xs text-slate-600">{accountName(row.accountId)}</p> : null}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(row.purchaseDate)}</td>
              <td className="px-3 py-2">{statusLabel(row.orderStatus)}</td>
              <td className="px-3 py-2">
                {row.fulfillmentChannel === 'AFN' ? 'FBA' : row.fulfillmentChannel === 'MFN' ? 'Seller' : '—'}
                {row.isPrime ? <span className="ml-1 rounded bg-sky-50 px-1 text-xs text-sky-900">Prime</span> : null}
              </td>
              <td className="px-3 py-2">{marketplaceLabel(row.marketplaceId)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatMoney(row.orderTotalAmount, row.orderTotalCurrency)}</td>
              <td className="px-3 py-2">
                {row.itemsShipped ?? 0} of {(row.itemsShipped ?? 0) + (row.itemsUnshipped ?? 0)}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(row.lastUpdateDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
