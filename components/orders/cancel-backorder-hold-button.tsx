'use client';

import { useActionState, useId } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { idleState } from '@/lib/actions/action-state';
import { cancelBackorderHoldAction } from '@/lib/orders/actions';

/**
 * Lets go of the order's backorder hold, after a dialog saying what that means: nothing is sent
 * to Amazon, and the order no longer goes to FBA by itself when the stock is back.
 */
export function CancelBackorderHoldButton({ orderId }: { orderId: string }) {
  const [state, action, pending] = useActionState(cancelBackorderHoldAction, idleState);
  const formId = useId();
  return (
    <form id={formId} action={action} className="space-y-1">
      <input type="hidden" name="orderId" value={orderId} />
      <ConfirmDialog
        formId={formId}
        trigger={pending ? 'Cancelling…' : 'Cancel the hold'}
        title={`Cancel the backorder hold on order ${orderId}?`}
        confirmLabel="Cancel the hold"
        disabled={pending}
        variant="danger"
      >
        <p>The order stops waiting for FBA stock: the sync will no longer send it to FBA when the stock is back.</p>
        <p>Nothing was sent to Amazon, so nothing is cancelled there. Ship the order yourself, or fulfill it with FBA again from this page.</p>
      </ConfirmDialog>
      <FormMessage state={state} />
    </form>
  );
}
