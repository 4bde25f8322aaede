/**
 * Fulfill an Amazon (MFN) order with FBA: preview, create, and the low-stock decision. The
 * buyer's address is read from Amazon with a Restricted Data Token for each preview and each
 * create, used for that request and dropped: it is never written anywhere.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { fulfillmentDecisions, fulfillmentOrders } from '@/db/schema';
import { reshapeFulfillmentOrder, reshapeFulfillmentOrderDetail } from '@/lib/outbound/reshape';
import { upsertFulfillmentOrders } from '@/lib/outbound/upsert';
import type { SpApiClient } from '@/lib/sp-api/client';
import { SpApiError } from '@/lib/sp-api/errors';
import type { Address } from '@/lib/sp-api/generated/fulfillment-outbound';
import { UserFacingError } from '@/lib/user-facing-error';
import { sendBuyerMessage } from '../messaging/service';
import { canFulfillWithFba, ensureOrderItems, fulfillableBySku, unshippedLines, type OrderRecord } from '../order-context';
import { withRequestId } from '@/lib/sp-api/request-capture';
import { asUserFacing } from '@/lib/sp-api/seller-message';
import { sellerFulfillmentOrderIdFor } from './ids';
import { assessStock, LowStockPlanError, planFulfillment, type StockAssessment } from './low-stock';
import type { CreateFulfillmentInput, FulfillmentOptions } from './options';
import { previewShortfall, reshapePreview, type PreviewOption } from './preview';
import { AddressMappingError, buildCreateRequest, buildPreviewRequest, outboundAddressFrom } from './request';

export async function fetchShippingAddress(client: SpApiClient, amazonOrderId: string): Promise<Address> {
  // getOrderAddress is a restricted operation: the client fetches (and caches) the RDT.
  const response = await client.ordersV0.getOrderAddress({ orderId: amazonOrderId });
  try {
    return outboundAddressFrom(response.payload?.ShippingAddress);
  } catch (error) {
    if (error instanceof AddressMappingError) throw new UserFacingError(error.message);
    throw error;
  }
}

export interface AccountFeatures {
  blankBox: boolean;
  blockAmzl: boolean;
}

const FEATURES_TTL_MS = 60 * 60_000;
const featureCache = new Map<string, { at: number; features: AccountFeatures }>();

/** Which MCF features the seller may use in a marketplace (getFeatures); kept an hour per account. */
export async function featuresFor(client: SpApiClient, accountId: string, marketplaceId: string): Promise<AccountFeatures> {
  const key = `${accountId}|${marketplaceId}`;
  const hit = featureCache.get(key);
  if (hit && Date.now() - hit.at < FEATURES_TTL_MS) return hit.features;
  const response = await client.fulfillmentOutbound.getFeatures({ marketplaceId });
  const eligible = (name: string) => (response.payload?.features ?? []).some((f) => f.featureName === name && f.sellerEligible === true);
  const features = { blankBox: eligible('BLANK_BOX'), blockAmzl: eligible('BLOCK_AMZL') };
  featureCache.set(key, { at: Date.now(), features });
  return features;
}

function assertFulfillable(order: OrderRecord) {
  if (order.fulfillmentChannel === 'AFN') throw new UserFacingError('Amazon ships this order from FBA already: there is nothing to fulfill.');
  if (order.isIspu) throw new UserFacingError('The buyer collects this order in store: there is nothing for FBA to ship.');
  if (!canFulfillWithFba(order)) throw new UserFacingError(`This order is ${order.orderStatus}: only unshipped or partially shipped orders can be fulfilled with FBA.`);
}

/** Features the form asked for must be ones the account has (a crafted form could ask for others). */
async function checkFeatures(client: SpApiClient, order: OrderRecord, options: Pick<FulfillmentOptions, 'blankBox' | 'blockAmzl'>) {
  if (!options.blankBox && !options.blockAmzl) return;
  const features = await featuresFor(client, order.accountId, order.marketplaceId);
  const fieldErrors: Record<string, string[]> = {};
  if (options.blankBox && !features.blankBox) fieldErrors.blankBox = ['This account cannot use blank boxes.'];
  if (options.blockAmzl && !features.blockAmzl) fieldErrors.blockAmzl = ['This account cannot block Amazon Logistics.'];
  if (Object.keys(fieldErrors).length) throw new UserFacingError('Check the highlighted fields.', fieldErrors);
}

export interface FulfillmentPreviewResult {
  options: PreviewOption[];
  assessment: StockAssessment;
  shortfall: Record<string, number>;
  requestId: string | undefined;
}

export async function previewFulfillment(db: Db, client: SpApiClient, order: OrderRecord, options: FulfillmentOptions): Promise<FulfillmentPreviewResult> {
  assertFulfillable(order);
  try {
    await checkFeatures(client, order, options);
    const items = await ensureOrderItems(db, client, order);
    const lines = unshippedLines(items);
    if (!lines.some((l) => l.needed > 0)) throw new UserFacingError('Every item of this order has shipped already.');
    const address = await fetchShippingAddress(client, order.amazonOrderId);
    const request = buildPreviewRequest(order, lines.filter((l) => l.needed > 0).map((l) => ({ ...l, quantity: l.needed })), address, options);
    const { result, requestId } = await withRequestId('fulfillmentOutbound.getFulfillmentPreview', () => client.fulfillmentOutbound.getFulfillmentPreview({ body: request }));
    const previews = (result.payload?.fulfillmentPreviews ?? []).map(reshapePreview);
    const shortfall = previewShortfall(previews);
    const stock = await fulfillableBySku(db, order, lines.map((l) => l.sellerSku));
    return { options: previews, assessment: assessStock(lines, stock, shortfall), shortfall, requestId };
  } catch (error) {
    throw asUserFacing(error);
  }
}

export interface CreateOutcome {
  sellerFulfillmentOrderId: string | null;
  /** False when the fulfillment order already existed (a repeat): nothing new was created. */
  created: boolean;
  decision: string | null;
  requestId: string | undefined;
  message: string;
}

/** Concurrent creates for one order in this process share one attempt (a double click that got through). */
const inFlight = new Map<string, Promise<CreateOutcome>>();

export function createFulfillmentOrderFromOrder(db: Db, client: SpApiClient, order: OrderRecord, userId: string, input: CreateFulfillmentInput): Promise<CreateOutcome> {
  const key = `${order.accountId}|${order.amazonOrderId}`;
  const running = inFlight.get(key);
  if (running) return running;
  const attempt = createOnce(db, client, order, userId, input).finally(() => inFlight.delete(key));
  inFlight.set(key, attempt);
  return attempt;
}

/** Reads the fulfillment order from Amazon and stores it (row + PII-free detail); undefined when Amazon has none. */
export async function refreshFulfillmentOrder(db: Db, client: SpApiClient, tenant: { accountId: string; workspaceId: string }, sellerFulfillmentOrderId: string) {
  try {
    const { result, requestId } = await withRequestId('fulfillmentOutbound.getFulfillmentOrder', () => client.fulfillmentOutbound.getFulfillmentOrder({ sellerFulfillmentOrderId }));
    const payload = result.payload;
    if (!payload) return undefined;
    const row = { ...reshapeFulfillmentOrder(payload.fulfillmentOrder, tenant), detail: { ...reshapeFulfillmentOrderDetail(payload) } };
    await upsertFulfillmentOrders(db, [row]);
    return { row, requestId };
  } catch (error) {
    if (error instanceof SpApiError && error.kind === 'NotFound') return undefined;
    throw error;
  }
}

async function storedFulfillmentOrder(db: Db, accountId: string, sellerFulfillmentOrderId: string) {
  const [row] = await db
    .select({ status: fulfillmentOrders.status })
    .from(fulfillmentOrders)
    .where(and(eq(fulfillmentOrders.accountId, accountId), eq(fulfillmentOrders.sellerFulfillmentOrderId, sellerFulfillmentOrderId)));
  return row;
}

async function createOnce(db: Db, client: SpApiClient, order: OrderRecord, userId: string, input: CreateFulfillmentInput): Promise<CreateOutcome> {
  const sellerFulfillmentOrderId = sellerFulfillmentOrderIdFor(order.amazonOrderId);
  const tenant = { accountId: order.accountId, workspaceId: order.workspaceId };
  const existing = (m: string, status: string, requestId?: string): CreateOutcome => ({
    sellerFulfillmentOrderId,
    created: false,
    decision: null,
    requestId,
    message: `${m} Fulfillment order ${sellerFulfillmentOrderId} is ${status}.`,
  });

  // Already created (another click, tab or instance): show it instead of creating another.
  const stored = await storedFulfillmentOrder(db, order.accountId, sellerFulfillmentOrderId);
  if (stored) return existing('This order already has a fulfillment order.', stored.status);
  assertFulfillable(order);

  try {
    const onAmazon = await refreshFulfillmentOrder(db, client, tenant, sellerFulfillmentOrderId);
    if (onAmazon) return existing('This order already has a fulfillment order.', onAmazon.row.status, onAmazon.requestId);

    await checkFeatures(client, order, input);
    const items = await ensureOrderItems(db, client, order);
    const lines = unshippedLines(items);
    const stock = await fulfillableBySku(db, order, lines.map((l) => l.sellerSku));
    const assessment = assessStock(lines, stock, input.previewShortfall);
    let plan;
    try {
      plan = planFulfillment(assessment, input.fulfillmentPolicy, input.lowStockChoice);
    } catch (error) {
      if (error instanceof LowStockPlanError) throw new UserFacingError(error.message, { lowStockChoice: [error.message] });
      throw error;
    }

    if (!plan.order) {
      // Tell the buyer, record the decision; no fulfillment order yet.
      if (!input.buyerMessage) throw new UserFacingError('Check the highlighted fields.', { buyerMessage: ['Write what the buyer should know about the delay.'] });
      const sent = await sendBuyerMessage(db, client, order, userId, 'unexpectedProblem', { text: input.buyerMessage });
      await db.insert(fulfillmentDecisions).values({ ...tenant, amazonOrderId: order.amazonOrderId, choice: 'notify-buyer', lines: plan.decision!.lines, decidedBy: userId });
      return { sellerFulfillmentOrderId: null, created: false, decision: 'notify-buyer', requestId: sent.requestId, message: 'The buyer was told about the delay. Nothing was sent to FBA.' };
    }

    const address = await fetchShippingAddress(client, order.amazonOrderId);
    const body = buildCreateRequest({ order, sellerFulfillmentOrderId, lines: plan.order.items, address, speed: input.shippingSpeed, policy: plan.order.policy, options: input });
    let requestId: string | undefined;
    try {
      ({ requestId } = await withRequestId('fulfillmentOutbound.createFulfillmentOrder', () => client.fulfillmentOutbound.createFulfillmentOrder({ body })));
    } catch (error) {
      // A create that raced another one (Amazon: the id is taken): the order exists, show it.
      const raced = error instanceof SpApiError && error.kind === 'InvalidInput' && /duplicate/i.test(error.message) ? await refreshFulfillmentOrder(db, client, tenant, sellerFulfillmentOrderId) : undefined;
      if (raced) return existing('This order already has a fulfillment order.', raced.row.status, raced.requestId);
      throw error;
    }
    const refreshed = await refreshFulfillmentOrder(db, client, tenant, sellerFulfillmentOrderId);
    if (plan.decision) {
      await db.insert(fulfillmentDecisions).values({ ...tenant, amazonOrderId: order.amazonOrderId, choice: plan.decision.choice, lines: plan.decision.lines, sellerFulfillmentOrderId, decidedBy: userId });
    }
    return {
      sellerFulfillmentOrderId,
      created: true,
      decision: plan.decision?.choice ?? null,
      requestId,
      message: `Fulfillment order ${sellerFulfillmentOrderId} created${refreshed ? ` (${refreshed.row.status})` : ''}.`,
    };
  } catch (error) {
    throw asUserFacing(error);
  }
}
