/**
 * The outbound writes and the SP-API reads behind the forms: preview, create (one order per
 * submit, for the outbound form and for an Amazon order alike), update, cancel, return
 * reasons and returns. Each takes the client for the account and the tenant, checks what can
 * be checked before anything is sent, and stores Amazon's answer so the pages show the result
 * at once.
 */
import 'server-only';
import { requestFingerprint } from '@/lib/crypto/request-fingerprint';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { fulfillmentOrders, outboundSubmissions } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/types';
import { withRequestId, SpApiError, asUserFacing } from '@/lib/sp-api';
import type { CreateFulfillmentOrderRequest, GetFulfillmentPreviewRequest, ReasonCodeDetails } from '@/lib/sp-api/generated/fulfillment-outbound';
import { UserFacingError } from '@/lib/user-facing-error';
import type { CreateInput, PreviewInput, ReturnInput } from './order-input';
import type { FulfillmentOrderDetail } from './reshape';
import { reshapePreview, type PreviewOption } from './preview';
import { storedFulfillable } from './queries';
import type { Tenant } from '@/lib/tenancy';
import { fetchAndStoreFulfillmentOrder, refreshPackageTracking } from './refresh';
import { buildCreateRequest, buildPreviewRequest, buildReturnRequest, buildUpdateRequest } from './requests';
import { canCancel, canReturn, canUpdate, statusLabel } from './status-rules';

export interface WriteOutcome {
  requestId: string | undefined;
}

/** Unknown SKUs and FillOrKill shortfalls, from the synced stock, before Amazon is asked. */
export async function checkItemsAgainstStock(db: Db, tenant: Tenant, input: PreviewInput & { fulfillmentPolicy?: string }): Promise<void> {
  const stock = await storedFulfillable(
    db,
    tenant.workspaceId,
    tenant.accountId,
    input.marketplaceId,
    input.items.map((i) => i.sellerSku),
  );
  const errors: Record<string, string[]> = {};
  input.items.forEach((line, i) => {
    const available = stock.get(line.sellerSku);
    if (available === undefined) {
      errors[`items.${i}.sellerSku`] = [`${line.sellerSku} is not a SKU of this account's FBA inventory in this marketplace.`];
    } else if ((input.fulfillmentPolicy ?? 'FillOrKill') === 'FillOrKill' && line.quantity > available) {
      errors[`items.${i}.quantity`] = [`Only ${available} of ${line.sellerSku} can be shipped; with "fill or kill" the whole order would be refused.`];
    }
  });
  if (Object.keys(errors).length) throw new UserFacingError('Some items cannot be shipped. Nothing was sent to Amazon.', errors);
}

/** getFeatureSKU for each SKU of a Required feature: a SKU that may not use it is refused here. */
export async function checkFeatureEligibility(client: SpApiClient, input: PreviewInput): Promise<void> {
  const wanted = [...(input.blankBox ? ['BLANK_BOX'] : []), ...(input.blockAmzl ? ['BLOCK_AMZL'] : [])];
  const errors: Record<string, string[]> = {};
  for (const featureName of wanted) {
    for (const [i, line] of input.items.entries()) {
      const { payload } = await client.fulfillmentOutbound.getFeatureSKU({ marketplaceId: input.marketplaceId, featureName, sellerSku: line.sellerSku });
      if (!payload?.isEligible) {
        const reasons = payload?.ineligibleReasons?.join(', ') ?? 'not eligible';
        (errors[`items.${i}.sellerSku`] ??= []).push(
          `${line.sellerSku} may not use ${featureName === 'BLANK_BOX' ? 'blank box' : 'block Amazon Logistics'} (${reasons}).`,
        );
      }
    }
  }
  if (Object.keys(errors).length) throw new UserFacingError('Some items may not use the chosen options. Nothing was sent to Amazon.', errors);
}

/** getFulfillmentPreview for every speed, reshaped for the preview tables. */
export async function fetchPreview(
  client: SpApiClient,
  request: GetFulfillmentPreviewRequest,
): Promise<{ options: PreviewOption[]; requestId: string | undefined }> {
  const { result, requestId } = await withRequestId('fulfillmentOutbound.getFulfillmentPreview', () =>
    client.fulfillmentOutbound.getFulfillmentPreview({ body: request }),
  );
  return { options: (result.payload?.fulfillmentPreviews ?? []).map(reshapePreview), requestId };
}

export async function previewOutboundOrder(db: Db, client: SpApiClient, tenant: Tenant, input: PreviewInput): Promise<PreviewOption[]> {
  await checkItemsAgainstStock(db, tenant, { ...input, fulfillmentPolicy: 'FillAllAvailable' });
  try {
    return (await fetchPreview(client, buildPreviewRequest(input))).options;
  } catch (error) {
    throw asUserFacing(error, 'preview this order');
  }
}

/** `stored`: the order is in the database (false when Amazon accepted it but reading it back failed; the sync brings it). */
export type CreateOutcome = WriteOutcome & { created: boolean; stored: boolean };

/**
 * The outbound form's order, with the seller's (or the form's generated) reference. Stock and
 * feature eligibility are checked once the reference is claimed (see submitFulfillmentOrder).
 */
export function createOutboundOrder(db: Db, client: SpApiClient, tenant: Tenant & { userId: string | null }, input: CreateInput): Promise<CreateOutcome> {
  const reference = input.sellerFulfillmentOrderId;
  return submitFulfillmentOrder(db, client, tenant, buildCreateRequest(input), {
    precheck: async () => {
      await checkItemsAgainstStock(db, tenant, input);
      await checkFeatureEligibility(client, input);
    },
    referenceTaken: () =>
      new UserFacingError(`The reference ${reference} is already used by another order. Choose a new reference.`, {
        sellerFulfillmentOrderId: ['Already used by another order.'],
      }),
  });
}

/**
 * createFulfillmentOrder with sellerFulfillmentOrderId as the idempotency key: the one guard
 * against creating an order twice, for every caller. A submission row claims the id first
 * (one INSERT, so several tabs, clicks or instances agree): a double submit or a retry after
 * a lost answer finds the order instead of creating a second one; the same id with other
 * content is refused with `referenceTaken` rather than silently sent (Amazon would refuse it
 * too). `precheck` runs only for the submit that owns the claim.
 */
export async function submitFulfillmentOrder(
  db: Db,
  client: SpApiClient,
  tenant: Tenant & { userId: string | null },
  request: CreateFulfillmentOrderRequest,
  options: { precheck?: () => Promise<void>; referenceTaken: () => UserFacingError },
): Promise<CreateOutcome> {
  const fingerprint = requestFingerprint(request);
  const key = { accountId: tenant.accountId, sellerFulfillmentOrderId: request.sellerFulfillmentOrderId };
  const claimed = await db
    .insert(outboundSubmissions)
    .values({ ...key, workspaceId: tenant.workspaceId, fingerprint, submittedBy: tenant.userId })
    .onConflictDoNothing()
    .returning({ state: outboundSubmissions.state });
  const precheck = async () => {
    // Stock and features are checked once per submission; a retry of the same submit skips to the call.
    try {
      await options.precheck?.();
    } catch (error) {
      await releaseClaim(db, key);
      throw error instanceof UserFacingError ? error : asUserFacing(error, 'check the items');
    }
  };
  // Whether this submit owns the reference: the first claim, or a takeover of a failed one.
  let owner = claimed.length > 0;
  if (owner) {
    await precheck();
  } else {
    const [existing] = await db
      .select()
      .from(outboundSubmissions)
      .where(and(eq(outboundSubmissions.accountId, key.accountId), eq(outboundSubmissions.sellerFulfillmentOrderId, key.sellerFulfillmentOrderId)));
    const sameContent = !existing || existing.fingerprint === fingerprint;
    if (existing?.state === 'created') {
      if (!sameContent) throw options.referenceTaken();
      return { created: false, requestId: undefined, stored: await ensureStored(db, client, tenant, key.sellerFulfillmentOrderId) };
    }
    // Pending: an earlier attempt may have reached Amazon; if so, that order is the answer.
    const found = await fetchAndStoreFulfillmentOrder(db, client, tenant, key.sellerFulfillmentOrderId);
    if (found) {
      await markCreated(db, key);
      if (!sameContent) throw options.referenceTaken();
      return { created: false, requestId: undefined, stored: true };
    }
    if (!sameContent) {
      // The earlier attempt never reached Amazon (it failed on the way): this submit, with
      // corrected content, takes the reference over.
      await db
        .update(outboundSubmissions)
        .set({ fingerprint, submittedBy: tenant.userId, submittedAt: new Date() })
        .where(and(eq(outboundSubmissions.accountId, key.accountId), eq(outboundSubmissions.sellerFulfillmentOrderId, key.sellerFulfillmentOrderId)));
      owner = true;
      await precheck();
    }
  }
  let requestId: string | undefined;
  try {
    ({ requestId } = await withRequestId('fulfillmentOutbound.createFulfillmentOrder', () =>
      client.fulfillmentOutbound.createFulfillmentOrder({ body: request }),
    ));
  } catch (error) {
    // Refused: the reference is free again so the corrected order can use it.
    if (error instanceof SpApiError && (error.kind === 'InvalidInput' || error.kind === 'ClientError')) await releaseClaim(db, key);
    throw asUserFacing(error, 'create the fulfillment order');
  }
  await markCreated(db, key);
  const stored = await readBack(db, client, tenant, key.sellerFulfillmentOrderId);
  // Only the submission that owns the reference reports a new order; a concurrent twin that
  // resent the identical request got Amazon's no-op answer for the same order.
  return { created: owner, requestId: requestId, stored };
}

/**
 * Stores the order Amazon now holds. Amazon has accepted it, so a failed read only delays the
 * stored copy (the next sync brings it); it must not report the create as failed, which would
 * tell the seller "nothing was changed" about an order that will ship.
 */
async function readBack(db: Db, client: SpApiClient, tenant: Tenant, id: string): Promise<boolean> {
  try {
    return (await fetchAndStoreFulfillmentOrder(db, client, tenant, id)) !== null;
  } catch (error) {
    console.error('[outbound.create] reading the new order back failed', error instanceof Error ? `${error.name}: ${error.message}` : error);
    return false;
  }
}

async function ensureStored(db: Db, client: SpApiClient, tenant: Tenant, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: fulfillmentOrders.sellerFulfillmentOrderId })
    .from(fulfillmentOrders)
    .where(
      and(
        eq(fulfillmentOrders.workspaceId, tenant.workspaceId),
        eq(fulfillmentOrders.accountId, tenant.accountId),
        eq(fulfillmentOrders.sellerFulfillmentOrderId, id),
      ),
    );
  return row ? true : readBack(db, client, tenant, id);
}

async function markCreated(db: Db, key: { accountId: string; sellerFulfillmentOrderId: string }) {
  await db
    .update(outboundSubmissions)
    .set({ state: 'created' })
    .where(and(eq(outboundSubmissions.accountId, key.accountId), eq(outboundSubmissions.sellerFulfillmentOrderId, key.sellerFulfillmentOrderId)));
}

async function releaseClaim(db: Db, key: { accountId: string; sellerFulfillmentOrderId: string }) {
  await db
    .delete(outboundSubmissions)
    .where(
      and(
        eq(outboundSubmissions.accountId, key.accountId),
        eq(outboundSubmissions.sellerFulfillmentOrderId, key.sellerFulfillmentOrderId),
        eq(outboundSubmissions.state, 'pending'),
      ),
    );
}

/** The stored status, for the status rules; the order must belong to the tenant. */
async function storedOrder(db: Db, tenant: Tenant, id: string): Promise<{ status: string; detail: FulfillmentOrderDetail | null }> {
  const [row] = await db
    .select({ status: fulfillmentOrders.status, detail: fulfillmentOrders.detail })
    .from(fulfillmentOrders)
    .where(
      and(
        eq(fulfillmentOrders.workspaceId, tenant.workspaceId),
        eq(fulfillmentOrders.accountId, tenant.accountId),
        eq(fulfillmentOrders.sellerFulfillmentOrderId, id),
      ),
    );
  if (!row) throw new UserFacingError('That fulfillment order was not found.');
  return { status: row.status, detail: (row.detail as FulfillmentOrderDetail | null) ?? null };
}

async function storedStatus(db: Db, tenant: Tenant, id: string): Promise<string> {
  return (await storedOrder(db, tenant, id)).status;
}

export async function cancelOutboundOrder(db: Db, client: SpApiClient, tenant: Tenant, id: string): Promise<WriteOutcome> {
  const status = await storedStatus(db, tenant, id);
  if (!canCancel(status)) throw new UserFacingError(`This order is ${statusLabel(status)}: Amazon no longer accepts a cancellation.`);
  let requestId: string | undefined;
  try {
    ({ requestId } = await withRequestId('fulfillmentOutbound.cancelFulfillmentOrder', () =>
      client.fulfillmentOutbound.cancelFulfillmentOrder({ sellerFulfillmentOrderId: id }),
    ));
  } catch (error) {
    // Amazon knows better than our copy (the order may have moved on): store what it says now.
    await fetchAndStoreFulfillmentOrder(db, client, tenant, id).catch(() => null);
    throw asUserFacing(error, 'cancel this order');
  }
  await fetchAndStoreFulfillmentOrder(db, client, tenant, id);
  return { requestId: requestId };
}

export async function updateOutboundOrder(
  db: Db,
  client: SpApiClient,
  tenant: Tenant,
  id: string,
  input: Parameters<typeof buildUpdateRequest>[0],
): Promise<WriteOutcome> {
  const { status, detail } = await storedOrder(db, tenant, id);
  if (!canUpdate(status)) throw new UserFacingError(`This order is ${statusLabel(status)}: Amazon no longer accepts changes.`);
  const items = detail?.items ?? [];
  const unknown = (input.quantities ?? []).filter((q) => !items.some((i) => i.sellerFulfillmentOrderItemId === q.sellerFulfillmentOrderItemId));
  if (unknown.length) throw new UserFacingError('Only the quantities of the order’s own items can change.');
  let requestId: string | undefined;
  try {
    ({ requestId } = await withRequestId('fulfillmentOutbound.updateFulfillmentOrder', () =>
      client.fulfillmentOutbound.updateFulfillmentOrder({ sellerFulfillmentOrderId: id, body: buildUpdateRequest(input, items) }),
    ));
  } catch (error) {
    await fetchAndStoreFulfillmentOrder(db, client, tenant, id).catch(() => null);
    throw asUserFacing(error, 'update this order');
  }
  await fetchAndStoreFulfillmentOrder(db, client, tenant, id);
  return { requestId: requestId };
}

export async function listReturnReasons(
  client: SpApiClient,
  input: { sellerSku: string; marketplaceId: string; sellerFulfillmentOrderId: string },
): Promise<ReasonCodeDetails[]> {
  try {
    const { payload } = await client.fulfillmentOutbound.listReturnReasonCodes({ ...input, language: 'en-US' });
    return payload?.reasonCodeDetails ?? [];
  } catch (error) {
    throw asUserFacing(error, 'list the return reasons');
  }
}

export type ReturnOutcome = WriteOutcome & { accepted: number; refused: string[]; rmaIds: string[] };

export async function createOutboundReturn(db: Db, client: SpApiClient, tenant: Tenant, input: ReturnInput, submitKey: string): Promise<ReturnOutcome> {
  const status = await storedStatus(db, tenant, input.sellerFulfillmentOrderId);
  if (!canReturn(status)) throw new UserFacingError(`This order is ${statusLabel(status)}: only shipped items can be returned.`);
  let response;
  let requestId: string | undefined;
  try {
    ({ result: response, requestId } = await withRequestId('fulfillmentOutbound.createFulfillmentReturn', () =>
      client.fulfillmentOutbound.createFulfillmentReturn({
        sellerFulfillmentOrderId: input.sellerFulfillmentOrderId,
        body: buildReturnRequest(input, submitKey),
      }),
    ));
  } catch (error) {
    throw asUserFacing(error, 'create this return');
  }
  const result = await fetchAndStoreFulfillmentOrder(db, client, tenant, input.sellerFulfillmentOrderId);
  if (result) await refreshPackageTracking(db, client, tenant, result).catch(() => 0);
  const payload = response.payload;
  return {
    requestId: requestId,
    accepted: payload?.returnItems?.length ?? 0,
    refused: (payload?.invalidReturnItems ?? []).map((i) => i.invalidItemReason.description),
    rmaIds: (payload?.returnAuthorizations ?? []).map((r) => r.amazonRmaId),
  };
}
