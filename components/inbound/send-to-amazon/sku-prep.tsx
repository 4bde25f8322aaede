'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { setSkuPrepCategoryAction, skuPrepDetailsAction } from '@/lib/inbound/actions';
import { CHOOSABLE_PREP_CATEGORIES, PREP_CATEGORY_LABELS, type SkuPrep } from '@/lib/inbound/types';
import { skuForm, useSkuDetails, type DetailOf } from './sku-details';

type PrepOf = DetailOf<SkuPrep>;

const loadPrep = (form: FormData) => skuPrepDetailsAction({ status: 'idle' }, form).then((state) => (state.status === 'ok' ? state.prep : undefined));

/**
 * Amazon's prep details of the SKUs on the plan form, so a missing prep category is seen and
 * fixed before the plan is sent. `onLoaded` lets the form pick who preps each new line.
 */
export function usePrepDetails(accountId: string, marketplaceId: string, mskus: string[], onLoaded: (prep: SkuPrep[]) => void) {
  const { details, known } = useSkuDetails(loadPrep, accountId, marketplaceId, mskus, onLoaded);
  const chosen = (msku: string, prepCategory: string) => known({ msku, prepCategory });
  return { prep: details, chosen };
}

/** One line's prep category: Amazon's, or a choice sent to Amazon when it has none. */
export function SkuPrepCell({
  accountId,
  marketplaceId,
  msku,
  prep,
  onChosen,
}: {
  accountId: string;
  marketplaceId: string;
  msku: string;
  prep: PrepOf | undefined;
  onChosen: (category: string) => void;
}) {
  const [category, setCategory] = useState<string>('NONE');
  const [outcome, setOutcome] = useState<{ error?: string; sending?: boolean }>({});
  if (!prep || prep === 'loading') return <p className="text-xs text-slate-500">Asking Amazon…</p>;
  if (prep === 'failed') return <p className="text-xs text-amber-800">Amazon’s prep category could not be read.</p>;
  if (prep.prepCategory !== 'UNKNOWN') return <p className="text-xs text-slate-600">{PREP_CATEGORY_LABELS[prep.prepCategory] ?? prep.prepCategory}</p>;
  const send = async () => {
    setOutcome({ sending: true });
    const form = skuForm({ accountId, marketplaceId, msku, prepCategory: category });
    const state = await setSkuPrepCategoryAction({ status: 'idle' }, form).catch(() => undefined);
    if (state?.status === 'success') {
      setOutcome({});
      onChosen(category);
    } else setOutcome({ error: state?.status === 'error' ? state.message : 'Amazon could not be asked. Try again.' });
  };
  return (
    <div className="mt-1 space-y-1 text-xs">
      <p className="text-amber-800">Amazon has no prep category for this SKU yet and refuses the plan without one.</p>
      <div className="flex items-center gap-1">
        <select
          aria-label={`Prep category of ${msku}`}
          value={category}
          onChange={(e) => setCategory(e.target.value)}
          className="rounded-md border border-slate-300 bg-white px-1 py-0.5"
        >
          {CHOOSABLE_PREP_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {PREP_CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
        <Button type="button" variant="secondary" disabled={outcome.sending} onClick={() => void send()}>
          {outcome.sending ? 'Sending…' : `Set for ${msku}`}
        </Button>
      </div>
      {outcome.error ? (
        <p role="alert" className="text-red-700">
          {outcome.error}
        </p>
      ) : null}
    </div>
  );
}
