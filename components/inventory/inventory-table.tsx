import Link from 'next/link';
import { SkuThresholdForm } from '@/components/inventory/threshold-forms';
import { inventoryHref, type InventoryFilters, type InventorySort } from '@/lib/inventory/list-filters';
import type { InventoryRow } from '@/lib/inventory/queries';

function SortHeader({ filters, sort, children }: { filters: InventoryFilters; sort: InventorySort; children: string }) {
  const active = filters.sort === sort;
  const nextDir = active && filters.dir === 'asc' ? 'desc' : active ? 'asc' : sort === 'sku' ? 'asc' : 'desc';
  return (
    <th scope="col" className="px-2 py-2" aria-sort={active ? (filters.dir === 'desc' ? 'descending' : 'ascending') : undefined}>
      <Link href={inventoryHref(filters, { sort, dir: nextDir, page: 1 })} className="underline-offset-2 hover:underline">
        {children}
        <span aria-hidden="true">{active ? (filters.dir === 'desc' ? ' ↓' : ' ↑') : ''}</span>
      </Link>
    </th>
  );
}

const th = 'px-2 py-2';
const num = 'px-2 py-2 text-right tabular-nums';

export function InventoryTable({ rows, filters, marketplaceLabel, canEdit }: { rows: InventoryRow[]; filters: InventoryFilters; marketplaceLabel: (id: string) => string; canEdit: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">FBA inventory per SKU and marketplace</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <SortHeader filters={filters} sort="sku">
              SKU
            </SortHeader>
            <th scope="col" className={th}>Marketplace</th>
            <SortHeader filters={filters} sort="fulfillable">
              Fulfillable
            </SortHeader>
            <th scope="col" className={th}>Inbound working</th>
            <th scope="col" className={th}>Inbound shipped</th>
            <th scope="col" className={th}>Inbound receiving</th>
            <th scope="col" className={th}>Reserved: customer orders</th>
            <th scope="col" className={th}>Reserved: FC transfers</th>
            <th scope="col" className={th}>Reserved: FC processing</th>
            <th scope="col" className={th}>Researching</th>
            <SortHeader filters={filters} sort="unfulfillable">
              Unfulfillable
            </SortHeader>
            <SortHeader filters={filters} sort="total">
              Total
            </SortHeader>
            <th scope="col" className={th}>Low-stock threshold</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const key = `${row.accountId}-${row.marketplaceId}-${row.sellerSku}`;
            return (
              <tr key={key} className={`border-t border-slate-200 align-top ${row.lowStock ? 'bg-amber-50' : ''}`}>
                <th scope="row" className="px-2 py-2 font-normal">
                  <span className="font-mono text-xs font-medium">{row.sellerSku}</span>
                  {row.lowStock ? <span className="ml-2 rounded-full bg-amber-200 px-2 py-0.5 text-xs font-medium text-amber-950">Low stock</span> : null}
                  <span className="block max-w-64 truncate text-xs text-slate-600" title={row.productName ?? undefined}>
                    {row.productName ?? '—'}
                  </span>
                  <span className="block text-xs text-slate-600">
                    {row.asin ?? '—'} · {row.fnsku ?? '—'}
                  </span>
                </th>
                <td className="px-2 py-2">{marketplaceLabel(row.marketplaceId)}</td>
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
                <td className="px-2 py-2">
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
      </table>
    </div>
  );
}
