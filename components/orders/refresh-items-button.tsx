'use client';

import { useActionState } from 'react';
import { refreshOrderItemsAction } from '@/lib/orders/actions';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { idleState } from '@/lib/actions/action-state';

export function RefreshItemsButton({ orderId }: { orderId: string }) {
  const [state, action, pending] = useActionState(refreshOrderItemsAction, idleState);
  return (
    <form action={action} className="mt-2 space-y-1">
      <input type="hidden" name="orderId" value={orderId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Reading items…' : 'Read items from Amazon now'}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
