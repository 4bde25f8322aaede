/**
 * The inventory list, one row per SKU: a table on a laptop, cards on a phone (no sideways
 * scrolling at 390 px). Both show the same numbers; the Replenish selection is shared between
 * them (replenish.tsx), so ticking a SKU in either is one choice.
 */
import { ListLink } from '@/components/ui/list-link';
import { ReplenishCheckbox } from '@/components/inventory/replenish';
import { SkuThresholdForm } from '@/components/inventory/threshold-forms';
import { MarketplaceName } from '@/components/ui/marketplace-name';
import { Table, TableHead, type TableColumn } from '@/components/ui/table';
import { CardField } from '@/components/ui/card-field';
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
  return (
    <>
      <div className="hidden lg:block">
        <Table caption="FBA inventory per SKU" variant="framed">
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
              <tr key={row.sellerSku} className={row.status === 'reorder' ? 'bg-red-50/60' : row.status === 'low' ? 'bg-amber-50' : undefined}>
                <th scope="row" className="max-w-56 font-normal">
                  <SkuName row={row} />
                  <SkuDetails row={row} formId={`t${index}`} {...shared} />
                </th>
                <td className={`${num} font-medium`}>{row.fulfillable}</td>
                <td className={num}>{row.inbound}</td>
                <td className={num}>{row.reserved}</td>
                <td className={num}>{row.unfulfillable}</td>
                <td className={num}>
                  <Sold row={row} />
                </td>
                <td className={num}>
                  <Cover row={row} />
                </td>
                <td className={num}>{row.velocity > 0 ? row.reorderPoint : '—'}</td>
                <td className={num}>
                  <Suggested row={row} canEdit={canEdit} />
                </td>
                <td>
                  <StatusBadge row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <ul aria-label="FBA inventory per SKU" className="space-y-3 lg:hidden">
        {rows.map((row, index) => (
          <li key={row.sellerSku} className="rounded-lg border border-slate-200 bg-white p-3">
            <div className="flex items-start gap-3">
              <div className="min-w-0 flex-1">
                <SkuName row={row} />
              </div>
              <StatusBadge row={row} />
            </div>
            <dl className="mt-2 grid grid-cols-3 gap-2 text-sm">
              <CardField figure label="Available">
                {row.fulfillable}
              </CardField>
              <CardField figure label="Inbound">
                {row.inbound}
              </CardField>
              <CardField figure label="Reserved">
                {row.reserved}
              </CardField>
              <CardField figure label="Sold 7 · 30 · 90 d">
                <Sold row={row} />
              </CardField>
              <CardField figure label="Days of cover">
                <Cover row={row} />
              </CardField>
              <CardField figure label="Unfulfillable">
                {row.unfulfillable}
              </CardField>
              <CardField figure label="Reorder point">
                {row.velocity > 0 ? row.reorderPoint : '—'}
              </CardField>
              <CardField figure label="Suggested units">
                <Suggested row={row} canEdit={canEdit} />
              </CardField>
            </dl>
            <SkuDetails row={row} formId={`c${index}`} {...shared} />
          </li>
        ))}
      </ul>
    </>
  );
}
