'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { idleState } from '@/lib/actions/action-state';
import { cancelBackorderHoldAction } from '@/lib/orders/actions';

/** Lets go of the order's backorder hold: nothing is sent to Amazon. */
export function CancelBackorderHoldButton({ orderId }: { orderId: string }) {
  const [state, action, pending] = useActionState(cancelBackorderHoldAction, idleState);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="orderId" value={orderId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Cancelling…' : 'Cancel the hold'}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
