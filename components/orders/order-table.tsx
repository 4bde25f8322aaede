import Link from 'next/link';
import { MarketplaceDay } from '@/components/ui/marketplace-day';
import { MarketplaceName } from '@/components/ui/marketplace-name';
import { Table, TableHead, type TableColumn } from '@/components/ui/table';
import type { MarketplaceLabel } from '@/lib/sp-api/types';
import { DateTime } from '@/components/ui/date-time';
import { formatMoney } from '@/lib/format-money';
import {
  fulfilledByLabel,
  orderListHref,
  orderStatusLabel,
  type ItemSummary,
  type OrderListFilters,
  type OrderSort,
  type OrderListPageRow,
} from '@/lib/orders/types';
import { SelectOrderCheckbox, SelectPageCheckbox } from './order-selection';
import { ShipByAtRisk } from './ship-by-at-risk';
import { ShipByUrgencyMark } from './ship-by-urgency';

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

/** What was bought: the first item, and how many more the order holds. */
function ItemsBought({ items }: { items: ItemSummary | null }) {
  if (!items) return <span className="text-slate-600">—</span>;
  return (
    <>
      <p className="max-w-64 truncate" title={items.title ?? undefined}>
        <span className="tabular-nums">{items.quantityOrdered} ×</span> {items.title ?? items.asin}
      </p>
      <p className="text-xs text-slate-600">
        {items.sellerSku ?? items.asin}
        {items.otherItems ? <span className="ml-1 font-medium text-slate-800">+{items.otherItems} more</span> : null}
      </p>
    </>
  );
}

/** Inside OrderSelectionProvider: the first column ticks orders for the bulk bar. */
export function OrderTable({
  rows,
  filters,
  marketplaceLabel,
  accountName,
}: {
  rows: OrderListPageRow[];
  filters: OrderListFilters;
  marketplaceLabel: (id: string) => MarketplaceLabel;
  accountName: ((id: string) => string) | null;
}) {
  const now = new Date();
  return (
    <Table caption="Orders" variant="framed">
      <TableHead
        columns={[
          { label: <SelectPageCheckbox />, className: 'w-8' },
          'Order',
          'Items',
          sortColumn(filters, 'shipBy', 'Ship by'),
          'Deliver by',
          sortColumn(filters, 'status', 'Status'),
          sortColumn(filters, 'purchaseDate', 'Purchased'),
          'Channel',
          'Marketplace',
          sortColumn(filters, 'orderTotal', 'Total'),
          sortColumn(filters, 'lastUpdateDate', 'Last update'),
        ]}
      />
      <tbody>
        {rows.map((row) => {
          return (
            <tr key={`${row.accountId}:${row.amazonOrderId}`}>
              <td>
                <SelectOrderCheckbox orderId={row.amazonOrderId} />
              </td>
              <td>
                <Link href={`/orders/${encodeURIComponent(row.amazonOrderId)}`} className="font-medium text-blue-700 underline">
                  {row.amazonOrderId}
                </Link>
                {accountName ? <p className="text-xs text-slate-600">{accountName(row.accountId)}</p> : null}
              </td>
              <td>
                <ItemsBought items={row.items} />
              </td>
              <td className="whitespace-nowrap">
                <MarketplaceDay date={row.latestShipDate} marketplaceId={row.marketplaceId} />
                <ShipByUrgencyMark order={row} now={now} />
              </td>
              <td className="whitespace-nowrap">
                <MarketplaceDay date={row.latestDeliveryDate} marketplaceId={row.marketplaceId} />
              </td>
              <td>
                {orderStatusLabel(row.orderStatus)}
                <p className="text-xs whitespace-nowrap text-slate-600">
                  {row.itemsShipped ?? 0} of {(row.itemsShipped ?? 0) + (row.itemsUnshipped ?? 0)} shipped
                </p>
                {row.backorder ? <p className="text-xs text-amber-900">Held as backorder</p> : null}
                {row.backorder?.shipByAtRisk ? <ShipByAtRisk /> : null}
              </td>
              <td className="whitespace-nowrap">
                <DateTime value={row.purchaseDate} />
              </td>
              <td>
                {fulfilledByLabel(row.fulfilledBy, 'short')}
                {row.isPrime ? <span className="ml-1 rounded bg-sky-50 px-1 text-xs text-sky-900">Prime</span> : null}
              </td>
              <td>
                <MarketplaceName label={marketplaceLabel(row.marketplaceId)} />
              </td>
              <td className="whitespace-nowrap">{formatMoney(row.orderTotalAmount, row.orderTotalCurrency)}</td>
              <td className="whitespace-nowrap">
                <DateTime value={row.lastUpdateDate} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
