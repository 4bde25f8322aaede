'use client';

/**
 * New outbound order for a customer of another channel: recipient, items from the account's
 * FBA stock, options Amazon allows for those SKUs, a preview of speeds and fees, then create.
 * The form is submitted by hand (not `<form action>`) so React never resets what was typed
 * between a preview and the create; the order reference stays the same across retries, which
 * is what makes a second submit find the first order instead of creating another.
 */
import { DateTime } from '@/components/ui/date-time';
import { useQuery } from '@tanstack/react-query';
import { startTransition, useActionState, useMemo, useState, type FormEvent } from 'react';
import { createOutboundOrderAction, previewOutboundOrderAction, type PreviewState } from '@/lib/outbound/actions';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Table, TableHead } from '@/components/ui/table';
import { idleState, type ActionState } from '@/lib/actions/action-state';
import {
  MAX_UNITS,
  previewProblems,
  type PreviewOption,
  type FeatureEligibility,
  type SkuOption,
  FEATURE_LABELS,
  FULFILLMENT_POLICIES,
  POLICY_LABELS,
  SHIPPING_SPEEDS,
  type FeatureName,
} from '@/lib/outbound/types';

interface Line {
  sellerSku: string;
  quantity: number;
}

const idlePreview: PreviewState = { status: 'idle' };

async function fetchFeatures(accountId: string, marketplaceId: string): Promise<FeatureEligibility[]> {
  const response = await fetch(`/api/outbound/features?accountId=${encodeURIComponent(accountId)}&marketplaceId=${encodeURIComponent(marketplaceId)}`, {
    cache: 'no-store',
  });
  const body = (await response.json()) as { features?: FeatureEligibility[]; error?: string };
  if (!response.ok || !body.features) throw new Error(body.error ?? 'Amazon could not say which options are available.');
  return body.features;
}

export function CreateOutboundForm(props: {
  accountId: string;
  marketplaceId: string;
  countryCode: string;
  skus: SkuOption[];
  generatedId: string;
  today: string;
}) {
  const [createState, create, creating] = useActionState(createOutboundOrderAction, idleState);
  const [previewState, preview, previewing] = useActionState(previewOutboundOrderAction, idlePreview);
  const [lastIntent, setLastIntent] = useState<'create' | 'preview' | null>(null);
  const [lines, setLines] = useState<Line[]>([]);
  const [pickSku, setPickSku] = useState(props.skus[0]?.sellerSku ?? '');
  const [pickQuantity, setPickQuantity] = useState('1');
  const [pickError, setPickError] = useState<string | null>(null);
  const [policy, setPolicy] = useState<string>('FillOrKill');
  const [wanted, setWanted] = useState<Record<FeatureName, boolean>>({ BLANK_BOX: false, BLOCK_AMZL: false });

  const stockBySku = useMemo(() => new Map(props.skus.map((s) => [s.sellerSku, s])), [props.skus]);
  const features = useQuery({
    queryKey: ['outbound-features', props.accountId, props.marketplaceId],
    queryFn: () => fetchFeatures(props.accountId, props.marketplaceId),
    staleTime: 5 * 60_000,
  });

  const latest: ActionState | PreviewState = lastIntent === 'preview' ? previewState : createState;
  const errors = latest.status === 'error' ? (latest.fieldErrors ?? {}) : {};
  const values = (latest.status === 'error' ? latest.values : undefined) ?? {};
  const fieldErrors = (key: string) => errors[key];

  /** A feature is offered only when the seller may use it and every chosen SKU is eligible. */
  const featureOffer = (name: FeatureName): { allowed: boolean; why: string } => {
    const feature = features.data?.find((f) => f.featureName === name);
    if (features.isPending) return { allowed: false, why: 'Checking with Amazon…' };
    if (!feature) return { allowed: false, why: features.isError ? 'Amazon could not be asked; try again later.' : 'Not offered in this marketplace.' };
    if (!feature.sellerEligible) return { allowed: false, why: 'Your account is not enrolled.' };
    const blocked = lines.filter((l) => !feature.eligibleSkus.includes(l.sellerSku)).map((l) => l.sellerSku);
    if (!lines.length) return { allowed: false, why: `Add items first: ${feature.eligibleSkus.length} of your SKUs may use it.` };
    if (blocked.length) return { allowed: false, why: `Not available for ${blocked.join(', ')}.` };
    return { allowed: true, why: 'Available for every item.' };
  };

  const addLine = () => {
    const quantity = Number(pickQuantity);
    // Only SKUs with synced FBA stock here: Amazon would refuse any other at preview.
    if (!stockBySku.has(pickSku)) {
      setPickError(pickSku ? `${pickSku} has no fulfillable FBA stock in this marketplace (as last synced): pick a SKU from the list.` : 'Choose a SKU.');
      return;
    }
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_UNITS) {
      setPickError(`Enter a whole number of units, from 1 to ${MAX_UNITS}.`);
      return;
    }
    setPickError(null);
    setLines((current) => {
      const existing = current.find((l) => l.sellerSku === pickSku);
      if (existing) return current.map((l) => (l.sellerSku === pickSku ? { ...l, quantity: l.quantity + quantity } : l));
      return [...current, { sellerSku: pickSku, quantity }];
    });
    setPickQuantity('1');
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent = submitter?.value === 'preview' ? 'preview' : 'create';
    const data = new FormData(event.currentTarget);
    // Options no longer allowed (items changed) are not sent.
    for (const name of ['BLANK_BOX', 'BLOCK_AMZL'] as const) if (!featureOffer(name).allowed) data.delete(name === 'BLANK_BOX' ? 'blankBox' : 'blockAmzl');
    setLastIntent(intent);
    startTransition(() => (intent === 'preview' ? preview(data) : create(data)));
  };

  const pending = creating || previewing;
  const units = lines.reduce((sum, l) => sum + l.quantity, 0);
  const previewOptions = previewState.status === 'ok' ? previewState.options : null;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8" aria-describedby="create-outbound-message">
      <input type="hidden" name="accountId" value={props.accountId} />
      <input type="hidden" name="marketplaceId" value={props.marketplaceId} />
      <input type="hidden" name="items" value={JSON.stringify(lines)} />

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-2">
        <legend className="px-1 font-semibold">Order</legend>
        <TextField
          id="sellerFulfillmentOrderId"
          label="Order reference"
          defaultValue={values.sellerFulfillmentOrderId ?? props.generatedId}
          maxLength={40}
          errors={fieldErrors('sellerFulfillmentOrderId')}
          hint="Your reference for this fulfillment order (generated; change it if you like). Submitting twice with it never creates two orders."
        />
        <TextField
          id="displayableOrderId"
          label="Order number shown to the customer"
          defaultValue={values.displayableOrderId ?? ''}
          maxLength={40}
          errors={fieldErrors('displayableOrderId')}
          hint="E.g. your web shop's order number; printed on the packing slip."
        />
        <TextField
          id="displayableOrderDate"
          label="Order date"
          type="date"
          defaultValue={values.displayableOrderDate ?? props.today}
          errors={fieldErrors('displayableOrderDate')}
        />
        <TextField
          id="displayableOrderComment"
          label="Packing slip note"
          defaultValue={values.displayableOrderComment ?? 'Thank you for your order.'}
          maxLength={750}
          errors={fieldErrors('displayableOrderComment')}
        />
        <TextField
          id="notificationEmail"
          label="Customer email for shipping notices (optional)"
          type="email"
          defaultValue={values.notificationEmail ?? ''}
          errors={fieldErrors('notificationEmail')}
        />
      </fieldset>

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-2">
        <legend className="px-1 font-semibold">Ship to</legend>
        <TextField id="name" label="Recipient name" autoComplete="off" defaultValue={values.name ?? ''} maxLength={50} errors={fieldErrors('name')} />
        <TextField id="phone" label="Phone (optional)" autoComplete="off" defaultValue={values.phone ?? ''} maxLength={20} errors={fieldErrors('phone')} />
        <TextField
          id="addressLine1"
          label="Address line 1"
          autoComplete="off"
          defaultValue={values.addressLine1 ?? ''}
          maxLength={60}
          errors={fieldErrors('addressLine1')}
        />
        <TextField
          id="addressLine2"
          label="Address line 2 (optional)"
          autoComplete="off"
          defaultValue={values.addressLine2 ?? ''}
          maxLength={60}
          errors={fieldErrors('addressLine2')}
        />
        <TextField id="city" label="City" autoComplete="off" defaultValue={values.city ?? ''} maxLength={50} errors={fieldErrors('city')} />
        <TextField
          id="stateOrRegion"
          label="State or region"
          autoComplete="off"
          defaultValue={values.stateOrRegion ?? ''}
          maxLength={150}
          errors={fieldErrors('stateOrRegion')}
        />
        <TextField
          id="postalCode"
          label="Postal code"
          autoComplete="off"
          defaultValue={values.postalCode ?? ''}
          maxLength={20}
          errors={fieldErrors('postalCode')}
        />
        <TextField
          id="countryCode"
          label="Country code"
          autoComplete="off"
          defaultValue={values.countryCode ?? props.countryCode}
          hint="Two letters, ISO 3166-1 (US, CA, GB, DE…)."
          errors={fieldErrors('countryCode')}
        />
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 font-semibold">Items</legend>
        {props.skus.length ? null : (
          <p className="text-sm text-slate-700">No SKU of this account has fulfillable stock in this marketplace (as last synced).</p>
        )}
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <label htmlFor="pick-sku" className="block text-sm font-medium text-slate-800">
              SKU
            </label>
            {/* Type a SKU or pick one: the list holds the SKUs with fulfillable stock. */}
            <input
              id="pick-sku"
              list="sku-options"
              value={pickSku}
              onChange={(e) => {
                setPickSku(e.target.value.trim());
                setPickError(null);
              }}
              aria-invalid={pickError ? true : undefined}
              aria-describedby={pickError ? 'pick-sku-hint pick-error' : 'pick-sku-hint'}
              className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm"
            />
            <datalist id="sku-options">
              {props.skus.map((s) => (
                <option
                  key={s.sellerSku}
                  value={s.sellerSku}
                  label={`${s.fulfillable} fulfillable${s.productName ? ` — ${s.productName.slice(0, 60)}` : ''}`}
                  data-fulfillable={s.fulfillable}
                />
              ))}
            </datalist>
            <p id="pick-sku-hint" className="text-xs text-slate-600">
              {stockBySku.get(pickSku)
                ? `${stockBySku.get(pickSku)!.fulfillable} fulfillable${stockBySku.get(pickSku)!.productName ? ` · ${stockBySku.get(pickSku)!.productName}` : ''}`
                : `${props.skus.length} SKUs with fulfillable stock; type to search.`}
            </p>
          </div>
          <div className="w-28">
            <label htmlFor="pick-quantity" className="block text-sm font-medium text-slate-800">
              Quantity
            </label>
            <input
              id="pick-quantity"
              type="number"
              min={1}
              max={MAX_UNITS}
              value={pickQuantity}
              onChange={(e) => setPickQuantity(e.target.value)}
              className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
            />
          </div>
          <Button type="button" variant="secondary" onClick={addLine}>
            Add item
          </Button>
        </div>
        {pickError ? (
          <p id="pick-error" role="alert" className="text-sm text-red-700">
            {pickError}
          </p>
        ) : null}
        {lines.length ? (
          <Table caption="Items in this order">
            <TableHead columns={['SKU', 'Fulfillable', 'Quantity', { label: <span className="sr-only">Remove</span> }]} />
            <tbody>
              {lines.map((line, i) => {
                const stock = stockBySku.get(line.sellerSku)?.fulfillable;
                const short = policy === 'FillOrKill' && stock !== undefined && line.quantity > stock;
                const rowErrors = [...(fieldErrors(`items.${i}.sellerSku`) ?? []), ...(fieldErrors(`items.${i}.quantity`) ?? [])];
                return (
                  <tr key={line.sellerSku}>
                    <td className="font-mono">{line.sellerSku}</td>
                    <td>{stock ?? 'unknown'}</td>
                    <td>
                      <input
                        type="number"
                        min={1}
                        max={MAX_UNITS}
                        aria-label={`Quantity of ${line.sellerSku}`}
                        aria-invalid={short || rowErrors.length > 0}
                        aria-describedby={`line-${i}-error`}
                        value={line.quantity}
                        onChange={(e) =>
                          setLines((current) => current.map((l, j) => (j === i ? { ...l, quantity: Math.max(0, Math.floor(Number(e.target.value) || 0)) } : l)))
                        }
                        className="w-24 rounded-md border border-slate-300 px-2 py-1 aria-[invalid=true]:border-red-600"
                      />
                      <div id={`line-${i}-error`} aria-live="polite" className="text-red-700">
                        {short ? <p>Only {stock} fulfillable; with fill or kill Amazon would refuse the order.</p> : null}
                        {rowErrors.map((e) => (
                          <p key={e}>{e}</p>
                        ))}
                      </div>
                    </td>
                    <td>
                      <Button
                        type="button"
                        variant="secondary"
                        aria-label={`Remove ${line.sellerSku}`}
                        onClick={() => setLines((current) => current.filter((_, j) => j !== i))}
                      >
                        Remove
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        ) : null}
        <p className="text-sm text-slate-700">
          {lines.length} line{lines.length === 1 ? '' : 's'}, {units} unit{units === 1 ? '' : 's'} (at most {MAX_UNITS}).
        </p>
        <div aria-live="polite" className="text-sm text-red-700">
          {fieldErrors('items')?.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      </fieldset>

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-2">
        <legend className="px-1 font-semibold">Shipping</legend>
        <SelectField
          id="shippingSpeedCategory"
          label="Shipping speed"
          defaultValue={values.shippingSpeedCategory ?? 'Standard'}
          options={SHIPPING_SPEEDS.map((s) => ({ value: s, label: s }))}
          errors={fieldErrors('shippingSpeedCategory')}
        />
        <SelectField
          id="fulfillmentPolicy"
          label="When stock is short"
          value={policy}
          onChange={(e) => setPolicy(e.target.value)}
          options={FULFILLMENT_POLICIES.map((p) => ({ value: p, label: POLICY_LABELS[p] }))}
          errors={fieldErrors('fulfillmentPolicy')}
        />
        <div className="space-y-2 md:col-span-2">
          {(['BLANK_BOX', 'BLOCK_AMZL'] as const).map((name) => {
            const offer = featureOffer(name);
            const id = name === 'BLANK_BOX' ? 'blankBox' : 'blockAmzl';
            return (
              <div key={name}>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    id={id}
                    name={id}
                    type="checkbox"
                    disabled={!offer.allowed}
                    checked={offer.allowed && wanted[name]}
                    onChange={(e) => setWanted((w) => ({ ...w, [name]: e.target.checked }))}
                    aria-describedby={`${id}-why`}
                  />
                  {FEATURE_LABELS[name]}
                </label>
                <p id={`${id}-why`} className="ml-6 text-xs text-slate-600">
                  {offer.why}
                </p>
              </div>
            );
          })}
          <label className="flex items-center gap-2 text-sm">
            <input id="hold" name="hold" type="checkbox" defaultChecked={values.hold === 'on'} />
            Hold: reserve the stock now, ship when I release it
          </label>
        </div>
      </fieldset>

      {previewOptions ? <PreviewTable options={previewOptions} /> : null}

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" name="intent" value="preview" variant="secondary" disabled={pending}>
          {previewing ? 'Asking Amazon…' : 'Preview speeds and fees'}
        </Button>
        <Button type="submit" name="intent" value="create" disabled={pending}>
          {creating ? 'Creating…' : 'Create order'}
        </Button>
      </div>
      <div id="create-outbound-message" role="status" aria-live="polite" className="min-h-5 text-sm">
        {latest.status === 'error' ? <p className="text-red-700">{latest.message}</p> : null}
        {latest.status === 'success' ? <p className="text-green-800">{latest.message}</p> : null}
      </div>
    </form>
  );
}

function PreviewTable({ options }: { options: PreviewOption[] }) {
  return (
    <section aria-labelledby="preview-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="preview-heading" className="font-semibold">
        Speeds and fees
      </h2>
      <Table caption="Speeds and fees" className="mt-3">
        <TableHead columns={['Speed', 'Available', 'Estimated fees', 'Arrives', 'Weight']} />
        <tbody>
          {options.map((o) => {
            const problems = o.isFulfillable ? [] : previewProblems(o);
            return (
              <tr key={o.speed}>
                <th scope="row" className="font-medium">
                  {o.speed}
                </th>
                <td>
                  {o.isFulfillable ? 'Yes' : 'No: '}
                  {problems.map((p, i) => (
                    <span key={p.text} title={p.codes.join(', ') || undefined}>
                      {i ? '; ' : ''}
                      {p.text}
                    </span>
                  ))}
                </td>
                <td>{o.totalFee ? `${o.totalFee.amount} ${o.totalFee.currency}` : '—'}</td>
                <td>
                  {o.earliestArrivalDate ? (
                    <>
                      <DateTime value={o.earliestArrivalDate} /> – <DateTime value={o.latestArrivalDate ?? o.earliestArrivalDate} />
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td>{o.weight ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </section>
  );
}
