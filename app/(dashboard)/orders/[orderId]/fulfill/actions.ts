'use server';

import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import { getDb } from '@/db';
import { authorizedAction, fieldErrorsOf } from '@/lib/actions/authorized-action';
import { readForm } from '@/lib/actions/read-form';
import { getCurrentUser } from '@/lib/auth/session';
import { hasRole } from '@/lib/auth/roles';
import { createFulfillmentOrderFromOrder, prepareFulfillment, previewFulfillment } from '@/lib/orders/fulfill-with-fba';
import { createFulfillmentInput, fulfillmentOptionsInput } from '@/lib/orders/fulfill-with-fba-input';
import type { StockAssessment } from '@/lib/orders/low-stock';
import { orderForAction } from '@/lib/orders/order-action-context';
import type { PreviewOption } from '@/lib/outbound/preview';
import { UserFacingError } from '@/lib/user-facing-error';

export type PreviewState =
  | { status: 'idle' }
  | { status: 'error'; message: string; fieldErrors?: Record<string, string[]> }
  | { status: 'ok'; options: PreviewOption[]; assessment: StockAssessment; shortfall: Record<string, number>; previewedAt: string };

export type PrepareState = { status: 'idle' } | { status: 'ok' } | { status: 'error'; message: string; fieldErrors?: Record<string, string[]> };

/**
 * Called by the form when the page found the order's items or the account's features missing
 * or stale: reads them from Amazon and stores them, so the page (which only reads the
 * database) shows them after a refresh. A read, not a decision (no audit entry); it checks the
 * session and role like any action. Not an authorizedAction: that answers with a message only
 * and audits every call.
 */
export async function prepareFulfillmentAction(_previous: PrepareState, formData: FormData): Promise<PrepareState> {
  const user = await getCurrentUser();
  if (!user) return { status: 'error', message: 'Your session has ended. Sign in again.' };
  if (!hasRole(user.role, 'operator')) return { status: 'error', message: 'Your role does not allow this action.' };
  const form = readForm(formData);
  if ('refusal' in form) return { status: 'error', ...form.refusal };
  const parsed = fulfillmentOptionsInput.pick({ orderId: true }).safeParse(form.fields);
  if (!parsed.success) return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const db = await getDb();
    const { order, client } = await orderForAction(db, user.workspaceId, parsed.data.orderId);
    await prepareFulfillment(db, client, order);
    return { status: 'ok' };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof UserFacingError) return { status: 'error', message: error.message };
    console.error('[action orders.fulfillment.prepare]', error);
    return { status: 'error', message: 'Amazon could not be reached.' };
  }
}

/**
 * A preview changes nothing (no audit entry), but it reads the buyer's address from Amazon,
 * so it checks the session and role like any action. Not an authorizedAction: that answers
 * with a message only (the preview answers with options) and audits every call.
 */
export async function previewFulfillmentAction(_previous: PreviewState, formData: FormData): Promise<PreviewState> {
  const user = await getCurrentUser();
  if (!user) return { status: 'error', message: 'Your session has ended. Sign in again.' };
  if (!hasRole(user.role, 'operator')) return { status: 'error', message: 'Your role does not allow this action.' };
  const form = readForm(formData);
  if ('refusal' in form) return { status: 'error', ...form.refusal };
  const parsed = fulfillmentOptionsInput.safeParse(form.fields);
  if (!parsed.success) return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const db = await getDb();
    const { order, client } = await orderForAction(db, user.workspaceId, parsed.data.orderId);
    const result = await previewFulfillment(db, client, order, parsed.data);
    return { status: 'ok', options: result.options, assessment: result.assessment, shortfall: result.shortfall, previewedAt: new Date().toISOString() };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof UserFacingError) return { status: 'error', message: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
    console.error('[action orders.fulfillment.preview]', error);
    return { status: 'error', message: 'The preview could not be loaded. Try again.' };
  }
}

export const createFulfillmentOrderAction = authorizedAction(
  { name: 'orders.fulfillment-order.create', role: 'operator', input: createFulfillmentInput, target: (input) => input.orderId },
  async (input, { user, db }) => {
    const { order, client } = await orderForAction(db, user.workspaceId, input.orderId);
    const outcome = await createFulfillmentOrderFromOrder(db, client, order, user.id, input);
    revalidatePath(`/orders/${order.amazonOrderId}`, 'layout');
    return {
      message: outcome.message,
      target: order.amazonOrderId,
      requestId: outcome.requestId,
      detail: {
        sellerFulfillmentOrderId: outcome.sellerFulfillmentOrderId,
        created: outcome.created,
        shippingSpeed: input.shippingSpeed,
        fulfillmentPolicy: input.fulfillmentPolicy,
        lowStockChoice: outcome.decision,
        blankBox: input.blankBox,
        blockAmzl: input.blockAmzl,
        notificationEmails: input.notificationEmails.length,
        requestId: outcome.requestId,
      },
    };
  },
);
