/**
 * HTTP contract test: the six Fulfillment Inbound v0 operations of today's model through the real
 * simulator core (auth, routing, request validation), each success and error response checked
 * against the model with unknown fields forbidden; the operations Amazon removed are not served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SELLERS } from '../../core/contract.js';
import { catalog } from '../../state/catalog.js';
import { SimTestClient, type SimCallResult } from '../../testing/harness.js';
import { validateResponse } from '../../testing/model-validator.js';
import { servePdfDocument } from './documents.js';
import { createInboundModule } from './index.js';

const inbound = createInboundModule(catalog);
const MODEL = inbound.model;
const US = 'ATVPDKIKX0DER';
const SELLER = DEMO_SELLERS.na.sellerId;
const BASE = '/fba/inbound/v0';
let client: SimTestClient;
let token: string;

async function call(
  operationId: string,
  method: string,
  path: string,
  expected: number,
  options: { body?: unknown; query?: Record<string, string | string[]> } = {},
) {
  const result: SimCallResult<any> = await client.call(method, path, { token, ...options });
  expect(result.status, `${operationId} ${JSON.stringify(result.body)}`).toBe(expected);
  expect(validateResponse(MODEL, operationId, result.status, result.body)).toEqual([]);
  return result.body;
}

beforeAll(async () => {
  client = await SimTestClient.start({ modules: [inbound], enforceQuotas: false, start: new Date('2026-03-02T15:00:00Z'), clockScale: 0 });
  token = await client.accessToken('na');
});

afterAll(async () => {
  await client.close();
});

describe('Fulfillment Inbound v0 over HTTP', () => {
  it('serves prep instructions', async () => {
    const skus = catalog
      .list(SELLER)
      .slice(0, 5)
      .map((s) => s.sellerSku);
    const asins = catalog
      .list(SELLER)
      .slice(0, 3)
      .map((s) => s.asin);
    const prep = await call('getPrepInstructions', 'GET', `${BASE}/prepInstructions`, 200, {
      query: { ShipToCountryCode: 'US', SellerSKUList: skus, ASINList: asins },
    });
    expect(prep.payload.SKUPrepInstructionsList).toHaveLength(5);
    await call('getPrepInstructions', 'GET', `${BASE}/prepInstructions`, 400, { query: { ShipToCountryCode: 'ZZ', SellerSKUList: skus } });
  });

  it('lists the seeded demo shipments, with the bill of lading of the partnered LTL one', async () => {
    const all = await call('getShipments', 'GET', `${BASE}/shipments`, 200, {
      query: {
        QueryType: 'SHIPMENT',
        MarketplaceId: US,
        ShipmentStatusList: ['WORKING', 'SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'CHECKED_IN', 'RECEIVING', 'CLOSED', 'DELETED', 'CANCELLED'],
      },
    });
    const statuses = new Set(all.payload.ShipmentData.map((s: { ShipmentStatus: string }) => s.ShipmentStatus));
    expect(statuses).toEqual(new Set(['WORKING', 'IN_TRANSIT', 'RECEIVING', 'CLOSED', 'DELETED']));
    const items = await call('getShipmentItems', 'GET', `${BASE}/shipmentItems`, 200, {
      query: { QueryType: 'DATE_RANGE', MarketplaceId: US, LastUpdatedAfter: '2026-01-01T00:00:00Z', LastUpdatedBefore: '2026-03-03T00:00:00Z' },
    });
    expect(items.payload.ItemData.length).toBeGreaterThan(0);
    await call('getShipmentItems', 'GET', `${BASE}/shipmentItems`, 400, { query: { QueryType: 'DATE_RANGE', MarketplaceId: US } });
    await call('getShipments', 'GET', `${BASE}/shipments`, 400, { query: { QueryType: 'SHIPMENT', MarketplaceId: US } });
    await call('getShipments', 'GET', `${BASE}/shipments`, 400, { query: { QueryType: 'BOGUS', MarketplaceId: US } });
    const ltl = inbound.store.sellerShipments(SELLER).find((s) => s.carrier?.mode === 'freight' && s.carrier.partnered);
    const bol = await call('getBillOfLading', 'GET', `${BASE}/shipments/${ltl!.shipmentId}/billOfLading`, 200);
    expect(bol.payload.DownloadURL).toMatch(/\/_sim\/documents\//);
    const working = all.payload.ShipmentData.find((s: { ShipmentStatus: string }) => s.ShipmentStatus === 'WORKING');
    await call('getBillOfLading', 'GET', `${BASE}/shipments/${working.ShipmentId}/billOfLading`, 400);
  });

  it('prints the labels of a working shipment, then reports its units received once it ships', async () => {
    const shipment = inbound.store.sellerShipments(SELLER).find((s) => s.marketplaceId === US && !s.carrier && !s.cancelledAt && !s.sellerShippedAt)!;
    const id = shipment.shipmentId;
    const labels = await call('getLabels', 'GET', `${BASE}/shipments/${id}/labels`, 200, {
      query: { PageType: 'PackageLabel_Letter_6', LabelType: 'UNIQUE', NumberOfPackages: '3' },
    });
    const url = new URL(labels.payload.DownloadURL);
    expect(url.host).toBe(new URL(client.url).host);
    const served = servePdfDocument(url.pathname.split('/').at(-1) ?? '');
    expect(Buffer.from(served!.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    await call('getLabels', 'GET', `${BASE}/shipments/${id}/labels`, 400, {
      query: { PageType: 'PackageLabel_Letter_6', LabelType: 'UNIQUE', PackageLabelsToPrint: ['FBA1OTHER000U000001'] },
    });
    await call('getLabels', 'GET', `${BASE}/shipments/${id}/labels`, 400, {
      query: { PageType: 'PackageLabel_Nope', LabelType: 'UNIQUE', NumberOfPackages: '3' },
    });

    // The seller ships it (in Seller Central); Amazon receives it over the next days.
    shipment.sellerShippedAt = client.sim.runtime.clock.now();
    await client.advance(100 * 3600);
    token = await client.accessToken('na');
    const receivedItems = await call('getShipmentItemsByShipmentId', 'GET', `${BASE}/shipments/${id}/items`, 200, { query: { MarketplaceId: US } });
    expect(receivedItems.payload.ItemData[0].QuantityReceived).toBeGreaterThan(0);
    await call('getShipmentItemsByShipmentId', 'GET', `${BASE}/shipments/FBA000UNKNOWN/items`, 404, { query: { MarketplaceId: US } });
    const listed = await call('getShipments', 'GET', `${BASE}/shipments`, 200, { query: { QueryType: 'SHIPMENT', MarketplaceId: US, ShipmentIdList: [id] } });
    expect(listed.payload.ShipmentData[0].ShipmentStatus).toBe('RECEIVING');
  });

  it('answers the operations Amazon removed on 2025-01-21 as any unknown path: 404 NotFound', async () => {
    const unknown = await client.call('GET', `${BASE}/no-such-resource`, { token });
    expect(unknown).toMatchObject({ status: 404, body: { errors: [{ code: 'NotFound', message: 'Resource not found.' }] } });
    for (const [method, path] of [
      ['POST', `${BASE}/plans`],
      ['GET', `${BASE}/itemsGuidance`],
      ['POST', `${BASE}/shipments/FBA1ABCDEFGH`],
      ['PUT', `${BASE}/shipments/FBA1ABCDEFGH`],
      ['GET', `${BASE}/shipments/FBA1ABCDEFGH/preorder`],
      ['PUT', `${BASE}/shipments/FBA1ABCDEFGH/preorder/confirm`],
      ['GET', `${BASE}/shipments/FBA1ABCDEFGH/transport`],
      ['PUT', `${BASE}/shipments/FBA1ABCDEFGH/transport`],
      ['POST', `${BASE}/shipments/FBA1ABCDEFGH/transport/estimate`],
      ['POST', `${BASE}/shipments/FBA1ABCDEFGH/transport/confirm`],
      ['POST', `${BASE}/shipments/FBA1ABCDEFGH/transport/void`],
    ] as const) {
      const result = await client.call(method, path, { token, ...(method === 'GET' ? {} : { body: {} }) });
      expect({ status: result.status, body: result.body }, `${method} ${path}`).toEqual({ status: unknown.status, body: unknown.body });
    }
  });
});
