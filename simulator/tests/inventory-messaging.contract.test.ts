import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimTestClient } from '../testing/harness.js';
import { validateResponse } from '../testing/model-validator.js';

const US = 'ATVPDKIKX0DER';
let sim: SimTestClient;
let token: string;

interface SummariesPage {
  payload: { inventorySummaries: Array<{ sellerSku: string; totalQuantity: number; inventoryDetails?: { fulfillableQuantity: number } }> };
  pagination?: { nextToken: string };
}

beforeAll(async () => {
  // Contract tests check bodies; quota behaviour has its own tests.
  sim = await SimTestClient.start({ enforceQuotas: false });
  token = await sim.accessToken('na');
});
afterAll(() => sim.close());

const summaries = (query: Record<string, string | string[]>) =>
  sim.call<SummariesPage>('GET', '/fba/inventory/v1/summaries', {
    token,
    query: { granularityType: 'Marketplace', granularityId: US, marketplaceIds: US, ...query },
  });

describe('FBA Inventory contract', () => {
  it('pages through every SKU with details', async () => {
    const first = await summaries({ details: 'true' });
    expect(first.status).toBe(200);
    expect(validateResponse('fbaInventory.json', 'getInventorySummaries', 200, first.body)).toEqual([]);
    expect(first.body.payload.inventorySummaries).toHaveLength(50);
    let total = first.body.payload.inventorySummaries.length;
    let next = first.body.pagination?.nextToken;
    while (next) {
      const page = await summaries({ details: 'true', nextToken: next });
      expect(page.status).toBe(200);
      total += page.body.payload.inventorySummaries.length;
      next = page.body.pagination?.nextToken;
    }
    expect(total).toBe(180);
    const quantities = first.body.payload.inventorySummaries.map((s) => s.inventoryDetails?.fulfillableQuantity ?? -1);
    expect(quantities.some((q) => q === 0)).toBe(true);
    expect(quantities.some((q) => q > 100)).toBe(true);
  });

  it('filters by sellerSkus and hides details unless asked', async () => {
    const all = await summaries({});
    const skus = all.body.payload.inventorySummaries.slice(0, 2).map((s) => s.sellerSku);
    const res = await summaries({ sellerSkus: skus });
    expect(res.body.payload.inventorySummaries.map((s) => s.sellerSku).sort()).toEqual([...skus].sort());
    expect(res.body.payload.inventorySummaries[0]?.inventoryDetails).toBeUndefined();
  });

  it('next tokens expire after 30 simulated seconds', async () => {
    const first = await summaries({});
    await sim.advance(31);
    const late = await summaries({ nextToken: first.body.pagination?.nextToken ?? '' });
    expect(late.status).toBe(400);
  });

  it('rejects a bad granularityType enum naming the field', async () => {
    const res = await summaries({ granularityType: 'Country' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('granularityType');
    expect(validateResponse('fbaInventory.json', 'getInventorySummaries', 400, res.body)).toEqual([]);
  });

  it('sandbox operations create, stock and delete a SKU', async () => {
    const created = await sim.call('POST', '/fba/inventory/v1/items', {
      token,
      body: { sellerSku: 'TEST-SKU-1', marketplaceId: US, productName: 'Test product' },
    });
    expect(created.status).toBe(200);
    expect(validateResponse('fbaInventory.json', 'createInventoryItem', 200, created.body)).toEqual([]);
    const noIdempotency = await sim.call('POST', '/fba/inventory/v1/items/inventory', {
      token,
      body: { inventoryItems: [{ sellerSku: 'TEST-SKU-1', marketplaceId: US, quantity: 5 }] },
    });
    expect(noIdempotency.status).toBe(400);
    const res = await fetch(`${sim.url}/fba/inventory/v1/items/inventory`, {
      method: 'POST',
      headers: { 'x-amz-access-token': token, 'x-amzn-idempotency-token': 'abc', 'content-type': 'application/json' },
      body: JSON.stringify({ inventoryItems: [{ sellerSku: 'TEST-SKU-1', marketplaceId: US, quantity: 5 }] }),
    });
    expect(res.status).toBe(200);
    const after = await summaries({ sellerSku: 'TEST-SKU-1', details: 'true' });
    expect(after.body.payload.inventorySummaries[0]?.inventoryDetails?.fulfillableQuantity).toBe(5);
    const deleted = await sim.call('DELETE', '/fba/inventory/v1/items/TEST-SKU-1', { token, query: { marketplaceId: US } });
    expect(deleted.status).toBe(200);
    expect((await summaries({ sellerSku: 'TEST-SKU-1' })).body.payload.inventorySummaries).toHaveLength(0);
  });
});

describe('Messaging contract', () => {
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

  async function orderWithStatus(status: string): Promise<string> {
    const res = await sim.call<{ payload: { Orders: Array<{ AmazonOrderId: string }> } }>('GET', '/orders/v0/orders', {
      token,
      query: { MarketplaceIds: US, CreatedAfter: daysAgo(10), OrderStatuses: status, MaxResultsPerPage: '1' },
    });
    const id = res.body.payload.Orders[0]?.AmazonOrderId;
    if (!id) throw new Error(`no ${status} order`);
    return id;
  }

  it('offers actions valid for the order and records sent messages', async () => {
    const id = await orderWithStatus('Shipped');
    const actions = await sim.call<{ _links: { actions: Array<{ name: string }> } }>('GET', `/messaging/v1/orders/${id}`, {
      token,
      query: { marketplaceIds: US },
    });
    expect(actions.status).toBe(200);
    expect(validateResponse('messaging.json', 'getMessagingActionsForOrder', 200, actions.body)).toEqual([]);
    const names = actions.body._links.actions.map((a) => a.name);
    expect(names).toContain('unexpectedProblem');
    expect(names).not.toContain('confirmOrderDetails');

    const sent = await sim.call('POST', `/messaging/v1/orders/${id}/messages/unexpectedProblem`, {
      token,
      query: { marketplaceIds: US },
      body: { text: 'Your parcel is delayed.' },
    });
    expect(sent.status).toBe(201);
    expect(validateResponse('messaging.json', 'createUnexpectedProblem', 201, sent.body)).toEqual([]);
    const state = await sim.control<{ messages: Array<{ action: string }> }>('GET', `/_sim/state/messages?orderId=${id}`);
    expect(state.messages.map((m) => m.action)).toEqual(['unexpectedProblem']);

    const notOffered = await sim.call('POST', `/messaging/v1/orders/${id}/messages/confirmOrderDetails`, {
      token,
      query: { marketplaceIds: US },
      body: { text: 'Hi' },
    });
    expect(notOffered.status).toBe(400);
    expect(validateResponse('messaging.json', 'createConfirmOrderDetails', 400, notOffered.body)).toEqual([]);
  });

  it('validates text length from the model and returns buyer attributes', async () => {
    const id = await orderWithStatus('Shipped');
    const tooLong = await sim.call('POST', `/messaging/v1/orders/${id}/messages/unexpectedProblem`, {
      token,
      query: { marketplaceIds: US },
      body: { text: 'x'.repeat(2001) },
    });
    expect(tooLong.status).toBe(400);
    const attributes = await sim.call('GET', `/messaging/v1/orders/${id}/attributes`, { token, query: { marketplaceIds: US } });
    expect(attributes.status).toBe(200);
    expect(validateResponse('messaging.json', 'GetAttributes', 200, attributes.body)).toEqual([]);
  });
});

describe('Messaging: every send operation', () => {
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
  /** A file uploaded for this order's message through the Uploads API, as the attachment types need. */
  const attachment = async (id: string, action: string, fileName: string) => {
    const contentMD5 = createHash('md5').update(PDF).digest('base64');
    const destination = await sim.call<{ payload: { uploadDestinationId: string; url: string; headers: Record<string, string> } }>(
      'POST',
      `/uploads/2020-11-01/uploadDestinations/messaging/v1/orders/${id}/messages/${action}`,
      { token, query: { marketplaceIds: US, contentMD5 } },
    );
    await fetch(destination.body.payload.url, { method: 'PUT', body: PDF, headers: destination.body.payload.headers });
    return { attachments: [{ uploadDestinationId: destination.body.payload.uploadDestinationId, fileName }] };
  };
  const SENDS: Array<[string, string, (id: string) => unknown]> = [
    ['confirmCustomizationDetails', 'confirmCustomizationDetails', () => ({ text: 'Engraving confirmed' })],
    ['createConfirmDeliveryDetails', 'confirmDeliveryDetails', () => ({ text: 'Delivery on Monday' })],
    ['createLegalDisclosure', 'legalDisclosure', (id) => attachment(id, 'legalDisclosure', 'disclosure.pdf')],
    ['createConfirmOrderDetails', 'confirmOrderDetails', () => ({ text: 'Please confirm the size' })],
    ['createConfirmServiceDetails', 'confirmServiceDetails', () => ({ text: 'Installer visit booked' })],
    ['CreateWarranty', 'warranty', (id) => attachment(id, 'warranty', 'warranty.pdf')],
    ['createDigitalAccessKey', 'digitalAccessKey', () => ({ text: 'Your key' })],
    ['createUnexpectedProblem', 'unexpectedProblem', () => ({ text: 'Delayed' })],
    ['sendInvoice', 'invoice', (id) => attachment(id, 'invoice', 'invoice.pdf')],
  ];

  it('answers 201 when the action is offered and 400 otherwise, both model-valid', async () => {
    for (const status of ['Shipped', 'Unshipped']) {
      const res = await sim.call<{ payload: { Orders: Array<{ AmazonOrderId: string }> } }>('GET', '/orders/v0/orders', {
        token,
        query: { MarketplaceIds: US, CreatedAfter: daysAgo(20), OrderStatuses: status, FulfillmentChannels: 'MFN', MaxResultsPerPage: '1' },
      });
      const id = res.body.payload.Orders[0]?.AmazonOrderId ?? '';
      const offered = (
        await sim.call<{ _links: { actions: Array<{ name: string }> } }>('GET', `/messaging/v1/orders/${id}`, { token, query: { marketplaceIds: US } })
      ).body._links.actions.map((a) => a.name);
      for (const [operationId, action, body] of SENDS) {
        const sent = await sim.call('POST', `/messaging/v1/orders/${id}/messages/${action}`, { token, query: { marketplaceIds: US }, body: await body(id) });
        expect(sent.status, `${operationId} on a ${status} order`).toBe(offered.includes(action) ? 201 : 400);
        expect(validateResponse('messaging.json', operationId, sent.status, sent.body)).toEqual([]);
      }
    }
  });
});
