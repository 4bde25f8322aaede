'use client';

import { useActionState } from 'react';
import { createShipmentAction } from '@/lib/inbound/actions';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { errorsAndValues, idleState } from '@/lib/actions/action-state';

export function CreateShipmentForm({
  accountId,
  planId,
  shipmentId,
  defaultName,
}: {
  accountId: string;
  planId: string;
  shipmentId: string;
  defaultName: string;
}) {
  const [state, action, pending] = useActionState(createShipmentAction, idleState);
  const { errors, values } = errorsAndValues(state);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="shipmentId" value={shipmentId} />
      <div className="min-w-72">
        <TextField
          id={`name-${shipmentId}`}
          name="name"
          label={`Name for ${shipmentId}`}
          defaultValue={values?.name ?? defaultName}
          maxLength={100}
          errors={errors?.name}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? 'Creating…' : `Create shipment ${shipmentId}`}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
