/**
 * The orders list: a table on a laptop whose rows are cards on a phone or tablet (no sideways
 * scrolling at 390 px), one structure restyled by the Table's `cards` variant, so the page sends
 * each order once. A row's checkbox ticks it through the one selection of order-selection.tsx for
 * the bulk bar. `data-cell` names a value (the e2e suite reads the work queue by it).
 */
import { ListLink } from '@/components/ui/list-link';
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

/** Sorts by its column; a second click reverses the direction. A column header on a laptop, the "Sort by" bar over the cards. */
function SortLink({ filters, sort, label }: { filters: OrderListFilters; sort: OrderSort; label: string }) {
  const active = filters.sort === sort;
  const nextDir = active && filters.dir === 'desc' ? 'asc' : 'desc';
  return (
    <ListLink href={orderListHref(filters, { sort, dir: nextDir, page: 1 })} className="inline-flex items-center gap-1 underline-offset-2 hover:underline">
      {label}
      <span aria-hidden="true">{active ? (filters.dir === 'desc' ? '↓' : '↑') : ''}</span>
      <span className="sr-only">
        {active ? `, sorted ${filters.dir === 'desc' ? 'descending' : 'ascending'}; sort ${nextDir === 'desc' ? 'descending' : 'ascending'}` : ', sort'}
      </span>
    </ListLink>
  );
}

const SORTS: { sort: OrderSort; label: string }[] = [
  { sort: 'shipBy', label: 'Ship by' },
  { sort: 'status', label: 'Status' },
  { sort: 'purchaseDate', label: 'Purchased' },
  { sort: 'orderTotal', label: 'Total' },
  { sort: 'lastUpdateDate', label: 'Last update' },
];

function sortColumn(filters: OrderListFilters, sort: OrderSort): TableColumn {
  const { label } = SORTS.find((s) => s.sort === sort)!;
  return {
    sorted: filters.sort === sort ? (filters.dir === 'desc' ? 'descending' : 'ascending') : undefined,
    label: <SortLink filters={filters} sort={sort} label={label} />,
  };
}

function OrderLink({ row, accountName }: { row: OrderListPageRow; accountName: ((id: string) => string) | null }) {
  return (
    <>
      <ListLink href={`/orders/${encodeURIComponent(row.amazonOrderId)}`} className="font-medium break-all text-blue-700 underline">
        {row.amazonOrderId}
      </ListLink>
      {accountName ? <p className="text-xs text-slate-600">{accountName(row.accountId)}</p> : null}
    </>
  );
}

/** What was bought: the first item, and how many more the order holds. */
function ItemsBought({ items }: { items: ItemSummary | null }) {
  if (!items) return <span className="text-slate-600">—</span>;
  return (
    <>
      <p className="max-w-64 truncate" title={items.title ?? undefined}>
        <span className="tabular-nums">{items.quantityOrdered} ×</span> {items.title ?? items.asin}
      </p>
      <p className="text-xs break-all text-slate-600">
        {items.sellerSku ?? items.asin}
        {items.otherItems ? <span className="ml-1 font-medium text-slate-800">+{items.otherItems} more</span> : null}
      </p>
    </>
  );
}

function ShipBy({ row, now }: { row: OrderListPageRow; now: Date }) {
  return (
    <>
      <MarketplaceDay date={row.latestShipDate} marketplaceId={row.marketplaceId} />
      <ShipByUrgencyMark order={row} now={now} />
    </>
  );
}

function Status({ row }: { row: OrderListPageRow }) {
  return (
    <>
      {orderStatusLabel(row.orderStatus)}
      <p className="text-xs whitespace-nowrap text-slate-600">
        {row.itemsShipped ?? 0} of {(row.itemsShipped ?? 0) + (row.itemsUnshipped ?? 0)} shipped
      </p>
      {row.isIspu ? <p className="text-xs text-slate-600">Store pick-up: the buyer collects it</p> : null}
      {row.backorder ? <p className="text-xs text-amber-900">Held as backorder</p> : null}
      {row.backorder?.shipByAtRisk ? <ShipByAtRisk /> : null}
    </>
  );
}

function Channel({ row }: { row: OrderListPageRow }) {
  return (
    <>
      {fulfilledByLabel(row.fulfilledBy, 'short')}
      {row.isPrime ? <span className="ml-1 rounded bg-sky-50 px-1 text-xs text-sky-900">Prime</span> : null}
    </>
  );
}

const total = (row: OrderListPageRow) => formatMoney(row.orderTotalAmount, row.orderTotalCurrency);

interface OrderTableProps {
  rows: OrderListPageRow[];
  filters: OrderListFilters;
  marketplaceLabel: (id: string) => MarketplaceLabel;
  accountName: ((id: string) => string) | null;
}

/** Inside OrderSelectionProvider: the first column (a card's box) ticks orders for the bulk bar. */
export function OrderTable({ rows, filters, marketplaceLabel, accountName }: OrderTableProps) {
  const now = new Date();
  return (
    <>
      <div className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm lg:hidden">
        <label className="inline-flex items-center gap-2">
          <SelectPageCheckbox />
          <span aria-hidden="true">Select all on this page</span>
        </label>
        <nav aria-label="Sort orders" className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <span className="text-slate-600">Sort by</span>
          {SORTS.map(({ sort, label }) => (
            <span key={sort} className={filters.sort === sort ? 'font-semibold' : 'text-blue-700'}>
              <SortLink filters={filters} sort={sort} label={label} />
            </span>
          ))}
        </nav>
      </div>
      <Table caption="Orders" variant="cards">
        <TableHead
          columns={[
            { label: <SelectPageCheckbox />, className: 'w-8' },
            'Order',
            'Items',
            sortColumn(filters, 'shipBy'),
            'Deliver by',
            sortColumn(filters, 'status'),
            sortColumn(filters, 'purchaseDate'),
            'Channel',
            'Marketplace',
            sortColumn(filters, 'orderTotal'),
            sortColumn(filters, 'lastUpdateDate'),
          ]}
        />
        <tbody>
          {/* On a card: the box beside it all (six grid rows: order and total, items, four of values); the order
              spans both value columns with room kept on its right for the total, which sits over it. */}
          {rows.map((row) => (
            <tr key={`${row.accountId}:${row.amazonOrderId}`} className="max-lg:grid-cols-[auto_minmax(0,1fr)_minmax(0,1fr)]">
              <td className="max-lg:row-span-6">
                <SelectOrderCheckbox orderId={row.amazonOrderId} />
              </td>
              <td data-cell="order" className="max-lg:col-span-2 max-lg:col-start-2 max-lg:row-start-1 max-lg:pr-24">
                <OrderLink row={row} accountName={accountName} />
              </td>
              <td data-cell="items" className="max-lg:col-span-2">
                <ItemsBought items={row.items} />
              </td>
              <td data-cell="shipBy" data-label="Ship by" className="lg:whitespace-nowrap">
                <ShipBy row={row} now={now} />
              </td>
              <td data-cell="deliverBy" data-label="Deliver by" className="lg:whitespace-nowrap">
                <MarketplaceDay date={row.latestDeliveryDate} marketplaceId={row.marketplaceId} />
              </td>
              <td data-cell="status" data-label="Status">
                <Status row={row} />
              </td>
              <td data-cell="purchased" data-label="Purchased" className="lg:whitespace-nowrap">
                <DateTime value={row.purchaseDate} />
              </td>
              <td data-cell="channel" data-label="Channel">
                <Channel row={row} />
              </td>
              <td data-cell="marketplace" data-label="Marketplace">
                <MarketplaceName label={marketplaceLabel(row.marketplaceId)} />
              </td>
              <td data-cell="total" className="whitespace-nowrap max-lg:col-start-3 max-lg:row-start-1 max-lg:justify-self-end max-lg:font-medium">
                {total(row)}
              </td>
              <td data-cell="lastUpdate" data-label="Last update" className="lg:whitespace-nowrap">
                <DateTime value={row.lastUpdateDate} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
