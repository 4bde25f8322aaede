'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { DataState } from '@/lib/actions/action-state';
import { authorizedAction, authorizedDataAction } from '@/lib/actions/authorized-action';
import { fetchBuyerDetails, type BuyerDetails } from '@/lib/orders/buyer-details';
import { refreshOrder } from '@/lib/orders/refresh-order';
import { cancelBackorderHold } from '@/lib/orders/backorder/holds';
import { checkCancellations, resendCancellation } from '@/lib/orders/cancellation/service';
import { findOrder } from '@/lib/orders/order-context';
import { orderForAction } from '@/lib/orders/order-action-context';
import { tenantOf } from '@/lib/tenancy';
import { UserFacingError } from '@/lib/user-facing-error';
import { amazonOrderIdInput } from '@/lib/validation/amazon-identifiers';

const orderIdInput = z.object({ orderId: amazonOrderIdInput() });

export const refreshOrderAction = authorizedAction(
  { name: 'orders.refresh', role: 'operator', input: orderIdInput, target: (input) => input.orderId },
  async (input, { user, db }) => {
    const stored = await refreshOrder(db, user.workspaceId, input.orderId);
    if (stored === null) throw new UserFacingError('That order is not in this workspace.');
    revalidatePath(`/orders/${encodeURIComponent(input.orderId)}`);
    return { message: `Read from Amazon just now, with ${stored === 1 ? '1 item' : `${stored} items`}.`, target: input.orderId, detail: { items: stored } };
  },
);

export type BuyerDetailsState = DataState<{ details: BuyerDetails }>;

/**
 * Buyer name and address for one order, for operators and above. A read, not a write, but it
 * reveals personal data, so it leaves an audit entry: who looked at whose details, never the
 * details themselves.
 */
export const revealBuyerDetails = authorizedDataAction(
  {
    name: 'orders.view-buyer-details',
    role: 'operator',
    input: orderIdInput,
    target: (input) => input.orderId,
    failure: 'Amazon could not be asked right now. Try again.',
  },
  async (input, { user, db }) => {
    const details = await fetchBuyerDetails(db, user.workspaceId, input.orderId);
    if (!details) throw new UserFacingError('That order is not in this workspace.');
    return { data: { details } };
  },
);

/** Asks Amazon now how far it is with this order's cancellations, instead of waiting for the next sync. */
export const checkCancellationAction = authorizedAction(
  { name: 'orders.cancellation.check', role: 'operator', input: orderIdInput, target: (input) => input.orderId },
  async (input, { user, db }) => {
    const { order, client } = await orderForAction(db, user.workspaceId, input.orderId);
    const finished = await checkCancellations(db, client, tenantOf(order), order.amazonOrderId);
    revalidatePath(`/orders/${encodeURIComponent(input.orderId)}`);
    return {
      message: finished
        ? 'Amazon has finished with the cancellation: its answer is below.'
        : 'Amazon is still processing the cancellation. Check again in a minute.',
      target: input.orderId,
    };
  },
);

/** Sends again a cancellation that could not reach Amazon. */
export const resendCancellationAction = authorizedAction(
  {
    name: 'orders.cancellation.resend',
    role: 'operator',
    input: orderIdInput.extend({ cancellationId: z.uuid('Choose a cancellation.') }),
    target: (input) => input.orderId,
  },
  async (input, { user, db }) => {
    const { order, client } = await orderForAction(db, user.workspaceId, input.orderId);
    const sent = await resendCancellation(db, client, order, input.cancellationId);
    revalidatePath(`/orders/${encodeURIComponent(input.orderId)}`);
    if (sent.status === 'NOT_SENT') throw new UserFacingError(sent.outcome ?? 'The cancellation could not be sent to Amazon.');
    return { message: 'The cancellation was sent to Amazon.', target: input.orderId };
  },
);

/** Lets go of a held backorder: nothing is sent to Amazon, and the order can be fulfilled or answered another way. */
export const cancelBackorderHoldAction = authorizedAction(
  { name: 'orders.backorder.cancel-hold', role: 'operator', input: orderIdInput, target: (input) => input.orderId },
  async (input, { user, db }) => {
    const order = await findOrder(db, user.workspaceId, input.orderId);
    if (!order) throw new UserFacingError('That order was not found.');
    if (!(await cancelBackorderHold(db, order))) throw new UserFacingError('This order is not held as a backorder (any more): reload the page.');
    revalidatePath(`/orders/${encodeURIComponent(input.orderId)}`, 'layout');
    return { message: 'The hold is cancelled: nothing was sent to Amazon. Fulfill the order or answer the buyer from here.', target: input.orderId };
  },
);
