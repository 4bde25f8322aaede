'use server';

/**
 * The outbound writes: create, update, cancel, return (operators and above, through
 * authorizedAction, audited with Amazon's request id), and the preview, which writes nothing
 * but spends quota, so it asks for the same role.
 */
import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authorizedAction, authorizedDataAction } from '@/lib/actions/authorized-action';
import type { DataState } from '@/lib/actions/action-state';
import { spApiForAccount } from '@/lib/accounts';
import { cancelInput, createInput, previewInput, returnInput, updateInput } from '@/lib/outbound/order-input';
import type { PreviewOption } from '@/lib/outbound/preview';
import { cancelOutboundOrder, createOutboundOrder, createOutboundReturn, previewOutboundOrder, updateOutboundOrder } from '@/lib/outbound/service';
import { outboundOrderPath } from '@/lib/outbound/paths';
import { UserFacingError } from '@/lib/user-facing-error';
import { importBatchInput, importCheckInput, type ImportBatchInput, type ImportCheckInput, type ImportOptions } from '@/lib/outbound/import-order';
import {
  checkImportedOrders,
  createImportedOrders,
  previewImportedOrders,
  rememberImportMapping,
  type ImportCheck,
  type ImportPreview,
  type ImportResult,
} from '@/lib/outbound/import-service';

const refreshPages = (accountId: string, id: string) => {
  revalidatePath('/outbound');
  revalidatePath(outboundOrderPath(accountId, id));
};

/** Create, then open the new order (after the audit entry is written) once it is stored. */
export const createOutboundOrderAction = authorizedAction({ name: 'outbound.create', role: 'operator', input: createInput }, async (input, { user, db }) => {
  const client = await spApiForAccount(db, user.workspaceId, input.accountId);
  const outcome = await createOutboundOrder(db, client, { workspaceId: user.workspaceId, accountId: input.accountId, userId: user.id }, input);
  refreshPages(input.accountId, input.sellerFulfillmentOrderId);
  const id = input.sellerFulfillmentOrderId;
  return {
    message: !outcome.stored
      ? `Amazon accepted fulfillment order ${id}; it will show in the list after the next sync.`
      : outcome.created
        ? `Fulfillment order ${id} created.`
        : `Fulfillment order ${id} already exists; nothing was sent twice.`,
    target: `${input.accountId}/${id}`,
    requestId: outcome.requestId,
    detail: {
      created: outcome.created,
      stored: outcome.stored,
      speed: input.shippingSpeedCategory,
      lines: input.items.length,
      requestId: outcome.requestId ?? null,
    },
    redirectTo: outcome.stored ? `${outboundOrderPath(input.accountId, id)}?created=1` : undefined,
  };
});

export type PreviewState = DataState<{ options: PreviewOption[] }>;

/** Writes nothing (no audit entry) but spends quota, so it is an operator's action. */
export const previewOutboundOrderAction = authorizedDataAction(
  { name: 'outbound.preview', role: 'operator', input: previewInput, audit: false, failure: 'The preview could not be loaded. Try again.' },
  async (input, { user, db }) => {
    const client = await spApiForAccount(db, user.workspaceId, input.accountId);
    return { data: { options: await previewOutboundOrder(db, client, { workspaceId: user.workspaceId, accountId: input.accountId }, input) } };
  },
);

export const cancelOutboundOrderAction = authorizedAction({ name: 'outbound.cancel', role: 'operator', input: cancelInput }, async (input, { user, db }) => {
  const client = await spApiForAccount(db, user.workspaceId, input.accountId);
  const outcome = await cancelOutboundOrder(db, client, { workspaceId: user.workspaceId, accountId: input.accountId }, input.sellerFulfillmentOrderId);
  refreshPages(input.accountId, input.sellerFulfillmentOrderId);
  return {
    message: 'Cancellation accepted by Amazon.',
    target: `${input.accountId}/${input.sellerFulfillmentOrderId}`,
    requestId: outcome.requestId,
    detail: { requestId: outcome.requestId ?? null },
  };
});

export const updateOutboundOrderAction = authorizedAction({ name: 'outbound.update', role: 'operator', input: updateInput }, async (input, { user, db }) => {
  const client = await spApiForAccount(db, user.workspaceId, input.accountId);
  const outcome = await updateOutboundOrder(db, client, { workspaceId: user.workspaceId, accountId: input.accountId }, input.sellerFulfillmentOrderId, input);
  refreshPages(input.accountId, input.sellerFulfillmentOrderId);
  return {
    message: input.release ? 'Order updated and released for shipping.' : 'Order updated.',
    target: `${input.accountId}/${input.sellerFulfillmentOrderId}`,
    requestId: outcome.requestId,
    detail: {
      speed: input.shippingSpeedCategory,
      release: input.release,
      quantities: input.quantities,
      addressChanged: Boolean(input.destinationAddress),
      requestId: outcome.requestId ?? null,
    },
  };
});

export const createOutboundReturnAction = authorizedAction(
  {
    name: 'outbound.return',
    role: 'operator',
    input: returnInput.extend({
      returnKey: z
        .string()
        .regex(/^[A-Za-z0-9]{1,40}$/)
        .optional(),
    }),
  },
  async (input, { user, db }) => {
    const client = await spApiForAccount(db, user.workspaceId, input.accountId);
    const outcome = await createOutboundReturn(
      db,
      client,
      { workspaceId: user.workspaceId, accountId: input.accountId },
      input,
      input.returnKey ?? randomUUID().replaceAll('-', ''),
    );
    refreshPages(input.accountId, input.sellerFulfillmentOrderId);
    if (!outcome.accepted) throw new UserFacingError(`Amazon did not accept the return: ${outcome.refused.join('; ') || 'no reason given'}.`);
    return {
      message: `Return authorized for ${outcome.accepted} unit${outcome.accepted === 1 ? '' : 's'} (RMA ${outcome.rmaIds.join(', ')}).${outcome.refused.length ? ` Not accepted: ${outcome.refused.join('; ')}.` : ''}`,
      target: `${input.accountId}/${input.sellerFulfillmentOrderId}`,
      requestId: outcome.requestId,
      detail: { reason: input.returnReasonCode, units: input.quantity, requestId: outcome.requestId ?? null },
    };
  },
);

// ---------------------------------------------------------------------------------------------
// Orders of another sales channel from a shop's export (the import page): check the whole file,
// then preview and create a batch at a time so the page shows progress. Only the orders travel;
// the file stays in the browser.
// ---------------------------------------------------------------------------------------------

const importOptions = (input: ImportBatchInput | ImportCheckInput): ImportOptions => ({
  accountId: input.accountId,
  marketplaceId: input.marketplaceId,
  shop: input.shop,
  shippingSpeedCategory: input.shippingSpeedCategory,
  displayableOrderComment: input.displayableOrderComment,
});

export type ImportCheckState = DataState<{ checks: ImportCheck[] }>;

/** Checks every order and remembers the columns chosen for the shop; writes nothing else, sends nothing to Amazon. */
export const checkOutboundImportAction = authorizedDataAction(
  { name: 'outbound.import.check', role: 'operator', input: importCheckInput, audit: false, failure: 'The file could not be checked. Try again.' },
  async (input, { user, db }) => {
    // The account must be the workspace's (refused otherwise) before its stock is read.
    await spApiForAccount(db, user.workspaceId, input.accountId);
    const tenant = { workspaceId: user.workspaceId, accountId: input.accountId };
    if (input.mapping) await rememberImportMapping(db, user.workspaceId, user.id, input.shop, input.mapping);
    return { data: { checks: await checkImportedOrders(db, tenant, importOptions(input), input.orders) } };
  },
);

export type ImportPreviewState = DataState<{ previews: ImportPreview[] }>;

/** Writes nothing (no audit entry) but spends quota, so it is an operator's action. */
export const previewOutboundImportAction = authorizedDataAction(
  { name: 'outbound.import.preview', role: 'operator', input: importBatchInput, audit: false, failure: 'The costs could not be loaded. Try again.' },
  async (input, { user, db }) => {
    const client = await spApiForAccount(db, user.workspaceId, input.accountId);
    return { data: { previews: await previewImportedOrders(client, importOptions(input), input.orders) } };
  },
);

export type ImportCreateState = DataState<{ results: ImportResult[] }>;

/** One batch of the file's orders created; the audit entry lists the references, never an address. */
export const createOutboundImportAction = authorizedDataAction(
  { name: 'outbound.import.create', role: 'operator', input: importBatchInput, target: (input) => input.accountId },
  async (input, { user, db }) => {
    const client = await spApiForAccount(db, user.workspaceId, input.accountId);
    const tenant = { workspaceId: user.workspaceId, accountId: input.accountId, userId: user.id };
    const results = await createImportedOrders(db, client, tenant, importOptions(input), input.orders);
    if (results.some((r) => r.status !== 'failed')) revalidatePath('/outbound');
    const refs = (status: ImportResult['status']) => results.filter((r) => r.status === status).map((r) => r.reference);
    return {
      data: { results },
      target: input.accountId,
      detail: { shop: input.shop, speed: input.shippingSpeedCategory, created: refs('created'), existing: refs('exists'), failed: refs('failed') },
    };
  },
);
