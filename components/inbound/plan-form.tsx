'use client';

import { useQuery } from '@tanstack/react-query';
import { useActionState, useState } from 'react';
import { createPlanAction } from '@/lib/inbound/actions';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { errorsAndValues, idleState } from '@/lib/actions/action-state';
import type { SkuAdvice } from '@/lib/inbound/types';

interface SkuChoice {
  sellerSku: string;
  asin: string | null;
  condition: string | null;
  productName: string | null;
  fulfillable: number;
}

interface Row {
  sellerSku: string;
  quantity: string;
  quantityInCase: string;
  prepOwner: 'SELLER' | 'AMAZON';
}

const control = 'block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-600';

export function PlanForm({
  accountId,
  marketplaceId,
  countryCode,
  skus,
  addresses,
}: {
  accountId: string;
  marketplaceId: string;
  countryCode: string;
  skus: SkuChoice[];
  addresses: { id: string; label: string }[];
}) {
  const [state, action, pending] = useActionState(createPlanAction, idleState);
  const { errors, values } = errorsAndValues(state);
  const [rows, setRows] = useState<Row[]>([]);
  const [toAdd, setToAdd] = useState('');
  const [packing, setPacking] = useState<'individual' | 'case'>('individual');
  const [addressId, setAddressId] = useState(values?.shipFromAddressId ?? addresses[0]?.id ?? 'new');
  const [country, setCountry] = useState(values?.shipToCountryCode ?? '');

  const picked = rows.map((r) => r.sellerSku);
  const advice = useQuery({
    queryKey: ['inbound-advice', accountId, marketplaceId, country, picked.join(',')],
    enabled: picked.length > 0,
    staleTime: 5 * 60_000,
    queryFn: async (): Promise<SkuAdvice[]> => {
      const params = new URLSearchParams({ accountId, marketplaceId, skus: picked.join(','), country: country || countryCode });
      const response = await fetch(`/api/inbound/advice?${params}`);
      const body = (await response.json()) as { advice?: SkuAdvice[]; error?: string };
      if (!response.ok) throw new Error(body.error ?? 'Amazon guidance is not available right now.');
      return body.advice ?? [];
    },
  });
  const adviceFor = (sku: string) => advice.data?.find((a) => a.sellerSku === sku);
  const choiceFor = (sku: string) => skus.find((s) => s.sellerSku === sku);

  const items = rows.map((r) => {
    const choice = choiceFor(r.sellerSku);
    const prep = (adviceFor(r.sellerSku)?.prepInstructions ?? []).filter((p) => p !== 'NoPrep');
    return {
      sellerSku: r.sellerSku,
      asin: choice?.asin ?? '',
      condition: choice?.condition ?? 'NewItem',
      quantity: r.quantity,
      ...(packing === 'case' && r.quantityInCase ? { quantityInCase: r.quantityInCase } : {}),
      prepDetails: prep.map((p) => ({ prepInstruction: p, prepOwner: r.prepOwner })),
    };
  });
  const update = (sku: string, patch: Partial<Row>) => setRows((all) => all.map((r) => (r.sellerSku === sku ? { ...r, ...patch } : r)));
  const fieldError = (key: string) => errors?.[key];

  return (
    <form action={action} className="space-y-8" noValidate>
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="marketplaceId" value={marketplaceId} />
      {fieldError('marketplaceId') || fieldError('accountId') ? (
        <div role="alert" className="mb-4 text-sm text-red-700">
          {[...(fieldError('accountId') ?? []), ...(fieldError('marketplaceId') ?? [])].map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      ) : null}
      <input type="hidden" name="items" value={JSON.stringify(items)} />

      <section aria-labelledby="plan-items" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="plan-items" className="font-semibold">
          Items
        </h2>
        <fieldset className="mt-3">
          <legend className="text-sm font-medium">Packing</legend>
          <div className="mt-1 flex gap-6 text-sm">
            <label className="flex items-center gap-2">
              <input type="radio" name="packing" value="individual" checked={packing === 'individual'} onChange={() => setPacking('individual')} />
              Individual units
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="packing" value="case" checked={packing === 'case'} onChange={() => setPacking('case')} />
              Case-packed boxes
            </label>
          </div>
        </fieldset>
        <div className="mt-4 flex flex-wrap items-end gap-3">
          <div className="min-w-64">
            <label htmlFor="sku-to-add" className="block text-sm font-medium">
              SKU to add
            </label>
            <select id="sku-to-add" value={toAdd} onChange={(e) => setToAdd(e.target.value)} className={control}>
              <option value="">Choose a SKU…</option>
              {skus
                .filter((s) => !picked.includes(s.sellerSku))
                .map((s) => (
                  <option key={s.sellerSku} value={s.sellerSku}>
                    {s.sellerSku}
                    {s.productName ? ` · ${s.productName}` : ''}
                  </option>
                ))}
            </select>
          </div>
          <Button
            type="button"
            variant="secondary"
            disabled={!toAdd}
            onClick={() => {
              setRows((all) => [...all, { sellerSku: toAdd, quantity: '', quantityInCase: '', prepOwner: 'SELLER' }]);
              setToAdd('');
            }}
          >
            Add SKU
          </Button>
        </div>
        {skus.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">No SKUs synced for this marketplace yet. Inventory appears after the first sync.</p>
        ) : null}
        <div id="items-error" aria-live="polite" className="mt-2 text-sm text-red-700">
          {fieldError('items')?.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
        {advice.isError ? (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {advice.error.message}
          </p>
        ) : null}
        {rows.length ? (
          <ul className="mt-4 space-y-4">
            {rows.map((r, index) => {
              const a = adviceFor(r.sellerSku);
              const qErr = fieldError(`items.${index}.quantity`);
              const cErr = fieldError(`items.${index}.quantityInCase`);
              // Every other error of this line (SKU, ASIN, condition, prep), next to the SKU it belongs to.
              const otherErrors = Object.entries(errors ?? {})
                .filter(([key]) => key.startsWith(`items.${index}.`) && key !== `items.${index}.quantity` && key !== `items.${index}.quantityInCase`)
                .flatMap(([, messages]) => messages);
              return (
                <li key={r.sellerSku} aria-label={r.sellerSku} className="rounded-md border border-slate-200 p-3">
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div>
                      <p className="font-medium">{r.sellerSku}</p>
                      <p className="text-xs text-slate-600">
                        ASIN {choiceFor(r.sellerSku)?.asin ?? '—'} · {choiceFor(r.sellerSku)?.fulfillable ?? 0} fulfillable now
                      </p>
                      <div id={`item-${index}-error`} aria-live="polite" className="text-sm text-red-700">
                        {otherErrors.map((e) => (
                          <p key={e}>{e}</p>
                        ))}
                      </div>
                    </div>
                    <Button type="button" variant="secondary" onClick={() => setRows((all) => all.filter((x) => x.sellerSku !== r.sellerSku))}>
                      Remove {r.sellerSku}
                    </Button>
                  </div>
                  <div className="mt-3 grid gap-3 sm:grid-cols-3">
                    <div>
                      <label htmlFor={`qty-${index}`} className="block text-sm font-medium">
                        Quantity for {r.sellerSku}
                      </label>
                      <input
                        id={`qty-${index}`}
                        inputMode="numeric"
                        value={r.quantity}
                        onChange={(e) => update(r.sellerSku, { quantity: e.target.value })}
                        aria-invalid={Boolean(qErr)}
                        aria-describedby={`qty-${index}-error`}
                        className={control}
                      />
                      <div id={`qty-${index}-error`} aria-live="polite" className="text-sm text-red-700">
                        {qErr?.map((e) => (
                          <p key={e}>{e}</p>
                        ))}
                      </div>
                    </div>
                    {packing === 'case' ? (
                      <div>
                        <label htmlFor={`case-${index}`} className="block text-sm font-medium">
                          Units per case for {r.sellerSku}
                        </label>
                        <input
                          id={`case-${index}`}
                          inputMode="numeric"
                          value={r.quantityInCase}
                          onChange={(e) => update(r.sellerSku, { quantityInCase: e.target.value })}
                          aria-invalid={Boolean(cErr)}
                          aria-describedby={`case-${index}-error`}
                          className={control}
                        />
                        <div id={`case-${index}-error`} aria-live="polite" className="text-sm text-red-700">
                          {cErr?.map((e) => (
                            <p key={e}>{e}</p>
                          ))}
                        </div>
                      </div>
                    ) : null}
                    <div>
                      <label htmlFor={`prep-${index}`} className="block text-sm font-medium">
                        Prep by for {r.sellerSku}
                      </label>
                      <select
                        id={`prep-${index}`}
                        value={r.prepOwner}
                        onChange={(e) => update(r.sellerSku, { prepOwner: e.target.value as Row['prepOwner'] })}
                        className={control}
                      >
                        <option value="SELLER">Me (seller)</option>
                        <option value="AMAZON">Amazon (fee per unit)</option>
                      </select>
                    </div>
                  </div>
                  <AdviceSummary advice={a} loading={advice.isFetching && !a} />
                </li>
              );
            })}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="plan-ship-from" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="plan-ship-from" className="font-semibold">
          Ship from
        </h2>
        <div className="mt-3 max-w-xl space-y-4">
          <SelectField
            id="shipFromAddressId"
            label="Ship-from address"
            value={addressId}
            onChange={(e) => setAddressId(e.target.value)}
            options={[...addresses.map((a) => ({ value: a.id, label: a.label })), { value: 'new', label: 'A new address…' }]}
            errors={fieldError('shipFromAddressId')}
          />
          {addressId === 'new' ? (
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField id="fromName" label="Name" defaultValue={values?.fromName} errors={fieldError('fromName')} />
              <TextField id="fromAddressLine1" label="Address line 1" defaultValue={values?.fromAddressLine1} errors={fieldError('fromAddressLine1')} />
              <TextField
                id="fromAddressLine2"
                label="Address line 2 (optional)"
                defaultValue={values?.fromAddressLine2}
                errors={fieldError('fromAddressLine2')}
              />
              <TextField
                id="fromDistrictOrCounty"
                label="District or county (optional)"
                defaultValue={values?.fromDistrictOrCounty}
                errors={fieldError('fromDistrictOrCounty')}
              />
              <TextField id="fromCity" label="City" defaultValue={values?.fromCity} errors={fieldError('fromCity')} />
              <TextField
                id="fromStateOrProvinceCode"
                label="State or province code"
                defaultValue={values?.fromStateOrProvinceCode}
                errors={fieldError('fromStateOrProvinceCode')}
              />
              <TextField id="fromPostalCode" label="Postal code" defaultValue={values?.fromPostalCode} errors={fieldError('fromPostalCode')} />
              <TextField
                id="fromCountryCode"
                label="Country code"
                defaultValue={values?.fromCountryCode ?? countryCode}
                errors={fieldError('fromCountryCode')}
              />
              <label className="flex items-center gap-2 self-end text-sm">
                <input type="checkbox" name="saveAddress" defaultChecked />
                Save this address for later plans
              </label>
            </div>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="plan-destination" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="plan-destination" className="font-semibold">
          Destination and labels
        </h2>
        <div className="mt-3 grid max-w-xl gap-4 sm:grid-cols-2">
          <SelectField
            id="labelPrepPreference"
            label="Who labels the units"
            defaultValue={values?.labelPrepPreference ?? 'SELLER_LABEL'}
            options={[
              { value: 'SELLER_LABEL', label: 'I label them (SELLER_LABEL)' },
              { value: 'AMAZON_LABEL_PREFERRED', label: 'Amazon, where it can (AMAZON_LABEL_PREFERRED)' },
              { value: 'AMAZON_LABEL_ONLY', label: 'Amazon only (AMAZON_LABEL_ONLY)' },
            ]}
            errors={fieldError('labelPrepPreference')}
          />
          <div />
          <TextField
            id="shipToCountryCode"
            label="Destination country (optional)"
            hint="Leave both empty to ship to the country of your home marketplace (Amazon's default)."
            value={country}
            onChange={(e) => setCountry(e.target.value.toUpperCase())}
            errors={fieldError('shipToCountryCode')}
          />
          <TextField
            id="shipToCountrySubdivisionCode"
            label="Or destination subdivision (optional)"
            hint="ISO 3166-2, such as IN-MH. Not together with a country."
            defaultValue={values?.shipToCountrySubdivisionCode}
            errors={fieldError('shipToCountrySubdivisionCode')}
          />
        </div>
      </section>

      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Asking Amazon…' : 'Create shipment plan'}
      </Button>
    </form>
  );
}

function AdviceSummary({ advice, loading }: { advice: SkuAdvice | undefined; loading: boolean }) {
  if (loading) return <p className="mt-2 text-xs text-slate-600">Asking Amazon for guidance…</p>;
  if (!advice) return null;
  if (advice.invalid) return <p className="mt-2 text-sm text-red-700">Amazon does not know this SKU ({advice.invalid}).</p>;
  return (
    <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
      <div>
        <dt className="inline font-medium">Inbound guidance: </dt>
        <dd className={`inline ${advice.guidance === 'InboundNotRecommended' ? 'text-amber-800' : ''}`}>
          {advice.guidance === 'InboundNotRecommended' ? 'Not recommended' : 'OK to send'}
          {advice.guidanceReasons.filter((r) => r !== 'NoApplicableGuidance').length ? ` (${advice.guidanceReasons.join(', ')})` : ''}
        </dd>
      </div>
      <div>
        <dt className="inline font-medium">Label: </dt>
        <dd className="inline">
          {advice.barcodeInstruction === 'CanUseOriginalBarcode'
            ? 'Manufacturer barcode is fine'
            : advice.barcodeInstruction === 'MustProvideSellerSKU'
              ? 'Needs the seller SKU'
              : 'Needs an FNSKU label'}
        </dd>
      </div>
      <div className="sm:col-span-2">
        <dt className="inline font-medium">Prep: </dt>
        <dd className="inline">
          {advice.prepInstructions.length ? advice.prepInstructions.join(', ') : 'None'}
          {advice.prepGuidance === 'ConsultHelpDocuments' ? ' (see Amazon’s prep help pages)' : ''}
          {advice.amazonPrepFees.length ? ` · Amazon fee per unit: ${advice.amazonPrepFees.map((f) => `${f.prepInstruction} ${f.fee}`).join(', ')}` : ''}
        </dd>
      </div>
    </dl>
  );
}
