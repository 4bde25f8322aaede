/**
 * Feeds API 2021-06-30 (feeds_2021-06-30.json): feed documents uploaded to the URL
 * createFeedDocument hands out (PUT /_sim/feed-documents/:id, as Amazon's presigned S3 URL),
 * feeds that go IN_QUEUE -> IN_PROGRESS -> DONE (or FATAL for a document that is not the feed
 * type's format) on the simulated clock, and a processing report to download. The one feed
 * type applied to the world is POST_ORDER_ACKNOWLEDGEMENT_DATA: its cancellations reach the
 * orders, which the next searchOrders shows.
 */
import { randomBytes } from 'node:crypto';
import { invalidInput, notFound, type SimApiModule, type SimRequest } from '../../core/contract.js';
import { list, single } from '../../core/query-values.js';
import { orderBook } from '../../state/orders.js';
import { CANCEL_REASONS, parseAcknowledgementFeed, processingReport, type ReportResult } from './order-acknowledgement.js';

export const FEED_DOCUMENTS_PATH = '/_sim/feed-documents';
/** Seconds after creation a feed starts, and finishes, processing. */
const STARTS_AFTER_S = 30;
const ENDS_AFTER_S = 90;
const SUPPORTED_FEED_TYPES = new Set(['POST_ORDER_ACKNOWLEDGEMENT_DATA']);

interface FeedDocument {
  id: string;
  sellerId: string;
  contentType: string;
  content?: Buffer;
}

interface SimFeed {
  feedId: string;
  sellerId: string;
  feedType: string;
  marketplaceIds: string[];
  inputFeedDocumentId: string;
  createdMs: number;
  cancelled?: boolean;
  result?: { status: 'DONE' | 'FATAL'; resultFeedDocumentId: string };
}

const documents = new Map<string, FeedDocument>();
const feeds = new Map<string, SimFeed>();

const newId = (prefix: string) => `${prefix}${randomBytes(6).readUIntBE(0, 6)}`;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function ownFeed(req: SimRequest): SimFeed {
  const feed = feeds.get(req.path.feedId ?? '');
  if (!feed || feed.sellerId !== req.sellerId) throw notFound(`Feed ${req.path.feedId} was not found.`);
  return feed;
}

function report(feed: SimFeed, xml: string): string {
  const id = newId('amzn1.tortuga.4.na.');
  documents.set(id, { id, sellerId: feed.sellerId, contentType: 'text/xml; charset=UTF-8', content: Buffer.from(xml) });
  return id;
}

/** Runs a due feed once: validates its document and applies each message to the orders. */
function process(feed: SimFeed, nowMs: number): void {
  const input = documents.get(feed.inputFeedDocumentId)?.content?.toString('utf8') ?? '';
  const parsed = parseAcknowledgementFeed(input);
  if ('fatal' in parsed) {
    feed.result = { status: 'FATAL', resultFeedDocumentId: report(feed, processingReport(feed.feedId, 0, [])) };
    return;
  }
  const errors: ReportResult[] = [];
  for (const message of parsed.messages) {
    const fail = (code: number, description: string, amazonOrderItemCode?: string) =>
      errors.push({
        messageId: message.messageId,
        code,
        description,
        amazonOrderId: message.amazonOrderId,
        ...(amazonOrderItemCode ? { amazonOrderItemCode } : {}),
      });
    if (message.statusCode === 'Success') continue;
    if (message.statusCode !== 'Failure') {
      fail(5000, `StatusCode must be Success or Failure, not ${message.statusCode || 'empty'}.`);
      continue;
    }
    const badReason = message.items.find((i) => !i.cancelReason || !CANCEL_REASONS.includes(i.cancelReason));
    if (badReason) {
      fail(5000, `Item ${badReason.amazonOrderItemCode} needs a CancelReason Amazon knows.`, badReason.amazonOrderItemCode);
      continue;
    }
    const refusal = orderBook.cancelItems(
      feed.sellerId,
      message.amazonOrderId,
      message.items.length ? message.items.map((i) => i.amazonOrderItemCode) : null,
      nowMs,
    );
    if (refusal) fail(18028, refusal);
  }
  feed.result = { status: 'DONE', resultFeedDocumentId: report(feed, processingReport(feed.feedId, parsed.messages.length, errors)) };
}

function statusOf(feed: SimFeed, nowMs: number) {
  if (feed.cancelled) return { processingStatus: 'CANCELLED' };
  const startMs = feed.createdMs + STARTS_AFTER_S * 1000;
  const endMs = feed.createdMs + ENDS_AFTER_S * 1000;
  if (nowMs < startMs) return { processingStatus: 'IN_QUEUE' };
  if (nowMs < endMs) return { processingStatus: 'IN_PROGRESS', processingStartTime: iso(startMs) };
  if (!feed.result) process(feed, endMs);
  return {
    processingStatus: feed.result!.status,
    processingStartTime: iso(startMs),
    processingEndTime: iso(endMs),
    resultFeedDocumentId: feed.result!.resultFeedDocumentId,
  };
}

function feedBody(feed: SimFeed, nowMs: number) {
  return {
    feedId: feed.feedId,
    feedType: feed.feedType,
    marketplaceIds: feed.marketplaceIds,
    createdTime: iso(feed.createdMs),
    ...statusOf(feed, nowMs),
  };
}

const feedsModule: SimApiModule = {
  model: 'feeds_2021-06-30.json',
  reset() {
    documents.clear();
    feeds.clear();
  },
  // Feeds finish on the clock even when nobody asks: the orders must change when Amazon would.
  sync(now) {
    for (const feed of feeds.values()) if (!feed.result && !feed.cancelled) statusOf(feed, now.getTime());
  },
  handlers: {
    createFeedDocument(req) {
      const body = req.body as { contentType: string };
      const id = newId('amzn1.tortuga.4.na.');
      documents.set(id, { id, sellerId: req.sellerId, contentType: body.contentType });
      return { feedDocumentId: id, url: `${req.publicUrl}${FEED_DOCUMENTS_PATH}/${encodeURIComponent(id)}` };
    },
    createFeed(req) {
      const body = req.body as { feedType: string; marketplaceIds: string[]; inputFeedDocumentId: string };
      if (!SUPPORTED_FEED_TYPES.has(body.feedType)) throw invalidInput(`Feed type ${body.feedType} is not supported.`);
      const document = documents.get(body.inputFeedDocumentId);
      if (!document || document.sellerId !== req.sellerId) throw invalidInput(`Feed document ${body.inputFeedDocumentId} was not found.`);
      if (!document.content) throw invalidInput(`Nothing was uploaded to feed document ${body.inputFeedDocumentId}.`);
      const feedId = String(50_000_000_000 + (randomBytes(4).readUInt32BE(0) % 1_000_000_000));
      feeds.set(feedId, {
        feedId,
        sellerId: req.sellerId,
        feedType: body.feedType,
        marketplaceIds: body.marketplaceIds,
        inputFeedDocumentId: document.id,
        createdMs: req.clock.now().getTime(),
      });
      return { feedId };
    },
    getFeed(req) {
      return feedBody(ownFeed(req), req.clock.now().getTime());
    },
    getFeeds(req) {
      const nowMs = req.clock.now().getTime();
      const types = list(req.query.feedTypes);
      const statuses = list(req.query.processingStatuses);
      const marketplaceIds = list(req.query.marketplaceIds);
      const since = Date.parse(single(req.query.createdSince) ?? '') || nowMs - 90 * 86_400_000;
      const until = Date.parse(single(req.query.createdUntil) ?? '') || nowMs;
      const found = [...feeds.values()]
        .filter((f) => f.sellerId === req.sellerId && f.createdMs >= since && f.createdMs <= until)
        .filter((f) => (!types || types.includes(f.feedType)) && (!marketplaceIds || f.marketplaceIds.some((m) => marketplaceIds.includes(m))))
        .map((f) => feedBody(f, nowMs))
        .filter((f) => !statuses || statuses.includes(f.processingStatus));
      return { feeds: found };
    },
    cancelFeed(req) {
      const feed = ownFeed(req);
      if (statusOf(feed, req.clock.now().getTime()).processingStatus !== 'IN_QUEUE')
        throw invalidInput(`Feed ${feed.feedId} is no longer in the queue; it cannot be cancelled.`);
      feed.cancelled = true;
      return undefined;
    },
    getFeedDocument(req) {
      const document = documents.get(req.path.feedDocumentId ?? '');
      if (!document || document.sellerId !== req.sellerId) throw notFound(`Feed document ${req.path.feedDocumentId} was not found.`);
      return { feedDocumentId: document.id, url: `${req.publicUrl}${FEED_DOCUMENTS_PATH}/${encodeURIComponent(document.id)}` };
    },
  },
  inspect: () => ({ feeds: [...feeds.values()].map((f) => ({ ...f, status: f.result?.status ?? (f.cancelled ? 'CANCELLED' : 'pending') })) }),
};

/** PUT /_sim/feed-documents/:id: the upload Amazon's presigned URL takes. False when there is no such document. */
export function uploadFeedDocument(id: string, content: Buffer): boolean {
  const document = documents.get(id);
  if (!document || document.content) return false;
  document.content = content;
  return true;
}

/** GET /_sim/feed-documents/:id: a processing report (or an uploaded input), for its download URL. */
export function serveFeedDocument(id: string): { bytes: Uint8Array; contentType: string } | undefined {
  const document = documents.get(id);
  return document?.content ? { bytes: new Uint8Array(document.content), contentType: document.contentType } : undefined;
}

export default feedsModule;
