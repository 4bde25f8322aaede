'use client';

import { useActionState } from 'react';
import { refreshOrderAction } from '@/lib/orders/actions';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { idleState } from '@/lib/actions/action-state';

/** Reads the order from Amazon now, for a seller who cannot wait for the next sync. */
export function RefreshOrderButton({ orderId }: { orderId: string }) {
  const [state, action, pending] = useActionState(refreshOrderAction, idleState);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="orderId" value={orderId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Reading the order…' : 'Refresh from Amazon'}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
