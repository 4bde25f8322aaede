'use client';

/** Update, cancel and return forms of an outbound order; the page shows each only while the status allows it. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { startTransition, useActionState, useEffect, useId, useState, type FormEvent } from 'react';
import { cancelOutboundOrderAction, createOutboundReturnAction, updateOutboundOrderAction } from '@/lib/outbound/actions';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { errorsAndValues, idleState, type ActionState } from '@/lib/actions/action-state';
import { type OutboundOrderView, SHIPPING_SPEEDS, statusLabel } from '@/lib/outbound/types';

/** After any answer (Amazon may have moved the order on), the page asks for the stored view again. */
function useRefetchAfter(state: ActionState, order: OutboundOrderView) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (state.status !== 'idle') void queryClient.invalidateQueries({ queryKey: ['outbound-order', order.accountId, order.sellerFulfillmentOrderId] });
  }, [state, queryClient, order.accountId, order.sellerFulfillmentOrderId]);
}

function OrderKeys({ order }: { order: OutboundOrderView }) {
  return (
    <>
      <input type="hidden" name="accountId" value={order.accountId} />
      <input type="hidden" name="sellerFulfillmentOrderId" value={order.sellerFulfillmentOrderId} />
    </>
  );
}

/** Stays mounted when the order moves on, so Amazon's refusal stays on screen next to the new status. */
export function CancelOrderForm({ order }: { order: OutboundOrderView }) {
  const [state, action, pending] = useActionState(cancelOutboundOrderAction, idleState);
  useRefetchAfter(state, order);
  const formId = `cancel-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  return (
    <form id={formId} action={action} className="space-y-2">
      <OrderKeys order={order} />
      {order.canCancel ? (
        <>
          <p className="text-sm text-slate-700">Amazon accepts a cancellation until it starts picking the order.</p>
          <ConfirmDialog
            formId={formId}
            trigger={pending ? 'Cancelling…' : 'Cancel this order'}
            title={`Cancel fulfillment order ${order.sellerFulfillmentOrderId}?`}
            confirmLabel="Cancel the order"
            disabled={pending}
            variant="danger"
          >
            <p>Amazon stops the order before it is picked: nothing ships to the customer and its units go back to your fulfillable stock.</p>
            <p>A cancellation cannot be undone. To ship these items later, create a new fulfillment order.</p>
          </ConfirmDialog>
        </>
      ) : (
        <p className="text-sm text-slate-700">This order is {statusLabel(order.status)}: Amazon no longer accepts changes or a cancellation.</p>
      )}
      <FormMessage state={state} />
    </form>
  );
}

const ADDRESS_FIELDS: [name: string, label: string, max: number][] = [
  ['name', 'Recipient name', 50],
  ['addressLine1', 'Address line 1', 60],
  ['addressLine2', 'Address line 2 (optional)', 60],
  ['city', 'City', 50],
  ['stateOrRegion', 'State or region', 150],
  ['postalCode', 'Postal code', 20],
  ['countryCode', 'Country code', 2],
  ['phone', 'Phone (optional)', 20],
];

export function UpdateOrderForm({ order }: { order: OutboundOrderView }) {
  const [state, action, pending] = useActionState(updateOutboundOrderAction, idleState);
  useRefetchAfter(state, order);
  const { errors, values } = errorsAndValues(state);
  const held = order.detail?.fulfillmentAction === 'Hold';
  const [changeAddress, setChangeAddress] = useState(false);
  // Close the address fields once Amazon took the change.
  useEffect(() => {
    if (state.status === 'success') setChangeAddress(false);
  }, [state]);
  // Submitted by hand, not through `<form action>`, so React does not reset what was typed
  // (and the address box) when Amazon or the checks refuse the change.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <OrderKeys order={order} />
      <SelectField
        id="update-speed"
        name="shippingSpeedCategory"
        label="Shipping speed"
        defaultValue={values?.shippingSpeedCategory ?? order.shippingSpeedCategory}
        options={SHIPPING_SPEEDS.map((s) => ({ value: s, label: s }))}
        errors={errors?.shippingSpeedCategory}
      />
      <TextField
        id="update-comment"
        name="displayableOrderComment"
        label="Packing slip note"
        maxLength={750}
        defaultValue={values?.displayableOrderComment ?? order.detail?.displayableOrderComment ?? ''}
        errors={errors?.displayableOrderComment}
      />
      {order.detail?.items.length ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">Quantities</legend>
          {order.detail.items.map((item) => {
            const key = `quantity.${item.sellerFulfillmentOrderItemId}`;
            return (
              <TextField
                key={key}
                id={`update-quantity-${item.sellerFulfillmentOrderItemId}`}
                name={key}
                label={`Quantity of ${item.sellerSku}`}
                type="number"
                min={1}
                max={250}
                defaultValue={values?.[key] ?? String(item.quantity)}
                errors={errors?.[key]}
              />
            );
          })}
        </fieldset>
      ) : null}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="changeAddress" checked={changeAddress} onChange={(e) => setChangeAddress(e.target.checked)} /> Change the delivery address
      </label>
      {changeAddress ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">New delivery address</legend>
          {ADDRESS_FIELDS.map(([name, label, max]) => (
            <TextField
              key={name}
              id={`update-${name}`}
              name={name}
              label={label}
              maxLength={max}
              autoComplete="off"
              defaultValue={values?.[name] ?? (name === 'countryCode' ? order.destination.country : '')}
              errors={errors?.[name]}
            />
          ))}
        </fieldset>
      ) : null}
      {held ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="release" /> Release the hold and ship now
        </label>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Saving…' : 'Save changes'}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

interface Reason {
  returnReasonCode: string;
  description: string;
}

async function fetchReasons(order: OutboundOrderView, sku: string): Promise<Reason[]> {
  const params = new URLSearchParams({ accountId: order.accountId, orderId: order.sellerFulfillmentOrderId, sku });
  const response = await fetch(`/api/outbound/return-reasons?${params}`, { cache: 'no-store' });
  const body = (await response.json()) as { reasons?: Reason[]; error?: string };
  if (!response.ok || !body.reasons) throw new Error(body.error ?? 'The return reasons could not be loaded.');
  return body.reasons;
}

export function ReturnForm({ order }: { order: OutboundOrderView }) {
  const [state, action, pending] = useActionState(createOutboundReturnAction, idleState);
  useRefetchAfter(state, order);
  const { errors } = errorsAndValues(state);
  // Shipped lines: (shipment, item) pairs a return can name.
  const shipped = (order.detail?.shipments ?? [])
    .filter((s) => s.fulfillmentShipmentStatus === 'SHIPPED')
    .flatMap((s) =>
      s.fulfillmentShipmentItem.map((i) => ({
        key: `${s.amazonShipmentId}|${i.sellerFulfillmentOrderItemId}`,
        shipmentId: s.amazonShipmentId,
        itemId: i.sellerFulfillmentOrderItemId,
        sku: i.sellerSku,
        quantity: i.quantity,
      })),
    );
  const [choice, setChoice] = useState(shipped[0]?.key ?? '');
  const line = shipped.find((s) => s.key === choice) ?? shipped[0];
  const reasons = useQuery({
    queryKey: ['return-reasons', order.accountId, order.sellerFulfillmentOrderId, line?.sku],
    queryFn: () => fetchReasons(order, line!.sku),
    enabled: Boolean(line),
    staleTime: 10 * 60_000,
  });
  // A fresh key per successful return, so a double click repeats the same item ids (Amazon flags the duplicate).
  const baseKey = useId().replace(/[^a-zA-Z0-9]/g, '');
  const [submitKey, setSubmitKey] = useState(() => `${baseKey}${Date.now().toString(36)}`);
  useEffect(() => {
    if (state.status === 'success') setSubmitKey(`${baseKey}${Date.now().toString(36)}`);
  }, [state, baseKey]);
  if (!line) return null;
  return (
    <form action={action} className="space-y-3">
      <OrderKeys order={order} />
      <input type="hidden" name="amazonShipmentId" value={line.shipmentId} />
      <input type="hidden" name="sellerFulfillmentOrderItemId" value={line.itemId} />
      <input type="hidden" name="returnKey" value={submitKey} />
      <SelectField
        id="return-line"
        label="Item to return"
        value={line.key}
        onChange={(e) => setChoice(e.target.value)}
        options={shipped.map((s) => ({ value: s.key, label: `${s.sku} (shipment ${s.shipmentId}, ${s.quantity} shipped)` }))}
      />
      <TextField id="return-quantity" name="quantity" label="Units" type="number" min={1} max={line.quantity} defaultValue="1" errors={errors?.quantity} />
      {reasons.isPending ? (
        <p role="status" className="text-sm text-slate-600">
          Loading Amazon’s return reasons…
        </p>
      ) : reasons.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {reasons.error.message}
        </p>
      ) : (
        <SelectField
          id="return-reason"
          name="returnReasonCode"
          label="Return reason"
          options={[{ value: '', label: 'Choose a reason' }, ...reasons.data.map((r) => ({ value: r.returnReasonCode, label: r.description }))]}
          errors={errors?.returnReasonCode}
        />
      )}
      <TextField id="return-comment" name="returnComment" label="Comment (optional)" maxLength={1000} errors={errors?.returnComment} />
      <Button type="submit" variant="secondary" disabled={pending || !reasons.isSuccess}>
        {pending ? 'Creating return…' : 'Create return'}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
