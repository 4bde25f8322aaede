'use client';

/**
 * Ticking orders on the list for a bulk action: a checkbox per row, one in the header for the
 * page, and a bar that counts the selection, offers "all N matching this filter" once the whole
 * page is ticked, exports just those orders and prints their pick list or packing slips. The selection lives in the page: a filter, a
 * sort or another page remounts the provider (the page keys it by the view), so it never holds
 * orders the seller can no longer see.
 */
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import Link from 'next/link';
import { selectedOrdersHref, type OrderListFilters } from '@/lib/orders/types';

type Selection =
  | { kind: 'ids'; ids: ReadonlySet<string> }
  /** Every order matching the filter, on every page: sent as the filter, never as ids. */
  | { kind: 'filter' };

interface SelectionContext {
  pageIds: readonly string[];
  selection: Selection;
  isSelected: (id: string) => boolean;
  toggle: (id: string) => void;
  setPage: (on: boolean) => void;
  selectAllMatching: () => void;
  clear: () => void;
}

const Context = createContext<SelectionContext | null>(null);

function useSelection(): SelectionContext {
  const value = useContext(Context);
  if (!value) throw new Error('Order checkboxes must sit inside OrderSelectionProvider.');
  return value;
}

export function OrderSelectionProvider({ pageIds, children }: { pageIds: readonly string[]; children: ReactNode }) {
  const [selection, setSelection] = useState<Selection>({ kind: 'ids', ids: new Set() });
  const isSelected = (id: string) => selection.kind === 'filter' || selection.ids.has(id);
  const value: SelectionContext = {
    pageIds,
    selection,
    isSelected,
    toggle: (id) =>
      setSelection((current) => {
        // Unticking one order of "all matching" leaves the rest of this page ticked.
        const ids = new Set(current.kind === 'filter' ? pageIds : current.ids);
        if (ids.has(id)) ids.delete(id);
        else ids.add(id);
        return { kind: 'ids', ids };
      }),
    setPage: (on) => setSelection({ kind: 'ids', ids: new Set(on ? pageIds : []) }),
    selectAllMatching: () => setSelection({ kind: 'filter' }),
    clear: () => setSelection({ kind: 'ids', ids: new Set() }),
  };
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

const checkboxLook = 'h-5 w-5 cursor-pointer rounded border-slate-400 accent-blue-700';

export function SelectOrderCheckbox({ orderId }: { orderId: string }) {
  const { isSelected, toggle } = useSelection();
  return (
    <input type="checkbox" className={checkboxLook} aria-label={`Select order ${orderId}`} checked={isSelected(orderId)} onChange={() => toggle(orderId)} />
  );
}

/** The header's checkbox: ticks or unticks the whole page; half-ticked when only some are. */
export function SelectPageCheckbox() {
  const { pageIds, isSelected, setPage } = useSelection();
  const ticked = pageIds.filter(isSelected).length;
  const all = ticked > 0 && ticked === pageIds.length;
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = ticked > 0 && !all;
  }, [ticked, all]);
  return <input ref={ref} type="checkbox" className={checkboxLook} aria-label="Select all orders on this page" checked={all} onChange={() => setPage(!all)} />;
}

const barButton = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100';

/** A bulk page or export for the selection: the filter for "all matching", else the ids. */
const selectionHref = (base: string, filters: OrderListFilters, selection: Selection) =>
  selectedOrdersHref(base, filters, selection.kind === 'filter' ? null : [...selection.ids]);

/** The pick list or packing slips for the selection: merchant-fulfilled orders still to ship are printed, the rest listed as not included. */
const printHref = (filters: OrderListFilters, selection: Selection, kind: 'pick-list' | 'packing-slips') =>
  `${selectionHref('/api/orders/print', filters, selection)}&kind=${kind}`;

/**
 * The count and what can be done with the selection; the count is announced as it changes.
 * `canOperate`: the bulk actions that change orders, for operators and above (viewers export only).
 * `moreThanTotal`: more than `total` orders match (a search matching too many to count).
 */
export function BulkBar({
  total,
  moreThanTotal = false,
  filters,
  canOperate,
}: {
  total: number;
  moreThanTotal?: boolean;
  filters: OrderListFilters;
  canOperate: boolean;
}) {
  const { pageIds, selection, selectAllMatching, clear } = useSelection();
  const allMatching = selection.kind === 'filter';
  const count = allMatching ? total : selection.ids.size;
  const wholePage = selection.kind === 'ids' && count > 0 && count === pageIds.length;
  const exportHref = selectionHref('/api/orders/export', filters, selection);
  const noun = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'order' : 'orders'}`;
  const totalText = `${moreThanTotal ? 'more than ' : ''}${total.toLocaleString('en-US')}`;
  return (
    <section aria-label="Selected orders" className={`mb-2 rounded-md border p-2 ${count ? 'border-blue-200 bg-blue-50' : 'border-transparent'}`}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <p role="status" className={count ? 'font-medium text-slate-900' : 'text-slate-600'}>
          {!count
            ? 'Tick orders to export or act on several at once.'
            : selection.kind === 'filter'
              ? moreThanTotal
                ? `All orders matching this filter (${totalText}) are selected.`
                : `All ${noun(total)} matching this filter are selected.`
              : `${noun(count)} selected.`}
        </p>
        {wholePage && total > count ? (
          <button type="button" className="text-blue-700 underline" onClick={selectAllMatching}>
            {moreThanTotal ? `Select all orders matching this filter (${totalText})` : `Select all ${noun(total)} matching this filter`}
          </button>
        ) : null}
        {count ? (
          <>
            <a href={exportHref} download className={barButton}>
              Export selected ({allMatching ? totalText : count.toLocaleString('en-US')})
            </a>
            <a href={printHref(filters, selection, 'pick-list')} download className={barButton}>
              Pick list (PDF)
            </a>
            <a href={printHref(filters, selection, 'packing-slips')} download className={barButton}>
              Packing slips (PDF)
            </a>
            {canOperate ? (
              <Link href={selectionHref('/orders/bulk/fulfill', filters, selection)} className={barButton}>
                Fulfill with FBA…
              </Link>
            ) : null}
            <button type="button" className={barButton} onClick={clear}>
              Clear selection
            </button>
          </>
        ) : null}
        {canOperate ? (
          <Link href="/orders/bulk/confirm-shipments" className={barButton}>
            Confirm shipments from a CSV…
          </Link>
        ) : null}
      </div>
    </section>
  );
}
