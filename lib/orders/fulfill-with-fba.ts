/**
 * Fulfill an Amazon (MFN) order with FBA: the order's side of Multi-Channel Fulfillment. It
 * reads the order's lines, the synced stock and the seller's low-stock answer, and hands
 * lib/outbound the order to preview or create (fba-order-submit.ts sends it, created once). A
 * backorder is held instead (backorder/): the sync sends it when the stock is there. The
 * buyer's address is read from Amazon (getOrder, dataset RECIPIENT) for each preview and each
 * create, used for that request and dropped: it is never written anywhere.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { fulfillmentDecisions, fulfillmentOrders } from '@/db/schema';
import {
  accountFeatures,
  currentFeatures,
  orderPreviewSpec,
  sellerFulfillmentOrderIdFor,
  previewShortfall,
  previewRequest,
  fetchPreview,
} from '@/lib/outbound';
import { statusLabel, type PreviewOption } from '@/lib/outbound/types';
import type { SpApiClient } from '@/lib/sp-api/types';
import { asUserFacing } from '@/lib/sp-api';
import { UserFacingError } from '@/lib/user-facing-error';
import type { CreateFulfillmentInput, FulfillmentOptions } from './fulfill-with-fba-input';
import { tenantOf } from '@/lib/tenancy';
import { assessStock, LowStockPlanError, planFulfillment, type StockAssessment } from './low-stock';
import { sendBuyerMessage } from './messaging/service';
import { heldBackorderOf, holdBackorder } from './backorder/holds';
import { fetchShippingAddress, sendOrderToFba } from './fba-order-submit';
import { requestCancellation } from './cancellation/service';
import type { LowStockDecisionLine } from '@/db/schema/order-fulfillment';
import { canFulfillWithFba, ensureOrderItems, fulfillableBySku, unshippedLines, type OrderRecord } from './order-context';
import { orderStatusLabel } from './list-filters';

function assertFulfillable(order: OrderRecord) {
  if (order.fulfilledBy === 'AMAZON') throw new UserFacingError('Amazon ships this order from FBA already: there is nothing to fulfill.');
  if (order.isIspu) throw new UserFacingError('The buyer collects this order in store: there is nothing for FBA to ship.');
  if (!canFulfillWithFba(order))
    throw new UserFacingError(`This order is ${orderStatusLabel(order.orderStatus)}: only unshipped or partially shipped orders can be fulfilled with FBA.`);
}

/**
 * What the Fulfill with FBA page shows but has not stored yet: the order's items (they arrive
 * a little after the order) and the account's features. Stored, so the page reads them.
 */
export async function prepareFulfillment(db: Db, client: SpApiClient, order: OrderRecord): Promise<void> {
  assertFulfillable(order);
  try {
    await ensureOrderItems(db, client, order);
    await currentFeatures(db, client, tenantOf(order), order.marketplaceId);
  } catch (error) {
    throw asUserFacing(error);
  }
}

/** Features the form asked for must be ones the account has (a crafted form could ask for others). */
async function checkFeatures(db: Db, client: SpApiClient, order: OrderRecord, options: Pick<FulfillmentOptions, 'blankBox' | 'blockAmzl'>) {
  if (!options.blankBox && !options.blockAmzl) return;
  const features = accountFeatures(await currentFeatures(db, client, tenantOf(order), order.marketplaceId));
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
    await checkFeatures(db, client, order, options);
    const items = await ensureOrderItems(db, client, order);
    const lines = unshippedLines(items);
    if (!lines.some((l) => l.needed > 0)) throw new UserFacingError('Every item of this order has shipped already.');
    const address = await fetchShippingAddress(client, order.amazonOrderId);
    const toShip = lines.filter((l) => l.needed > 0).map((l) => ({ ...l, quantity: l.needed }));
    const { options: previews, requestId } = await fetchPreview(client, previewRequest(orderPreviewSpec(order, toShip, address, options)));
    const shortfall = previewShortfall(previews);
    const stock = await fulfillableBySku(
      db,
      order,
      lines.map((l) => l.sellerSku),
    );
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

async function storedStatus(db: Db, accountId: string, sellerFulfillmentOrderId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ status: fulfillmentOrders.status })
    .from(fulfillmentOrders)
    .where(and(eq(fulfillmentOrders.accountId, accountId), eq(fulfillmentOrders.sellerFulfillmentOrderId, sellerFulfillmentOrderId)));
  return row?.status;
}

/**
 * The other half of "ship what is available and cancel the rest": the items FBA cannot ship a
 * single unit of are canceled on the Amazon order (order acknowledgement feed). Amazon's feed
 * cancels whole items, so the missing units of a partly available item stay on the order for
 * the seller to refund in Seller Central; the message says which.
 */
async function cancelUnavailable(db: Db, client: SpApiClient, order: OrderRecord, userId: string, lines: LowStockDecisionLine[]): Promise<string> {
  const none = lines.filter((l) => l.short > 0 && !l.available);
  const partly = lines.filter((l) => l.short > 0 && !!l.available);
  const notes: string[] = [];
  if (none.length) {
    const sent = await requestCancellation(
      db,
      client,
      order,
      none.map((l) => l.orderItemId),
      userId,
    );
    notes.push(
      sent.status === 'NOT_SENT'
        ? ` The cancellation of ${none.map((l) => l.sellerSku).join(', ')} could not be sent to Amazon; send it again from the order page.`
        : ` The cancellation of ${none.map((l) => l.sellerSku).join(', ')} was sent to Amazon; the order page shows when Amazon has processed it.`,
    );
  }
  if (partly.length) {
    notes.push(
      ` Amazon cancels whole items only: refund ${partly.map((l) => `${l.short} unit${l.short === 1 ? '' : 's'} of ${l.sellerSku}`).join(' and ')} in Seller Central.`,
    );
  }
  return notes.join('');
}

/**
 * Creates the order's fulfillment order, holds it as a backorder, or sends the buyer a
 * message when the seller chose to wait. A repeat (double click, retry, second tab) is
 * answered by the submission claim in submitFulfillmentOrder, and reported as the fulfillment
 * order the order already has; a repeated hold by the one-hold-per-order index.
 */
export async function createFulfillmentOrderFromOrder(
  db: Db,
  client: SpApiClient,
  order: OrderRecord,
  userId: string,
  input: CreateFulfillmentInput,
): Promise<CreateOutcome> {
  const sellerFulfillmentOrderId = sellerFulfillmentOrderIdFor(order.amazonOrderId);
  const tenant = tenantOf(order);
  const existing = (status: string | undefined, requestId?: string): CreateOutcome => ({
    sellerFulfillmentOrderId,
    created: false,
    decision: null,
    requestId,
    message: `This order already has a fulfillment order. Fulfillment order ${sellerFulfillmentOrderId} ${status ? `is ${statusLabel(status)}` : 'shows here after the next sync'}.`,
  });

  // Already stored (created here, or brought by the sync): show it instead of asking Amazon again.
  const stored = await storedStatus(db, order.accountId, sellerFulfillmentOrderId);
  if (stored) return existing(stored);
  assertFulfillable(order);
  if (await heldBackorderOf(db, order))
    throw new UserFacingError(
      'This order is held as a backorder: the next sync sends it when FBA has the stock. Cancel the hold on the order page to choose again.',
    );

  try {
    await checkFeatures(db, client, order, input);
    const items = await ensureOrderItems(db, client, order);
    const lines = unshippedLines(items);
    const stock = await fulfillableBySku(
      db,
      order,
      lines.map((l) => l.sellerSku),
    );
    const assessment = assessStock(lines, stock, input.previewShortfall);
    let plan;
    try {
      plan = planFulfillment(assessment, input.fulfillmentPolicy, input.lowStockChoice);
    } catch (error) {
      if (error instanceof LowStockPlanError) throw new UserFacingError(error.message, { lowStockChoice: [error.message] });
      throw error;
    }

    if (plan.decision?.choice === 'backorder') {
      // Held, not sent: the sync re-checks the stock and sends the order in full (backorder/recheck.ts).
      const { shippingSpeed, fulfillmentPolicy, blankBox, blockAmzl, notificationEmails } = input;
      const held = await holdBackorder(db, order, userId, plan.decision.lines, { shippingSpeed, fulfillmentPolicy, blankBox, blockAmzl, notificationEmails });
      return {
        sellerFulfillmentOrderId: null,
        created: false,
        decision: 'backorder',
        requestId: undefined,
        message: held
          ? 'Held as a backorder: nothing was sent to Amazon. The stock is checked again after each sync, and the order goes to FBA in full once it is covered.'
          : 'This order is held as a backorder already.',
      };
    }

    if (!plan.order) {
      // Tell the buyer, record the decision; no fulfillment order yet.
      if (!input.buyerMessage)
        throw new UserFacingError('Check the highlighted fields.', { buyerMessage: ['Write what the buyer should know about the delay.'] });
      const sent = await sendBuyerMessage(db, client, order, userId, 'unexpectedProblem', { text: input.buyerMessage });
      await db
        .insert(fulfillmentDecisions)
        .values({ ...tenant, amazonOrderId: order.amazonOrderId, choice: 'notify-buyer', lines: plan.decision!.lines, decidedBy: userId });
      return {
        sellerFulfillmentOrderId: null,
        created: false,
        decision: 'notify-buyer',
        requestId: sent.requestId,
        message: 'The buyer was told about the delay. Nothing was sent to FBA.',
      };
    }

    const outcome = await sendOrderToFba(db, client, order, userId, plan.order.items, plan.order.policy, input);
    const status = await storedStatus(db, order.accountId, sellerFulfillmentOrderId);
    if (!outcome.created) return existing(status, outcome.requestId);
    let cancellation = '';
    if (plan.decision) {
      await db.insert(fulfillmentDecisions).values({
        ...tenant,
        amazonOrderId: order.amazonOrderId,
        choice: plan.decision.choice,
        lines: plan.decision.lines,
        sellerFulfillmentOrderId,
        decidedBy: userId,
      });
      if (plan.decision.choice === 'cancel-unavailable') cancellation = await cancelUnavailable(db, client, order, userId, plan.decision.lines);
    }
    return {
      sellerFulfillmentOrderId,
      created: true,
      decision: plan.decision?.choice ?? null,
      requestId: outcome.requestId,
      message: `Fulfillment order ${sellerFulfillmentOrderId} created${status ? ` (${statusLabel(status)})` : ''}.${cancellation}`,
    };
  } catch (error) {
    throw asUserFacing(error);
  }
}
