'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { formatMoney } from '@/lib/format-money';
import { setSkuComplianceAction, skuComplianceDetailsAction } from '@/lib/inbound/actions';
import { needsItemCompliance, type SkuCompliance } from '@/lib/inbound/types';
import { skuForm, useSkuDetails, type DetailOf } from './sku-details';
import { FieldErrors } from './step-form';

type ComplianceOf = DetailOf<SkuCompliance>;

const loadCompliance = (form: FormData) =>
  skuComplianceDetailsAction({ status: 'idle' }, form).then((state) => (state.status === 'ok' ? state.compliance : undefined));

/** India's HSN code and declared value of the SKUs on the plan form; elsewhere nothing is asked. */
export function useComplianceDetails(accountId: string, marketplaceId: string, mskus: string[]) {
  const { details, known } = useSkuDetails(loadCompliance, accountId, marketplaceId, needsItemCompliance(marketplaceId) ? mskus : []);
  return { compliance: details, known };
}

/** One line's HSN code and declared value: Amazon's, or a small form that sends them when Amazon has none. */
export function SkuComplianceCell({
  accountId,
  marketplaceId,
  msku,
  compliance,
  onSent,
}: {
  accountId: string;
  marketplaceId: string;
  msku: string;
  compliance: ComplianceOf | undefined;
  onSent: (detail: SkuCompliance) => void;
}) {
  const [hsnCode, setHsnCode] = useState('');
  const [declaredValue, setDeclaredValue] = useState('');
  const [outcome, setOutcome] = useState<{ error?: string; fieldErrors?: Record<string, string[]>; sending?: boolean }>({});
  if (!compliance || compliance === 'loading') return <p className="text-xs text-slate-500">Asking Amazon…</p>;
  if (compliance === 'failed') return <p className="text-xs text-amber-800">Amazon’s HSN code could not be read.</p>;
  if (compliance.hsnCode) {
    return (
      <p className="text-xs text-slate-600">
        HSN {compliance.hsnCode}
        {compliance.declaredValue ? `, declared ${formatMoney(compliance.declaredValue.amount, compliance.declaredValue.code)}` : ''}
      </p>
    );
  }
  const send = async () => {
    setOutcome({ sending: true });
    const form = skuForm({ accountId, marketplaceId, msku, hsnCode, declaredValue });
    const state = await setSkuComplianceAction({ status: 'idle' }, form).catch(() => undefined);
    if (state?.status === 'success') {
      setOutcome({});
      onSent({ msku, hsnCode: hsnCode.replace(/[\s.]/g, ''), declaredValue: { amount: Number(declaredValue), code: 'INR' } });
    } else if (state?.status === 'error') setOutcome({ error: state.message, ...(state.fieldErrors ? { fieldErrors: state.fieldErrors } : {}) });
    else setOutcome({ error: 'Amazon could not be asked. Try again.' });
  };
  const field = 'w-24 rounded-md border border-slate-300 bg-white px-1 py-0.5';
  return (
    <div className="mt-1 space-y-1 text-xs">
      <p className="text-amber-800">Amazon has no HSN code for this SKU; India’s compliance check needs one.</p>
      <div className="flex flex-wrap items-start gap-1">
        <div>
          <input
            aria-label={`HSN code of ${msku}`}
            placeholder="HSN code"
            inputMode="numeric"
            value={hsnCode}
            onChange={(e) => setHsnCode(e.target.value)}
            aria-invalid={Boolean(outcome.fieldErrors?.hsnCode)}
            aria-describedby={`hsn-${msku}`}
            className={field}
          />
          <FieldErrors id={`hsn-${msku}`} errors={outcome.fieldErrors?.hsnCode} />
        </div>
        <div>
          <input
            aria-label={`Declared value of ${msku} in rupees`}
            placeholder="Value (₹)"
            inputMode="decimal"
            value={declaredValue}
            onChange={(e) => setDeclaredValue(e.target.value)}
            aria-invalid={Boolean(outcome.fieldErrors?.declaredValue)}
            aria-describedby={`declared-${msku}`}
            className={field}
          />
          <FieldErrors id={`declared-${msku}`} errors={outcome.fieldErrors?.declaredValue} />
        </div>
        <Button type="button" variant="secondary" disabled={outcome.sending} onClick={() => void send()}>
          {outcome.sending ? 'Sending…' : `Set for ${msku}`}
        </Button>
      </div>
      {outcome.error && !outcome.fieldErrors ? (
        <p role="alert" className="text-red-700">
          {outcome.error}
        </p>
      ) : null}
    </div>
  );
}
