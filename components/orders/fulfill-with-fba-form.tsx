'use client';

import { DateTime } from '@/components/ui/date-time';
import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { createFulfillmentOrderAction, prepareFulfillmentAction, previewFulfillmentAction, type PrepareState, type PreviewState } from '@/lib/orders/actions';
import { Button } from '@/components/ui/button';
import { Field, SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { Table, TableHead } from '@/components/ui/table';
import { idleState } from '@/lib/actions/action-state';
import { availabilityText, LOW_STOCK_CHOICES, LOW_STOCK_LABELS, type LowStockChoice } from '@/lib/orders/types';
import { reasonLabel, FEATURE_LABELS, FULFILLMENT_POLICIES, POLICY_LABELS } from '@/lib/outbound/types';

interface Props {
  orderId: string;
  features: { blankBox: boolean; blockAmzl: boolean };
  items: Array<{ orderItemId: string; sellerSku: string; title: string }>;
}

const idlePreview: PreviewState = { status: 'idle' };
const idlePrepare: PrepareState = { status: 'idle' };
const FEE_LABELS: Record<string, string> = {
  FBAPerUnitFulfillmentFee: 'Per unit',
  FBAPerOrderFulfillmentFee: 'Per order',
  FBATransportationFee: 'Transportation',
  FBAFulfillmentCODFee: 'Cash on delivery',
};

const date = (value: string | null) => (value ? <DateTime value={value} /> : '—');

/**
 * The page reads only the database. When it found the order's items or the account's
 * features missing or stale (`needsPreparation`), this asks the server to read them from
 * Amazon once, then re-renders the page with what was stored.
 */
export function FulfillWithFbaForm({ needsPreparation, ...props }: Props & { needsPreparation: boolean }) {
  const router = useRouter();
  const [prepared, prepare] = useActionState(prepareFulfillmentAction, idlePrepare);
  const asked = useRef(false);
  useEffect(() => {
    if (!needsPreparation || asked.current) return;
    asked.current = true;
    const data = new FormData();
    data.set('orderId', props.orderId);
    startTransition(() => prepare(data));
  }, [needsPreparation, prepare, props.orderId]);
  useEffect(() => {
    if (prepared.status === 'ok') router.refresh();
  }, [prepared, router]);

  // Once prepared, the form shows even if Amazon offered no features (nothing more to wait for).
  if (!needsPreparation || prepared.status === 'ok') return <FulfillForm {...props} />;
  return (
    <section aria-labelledby="fulfill-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="fulfill-heading" className="font-semibold">
        Fulfill with FBA
      </h2>
      {prepared.status === 'error' ? (
        <p role="alert" className="mt-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {prepared.message}
        </p>
      ) : (
        <p role="status" className="mt-4 text-sm text-slate-600">
          Reading this order&apos;s items and your FBA features from Amazon…
        </p>
      )}
    </section>
  );
}

function FulfillForm({ orderId, features, items }: Props) {
  const [preview, previewAction, previewing] = useActionState(previewFulfillmentAction, idlePreview);
  const [created, createAction, creating] = useActionState(createFulfillmentOrderAction, idleState);
  const [policy, setPolicy] = useState<string>('FillOrKill');
  const [blankBox, setBlankBox] = useState(false);
  const [blockAmzl, setBlockAmzl] = useState(false);
  const [emails, setEmails] = useState('');
  const [speed, setSpeed] = useState('');
  const [choice, setChoice] = useState<LowStockChoice | ''>('');
  const [buyerMessage, setBuyerMessage] = useState('');
  const [stale, setStale] = useState(false);

  useEffect(() => {
    if (preview.status !== 'ok') return;
    setStale(false);
    // Pick the first speed Amazon can fulfill, so one click creates the usual order.
    setSpeed((current) =>
      preview.options.some((o) => o.speed === current) ? current : (preview.options.find((o) => o.isFulfillable)?.speed ?? preview.options[0]?.speed ?? ''),
    );
  }, [preview]);

  const changed =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      if (preview.status === 'ok') setStale(true);
    };
  const previewErrors = preview.status === 'error' ? preview.fieldErrors : undefined;
  const createErrors = created.status === 'error' ? created.fieldErrors : undefined;
  const errors = { ...previewErrors, ...createErrors };
  const ok = preview.status === 'ok' ? preview : null;
  const short = ok?.assessment.short ?? false;
  // The preview's line ids are the order item ids (from-order.ts).
  const itemTitle = (id: string) => items.find((i) => i.orderItemId === id)?.title ?? id;
  const busy = previewing || creating;

  // Dispatched by hand rather than as form actions: React resets a form after its action,
  // and this one keeps the seller's choices between the preview and the create.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget);
    const intent = submitter instanceof HTMLButtonElement ? submitter.value : 'preview';
    startTransition(() => (intent === 'create' ? createAction(data) : previewAction(data)));
  };

  return (
    <section aria-labelledby="fulfill-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="fulfill-heading" className="font-semibold">
        Fulfill with FBA
      </h2>
      <form className="mt-4 space-y-5" noValidate onSubmit={submit}>
        <input type="hidden" name="orderId" value={orderId} />
        <div className="grid gap-4 md:grid-cols-2">
          <SelectField
            id="fulfillmentPolicy"
            label="Fulfillment policy"
            value={policy}
            onChange={(e) => changed(setPolicy)(e.target.value)}
            options={FULFILLMENT_POLICIES.map((p) => ({ value: p, label: POLICY_LABELS[p] }))}
            errors={errors.fulfillmentPolicy}
          />
          <TextField
            id="notificationEmails"
            label="Notification e-mails (optional)"
            hint="Amazon e-mails shipping updates to these addresses. Separate them with commas."
            value={emails}
            onChange={(e) => changed(setEmails)(e.target.value)}
            errors={errors.notificationEmails}
          />
        </div>
        {features.blankBox || features.blockAmzl ? (
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800">Features</legend>
            {features.blankBox ? (
              <Checkbox id="blankBox" label={FEATURE_LABELS.BLANK_BOX} checked={blankBox} onChange={changed(setBlankBox)} errors={errors.blankBox} />
            ) : null}
            {features.blockAmzl ? (
              <Checkbox id="blockAmzl" label={FEATURE_LABELS.BLOCK_AMZL} checked={blockAmzl} onChange={changed(setBlockAmzl)} errors={errors.blockAmzl} />
            ) : null}
          </fieldset>
        ) : (
          <p className="text-sm text-slate-600">This account has no blank-box or block-Amazon-Logistics features in this marketplace.</p>
        )}
        <div>
          <Button type="submit" name="intent" value="preview" variant={ok ? 'secondary' : 'primary'} disabled={busy}>
            {previewing ? 'Getting preview…' : ok ? 'Preview again' : 'Preview'}
          </Button>
        </div>
        {preview.status === 'error' ? (
          <p role="alert" className="text-sm text-red-700">
            {preview.message}
          </p>
        ) : null}

        {ok ? (
          <>
            <input type="hidden" name="previewShortfall" value={JSON.stringify(ok.shortfall)} />
            <fieldset aria-describedby={errors.shippingSpeed ? 'shippingSpeed-error' : undefined}>
              <legend className="font-semibold">Shipping speed</legend>
              <Table caption="Preview per shipping speed" variant="compactCards" className="mt-2">
                <TableHead columns={['Speed', 'Fees', 'Ships', 'Arrives', 'Can ship']} />
                <tbody>
                  {/* On a phone each speed is a card: its radio on top, then its figures two by two. */}
                  {ok.options.map((o) => (
                    <tr key={o.speed} className="max-lg:grid-cols-2">
                      <td className="max-lg:col-span-2 max-lg:font-medium">
                        <label className="flex items-center gap-2">
                          <input type="radio" name="shippingSpeed" value={o.speed} checked={speed === o.speed} onChange={() => setSpeed(o.speed)} />
                          {o.speed}
                        </label>
                      </td>
                      <td data-label="Fees">
                        {o.totalFee ? (
                          <span className="font-medium">
                            {o.totalFee.amount} {o.totalFee.currency}
                          </span>
                        ) : (
                          '—'
                        )}
                        {o.fees.map((f) => (
                          <span key={f.name} className="block text-xs text-slate-600">
                            {FEE_LABELS[f.name] ?? f.name}: {f.amount} {f.currency}
                          </span>
                        ))}
                      </td>
                      <td data-label="Ships">
                        {date(o.earliestShipDate)}
                        {o.latestShipDate ? <span className="block text-xs text-slate-600">by {date(o.latestShipDate)}</span> : null}
                      </td>
                      <td data-label="Arrives">
                        {date(o.earliestArrivalDate)}
                        {o.latestArrivalDate ? <span className="block text-xs text-slate-600">by {date(o.latestArrivalDate)}</span> : null}
                      </td>
                      <td data-label="Can ship">
                        {o.isFulfillable ? 'Yes' : 'Not in full'}
                        {o.orderUnfulfillableReasons.map((r) => (
                          <span key={r} className="block text-xs text-red-700">
                            {reasonLabel(r)}
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <div id="shippingSpeed-error" aria-live="polite" className="text-sm text-red-700">
                {errors.shippingSpeed?.map((e) => (
                  <p key={e}>{e}</p>
                ))}
              </div>
            </fieldset>

            {ok.options[0]?.unfulfillableItems.length ? (
              <section aria-labelledby="unfulfillable-heading">
                <h3 id="unfulfillable-heading" className="font-semibold">
                  Items FBA cannot ship
                </h3>
                <ul className="ml-4 list-disc text-sm">
                  {ok.options[0].unfulfillableItems.map((i) => (
                    <li key={i.sellerFulfillmentOrderItemId}>
                      {i.sellerSku} ({itemTitle(i.sellerFulfillmentOrderItemId)}), {i.quantity} units:{' '}
                      {i.reasons.map(reasonLabel).join('; ') || 'no reason given'}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}

            {short ? (
              <fieldset className="rounded-md border border-amber-300 bg-amber-50 p-4" aria-describedby="lowStockChoice-error">
                <legend className="px-1 font-semibold">Not enough stock at FBA</legend>
                <ul className="mb-3 ml-4 list-disc text-sm">
                  {ok.assessment.lines
                    .filter((l) => l.short > 0)
                    .map((l) => (
                      <li key={l.orderItemId}>
                        {l.sellerSku}: {l.needed} needed, {availabilityText(l.available)} now, {l.short} short
                      </li>
                    ))}
                </ul>
                <div className="space-y-1 text-sm">
                  {LOW_STOCK_CHOICES.map((c) => (
                    <label key={c} className="flex items-center gap-2">
                      <input type="radio" name="lowStockChoice" value={c} checked={choice === c} onChange={() => setChoice(c)} />
                      {LOW_STOCK_LABELS[c]}
                    </label>
                  ))}
                </div>
                <div id="lowStockChoice-error" aria-live="polite" className="text-sm text-red-700">
                  {errors.lowStockChoice?.map((e) => (
                    <p key={e}>{e}</p>
                  ))}
                </div>
                {choice === 'notify-buyer' ? (
                  <Field
                    id="buyerMessage"
                    label="Message to the buyer"
                    errors={errors.buyerMessage}
                    hint="Sent as an 'unexpected problem' message. No HTML or e-mail addresses."
                  >
                    {(describedBy, invalid) => (
                      <textarea
                        id="buyerMessage"
                        name="buyerMessage"
                        rows={4}
                        value={buyerMessage}
                        onChange={(e) => setBuyerMessage(e.target.value)}
                        aria-describedby={describedBy}
                        aria-invalid={invalid}
                        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
                      />
                    )}
                  </Field>
                ) : null}
              </fieldset>
            ) : null}

            {stale ? (
              <p role="status" className="text-sm text-amber-800">
                You changed the options: preview again before creating the order.
              </p>
            ) : null}
            <FormMessage state={created} />
            <Button type="submit" name="intent" value="create" disabled={busy || stale}>
              {creating
                ? 'Sending…'
                : choice === 'notify-buyer' && short
                  ? 'Tell the buyer'
                  : choice === 'backorder' && short
                    ? 'Hold as backorder'
                    : 'Create fulfillment order'}
            </Button>
          </>
        ) : (
          <FormMessage state={created} />
        )}
      </form>
    </section>
  );
}

function Checkbox({
  id,
  label,
  checked,
  onChange,
  errors,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  errors?: string[] | undefined;
}) {
  return (
    <div>
      <label htmlFor={id} className="flex items-center gap-2 text-sm">
        <input
          id={id}
          name={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={errors?.length ? `${id}-error` : undefined}
          aria-invalid={Boolean(errors?.length)}
        />
        {label}
      </label>
      <div id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">
        {errors?.map((e) => (
          <p key={e}>{e}</p>
        ))}
      </div>
    </div>
  );
}
