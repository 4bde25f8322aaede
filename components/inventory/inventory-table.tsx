import Link from 'next/link';
import { SkuThresholdForm } from '@/components/inventory/threshold-forms';
import { MarketplaceName } from '@/components/ui/marketplace-name';
import { Table, TableHead, type TableColumn } from '@/components/ui/table';
import type { MarketplaceLabel } from '@/lib/sp-api/types';
import { inventoryHref, type InventoryFilters, type InventorySort, type InventoryRow } from '@/lib/inventory/types';

/** A column header that sorts by its column; a second click reverses the direction. */
function sortColumn(filters: InventoryFilters, sort: InventorySort, label: string): TableColumn {
  const active = filters.sort === sort;
  const nextDir = active && filters.dir === 'asc' ? 'desc' : active ? 'asc' : sort === 'sku' ? 'asc' : 'desc';
  return {
    sorted: active ? (filters.dir === 'desc' ? 'descending' : 'ascending') : undefined,
    label: (
      <Link href={inventoryHref(filters, { sort, dir: nextDir, page: 1 })} className="underline-offset-2 hover:underline">
        {label}
        <span aria-hidden="true">{active ? (filters.dir === 'desc' ? ' ↓' : ' ↑') : ''}</span>
      </Link>
    ),
  };
}

const num = 'text-right tabular-nums';

export function InventoryTable({
  rows,
  filters,
  marketplaceLabel,
  canEdit,
}: {
  rows: InventoryRow[];
  filters: InventoryFilters;
  marketplaceLabel: (id: string) => MarketplaceLabel;
  canEdit: boolean;
}) {
  return (
    <Table caption="FBA inventory per SKU and marketplace" variant="framed">
      <TableHead
        columns={[
          sortColumn(filters, 'sku', 'SKU'),
          'Marketplace',
          sortColumn(filters, 'fulfillable', 'Fulfillable'),
          'Inbound working',
          'Inbound shipped',
          'Inbound receiving',
          'Reserved: customer orders',
          'Reserved: FC transfers',
          'Reserved: FC processing',
          'Researching',
          sortColumn(filters, 'unfulfillable', 'Unfulfillable'),
          sortColumn(filters, 'total', 'Total'),
          'Low-stock threshold',
        ]}
      />
      <tbody>
        {rows.map((row) => {
          const key = `${row.accountId}-${row.marketplaceId}-${row.sellerSku}`;
          return (
            <tr key={key} className={row.lowStock ? 'bg-amber-50' : undefined}>
              <th scope="row" className="font-normal">
                <span className="font-mono text-xs font-medium">{row.sellerSku}</span>
                {row.lowStock ? <span className="ml-2 rounded-full bg-amber-200 px-2 py-0.5 text-xs font-medium text-amber-950">Low stock</span> : null}
                <span className="block max-w-64 truncate text-xs text-slate-600" title={row.productName ?? undefined}>
                  {row.productName ?? '—'}
                </span>
                <span className="block text-xs text-slate-600">
                  {row.asin ?? '—'} · {row.fnsku ?? '—'}
                </span>
              </th>
              <td>
                <MarketplaceName label={marketplaceLabel(row.marketplaceId)} />
              </td>
              <td className={`${num} font-medium`}>{row.fulfillable}</td>
              <td className={num}>{row.inboundWorking}</td>
              <td className={num}>{row.inboundShipped}</td>
              <td className={num}>{row.inboundReceiving}</td>
              <td className={num}>{row.reservedCustomerOrders}</td>
              <td className={num}>{row.reservedTransfers}</td>
              <td className={num}>{row.reservedProcessing}</td>
              <td className={num}>{row.researchingTotal}</td>
              <td className={num}>{row.unfulfillableTotal}</td>
              <td className={`${num} font-medium`}>{row.totalQuantity}</td>
              <td>
                {canEdit ? (
                  <SkuThresholdForm rowId={key} sellerSku={row.sellerSku} skuThreshold={row.skuThreshold} effective={row.threshold} />
                ) : (
                  <span>
                    {row.threshold}
                    {row.skuThreshold === null ? ' (default)' : ''}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
