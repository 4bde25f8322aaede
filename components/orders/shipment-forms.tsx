'use client';

import { useActionState } from 'react';
import {
  confirmFbaShipmentAction,
  confirmManualShipmentAction,
  refreshFbaStatusAction,
  setConfirmModeAction,
  updateShipmentStatusAction,
} from '@/lib/orders/actions';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { errorsAndValues, idleState } from '@/lib/actions/action-state';
import { CARRIERS, PICKUP_STATUS_LABELS, SHIPMENT_STATUSES } from '@/lib/orders/types';

export function RefreshFbaStatusButton({ orderId }: { orderId: string }) {
  const [state, action, pending] = useActionState(refreshFbaStatusAction, idleState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="orderId" value={orderId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Checking…' : 'Check FBA shipment status'}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

/**
 * Confirm is offered only while a shipped FBA package waits for it (never on an order with
 * nothing to confirm); the form stays, so the outcome of the last click stays on the page.
 */
export function ConfirmFbaShipmentButton({ orderId, waiting }: { orderId: string; waiting: boolean }) {
  const [state, action, pending] = useActionState(confirmFbaShipmentAction, idleState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="orderId" value={orderId} />
      {waiting ? (
        <Button type="submit" disabled={pending}>
          {pending ? 'Confirming…' : 'Confirm shipment on Amazon'}
        </Button>
      ) : null}
      <FormMessage state={state} />
    </form>
  );
}

export function ManualConfirmForm({
  orderId,
  items,
  today,
}: {
  orderId: string;
  items: Array<{ orderItemId: string; label: string; unshipped: number }>;
  today: string;
}) {
  const [state, action, pending] = useActionState(confirmManualShipmentAction, idleState);
  const { errors, values } = errorsAndValues(state);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="orderId" value={orderId} />
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <TextField
            id="carrierCode"
            label="Carrier"
            hint="Type to search Amazon's carriers. For one not listed, choose Other and type its name."
            list="carriers"
            autoComplete="off"
            defaultValue={values?.carrierCode}
            errors={errors?.carrierCode}
            required
          />
          <datalist id="carriers">
            {CARRIERS.map((c) => (
              <option key={c.code} value={c.code} label={c.name} />
            ))}
          </datalist>
        </div>
        <TextField id="carrierName" label="Carrier name (when the carrier is Other)" defaultValue={values?.carrierName} errors={errors?.carrierName} />
        <TextField id="trackingNumber" label="Tracking number" defaultValue={values?.trackingNumber} errors={errors?.trackingNumber} required />
        <TextField id="shipDate" label="Ship date" type="date" defaultValue={values?.shipDate ?? today} errors={errors?.shipDate} required />
        <TextField
          id="packageReferenceId"
          label="Package number"
          hint="A positive number, unique within this order."
          defaultValue={values?.packageReferenceId ?? '1'}
          errors={errors?.packageReferenceId}
          required
        />
      </div>
      <fieldset aria-describedby="items-error">
        <legend className="text-sm font-medium text-slate-800">Units in this package</legend>
        <div className="mt-2 grid gap-3 md:grid-cols-2">
          {items.map((item) => (
            <TextField
              key={item.orderItemId}
              id={`quantity.${item.orderItemId}`}
              label={`${item.label} (${item.unshipped} unshipped)`}
              type="number"
              min={0}
              max={item.unshipped}
              defaultValue={values?.[`quantity.${item.orderItemId}`] ?? String(item.unshipped)}
              errors={errors?.[`quantity.${item.orderItemId}`]}
            />
          ))}
        </div>
        <div id="items-error" aria-live="polite" className="text-sm text-red-700">
          {errors?._items?.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      </fieldset>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Confirming…' : 'Confirm shipment'}
      </Button>
    </form>
  );
}

export function ShipmentStatusForm({ orderId }: { orderId: string }) {
  const [state, action, pending] = useActionState(updateShipmentStatusAction, idleState);
  const { errors, values } = errorsAndValues(state);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="orderId" value={orderId} />
      <SelectField
        id="shipmentStatus"
        label="Pick-up status"
        defaultValue={values?.shipmentStatus ?? ''}
        errors={errors?.shipmentStatus}
        options={[{ value: '', label: 'Choose…' }, ...SHIPMENT_STATUSES.map((value) => ({ value, label: PICKUP_STATUS_LABELS[value] }))]}
      />
      <FormMessage state={state} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Updating…' : 'Update status'}
      </Button>
    </form>
  );
}

export function ConfirmModeForm({ mode, orderId }: { mode: 'automatic' | 'manual'; orderId: string }) {
  const [state, action, pending] = useActionState(setConfirmModeAction, idleState);
  const { errors } = errorsAndValues(state);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="orderId" value={orderId} />
      <SelectField
        id="mode"
        label="Confirm FBA shipments on Amazon orders"
        defaultValue={mode}
        errors={errors?.mode}
        options={[
          { value: 'manual', label: 'On a click (review first)' },
          { value: 'automatic', label: 'Automatically after each sync' },
        ]}
      />
      <FormMessage state={state} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Saving…' : 'Save setting'}
      </Button>
    </form>
  );
}
