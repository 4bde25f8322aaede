'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { DataState } from '@/lib/actions/action-state';
import { authorizedDataAction } from '@/lib/actions/authorized-action';
import { SHIPPING_SPEEDS } from '@/lib/outbound/types';
import { fulfillBatchWithFba, previewBatchWithFba } from '@/lib/orders/bulk-fulfill';
import { BULK_FULFILL_BATCH, type BulkFulfillResult, type BulkPreviewResult } from '@/lib/orders/bulk-fulfill-rules';
import { parseSelectedOrderIds } from '@/lib/orders/selection';

export type BulkFulfillState = DataState<{ results: BulkFulfillResult[] }>;
export type BulkPreviewState = DataState<{ results: BulkPreviewResult[] }>;

/** One batch of the bulk page's orders, comma-separated, as the page sends them. */
const batchIds = z
  .string()
  .max(BULK_FULFILL_BATCH * 20)
  .transform((text, ctx) => {
    const parsed = parseSelectedOrderIds(text);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.problem });
    else if (parsed.ids.length > BULK_FULFILL_BATCH) ctx.addIssue({ code: 'custom', message: `Send at most ${BULK_FULFILL_BATCH} orders at a time.` });
    return parsed.ok ? parsed.ids : [];
  });

const batchInput = z.object({ orderIds: batchIds, shippingSpeed: z.enum(SHIPPING_SPEEDS, { error: 'Choose a shipping speed.' }) });

/**
 * Amazon's preview of one batch of the bulk page's orders at the chosen speed (the page calls
 * it batch after batch, showing progress). It changes nothing, so no audit entry, as for one
 * order's preview; it reads the buyers' addresses from Amazon, so it is an operator's.
 */
export const previewOrdersWithFbaAction = authorizedDataAction(
  {
    name: 'orders.bulk.fulfill-with-fba.preview',
    role: 'operator',
    input: batchInput,
    audit: false,
    failure: 'This batch could not be previewed. Preview again.',
  },
  async (input, { user, db }) => ({ data: { results: await previewBatchWithFba(db, user.workspaceId, input.orderIds, input.shippingSpeed) } }),
);

/**
 * Fulfills one batch of orders with FBA (the bulk page calls it batch after batch, showing
 * progress). Each order's result comes back, failures included; one audit entry per batch
 * names every order and what became of it.
 */
export const fulfillOrdersWithFbaAction = authorizedDataAction(
  {
    name: 'orders.bulk.fulfill-with-fba',
    role: 'operator',
    input: batchInput,
    target: (input) => input.orderIds.join(', '),
    failure: 'This batch could not be sent. Run it again: orders already sent are not sent twice.',
  },
  async (input, { user, db }) => {
    const results = await fulfillBatchWithFba(db, user.workspaceId, user.id, input.orderIds, input.shippingSpeed);
    revalidatePath('/orders');
    return {
      data: { results },
      detail: { shippingSpeed: input.shippingSpeed, results: results.map((r) => ({ orderId: r.amazonOrderId, outcome: r.outcome, message: r.message })) },
    };
  },
);
