'use client';

/**
 * Replenish: the SKUs ticked in the inventory list open a new Send to Amazon plan with their
 * suggested units filled in. A link, not an action: the plan page checks the lines and nothing
 * reaches Amazon until the seller starts the plan.
 */
import Link from 'next/link';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { planPrefillHref, type PrefillLine } from '@/lib/inbound/types';

interface Selection {
  chosen: ReadonlyMap<string, number>;
  toggle: (line: PrefillLine, on: boolean) => void;
  setAll: (lines: PrefillLine[]) => void;
}

const SelectionContext = createContext<Selection | null>(null);

/** Holds the ticked SKUs; renders nothing of its own (viewers get none of this: the page leaves it out). */
export function ReplenishSelection({ children }: { children: ReactNode }) {
  const [chosen, setChosen] = useState<ReadonlyMap<string, number>>(new Map());
  const selection: Selection = {
    chosen,
    toggle: (line, on) =>
      setChosen((all) => {
        const next = new Map(all);
        if (on) next.set(line.sellerSku, line.quantity);
        else next.delete(line.sellerSku);
        return next;
      }),
    setAll: (lines) => setChosen(new Map(lines.map((l) => [l.sellerSku, l.quantity]))),
  };
  return <SelectionContext.Provider value={selection}>{children}</SelectionContext.Provider>;
}

function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error('Replenish controls must be inside ReplenishSelection.');
  return selection;
}

export function ReplenishCheckbox({ sellerSku, quantity }: PrefillLine) {
  const { chosen, toggle } = useSelection();
  return (
    <input
      type="checkbox"
      aria-label={`Replenish ${sellerSku} (${quantity} units suggested)`}
      checked={chosen.has(sellerSku)}
      onChange={(e) => toggle({ sellerSku, quantity }, e.target.checked)}
      className="size-4 accent-blue-700"
    />
  );
}

export interface ReplenishTarget {
  accountId: string;
  marketplaceId: string;
  label: string;
}

/** Where to send the ticked SKUs and the button that opens the plan. `reorder`: the page's SKUs that need a reorder, to tick at once. */
export function ReplenishBar({ targets, initialTarget, reorder }: { targets: ReplenishTarget[]; initialTarget: string; reorder: PrefillLine[] }) {
  const { chosen, setAll } = useSelection();
  const [target, setTarget] = useState(initialTarget);
  const [accountId, marketplaceId] = target.split('|');
  const lines = [...chosen].map(([sellerSku, quantity]) => ({ sellerSku, quantity }));
  const units = lines.reduce((n, l) => n + l.quantity, 0);
  return (
    <section aria-labelledby="replenish-heading" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="min-w-0 basis-full">
        <h2 id="replenish-heading" className="font-semibold">
          Replenish
        </h2>
        <p className="text-sm text-slate-600">
          Tick SKUs, then open a Send to Amazon plan with their suggested units filled in. You check it before anything goes to Amazon.
        </p>
      </div>
      <div className="max-w-full min-w-0">
        <label htmlFor="replenish-target" className="block text-sm font-medium">
          Send to
        </label>
        <select
          id="replenish-target"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          className="w-full max-w-md rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          {targets.map((t) => (
            <option key={`${t.accountId}|${t.marketplaceId}`} value={`${t.accountId}|${t.marketplaceId}`}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <Button type="button" variant="secondary" disabled={!reorder.length} onClick={() => setAll(reorder)}>
        Tick the {reorder.length} needing reorder
      </Button>
      {lines.length ? (
        <Link
          href={planPrefillHref(accountId && marketplaceId ? { accountId, marketplaceId } : null, lines)}
          className="inline-flex items-center rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
        >
          Replenish {lines.length} {lines.length === 1 ? 'SKU' : 'SKUs'} ({units.toLocaleString('en-US')} units)
        </Link>
      ) : (
        <Button type="button" disabled aria-describedby="replenish-hint">
          Replenish
        </Button>
      )}
      {lines.length ? (
        <Button type="button" variant="secondary" onClick={() => setAll([])}>
          Clear
        </Button>
      ) : (
        <p id="replenish-hint" className="text-sm text-slate-600">
          No SKU ticked yet.
        </p>
      )}
    </section>
  );
}
