'use client';

import { useActionState } from 'react';
import { checkCancellationAction, resendCancellationAction } from '@/lib/orders/actions';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { idleState } from '@/lib/actions/action-state';

/** Asks Amazon now how far it is with the order's cancellations. */
export function CheckCancellationButton({ orderId }: { orderId: string }) {
  const [state, action, pending] = useActionState(checkCancellationAction, idleState);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="orderId" value={orderId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Asking Amazon…' : 'Check on Amazon now'}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

/** Sends again a cancellation that could not reach Amazon. */
export function ResendCancellationButton({ orderId, cancellationId }: { orderId: string; cancellationId: string }) {
  const [state, action, pending] = useActionState(resendCancellationAction, idleState);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="cancellationId" value={cancellationId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Sending…' : 'Send the cancellation again'}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
