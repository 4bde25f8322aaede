'use client';

import { useActionState, useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { Table, TableHead } from '@/components/ui/table';
import { errorsAndValues, idleState } from '@/lib/actions/action-state';
import { startSendToAmazonAction } from '@/lib/inbound/actions';
import { defaultPrepOwner, needsItemCompliance } from '@/lib/inbound/types';
import { SkuComplianceCell, useComplianceDetails } from './sku-compliance';
import { SkuPrepCell, usePrepDetails } from './sku-prep';
import { FieldErrors } from './step-form';

export interface SkuChoice {
  sellerSku: string;
  productName: string | null;
  fulfillable: number;
}

interface Line {
  msku: string;
  quantity: string;
  labelOwner: 'SELLER' | 'AMAZON' | 'NONE';
  prepOwner: 'SELLER' | 'AMAZON' | 'NONE';
  /** Set once the seller picks who preps, so Amazon's prep details no longer pick it. */
  prepOwnerChosen?: boolean;
  expiration: string;
}

const control = 'block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-600';
const OWNER_LABELS = { SELLER: 'You', AMAZON: 'Amazon (fee)', NONE: 'Not needed' } as const;
const SHOWN_MATCHES = 12;

/** Step 1 of Send to Amazon: the SKUs and units, who labels and preps them, and where the boxes leave from. */
export function StartPlanForm({
  accountId,
  marketplaceId,
  countryCode,
  skus,
  initialLines = [],
  addresses,
}: {
  accountId: string;
  marketplaceId: string;
  countryCode: string;
  skus: SkuChoice[];
  /** SKUs and units to start with (a Replenish link, checked by the page). */
  initialLines?: { sellerSku: string; quantity: number }[];
  addresses: { id: string; label: string; phoneNumber: string | null }[];
}) {
  const [state, action, pending] = useActionState(startSendToAmazonAction, idleState);
  const { errors, values } = errorsAndValues(state);
  const [lines, setLines] = useState<Line[]>(() => {
    try {
      if (values?.items) return JSON.parse(values.items) as Line[];
    } catch {
      // An unreadable echo of the form: start from the link's lines.
    }
    return initialLines.map((l) => ({ msku: l.sellerSku, quantity: String(l.quantity), labelOwner: 'SELLER', prepOwner: 'NONE', expiration: '' }));
  });
  const [search, setSearch] = useState('');
  const [addressId, setAddressId] = useState(values?.shipFromAddressId ?? addresses[0]?.id ?? 'new');
  // Amazon neither labels nor preps units in the US.
  const amazonOffers = countryCode !== 'US';
  const matches = useMemo(() => {
    const picked = new Set(lines.map((l) => l.msku));
    const q = search.trim().toLowerCase();
    if (!q) return [];
    return skus
      .filter((s) => !picked.has(s.sellerSku) && (s.sellerSku.toLowerCase().includes(q) || (s.productName ?? '').toLowerCase().includes(q)))
      .slice(0, SHOWN_MATCHES);
  }, [search, skus, lines]);
  const update = (msku: string, patch: Partial<Line>) => setLines((all) => all.map((l) => (l.msku === msku ? { ...l, ...patch } : l)));
  const { prep, chosen } = usePrepDetails(
    accountId,
    marketplaceId,
    lines.map((l) => l.msku),
    (details) =>
      setLines((all) =>
        all.map((l) => {
          const owner = l.prepOwnerChosen ? undefined : details.find((d) => d.msku === l.msku);
          const prepOwner = owner && defaultPrepOwner(owner);
          return prepOwner ? { ...l, prepOwner } : l;
        }),
      ),
  );
  const { compliance, known } = useComplianceDetails(
    accountId,
    marketplaceId,
    lines.map((l) => l.msku),
  );
  const lineError = (index: number, field: string) => errors?.[`items.${index}.${field}`];
  const items = lines.map((l) => ({
    msku: l.msku,
    quantity: l.quantity,
    labelOwner: l.labelOwner,
    prepOwner: l.prepOwner,
    ...(l.expiration ? { expiration: l.expiration } : {}),
  }));
  const savedPhone = addresses.find((a) => a.id === addressId)?.phoneNumber ?? '';

  return (
    <form action={action} className="space-y-8" noValidate>
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="marketplaceId" value={marketplaceId} />
      <input type="hidden" name="items" value={JSON.stringify(items)} />

      <section aria-labelledby="sta-items" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="sta-items" className="font-semibold">
          What to send
        </h2>
        <div className="mt-3 max-w-md">
          <label htmlFor="sku-search" className="block text-sm font-medium">
            Find a SKU
          </label>
          <input
            id="sku-search"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="SKU or product name"
            aria-describedby="sku-search-hint"
            className={control}
            autoComplete="off"
          />
          <p id="sku-search-hint" className="mt-1 text-xs text-slate-600">
            {skus.length} SKUs in this marketplace. Type part of a SKU or a product name.
          </p>
        </div>
        {matches.length ? (
          <ul aria-label="Matching SKUs" className="mt-2 max-w-2xl divide-y divide-slate-100 rounded-md border border-slate-200">
            {matches.map((s) => (
              <li key={s.sellerSku} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
                <span>
                  <span className="font-mono">{s.sellerSku}</span>
                  {s.productName ? <span className="text-slate-600"> · {s.productName}</span> : null}
                  <span className="text-slate-500"> · {s.fulfillable} at Amazon</span>
                </span>
                <Button
                  type="button"
                  variant="secondary"
                  aria-label={`Add ${s.sellerSku}`}
                  onClick={() => {
                    setLines((all) => [...all, { msku: s.sellerSku, quantity: '', labelOwner: 'SELLER', prepOwner: 'NONE', expiration: '' }]);
                    setSearch('');
                  }}
                >
                  Add
                </Button>
              </li>
            ))}
          </ul>
        ) : search.trim() ? (
          <p className="mt-2 text-sm text-slate-600">No SKU matches “{search.trim()}”.</p>
        ) : null}
        <FieldErrors id="items-error" errors={errors?.items} />
        {lines.length ? (
          <Table caption="SKUs in the plan" className="mt-4">
            <TableHead columns={['SKU', 'Units', 'Labels', 'Prep', 'Expires', { label: <span className="sr-only">Remove</span> }]} />
            <tbody>
              {lines.map((l, index) => (
                <tr key={l.msku} className="border-t border-slate-100 align-top">
                  <th scope="row" className="py-2 pr-3 text-left font-mono font-normal">
                    {l.msku}
                    <FieldErrors id={`line-${index}-msku`} errors={lineError(index, 'msku')} />
                    {needsItemCompliance(marketplaceId) ? (
                      <SkuComplianceCell accountId={accountId} marketplaceId={marketplaceId} msku={l.msku} compliance={compliance[l.msku]} onSent={known} />
                    ) : null}
                  </th>
                  <td className="py-2 pr-3">
                    <input
                      aria-label={`Units of ${l.msku}`}
                      inputMode="numeric"
                      value={l.quantity}
                      onChange={(e) => update(l.msku, { quantity: e.target.value })}
                      aria-invalid={Boolean(lineError(index, 'quantity'))}
                      aria-describedby={`line-${index}-quantity`}
                      className={`${control} w-24`}
                    />
                    <FieldErrors id={`line-${index}-quantity`} errors={lineError(index, 'quantity')} />
                  </td>
                  <td className="py-2 pr-3">
                    <select
                      aria-label={`Who labels ${l.msku}`}
                      value={l.labelOwner}
                      onChange={(e) => update(l.msku, { labelOwner: e.target.value as Line['labelOwner'] })}
                      className={control}
                    >
                      {(['SELLER', ...(amazonOffers ? (['AMAZON'] as const) : []), 'NONE'] as const).map((o) => (
                        <option key={o} value={o}>
                          {OWNER_LABELS[o]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="py-2 pr-3">
                    <select
                      aria-label={`Who preps ${l.msku}`}
                      value={l.prepOwner}
                      onChange={(e) => update(l.msku, { prepOwner: e.target.value as Line['prepOwner'], prepOwnerChosen: true })}
                      className={control}
                    >
                      {(['NONE', 'SELLER', ...(amazonOffers ? (['AMAZON'] as const) : [])] as const).map((o) => (
                        <option key={o} value={o}>
                          {OWNER_LABELS[o]}
                        </option>
                      ))}
                    </select>
                    <SkuPrepCell
                      accountId={accountId}
                      marketplaceId={marketplaceId}
                      msku={l.msku}
                      prep={prep[l.msku]}
                      onChosen={(category) => {
                        chosen(l.msku, category);
                        if (!l.prepOwnerChosen) update(l.msku, { prepOwner: category === 'NONE' ? 'NONE' : 'SELLER' });
                      }}
                    />
                  </td>
                  <td className="py-2 pr-3">
                    <input
                      type="date"
                      aria-label={`Expiration date of ${l.msku} (if it has one)`}
                      value={l.expiration}
                      onChange={(e) => update(l.msku, { expiration: e.target.value })}
                      aria-describedby={`line-${index}-expiration`}
                      className={control}
                    />
                    <FieldErrors id={`line-${index}-expiration`} errors={lineError(index, 'expiration')} />
                  </td>
                  <td className="py-2">
                    <Button
                      type="button"
                      variant="secondary"
                      aria-label={`Remove ${l.msku}`}
                      onClick={() => setLines((all) => all.filter((x) => x.msku !== l.msku))}
                    >
                      Remove
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="mt-4 text-sm text-slate-600">No SKUs yet. Find one above to start.</p>
        )}
      </section>

      <section aria-labelledby="sta-from" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="sta-from" className="font-semibold">
          Ship from
        </h2>
        <div className="mt-3 grid max-w-2xl gap-4 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <label htmlFor="shipFromAddressId" className="block text-sm font-medium">
              Address
            </label>
            <select id="shipFromAddressId" name="shipFromAddressId" value={addressId} onChange={(e) => setAddressId(e.target.value)} className={control}>
              {addresses.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}
                </option>
              ))}
              <option value="new">A new address…</option>
            </select>
            <FieldErrors id="shipFromAddressId-error" errors={errors?.shipFromAddressId} />
          </div>
          {addressId === 'new' ? (
            <>
              <TextField id="fromName" label="Name" defaultValue={values?.fromName} errors={errors?.fromName} />
              <TextField id="fromAddressLine1" label="Street address" defaultValue={values?.fromAddressLine1} errors={errors?.fromAddressLine1} />
              <TextField id="fromCity" label="City" defaultValue={values?.fromCity} errors={errors?.fromCity} />
              <TextField
                id="fromStateOrProvinceCode"
                label="State or province"
                defaultValue={values?.fromStateOrProvinceCode}
                errors={errors?.fromStateOrProvinceCode}
              />
              <TextField id="fromPostalCode" label="Postal code" defaultValue={values?.fromPostalCode} errors={errors?.fromPostalCode} />
              <TextField id="fromCountryCode" label="Country code" defaultValue={values?.fromCountryCode ?? countryCode} errors={errors?.fromCountryCode} />
              <label className="flex items-center gap-2 text-sm sm:col-span-2">
                <input type="checkbox" name="saveAddress" defaultChecked />
                Save this address for the next plan
              </label>
            </>
          ) : null}
          <TextField
            key={addressId}
            id="phoneNumber"
            label="Phone number"
            hint="Amazon and the carrier call it about this shipment."
            defaultValue={values?.phoneNumber ?? savedPhone}
            errors={errors?.phoneNumber}
            autoComplete="tel"
          />
          <TextField id="name" label="Plan name (optional)" defaultValue={values?.name} errors={errors?.name} maxLength={40} />
        </div>
      </section>

      <div className="flex items-center gap-4">
        <Button type="submit" disabled={pending || !lines.length}>
          {pending ? 'Sending to Amazon…' : 'Create the plan'}
        </Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
