'use client';

import { useActionState, useEffect, useState } from 'react';
import { putTransportAction } from '@/lib/inbound/actions';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { errorsAndValues, idleState } from '@/lib/actions/action-state';
import { FREIGHT_CLASSES } from '@/lib/inbound/types';

interface BoxRow {
  length: string;
  width: string;
  height: string;
  weight: string;
}
interface PalletRow extends BoxRow {
  stacked: boolean;
}

const emptyBox = (): BoxRow => ({ length: '', width: '', height: '', weight: '' });
const small = 'block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-600';

export function TransportForm({
  accountId,
  shipmentId,
  currency,
  onSent,
}: {
  accountId: string;
  shipmentId: string;
  currency: 'USD' | 'GBP';
  onSent: () => void;
}) {
  const [state, action, pending] = useActionState(putTransportAction, idleState);
  const { errors, values } = errorsAndValues(state);
  const [type, setType] = useState<'SP' | 'LTL'>((values?.shipmentType as 'SP' | 'LTL') ?? 'SP');
  const [partnered, setPartnered] = useState<'yes' | 'no'>((values?.partnered as 'yes' | 'no') ?? 'yes');
  const [boxes, setBoxes] = useState<BoxRow[]>([emptyBox()]);
  const [pallets, setPallets] = useState<PalletRow[]>([{ ...emptyBox(), stacked: false }]);
  const [dimensionUnit, setDimensionUnit] = useState<'inches' | 'centimeters'>('inches');
  const [weightUnit, setWeightUnit] = useState<'pounds' | 'kilograms'>('pounds');
  useEffect(() => {
    if (state.status === 'success') onSent();
  }, [state, onSent]);

  const err = (key: string) => errors?.[key];
  const num = (v: string) => (v.trim() === '' ? '' : Number(v));
  const packagesJson = JSON.stringify(
    boxes.map((b) => ({ length: num(b.length), width: num(b.width), height: num(b.height), weight: num(b.weight), dimensionUnit, weightUnit })),
  );
  const palletsJson = JSON.stringify(
    pallets.map((p) => ({
      length: num(p.length),
      width: num(p.width),
      height: num(p.height),
      weight: num(p.weight),
      dimensionUnit,
      weightUnit,
      stacked: p.stacked,
    })),
  );

  return (
    <form action={action} className="mt-4 space-y-4" noValidate>
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="shipmentId" value={shipmentId} />
      <fieldset>
        <legend className="text-sm font-medium">Shipment type</legend>
        <div className="mt-1 flex gap-6 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="shipmentType" value="SP" checked={type === 'SP'} onChange={() => setType('SP')} />
            Small parcel (boxes)
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="shipmentType" value="LTL" checked={type === 'LTL'} onChange={() => setType('LTL')} />
            LTL freight (pallets)
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium">Carrier</legend>
        <div className="mt-1 flex gap-6 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="partnered" value="yes" checked={partnered === 'yes'} onChange={() => setPartnered('yes')} />
            Amazon-partnered carrier
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="partnered" value="no" checked={partnered === 'no'} onChange={() => setPartnered('no')} />
            My own carrier
          </label>
        </div>
      </fieldset>

      {(type === 'SP' && partnered === 'yes') || (type === 'LTL' && partnered === 'yes') ? (
        <div className="grid grid-cols-2 gap-3">
          <SelectField
            id="dimensionUnit"
            label="Dimension unit"
            value={dimensionUnit}
            onChange={(e) => setDimensionUnit(e.target.value as 'inches')}
            options={[
              { value: 'inches', label: 'Inches' },
              { value: 'centimeters', label: 'Centimeters' },
            ]}
          />
          <SelectField
            id="weightUnit"
            label="Weight unit"
            value={weightUnit}
            onChange={(e) => setWeightUnit(e.target.value as 'pounds')}
            options={[
              { value: 'pounds', label: 'Pounds' },
              { value: 'kilograms', label: 'Kilograms' },
            ]}
          />
        </div>
      ) : null}

      {type === 'SP' && partnered === 'yes' ? (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium">Boxes</legend>
          <input type="hidden" name="packages" value={packagesJson} />
          <ErrorList id="packages-error" messages={err('packages')} />
          {boxes.map((box, i) => (
            <DimensionRow
              key={i}
              what="box"
              index={i}
              row={box}
              errors={errors}
              errorPrefix="packages"
              weightLabel="Weight"
              onChange={(patch) => setBoxes((all) => all.map((b, j) => (j === i ? { ...b, ...patch } : b)))}
              onRemove={boxes.length > 1 ? () => setBoxes((all) => all.filter((_, j) => j !== i)) : undefined}
            />
          ))}
          <Button type="button" variant="secondary" onClick={() => setBoxes((all) => [...all, emptyBox()])}>
            Add box
          </Button>
        </fieldset>
      ) : null}

      {partnered === 'no' ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField id="carrierName" label="Carrier" defaultValue={values?.carrierName} errors={err('carrierName')} />
          {type === 'SP' ? (
            <div>
              <label htmlFor="trackingIds" className="block text-sm font-medium text-slate-800">
                Tracking numbers (one per box)
              </label>
              <textarea
                id="trackingIds"
                name="trackingIds"
                rows={3}
                defaultValue={values?.trackingIds}
                aria-invalid={Boolean(err('trackingIds'))}
                aria-describedby="trackingIds-error"
                className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
              />
              <ErrorList id="trackingIds-error" messages={err('trackingIds')} />
            </div>
          ) : (
            <TextField id="proNumber" label="PRO number" defaultValue={values?.proNumber} errors={err('proNumber')} />
          )}
        </div>
      ) : null}

      {type === 'LTL' && partnered === 'yes' ? (
        <div className="space-y-4">
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField id="contactName" label="Contact name" defaultValue={values?.contactName} errors={err('contactName')} />
            <TextField id="contactPhone" label="Contact phone" type="tel" defaultValue={values?.contactPhone} errors={err('contactPhone')} />
            <TextField id="contactEmail" label="Contact email" type="email" defaultValue={values?.contactEmail} errors={err('contactEmail')} />
            <TextField id="contactFax" label="Contact fax (optional)" defaultValue={values?.contactFax} errors={err('contactFax')} />
            <TextField id="boxCount" label="Number of boxes" inputMode="numeric" defaultValue={values?.boxCount} errors={err('boxCount')} />
            <TextField id="freightReadyDate" label="Freight ready date" type="date" defaultValue={values?.freightReadyDate} errors={err('freightReadyDate')} />
            <SelectField
              id="sellerFreightClass"
              label="Freight class (optional)"
              defaultValue={values?.sellerFreightClass ?? ''}
              options={[{ value: '', label: 'Let Amazon estimate it' }, ...FREIGHT_CLASSES.map((c) => ({ value: c, label: `Class ${c}` }))]}
              errors={err('sellerFreightClass')}
            />
            <div className="grid grid-cols-[1fr_6rem] gap-2">
              <TextField
                id="declaredValue"
                label="Declared value of the goods"
                inputMode="decimal"
                defaultValue={values?.declaredValue}
                errors={err('declaredValue')}
              />
              <SelectField
                id="declaredCurrency"
                label="Currency"
                defaultValue={values?.declaredCurrency ?? currency}
                options={[
                  { value: 'USD', label: 'USD' },
                  { value: 'GBP', label: 'GBP' },
                ]}
                errors={err('declaredCurrency')}
              />
            </div>
          </div>
          <fieldset className="space-y-3">
            <legend className="text-sm font-medium">Pallets</legend>
            <input type="hidden" name="pallets" value={palletsJson} />
            <ErrorList id="pallets-error" messages={err('pallets')} />
            {pallets.map((p, i) => (
              <div key={i}>
                <DimensionRow
                  what="pallet"
                  index={i}
                  row={p}
                  errors={errors}
                  errorPrefix="pallets"
                  weightLabel="Weight (optional)"
                  onChange={(patch) => setPallets((all) => all.map((x, j) => (j === i ? { ...x, ...patch } : x)))}
                  onRemove={pallets.length > 1 ? () => setPallets((all) => all.filter((_, j) => j !== i)) : undefined}
                />
                <label className="mt-1 flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={p.stacked}
                    onChange={(e) => setPallets((all) => all.map((x, j) => (j === i ? { ...x, stacked: e.target.checked } : x)))}
                  />
                  Pallet {i + 1} is stacked
                </label>
              </div>
            ))}
            <Button
              type="button"
              variant="secondary"
              onClick={() => setPallets((all) => [...all, { length: '48', width: '40', height: '', weight: '', stacked: false }])}
            >
              Add pallet
            </Button>
          </fieldset>
        </div>
      ) : null}

      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Sending…' : 'Send transport details'}
      </Button>
    </form>
  );
}

function DimensionRow({
  what,
  index,
  row,
  errors,
  errorPrefix,
  weightLabel,
  onChange,
  onRemove,
}: {
  what: 'box' | 'pallet';
  index: number;
  row: BoxRow;
  errors: Record<string, string[]> | undefined;
  errorPrefix: string;
  weightLabel: string;
  onChange: (patch: Partial<BoxRow>) => void;
  onRemove?: (() => void) | undefined;
}) {
  const fields = [
    ['length', 'Length'],
    ['width', 'Width'],
    ['height', 'Height'],
    ['weight', weightLabel],
  ] as const;
  return (
    <div className="grid grid-cols-2 items-start gap-2 sm:grid-cols-5">
      {fields.map(([key, label]) => {
        const id = `${what}-${index}-${key}`;
        const messages = errors?.[`${errorPrefix}.${index}.${key}`];
        return (
          <div key={key}>
            <label htmlFor={id} className="block text-xs font-medium">
              {label} of {what} {index + 1}
            </label>
            <input
              id={id}
              inputMode="decimal"
              value={row[key]}
              onChange={(e) => onChange({ [key]: e.target.value })}
              aria-invalid={Boolean(messages)}
              aria-describedby={`${id}-error`}
              className={small}
            />
            <ErrorList id={`${id}-error`} messages={messages} />
          </div>
        );
      })}
      {onRemove ? (
        <Button type="button" variant="secondary" className="self-end" onClick={onRemove}>
          Remove {what} {index + 1}
        </Button>
      ) : null}
    </div>
  );
}

function ErrorList({ id, messages }: { id: string; messages: string[] | undefined }) {
  return (
    <div id={id} aria-live="polite" className="text-sm text-red-700">
      {messages?.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}
