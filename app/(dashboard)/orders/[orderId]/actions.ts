'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { authorizedAction } from '@/lib/actions/authorized-action';
import { readForm } from '@/lib/actions/read-form';
import { recordAudit } from '@/lib/audit/record';
import { getCurrentUser } from '@/lib/auth/session';
import { hasRole } from '@/lib/auth/roles';
import { fetchBuyerDetails, type BuyerDetails } from '@/lib/orders/buyer-details';
import { refreshOrderItems } from '@/lib/orders/refresh-items';
import { UserFacingError } from '@/lib/user-facing-error';

const orderIdInput = z.object({ orderId: z.string().trim().regex(/^[A-Za-z0-9-]{5,40}$/, 'That is not an Amazon order id.') });

export const refreshOrderItemsAction = authorizedAction({ name: 'orders.refresh-items', role: 'operator', input: orderIdInput, target: (input) => input.orderId }, async (input, { user, db }) => {
  // Amazon's refusals arrive as UserFacingError, shown as they are.
  const stored = await refreshOrderItems(db, user.workspaceId, input.orderId);
  if (stored === null) throw new UserFacingError('That order is not in this workspace.');
  revalidatePath(`/orders/${encodeURIComponent(input.orderId)}`);
  return { message: stored === 1 ? '1 item read from Amazon.' : `${stored} items read from Amazon.`, target: input.orderId, detail: { items: stored } };
});

export type BuyerDetailsState = { status: 'idle' } | { status: 'error'; message: string } | { status: 'ok'; details: BuyerDetails };

/**
 * Buyer name and address for one order, for operators and above. A read, not a write, so it
 * is not an authorizedAction (that returns only a message), but it checks the same things and
 * leaves an audit entry: who looked at whose details, never the details themselves.
 */
export async function revealBuyerDetails(_previous: BuyerDetailsState, formData: FormData): Promise<BuyerDetailsState> {
  const user = await getCurrentUser();
  if (!user) return { status: 'error', message: 'Your session has ended. Sign in again.' };
  if (!hasRole(user.role, 'operator')) return { status: 'error', message: 'Your role does not include buyer details.' };
  const form = readForm(formData);
  if ('refusal' in form) return { status: 'error', message: form.refusal.message };
  const parsed = orderIdInput.safeParse(form.fields);
  if (!parsed.success) return { status: 'error', message: 'That is not an Amazon order id.' };
  const orderId = parsed.data.orderId;
  const db = await getDb();
  const audit = (result: 'ok' | 'error', extra: { message?: string; requestId?: string | undefined } = {}) =>
    recordAudit(db, {
      workspaceId: user.workspaceId,
      userId: user.id,
      action: 'orders.view-buyer-details',
      target: orderId,
      result,
      ...(extra.message ? { detail: { message: extra.message } } : {}),
      requestId: extra.requestId ?? null,
    }).catch((error) => console.error('[audit]', error));
  try {
    const details = await fetchBuyerDetails(db, user.workspaceId, orderId);
    if (!details) return { status: 'error', message: 'That order is not in this workspace.' };
    await audit('ok');
    return { status: 'ok', details };
  } catch (error) {
    const message = error instanceof UserFacingError ? error.message : 'Amazon could not be asked right now. Try again.';
    if (!(error instanceof UserFacingError)) console.error('[orders.view-buyer-details]', error);
    await audit('error', { message, requestId: error instanceof UserFacingError ? error.requestId : undefined });
    return { status: 'error', message };
  }
}
