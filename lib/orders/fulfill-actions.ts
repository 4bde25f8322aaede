'use server';

import { revalidatePath } from 'next/cache';
import type { DataState } from '@/lib/actions/action-state';
import { authorizedAction, authorizedDataAction } from '@/lib/actions/authorized-action';
import { createFulfillmentOrderFromOrder, prepareFulfillment, previewFulfillment } from '@/lib/orders/fulfill-with-fba';
import { createFulfillmentInput, fulfillmentOptionsInput } from '@/lib/orders/fulfill-with-fba-input';
import type { StockAssessment } from '@/lib/orders/low-stock';
import { orderForAction } from '@/lib/orders/order-action-context';
import type { PreviewOption } from '@/lib/outbound/types';

export type PreviewState = DataState<{ options: PreviewOption[]; assessment: StockAssessment; shortfall: Record<string, number>; previewedAt: string }>;

export type PrepareState = DataState<object>;

/**
 * Called by the form when the page found the order's items or the account's features missing
 * or stale: reads them from Amazon and stores them, so the page (which only reads the
 * database) shows them after a refresh. A read, not a decision: no audit entry.
 */
export const prepareFulfillmentAction = authorizedDataAction(
  {
    name: 'orders.fulfillment.prepare',
    role: 'operator',
    input: fulfillmentOptionsInput.pick({ orderId: true }),
    audit: false,
    failure: 'Amazon could not be reached.',
  },
  async (input, { user, db }) => {
    const { order, client } = await orderForAction(db, user.workspaceId, input.orderId);
    await prepareFulfillment(db, client, order);
    return { data: {} };
  },
);

/** A preview changes nothing (no audit entry), but it reads the buyer's address from Amazon, so it is an operator's action. */
export const previewFulfillmentAction = authorizedDataAction(
  {
    name: 'orders.fulfillment.preview',
    role: 'operator',
    input: fulfillmentOptionsInput,
    audit: false,
    failure: 'The preview could not be loaded. Try again.',
  },
  async (input, { user, db }) => {
    const { order, client } = await orderForAction(db, user.workspaceId, input.orderId);
    const result = await previewFulfillment(db, client, order, input);
    return { data: { options: result.options, assessment: result.assessment, shortfall: result.shortfall, previewedAt: new Date().toISOString() } };
  },
);

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
