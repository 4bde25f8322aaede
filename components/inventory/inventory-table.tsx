/**
 * The inventory list, one row per SKU: one table, whose rows are cards on a phone or tablet (no
 * sideways scrolling at 390 px; Table's `cards` variant), each number labelled there.
 */
import { ListLink } from '@/components/ui/list-link';
import { ReplenishCheckbox } from '@/components/inventory/replenish';
import { SkuThresholdForm } from '@/components/inventory/threshold-forms';
import { MarketplaceName } from '@/components/ui/marketplace-name';
import { Table, TableHead, type TableColumn } from '@/components/ui/table';
import { WhenDetailsOpen } from '@/components/ui/when-details-open';
import type { MarketplaceLabel } from '@/lib/sp-api/types';
import {
  coverText,
  inventoryHref,
  STOCK_STATUS_LABELS,
  velocityText,
  type InventoryFilters,
  type InventoryRow,
  type InventorySort,
  type StockStatus,
} from '@/lib/inventory/types';

/** A column header that sorts by its column; a second click reverses the direction. */
function sortColumn(filters: InventoryFilters, sort: InventorySort, label: string, numeric = true): TableColumn {
  const active = filters.sort === sort;
  const firstDir = sort === 'sku' || sort === 'cover' ? 'asc' : 'desc';
  const nextDir = active ? (filters.dir === 'asc' ? 'desc' : 'asc') : firstDir;
  return {
    numeric,
    sorted: active ? (filters.dir === 'desc' ? 'descending' : 'ascending') : undefined,
    label: (
      <ListLink href={inventoryHref(filters, { sort, dir: nextDir, page: 1 })} className="underline-offset-2 hover:underline">
        {label}
        <span aria-hidden="true">{active ? (filters.dir === 'desc' ? ' ↓' : ' ↑') : ''}</span>
      </ListLink>
    ),
  };
}

const num = 'text-right tabular-nums';
const STATUS_LOOK: Record<StockStatus, string> = {
  reorder: 'bg-red-100 text-red-900',
  low: 'bg-amber-200 text-amber-950',
  ok: 'bg-emerald-50 text-emerald-900',
};

function StatusBadge({ row }: { row: InventoryRow }) {
  const why =
    row.status === 'reorder'
      ? `Available and inbound (${row.fulfillable + row.inbound}) are at or below the reorder point (${row.reorderPoint}).`
      : row.status === 'low'
        ? `Fewer than ${row.threshold} units available (the low-stock threshold).`
        : undefined;
  return (
    <span title={why} className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${STATUS_LOOK[row.status]}`}>
      {STOCK_STATUS_LABELS[row.status]}
    </span>
  );
}

function Sold({ row }: { row: InventoryRow }) {
  return (
    <span title={`Units sold in the last 7, 30 and 90 days`} className="whitespace-nowrap">
      {row.sold7} · {row.sold30} · {row.sold90}
    </span>
  );
}

function Cover({ row }: { row: InventoryRow }) {
  return (
    <>
      <span className="font-medium whitespace-nowrap">{coverText(row.daysOfCover)}</span>
      {row.velocity > 0 ? <span className="block text-xs whitespace-nowrap text-slate-600">{velocityText(row.velocity)}</span> : null}
    </>
  );
}

interface RowProps {
  row: InventoryRow;
  formId: string;
  canEdit: boolean;
  marketplaceLabel: (id: string) => MarketplaceLabel;
  accountName: ((id: string) => string) | null;
}

/** Per marketplace units and the SKU's low-stock threshold, folded away. */
function SkuDetails({ row, formId, canEdit, marketplaceLabel, accountName }: RowProps) {
  return (
    <details className="mt-1 text-xs">
      <summary className="cursor-pointer text-blue-700">
        {row.marketplaces.length} {row.marketplaces.length === 1 ? 'marketplace' : 'marketplaces'} · threshold {row.threshold}
      </summary>
      <ul className="mt-1 space-y-0.5">
        {row.marketplaces.map((m) => (
          <li key={`${m.accountId}|${m.marketplaceId}`} title={m.marketplaceId}>
            {accountName ? `${accountName(m.accountId)} · ` : ''}
            <MarketplaceName label={marketplaceLabel(m.marketplaceId)} />: {m.fulfillable} available, {m.inbound} inbound, {m.reserved} reserved,{' '}
            {m.unfulfillable} unfulfillable
          </li>
        ))}
      </ul>
      <div className="mt-2">
        {canEdit ? (
          <WhenDetailsOpen>
            <SkuThresholdForm rowId={formId} sellerSku={row.sellerSku} skuThreshold={row.skuThreshold} effective={row.threshold} />
          </WhenDetailsOpen>
        ) : (
          <span>
            Low-stock threshold: {row.threshold}
            {row.skuThreshold === null ? ' (default)' : ''}
          </span>
        )}
      </div>
    </details>
  );
}

function SkuName({ row }: { row: InventoryRow }) {
  return (
    <>
      <span className="font-mono text-xs font-medium break-all">{row.sellerSku}</span>
      <span className="block max-w-56 truncate text-xs text-slate-600" title={row.productName ?? undefined}>
        {row.productName ?? '—'}
      </span>
      <span className="block text-xs text-slate-600">
        {row.asin ?? '—'} · {row.fnsku ?? '—'}
      </span>
    </>
  );
}

/** The suggested units, with the box that ticks them for Replenish (operators and above). */
function Suggested({ row, canEdit }: { row: InventoryRow; canEdit: boolean }) {
  if (!row.suggested) return <>—</>;
  return (
    <span className="inline-flex items-center gap-2">
      {canEdit ? <ReplenishCheckbox sellerSku={row.sellerSku} quantity={row.suggested} /> : null}
      {row.suggested}
    </span>
  );
}

export function InventoryTable({
  rows,
  filters,
  marketplaceLabel,
  accountName,
  canEdit,
}: {
  rows: InventoryRow[];
  filters: InventoryFilters;
  marketplaceLabel: (id: string) => MarketplaceLabel;
  /** Null with one account: the breakdown then names marketplaces only. */
  accountName: ((id: string) => string) | null;
  canEdit: boolean;
}) {
  const shared = { canEdit, marketplaceLabel, accountName };
  // On a card: the SKU (with its details) across the three columns, room kept on its right for
  // the status, which sits over it; then the numbers, three to a line.
  const figure = `${num} max-lg:text-left`;
  return (
    <Table caption="FBA inventory per SKU" variant="cards">
      <TableHead
        columns={[
          sortColumn(filters, 'sku', 'SKU', false),
          sortColumn(filters, 'fulfillable', 'Available'),
          sortColumn(filters, 'inbound', 'Inbound'),
          sortColumn(filters, 'reserved', 'Reserved'),
          sortColumn(filters, 'unfulfillable', 'Unfulfillable'),
          sortColumn(filters, 'sold30', 'Sold 7 · 30 · 90 days'),
          sortColumn(filters, 'cover', 'Days of cover'),
          { label: 'Reorder point', numeric: true },
          { label: 'Suggested units', numeric: true },
          'Status',
        ]}
      />
      <tbody>
        {rows.map((row, index) => (
          <tr
            key={row.sellerSku}
            className={`max-lg:grid-cols-3 ${row.status === 'reorder' ? 'lg:bg-red-50/60' : row.status === 'low' ? 'lg:bg-amber-50' : ''}`}
          >
            <th scope="row" className="font-normal max-lg:col-span-3 max-lg:col-start-1 max-lg:row-start-1 max-lg:pr-28 lg:max-w-56">
              <SkuName row={row} />
              <SkuDetails row={row} formId={`t${index}`} {...shared} />
            </th>
            <td data-label="Available" className={`${figure} font-medium`}>
              {row.fulfillable}
            </td>
            <td data-label="Inbound" className={figure}>
              {row.inbound}
            </td>
            <td data-label="Reserved" className={figure}>
              {row.reserved}
            </td>
            <td data-label="Unfulfillable" className={figure}>
              {row.unfulfillable}
            </td>
            <td data-label="Sold 7 · 30 · 90 d" className={figure}>
              <Sold row={row} />
            </td>
            <td data-label="Days of cover" className={figure}>
              <Cover row={row} />
            </td>
            <td data-label="Reorder point" className={figure}>
              {row.velocity > 0 ? row.reorderPoint : '—'}
            </td>
            <td data-label="Suggested units" className={figure}>
              <Suggested row={row} canEdit={canEdit} />
            </td>
            <td className="max-lg:col-start-3 max-lg:row-start-1 max-lg:justify-self-end">
              <StatusBadge row={row} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
