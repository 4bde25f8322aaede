/**
 * /_sim/*: test and demo controls that no real Amazon endpoint has (clock, faults, reset,
 * state inspection). Documented in simulator/README.md.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseFaultConfig } from './faults.js';
import { readBody, readBodyBytes, sendJson } from './http-io.js';
import type { SimRuntime } from './runtime.js';
import { documentSources } from '../apis/index.js';
import { serveFeedDocument, uploadFeedDocument } from '../apis/feeds/index.js';
import { receiveUpload } from '../apis/uploads/index.js';
import { catalog } from '../state/catalog.js';
import { messageLog } from '../state/messages.js';
import { orderBook } from '../state/orders.js';
import { sellers } from '../state/sellers.js';

const bad = (res: ServerResponse, message: string) => sendJson(res, 400, { errors: [{ code: 'InvalidInput', message }] });

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  return text.trim() ? JSON.parse(text) : {};
}

function clockState(runtime: SimRuntime) {
  return { now: runtime.clock.now().toISOString(), scale: runtime.clock.scale };
}

export async function handleSimControl(runtime: SimRuntime, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const route = `${req.method} ${url.pathname.replace(/\/$/, '')}`;
  const query = Object.fromEntries(url.searchParams);
  let body: Record<string, unknown> = {};
  if (req.method === 'POST') {
    try {
      const parsed = await jsonBody(req);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return bad(res, 'body must be a JSON object');
      body = parsed as Record<string, unknown>;
    } catch {
      return bad(res, 'body is not valid JSON');
    }
  }

  switch (route) {
    case 'GET /_sim/clock':
      return sendJson(res, 200, clockState(runtime));
    case 'POST /_sim/clock': {
      const { advanceSeconds, scale, set } = body;
      if (advanceSeconds !== undefined && (typeof advanceSeconds !== 'number' || advanceSeconds < 0))
        return bad(res, 'advanceSeconds must be a non-negative number');
      if (scale !== undefined && (typeof scale !== 'number' || scale <= 0)) return bad(res, 'scale must be a positive number');
      if (set !== undefined && (typeof set !== 'string' || Number.isNaN(Date.parse(set)))) return bad(res, 'set must be an ISO 8601 date');
      if (typeof set === 'string') {
        // Only forward: orders and tokens assume time never runs backwards.
        if (Date.parse(set) < runtime.clock.nowMs()) return bad(res, 'set must not be earlier than the current simulated time');
        runtime.clock.set(new Date(set));
      }
      if (typeof advanceSeconds === 'number') runtime.clock.advance(advanceSeconds);
      if (typeof scale === 'number') runtime.clock.setScale(scale);
      return sendJson(res, 200, clockState(runtime));
    }
    case 'GET /_sim/faults':
      return sendJson(res, 200, runtime.faults.current());
    case 'POST /_sim/faults': {
      const config = parseFaultConfig(body);
      if (typeof config === 'string') return bad(res, config);
      runtime.faults.set(config);
      return sendJson(res, 200, config);
    }
    case 'DELETE /_sim/faults':
      runtime.faults.clear();
      return sendJson(res, 200, {});
    case 'GET /_sim/quotas':
      return sendJson(res, 200, { enforce: runtime.enforceQuotas });
    case 'POST /_sim/quotas': {
      if (body.enforce !== undefined && typeof body.enforce !== 'boolean') return bad(res, 'enforce must be a boolean');
      if (typeof body.enforce === 'boolean') runtime.enforceQuotas = body.enforce;
      if (body.refill === true) runtime.quotas.clear();
      return sendJson(res, 200, { enforce: runtime.enforceQuotas });
    }
    case 'POST /_sim/reset': {
      const seed = body.seed ?? runtime.seed;
      const orders = body.orders ?? runtime.orders;
      if (typeof seed !== 'number' || !Number.isInteger(seed)) return bad(res, 'seed must be an integer');
      if (typeof orders !== 'number' || !Number.isInteger(orders) || orders < 1 || orders > 1_000_000)
        return bad(res, 'orders must be an integer from 1 to 1000000');
      runtime.reset(seed, orders);
      return sendJson(res, 200, { seed, orders, ...clockState(runtime) });
    }
    case 'GET /_sim/state':
      return sendJson(res, 200, {
        ...clockState(runtime),
        seed: runtime.seed,
        sellers: sellers
          .list()
          .map((s) => ({ sellerId: s.sellerId, name: s.name, region: s.region, marketplaceIds: s.marketplaceIds, skus: catalog.list(s.sellerId).length })),
        orders: orderBook.summary(runtime.clock.nowMs()),
        messagesPerOrder: messageLog.countsByOrder(),
      });
    case 'GET /_sim/state/buyers': {
      // Every placed order's buyer data (names, e-mails, street lines, phones): what the dashboard must never store in plain text.
      const nowMs = runtime.clock.nowMs();
      const buyers = sellers
        .list()
        .flatMap((s) =>
          Array.from({ length: orderBook.countAt(s.sellerId, nowMs) }, (_, i) => orderBook.at(s.sellerId, i, nowMs)).flatMap((o) =>
            o ? [{ amazonOrderId: o.amazonOrderId, name: o.buyer.name, email: o.buyer.email, address: o.address }] : [],
          ),
        );
      return sendJson(res, 200, { buyers });
    }
    case 'GET /_sim/state/orders':
      return sendJson(res, 200, orderBook.summary(runtime.clock.nowMs()));
    case 'GET /_sim/state/messages':
      return sendJson(res, 200, {
        messages: messageLog.all().filter((m) => (!query.orderId || m.amazonOrderId === query.orderId) && (!query.sellerId || m.sellerId === query.sellerId)),
      });
    case 'GET /_sim/state/order-list': {
      // Test data discovery: the newest orders of a seller, filtered by channel and status.
      const sellerId = query.sellerId;
      if (!sellerId || !orderBook.hasSeller(sellerId)) return bad(res, 'sellerId must name a seller');
      const limit = query.limit === undefined ? 20 : Number(query.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 200) return bad(res, 'limit must be an integer from 1 to 200');
      return sendJson(res, 200, { orders: orderBook.recent(sellerId, runtime.clock.nowMs(), { channel: query.channel, status: query.status, limit }) });
    }
    case 'POST /_sim/inventory': {
      // Shapes a SKU's fulfillable stock (tests of low-stock paths), as FBA would after sales or a removal.
      const { sellerId, sellerSku, fulfillable } = body;
      if (typeof sellerId !== 'string' || typeof sellerSku !== 'string') return bad(res, 'sellerId and sellerSku are required');
      if (typeof fulfillable !== 'number' || !Number.isInteger(fulfillable) || fulfillable < 0) return bad(res, 'fulfillable must be a non-negative integer');
      const sku = catalog.get(sellerId, sellerSku);
      if (!sku) return sendJson(res, 404, { errors: [{ code: 'NotFound', message: `Unknown SKU ${sellerSku}` }] });
      const updated = catalog.adjust(sellerId, sellerSku, { fulfillable: fulfillable - sku.qty.fulfillable }, runtime.clock.now());
      return sendJson(res, 200, { sku: updated });
    }
    case 'POST /_sim/buyer-email': {
      // Shapes what Amazon reports as an order's buyer e-mail (layout tests of long addresses).
      const { sellerId, amazonOrderId, email } = body;
      if (typeof sellerId !== 'string' || typeof amazonOrderId !== 'string') return bad(res, 'sellerId and amazonOrderId are required');
      if (typeof email !== 'string' || !/^[^\s@]{1,200}@[^\s@]{1,200}$/.test(email)) return bad(res, 'email must be an e-mail address');
      if (!orderBook.setBuyerEmail(sellerId, amazonOrderId, email))
        return sendJson(res, 404, { errors: [{ code: 'NotFound', message: `Unknown order ${amazonOrderId}` }] });
      return sendJson(res, 200, { amazonOrderId, email });
    }
    case 'GET /_sim/state/inventory': {
      const sellerId = query.sellerId;
      if (!sellerId) return bad(res, 'sellerId is required');
      return sendJson(res, 200, { skus: catalog.list(sellerId) });
    }
    default: {
      // Feed documents: the upload and download URLs the Feeds API hands out (Amazon's presigned S3 URLs).
      const feedDocument = /^(PUT|GET) \/_sim\/feed-documents\/([A-Za-z0-9._-]+)$/.exec(route);
      if (feedDocument) {
        const id = decodeURIComponent(feedDocument[2] ?? '');
        if (feedDocument[1] === 'PUT') {
          if (!uploadFeedDocument(id, await readBodyBytes(req)))
            return sendJson(res, 404, { errors: [{ code: 'NotFound', message: 'No upload is expected at this URL.' }] });
          res.writeHead(200).end();
          return;
        }
        const document = serveFeedDocument(id);
        if (!document) return sendJson(res, 404, { errors: [{ code: 'NotFound', message: 'Document not found.' }] });
        res.writeHead(200, { 'content-type': document.contentType, 'content-length': String(document.bytes.byteLength) });
        res.end(Buffer.from(document.bytes));
        return;
      }
      // Upload destinations: the presigned URL the Uploads API hands out (message attachments).
      const uploadId = /^PUT \/_sim\/uploads\/([A-Za-z0-9-]+)$/.exec(route)?.[1];
      if (uploadId) {
        const header = (name: string) => (typeof req.headers[name] === 'string' ? req.headers[name] : undefined);
        const received = receiveUpload(
          uploadId,
          await readBodyBytes(req),
          { contentMD5: header('content-md5'), contentType: header('content-type') },
          runtime.clock.nowMs(),
        );
        if (received.status !== 200) return sendJson(res, received.status, { errors: [{ code: received.code, message: received.message }] });
        res.writeHead(200).end();
        return;
      }
      const documentId = /^GET \/_sim\/documents\/([A-Za-z0-9_-]+)$/.exec(route)?.[1];
      if (documentId) {
        const document = documentSources.map((source) => source(documentId)).find((d) => d !== undefined);
        if (!document) return sendJson(res, 404, { errors: [{ code: 'NotFound', message: 'Document not found or expired.' }] });
        res.writeHead(200, { 'content-type': document.contentType, 'content-length': String(document.bytes.byteLength) });
        res.end(Buffer.from(document.bytes));
        return;
      }
      const moduleName = /^GET \/_sim\/state\/([^/]+)$/.exec(route)?.[1];
      const module = runtime.modules.find((m) => m.model.replace(/\.json$/, '') === moduleName);
      if (module?.inspect) return sendJson(res, 200, module.inspect(query));
      return sendJson(res, 404, { errors: [{ code: 'NotFound', message: `No simulator control at ${route}` }] });
    }
  }
}
