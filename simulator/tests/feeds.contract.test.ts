import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimTestClient } from '../testing/harness.js';
import { validateResponse } from '../testing/model-validator.js';

const MODEL = 'feeds_2021-06-30.json';
const US = 'ATVPDKIKX0DER';
const SELLER = 'A1DEMOSELLERNA';

let sim: SimTestClient;
beforeAll(async () => {
  sim = await SimTestClient.start({ enforceQuotas: false });
});
afterAll(() => sim.close());

const envelope = (messages: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><AmazonEnvelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="amzn-envelope.xsd">` +
  `<Header><DocumentVersion>1.01</DocumentVersion><MerchantIdentifier>${SELLER}</MerchantIdentifier></Header><MessageType>OrderAcknowledgement</MessageType>${messages}</AmazonEnvelope>`;

interface SimOrderSummary {
  amazonOrderId: string;
  items: Array<{ orderItemId: string; quantityOrdered: number }>;
}

async function unshippedMfnOrders(): Promise<SimOrderSummary[]> {
  const list = await fetch(`${sim.url}/_sim/state/order-list?sellerId=${SELLER}&channel=MFN&status=Unshipped&limit=50`);
  const { orders } = (await list.json()) as { orders: Array<SimOrderSummary & { isIspu: boolean }> };
  return orders.filter((o) => !o.isIspu);
}

/** createFeedDocument, the upload, createFeed: what a seller's app does. */
async function submit(token: string, content: string): Promise<string> {
  const document = await sim.call<{ feedDocumentId: string; url: string }>('POST', '/feeds/2021-06-30/documents', {
    token,
    body: { contentType: 'text/xml; charset=UTF-8' },
  });
  expect(document.status).toBe(201);
  expect(validateResponse(MODEL, 'createFeedDocument', 201, document.body)).toEqual([]);
  const upload = await fetch(document.body.url, { method: 'PUT', body: content, headers: { 'content-type': 'text/xml; charset=UTF-8' } });
  expect(upload.status).toBe(200);
  const feed = await sim.call<{ feedId: string }>('POST', '/feeds/2021-06-30/feeds', {
    token,
    body: { feedType: 'POST_ORDER_ACKNOWLEDGEMENT_DATA', marketplaceIds: [US], inputFeedDocumentId: document.body.feedDocumentId },
  });
  expect(feed.status).toBe(202);
  expect(validateResponse(MODEL, 'createFeed', 202, feed.body)).toEqual([]);
  return feed.body.feedId;
}

async function finished(token: string, feedId: string) {
  const feed = await sim.call<{ processingStatus: string; resultFeedDocumentId?: string }>('GET', `/feeds/2021-06-30/feeds/${feedId}`, { token });
  expect(validateResponse(MODEL, 'getFeed', 200, feed.body)).toEqual([]);
  const document = await sim.call<{ url: string }>('GET', `/feeds/2021-06-30/documents/${feed.body.resultFeedDocumentId}`, { token });
  expect(validateResponse(MODEL, 'getFeedDocument', 200, document.body)).toEqual([]);
  return { status: feed.body.processingStatus, report: await (await fetch(document.body.url)).text() };
}

describe('Feeds 2021-06-30: the order acknowledgement feed', () => {
  it('queues, processes and reports; a Failure with items cancels those items, a Failure without cancels the order; errors are reported per message', async () => {
    const token = await sim.accessToken('na');
    const [partly, whole] = (await unshippedMfnOrders()).filter((o) => o.items.length > 1);
    expect(partly && whole).toBeTruthy();
    const item = partly!.items[0]!;
    const feedId = await submit(
      token,
      envelope(
        `<Message><MessageID>1</MessageID><OrderAcknowledgement><AmazonOrderID>${partly!.amazonOrderId}</AmazonOrderID><StatusCode>Failure</StatusCode>` +
          `<Item><AmazonOrderItemCode>${item.orderItemId}</AmazonOrderItemCode><CancelReason>NoInventory</CancelReason></Item></OrderAcknowledgement></Message>` +
          `<Message><MessageID>2</MessageID><OrderAcknowledgement><AmazonOrderID>${whole!.amazonOrderId}</AmazonOrderID><StatusCode>Failure</StatusCode></OrderAcknowledgement></Message>` +
          `<Message><MessageID>3</MessageID><OrderAcknowledgement><AmazonOrderID>111-0000000-0000000</AmazonOrderID><StatusCode>Failure</StatusCode></OrderAcknowledgement></Message>`,
      ),
    );
    const queued = await sim.call<{ processingStatus: string }>('GET', `/feeds/2021-06-30/feeds/${feedId}`, { token });
    expect(queued.body.processingStatus).toBe('IN_QUEUE');
    sim.sim.runtime.clock.advance(45);
    expect((await sim.call<{ processingStatus: string }>('GET', `/feeds/2021-06-30/feeds/${feedId}`, { token })).body.processingStatus).toBe('IN_PROGRESS');
    sim.sim.runtime.clock.advance(60);
    const done = await finished(token, feedId);
    expect(done.status).toBe('DONE');
    expect(done.report).toContain('<MessagesProcessed>3</MessagesProcessed><MessagesSuccessful>2</MessagesSuccessful><MessagesWithError>1</MessagesWithError>');
    expect(done.report).toMatch(/<MessageID>3<\/MessageID><ResultCode>Error<\/ResultCode><ResultMessageCode>18028<\/ResultMessageCode>/);

    const order = (id: string) =>
      sim.call<{ order: { fulfillment: { fulfillmentStatus: string }; orderItems: Array<{ orderItemId: string; quantityOrdered: number }> } }>(
        'GET',
        `/orders/2026-01-01/orders/${id}`,
        { token, query: { includedData: ['FULFILLMENT'] } },
      );
    const afterPartly = (await order(partly!.amazonOrderId)).body.order;
    expect(afterPartly.fulfillment.fulfillmentStatus).toBe('UNSHIPPED');
    expect(afterPartly.orderItems.find((i) => i.orderItemId === item.orderItemId)?.quantityOrdered).toBe(0);
    expect(afterPartly.orderItems.filter((i) => i.orderItemId !== item.orderItemId).every((i) => i.quantityOrdered > 0)).toBe(true);
    expect((await order(whole!.amazonOrderId)).body.order.fulfillment.fulfillmentStatus).toBe('CANCELLED');
  });

  it('ends FATAL for a document that is not an order acknowledgement envelope, and refuses an upload-less document and unknown feed types', async () => {
    const token = await sim.accessToken('na');
    const feedId = await submit(token, 'sku,quantity\nA,1\n');
    sim.sim.runtime.clock.advance(120);
    expect((await finished(token, feedId)).status).toBe('FATAL');

    const empty = await sim.call<{ feedDocumentId: string }>('POST', '/feeds/2021-06-30/documents', { token, body: { contentType: 'text/xml' } });
    const refused = await sim.call('POST', '/feeds/2021-06-30/feeds', {
      token,
      body: { feedType: 'POST_ORDER_ACKNOWLEDGEMENT_DATA', marketplaceIds: [US], inputFeedDocumentId: empty.body.feedDocumentId },
    });
    expect(refused.status).toBe(400);
    expect(validateResponse(MODEL, 'createFeed', 400, refused.body)).toEqual([]);
    const unknownType = await sim.call('POST', '/feeds/2021-06-30/feeds', {
      token,
      body: { feedType: 'POST_FLAT_FILE_LISTINGS_DATA', marketplaceIds: [US], inputFeedDocumentId: empty.body.feedDocumentId },
    });
    expect(unknownType.status).toBe(400);
  });
});
