/**
 * Cancelling items of an Amazon order, or the whole order, on Amazon: the order acknowledgement
 * feed (acknowledgement-feed.ts) through the Feeds API (createFeedDocument, the upload,
 * createFeed), then its processing followed with getFeed until Amazon is done, and its
 * processing report read back onto the order. A row is written before anything is sent, so a
 * failure to send is shown (and can be sent again), never lost; the buyer hears from Amazon.
 */
import 'server-only';
import { gunzipSync } from 'node:zlib';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orderCancellations, type CancellationStatus } from '@/db/schema';
import { asUserFacing } from '@/lib/sp-api';
import type { Order } from '@/lib/sp-api/generated/orders-2026-01-01';
import type { SpApiClient } from '@/lib/sp-api/types';
import { tenantOf, type Tenant } from '@/lib/tenancy';
import { UserFacingError } from '@/lib/user-facing-error';
import type { OrderRecord } from '../order-context';
import { acknowledgementFeed, FEED_CONTENT_TYPE, ORDER_ACKNOWLEDGEMENT_FEED, parseProcessingReport } from './acknowledgement-feed';

export type CancellationRecord = typeof orderCancellations.$inferSelect;

/** Amazon has not finished with these yet. */
const OPEN: CancellationStatus[] = ['IN_QUEUE', 'IN_PROGRESS'];

const what = (orderItemIds: string[] | null) => (orderItemIds === null ? 'the order' : orderItemIds.length === 1 ? '1 item' : `${orderItemIds.length} items`);

/** Records the cancellation, then sends it. */
export async function requestCancellation(
  db: Db,
  client: SpApiClient,
  order: OrderRecord,
  orderItemIds: string[] | null,
  userId: string | null,
): Promise<CancellationRecord> {
  if (orderItemIds !== null && !orderItemIds.length) throw new Error('A cancellation names at least one item, or none for the whole order.');
  const [row] = await db
    .insert(orderCancellations)
    .values({ ...tenantOf(order), amazonOrderId: order.amazonOrderId, orderItemIds, status: 'SENDING', requestedBy: userId })
    .returning();
  return send(db, client, order, row!);
}

/** Sending takes seconds: a row still SENDING after this was left by a process that stopped mid-send. */
const STUCK_AFTER_MS = 5 * 60_000;

/**
 * Whether a cancellation may be sent again: it could not be sent, or its sender stopped. Sending
 * twice is harmless at Amazon: an item canceled already stays canceled, and the report says so.
 */
export function canSendAgain(row: Pick<CancellationRecord, 'status' | 'requestedAt'>, nowMs: number): boolean {
  return row.status === 'NOT_SENT' || (row.status === 'SENDING' && nowMs - row.requestedAt.getTime() > STUCK_AFTER_MS);
}

/**
 * Sends again a cancellation that could not be sent, or whose sender stopped. Its first sending
 * may have reached Amazon all the same (the answer was lost, or the process died after it), so
 * Amazon is asked first: while an order acknowledgement feed sent since is still processing,
 * nothing is sent (it may be this one); when the order already shows the items canceled, the
 * cancellation is recorded as done. Only otherwise does it go again: canceled once, never twice.
 */
export async function resendCancellation(db: Db, client: SpApiClient, order: OrderRecord, cancellationId: string): Promise<CancellationRecord> {
  const [row] = await db
    .select()
    .from(orderCancellations)
    .where(
      and(
        eq(orderCancellations.id, cancellationId),
        eq(orderCancellations.accountId, order.accountId),
        eq(orderCancellations.amazonOrderId, order.amazonOrderId),
      ),
    );
  if (!row) throw new UserFacingError('That cancellation is not on this order.');
  if (!canSendAgain(row, Date.now())) throw new UserFacingError('That cancellation has reached Amazon already, or is being sent now.');
  try {
    const { feeds } = await client.feeds.getFeeds({
      feedTypes: [ORDER_ACKNOWLEDGEMENT_FEED],
      processingStatuses: ['IN_QUEUE', 'IN_PROGRESS'],
      createdSince: new Date(row.requestedAt.getTime() - 60_000).toISOString(),
    });
    if (feeds.length)
      throw new UserFacingError('Amazon is still processing a cancellation sent since this one was asked for; it may be this one. Try again in a few minutes.');
    if (alreadyCanceled((await client.orders20260101.getOrder({ orderId: order.amazonOrderId, includedData: ['FULFILLMENT'] })).order, row.orderItemIds)) {
      const [done] = await db
        .update(orderCancellations)
        .set({ status: 'DONE', outcome: `Amazon had canceled ${what(row.orderItemIds)} already: the first sending reached Amazon.`, finishedAt: new Date() })
        .where(eq(orderCancellations.id, row.id))
        .returning();
      return done!;
    }
  } catch (error) {
    throw asUserFacing(error);
  }
  return send(db, client, order, row);
}

/** The order as Amazon has it shows the cancellation done: the order canceled, or each item with nothing ordered. */
function alreadyCanceled(amazon: Order, orderItemIds: string[] | null): boolean {
  if (amazon.fulfillment?.fulfillmentStatus === 'CANCELLED') return true;
  if (orderItemIds === null) return false;
  return orderItemIds.every((id) => amazon.orderItems.find((item) => item.orderItemId === id)?.quantityOrdered === 0);
}

async function send(db: Db, client: SpApiClient, order: OrderRecord, row: CancellationRecord): Promise<CancellationRecord> {
  let update: Partial<CancellationRecord>;
  try {
    const document = await client.feeds.createFeedDocument({ body: { contentType: FEED_CONTENT_TYPE } });
    const feedXml = acknowledgementFeed(client.sellingPartnerId, [{ amazonOrderId: order.amazonOrderId, orderItemIds: row.orderItemIds }]);
    await client.documents.upload(document.url, feedXml, FEED_CONTENT_TYPE);
    const feed = await client.feeds.createFeed({
      body: { feedType: ORDER_ACKNOWLEDGEMENT_FEED, marketplaceIds: [order.marketplaceId], inputFeedDocumentId: document.feedDocumentId },
    });
    update = {
      status: 'IN_QUEUE',
      feedId: feed.feedId,
      outcome: `Sent to Amazon: cancel ${what(row.orderItemIds)}. Amazon processes it within minutes.`,
      checkedAt: new Date(),
    };
  } catch (error) {
    const userFacing = asUserFacing(error);
    if (!(userFacing instanceof UserFacingError)) throw error;
    update = { status: 'NOT_SENT', outcome: `Not sent to Amazon: ${userFacing.message}` };
  }
  const [updated] = await db.update(orderCancellations).set(update).where(eq(orderCancellations.id, row.id)).returning();
  return updated!;
}

/** Follows an account's cancellations Amazon is still processing; returns how many finished. */
export async function checkCancellations(db: Db, client: SpApiClient, tenant: Tenant, amazonOrderId?: string): Promise<number> {
  const open = await db
    .select()
    .from(orderCancellations)
    .where(
      and(
        eq(orderCancellations.accountId, tenant.accountId),
        eq(orderCancellations.workspaceId, tenant.workspaceId),
        inArray(orderCancellations.status, OPEN),
        amazonOrderId ? eq(orderCancellations.amazonOrderId, amazonOrderId) : undefined,
      ),
    );
  let finished = 0;
  for (const row of open) {
    const feed = await client.feeds.getFeed({ feedId: row.feedId! });
    const status = feed.processingStatus as CancellationStatus;
    const update: Partial<CancellationRecord> = { status, checkedAt: new Date() };
    if (status === 'DONE' || status === 'FATAL' || status === 'CANCELLED') {
      finished += 1;
      update.finishedAt = new Date();
      Object.assign(update, status === 'DONE' ? await readReport(client, feed.resultFeedDocumentId, row) : terminalOutcome(status));
    }
    await db.update(orderCancellations).set(update).where(eq(orderCancellations.id, row.id));
  }
  return finished;
}

function terminalOutcome(status: 'FATAL' | 'CANCELLED'): Partial<CancellationRecord> {
  return status === 'FATAL'
    ? { outcome: 'Amazon could not process the cancellation (the feed failed as a whole); nothing was canceled. Cancel the order in Seller Central.' }
    : { outcome: 'The cancellation was withdrawn before Amazon processed it; nothing was canceled.' };
}

/** The processing report of a finished feed: one message, this order's. */
async function readReport(client: SpApiClient, resultFeedDocumentId: string | undefined, row: CancellationRecord): Promise<Partial<CancellationRecord>> {
  if (!resultFeedDocumentId)
    return { outcome: `Amazon processed the cancellation of ${what(row.orderItemIds)} but gave no report; the next sync shows the order as Amazon has it.` };
  const document = await client.feeds.getFeedDocument({ feedDocumentId: resultFeedDocumentId });
  const bytes = await client.documents.download(document.url);
  const text = Buffer.from(document.compressionAlgorithm === 'GZIP' ? gunzipSync(bytes) : bytes).toString('utf8');
  const report = parseProcessingReport(text);
  if (!report)
    return {
      outcome: `Amazon processed the cancellation of ${what(row.orderItemIds)}; its report could not be read. The next sync shows the order as Amazon has it.`,
    };
  const errors = report.results.map(({ code, description, orderItemId }) => ({ code, description, ...(orderItemId ? { orderItemId } : {}) }));
  if (report.withError > 0 || errors.length) {
    return { outcome: `Amazon refused the cancellation of ${what(row.orderItemIds)}: ${errors[0]?.description ?? 'see its report'}`, errors };
  }
  return { outcome: `Amazon canceled ${what(row.orderItemIds)}. The buyer is refunded and told by Amazon.`, errors: [] };
}

/** An order's cancellations, newest first, for its page, each saying whether it may be sent again. */
export async function cancellationsOf(db: Db, order: OrderRecord, nowMs = Date.now()): Promise<Array<CancellationRecord & { canSendAgain: boolean }>> {
  const rows = await db
    .select()
    .from(orderCancellations)
    .where(and(eq(orderCancellations.accountId, order.accountId), eq(orderCancellations.amazonOrderId, order.amazonOrderId)))
    .orderBy(desc(orderCancellations.requestedAt));
  return rows.map((row) => ({ ...row, canSendAgain: canSendAgain(row, nowMs) }));
}
