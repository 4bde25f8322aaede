'use client';

import { useActionState } from 'react';
import { cancelShipmentAction, refreshShipmentAction, updateShipmentAction } from '@/lib/inbound/actions';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { Table, TableHead } from '@/components/ui/table';
import { errorsAndValues, idleState } from '@/lib/actions/action-state';

interface Item {
  sellerSku: string;
  fnsku: string | null;
  quantityShipped: number;
  quantityReceived: number;
  quantityInCase: number;
}

export function ShipmentItemsPanel({
  accountId,
  shipmentId,
  name,
  items,
  editable,
  cancellable,
  canRefresh,
}: {
  accountId: string;
  shipmentId: string;
  name: string;
  items: Item[];
  editable: boolean;
  cancellable: boolean;
  canRefresh: boolean;
}) {
  const [state, action, pending] = useActionState(updateShipmentAction, idleState);
  const [cancelState, cancelAction, cancelling] = useActionState(cancelShipmentAction, idleState);
  const [refreshState, refreshAction, refreshing] = useActionState(refreshShipmentAction, idleState);
  const { errors, values } = errorsAndValues(state);
  return (
    <section aria-labelledby="items-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="items-heading" className="text-lg font-semibold">
          Items
        </h2>
        {canRefresh ? (
          <form action={refreshAction}>
            <input type="hidden" name="accountId" value={accountId} />
            <input type="hidden" name="shipmentId" value={shipmentId} />
            <Button type="submit" variant="secondary" disabled={refreshing}>
              {refreshing ? 'Reading…' : 'Refresh from Amazon'}
            </Button>
          </form>
        ) : null}
      </div>
      <FormMessage state={refreshState} />
      {items.length === 0 ? <p className="mt-2 text-sm text-slate-600">The items have not synced yet.</p> : null}
      <form action={action} noValidate>
        <input type="hidden" name="accountId" value={accountId} />
        <input type="hidden" name="shipmentId" value={shipmentId} />
        <Table caption={`Items in ${shipmentId}`} variant="regular" className="mt-3">
          <TableHead
            columns={['SKU', 'FNSKU', { label: 'Shipped', numeric: true }, { label: 'Received', numeric: true }, { label: 'Per case', numeric: true }]}
          />
          <tbody>
            {items.map((i) => {
              const key = `qty_${i.sellerSku}`;
              return (
                <tr key={i.sellerSku}>
                  <td>{i.sellerSku}</td>
                  <td>{i.fnsku ?? '—'}</td>
                  <td className="text-right tabular-nums">
                    {editable ? (
                      <>
                        <label htmlFor={key} className="sr-only">
                          Quantity of {i.sellerSku}
                        </label>
                        <input
                          id={key}
                          name={key}
                          inputMode="numeric"
                          defaultValue={values?.[key] ?? String(i.quantityShipped)}
                          aria-invalid={Boolean(errors?.[key])}
                          aria-describedby={`${key}-error`}
                          className="w-24 rounded-md border border-slate-300 px-2 py-1 text-right"
                        />
                        <div id={`${key}-error`} aria-live="polite" className="text-left text-red-700">
                          {errors?.[key]?.map((e) => (
                            <p key={e}>{e}</p>
                          ))}
                        </div>
                      </>
                    ) : (
                      i.quantityShipped
                    )}
                  </td>
                  <td className="text-right tabular-nums">{i.quantityReceived}</td>
                  <td className="text-right tabular-nums">{i.quantityInCase || '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </Table>
        {editable ? (
          <div className="mt-4 space-y-3">
            <TextField id="name" label="Shipment name" defaultValue={values?.name ?? name} maxLength={100} errors={errors?.name} />
            <p className="text-xs text-slate-600">Set a quantity to 0 to take the SKU out. Amazon does not allow adding SKUs to a shipment.</p>
            <FormMessage state={state} />
            <Button type="submit" disabled={pending}>
              {pending ? 'Saving…' : 'Save changes'}
            </Button>
          </div>
        ) : null}
      </form>
      {cancellable ? (
        <form
          action={cancelAction}
          className="mt-4 border-t border-slate-200 pt-4"
          onSubmit={(e) => {
            if (!window.confirm(`Cancel shipment ${shipmentId}? Amazon releases its units.`)) e.preventDefault();
          }}
        >
          <input type="hidden" name="accountId" value={accountId} />
          <input type="hidden" name="shipmentId" value={shipmentId} />
          <FormMessage state={cancelState} />
          <Button type="submit" variant="danger" disabled={cancelling}>
            {cancelling ? 'Cancelling…' : 'Cancel shipment'}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
