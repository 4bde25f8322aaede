'use client';

import { useQuery } from '@tanstack/react-query';
import { useActionState } from 'react';
import { confirmPreorderAction } from '@/lib/inbound/actions';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { errorsAndValues, idleState } from '@/lib/actions/action-state';

interface PreorderInfo {
  containsPreorderableItems: boolean;
  confirmed: boolean;
  needByDate: string | null;
  confirmedFulfillableDate: string | null;
}

export function PreorderPanel({ accountId, shipmentId }: { accountId: string; shipmentId: string }) {
  const info = useQuery({
    queryKey: ['inbound-preorder', accountId, shipmentId],
    enabled: false,
    queryFn: async (): Promise<PreorderInfo> => {
      const response = await fetch(`/api/inbound/shipments/${accountId}/${encodeURIComponent(shipmentId)}/preorder`, { cache: 'no-store' });
      const body = (await response.json()) as PreorderInfo & { error?: string };
      if (!response.ok) throw new Error(body.error ?? 'Pre-order information is not available right now.');
      return body;
    },
  });
  const [state, action, pending] = useActionState(confirmPreorderAction, idleState);
  const { errors, values } = errorsAndValues(state);
  return (
    <section aria-labelledby="preorder-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="preorder-heading" className="text-lg font-semibold">
        Pre-order
      </h2>
      <p className="mt-1 text-sm text-slate-600">Items not released yet can sell as pre-orders if the shipment arrives by Amazon’s need-by date.</p>
      <Button type="button" variant="secondary" className="mt-3" disabled={info.isFetching} onClick={() => void info.refetch()}>
        {info.isFetching ? 'Asking Amazon…' : 'Check pre-order eligibility'}
      </Button>
      {info.isError ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {info.error.message}
        </p>
      ) : null}
      {info.data ? (
        info.data.containsPreorderableItems ? (
          info.data.confirmed ? (
            <p className="mt-2 text-sm">Confirmed for pre-order.</p>
          ) : (
            <form action={action} className="mt-3 space-y-3" noValidate>
              <input type="hidden" name="accountId" value={accountId} />
              <input type="hidden" name="shipmentId" value={shipmentId} />
              <p className="text-sm">
                Amazon needs it by <strong>{info.data.needByDate}</strong>; pre-order items would sell from {info.data.confirmedFulfillableDate}.
              </p>
              <TextField
                id="needByDate"
                label="Need-by date"
                type="date"
                defaultValue={values?.needByDate ?? info.data.needByDate ?? ''}
                errors={errors?.needByDate}
              />
              <FormMessage state={state} />
              <Button type="submit" disabled={pending}>
                {pending ? 'Confirming…' : 'Confirm pre-order'}
              </Button>
            </form>
          )
        ) : (
          <p className="mt-2 text-sm">This shipment has no pre-orderable items.</p>
        )
      ) : null}
    </section>
  );
}
