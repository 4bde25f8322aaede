/**
 * Regions: Amazon's three regional hosts are path prefixes here (/na, /eu, /fe). A token works
 * only on its seller's region, and every operation that names a marketplace (or the country
 * Amazon's fulfillment network is in) refuses one of another region, or one the seller does
 * not sell in, with Amazon's 403 body.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiModules } from '../apis/index.js';
import { modelsDir } from '../core/models.js';
import { SimTestClient } from '../testing/harness.js';
import { validateResponse } from '../testing/model-validator.js';

const US = 'ATVPDKIKX0DER';
const UK = 'A1F83G8C2ARO7P';
const FR = 'A13V1IB3VIYZZH';
const BR = 'A2Q3Y263D00KWC';
const ORDER = '111-1111111-1111111';
const SHIPMENT = 'FBA15DEMO001';

let sim: SimTestClient;
let na: string;
let eu: string;

beforeAll(async () => {
  sim = await SimTestClient.start({ enforceQuotas: false });
  na = await sim.accessToken('na');
  eu = await sim.accessToken('eu');
});
afterAll(() => sim.close());

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const denied = (details: string) => ({ errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.', details }] });
const NOT_THIS_REGION = 'The marketplaces you provided are not valid for region.';

describe('regional hosts', () => {
  it("serves each seller on its own region's prefix, and on the bare path (the token's own region)", async () => {
    for (const [token, region] of [
      [na, 'na'],
      [eu, 'eu'],
    ] as const) {
      expect((await sim.call('GET', '/sellers/v1/marketplaceParticipations', { token, region })).status).toBe(200);
      expect((await sim.call('GET', '/sellers/v1/marketplaceParticipations', { token })).status).toBe(200);
    }
  });

  it("refuses a token on another region's host with Amazon's bare 403", async () => {
    for (const [token, region] of [
      [na, 'eu'],
      [na, 'fe'],
      [eu, 'na'],
    ] as const) {
      const res = await sim.call('GET', '/sellers/v1/marketplaceParticipations', { token, region });
      expect(res.status).toBe(403);
      expect(res.body).toEqual(denied(''));
      expect(validateResponse('sellers.json', 'getMarketplaceParticipations', 403, res.body)).toEqual([]);
    }
  });

  it('an EU seller reads its UK orders on the EU host; the NA host refuses its token', async () => {
    const query = { MarketplaceIds: UK, CreatedAfter: daysAgo(5) };
    const ok = await sim.call<{ payload: { Orders: unknown[] } }>('GET', '/orders/v0/orders', { token: eu, region: 'eu', query });
    expect(ok.status).toBe(200);
    expect(ok.body.payload.Orders.length).toBeGreaterThan(0);
    expect((await sim.call('GET', '/orders/v0/orders', { token: eu, region: 'na', query })).status).toBe(403);
  });

  it("matches restricted data tokens against the path without the region's prefix", async () => {
    const rdt = await sim.call<{ restrictedDataToken: string }>('POST', '/tokens/2021-03-01/restrictedDataToken', {
      token: na,
      region: 'na',
      body: { restrictedResources: [{ method: 'GET', path: '/orders/v0/orders/{orderId}/buyerInfo' }] },
    });
    const [order] = (
      await sim.call<{ payload: { Orders: Array<{ AmazonOrderId: string }> } }>('GET', '/orders/v0/orders', {
        token: na,
        region: 'na',
        query: { MarketplaceIds: US, CreatedAfter: daysAgo(5) },
      })
    ).body.payload.Orders;
    const token = rdt.body.restrictedDataToken;
    expect((await sim.call('GET', `/orders/v0/orders/${order?.AmazonOrderId}/buyerInfo`, { token, region: 'na' })).status).toBe(200);
    expect((await sim.call('GET', `/orders/v0/orders/${order?.AmazonOrderId}/buyerInfo`, { token, region: 'eu' })).status).toBe(403);
  });

  it('knows no host besides the three regions', async () => {
    const res = await fetch(`${sim.url}/xx/sellers/v1/marketplaceParticipations`, { headers: { 'x-amz-access-token': na } });
    expect(res.status).toBe(404);
  });
});

/**
 * One request per operation that names a marketplace (or a fulfillment country), built by
 * `at(marketplaceId, countryCode)`. Bodies carry only the fields the check reads: it runs
 * before request validation, as the token check does.
 */
interface MarketplaceCase {
  model: string;
  operationId: string;
  method: string;
  path: string;
  at: (marketplaceId: string, country: string) => { query?: Record<string, string | string[]>; body?: unknown };
}

const OUTBOUND = '/fba/outbound/2020-07-01';
const INBOUND = '/fba/inbound/v0';
const INBOUND_2024 = '/inbound/fba/2024-03-20';
const CASES: MarketplaceCase[] = [
  {
    model: 'ordersV0.json',
    operationId: 'getOrders',
    method: 'GET',
    path: '/orders/v0/orders',
    at: (m) => ({ query: { MarketplaceIds: [US, m], CreatedAfter: daysAgo(5) } }),
  },
  {
    model: 'ordersV0.json',
    operationId: 'confirmShipment',
    method: 'POST',
    path: `/orders/v0/orders/${ORDER}/shipmentConfirmation`,
    at: (m) => ({ body: { marketplaceId: m } }),
  },
  {
    model: 'ordersV0.json',
    operationId: 'updateShipmentStatus',
    method: 'POST',
    path: `/orders/v0/orders/${ORDER}/shipment`,
    at: (m) => ({ body: { marketplaceId: m } }),
  },
  {
    model: 'orders_2026-01-01.json',
    operationId: 'searchOrders',
    method: 'GET',
    path: '/orders/2026-01-01/orders',
    at: (m) => ({ query: { marketplaceIds: m, createdAfter: daysAgo(5) } }),
  },
  {
    model: 'fbaInventory.json',
    operationId: 'getInventorySummaries',
    method: 'GET',
    path: '/fba/inventory/v1/summaries',
    at: (m) => ({ query: { granularityType: 'Marketplace', granularityId: m, marketplaceIds: m } }),
  },
  {
    model: 'fbaInventory.json',
    operationId: 'createInventoryItem',
    method: 'POST',
    path: '/fba/inventory/v1/items',
    at: (m) => ({ body: { marketplaceId: m } }),
  },
  {
    model: 'fbaInventory.json',
    operationId: 'addInventory',
    method: 'POST',
    path: '/fba/inventory/v1/items/inventory',
    at: (m) => ({ body: { inventoryItems: [{ marketplaceId: m }] } }),
  },
  {
    model: 'fbaInventory.json',
    operationId: 'deleteInventoryItem',
    method: 'DELETE',
    path: '/fba/inventory/v1/items/SKU-1',
    at: (m) => ({ query: { marketplaceId: m } }),
  },
  ...['getMessagingActionsForOrder', 'GetAttributes'].map((operationId) => ({
    model: 'messaging.json',
    operationId,
    method: 'GET',
    path: operationId === 'GetAttributes' ? `/messaging/v1/orders/${ORDER}/attributes` : `/messaging/v1/orders/${ORDER}`,
    at: (m: string) => ({ query: { marketplaceIds: m } }),
  })),
  ...(
    [
      ['confirmCustomizationDetails', 'confirmCustomizationDetails'],
      ['createConfirmDeliveryDetails', 'confirmDeliveryDetails'],
      ['createLegalDisclosure', 'legalDisclosure'],
      ['createConfirmOrderDetails', 'confirmOrderDetails'],
      ['createConfirmServiceDetails', 'confirmServiceDetails'],
      ['CreateWarranty', 'warranty'],
      ['createDigitalAccessKey', 'digitalAccessKey'],
      ['createUnexpectedProblem', 'unexpectedProblem'],
      ['sendInvoice', 'invoice'],
    ] as const
  ).map(([operationId, message]) => ({
    model: 'messaging.json',
    operationId,
    method: 'POST',
    path: `/messaging/v1/orders/${ORDER}/messages/${message}`,
    at: (m: string) => ({ query: { marketplaceIds: m }, body: {} }),
  })),
  {
    model: 'uploads_2020-11-01.json',
    operationId: 'createUploadDestinationForResource',
    method: 'POST',
    path: `/uploads/2020-11-01/uploadDestinations/messaging/v1/orders/${ORDER}/messages/invoice`,
    at: (m) => ({ query: { marketplaceIds: m, contentMD5: 'XUFAKrxLKna5cZ2REBfFkg==' } }),
  },
  {
    model: 'fulfillmentOutbound_2020-07-01.json',
    operationId: 'getFulfillmentPreview',
    method: 'POST',
    path: `${OUTBOUND}/fulfillmentOrders/preview`,
    at: (m) => ({ body: { marketplaceId: m } }),
  },
  {
    model: 'fulfillmentOutbound_2020-07-01.json',
    operationId: 'createFulfillmentOrder',
    method: 'POST',
    path: `${OUTBOUND}/fulfillmentOrders`,
    at: (m) => ({ body: { marketplaceId: m } }),
  },
  {
    model: 'fulfillmentOutbound_2020-07-01.json',
    operationId: 'createFulfillmentOrder',
    method: 'POST',
    path: `${OUTBOUND}/fulfillmentOrders`,
    at: (_m, c) => ({ body: { shipFromCountryCode: c } }),
  },
  {
    model: 'fulfillmentOutbound_2020-07-01.json',
    operationId: 'updateFulfillmentOrder',
    method: 'PUT',
    path: `${OUTBOUND}/fulfillmentOrders/MCF-1`,
    at: (m, c) => ({ body: { marketplaceId: m, shipFromCountryCode: c } }),
  },
  {
    model: 'fulfillmentOutbound_2020-07-01.json',
    operationId: 'listReturnReasonCodes',
    method: 'GET',
    path: `${OUTBOUND}/returnReasonCodes`,
    at: (m) => ({ query: { sellerSku: 'SKU-1', marketplaceId: m } }),
  },
  {
    model: 'fulfillmentOutbound_2020-07-01.json',
    operationId: 'getFeatures',
    method: 'GET',
    path: `${OUTBOUND}/features`,
    at: (m) => ({ query: { marketplaceId: m } }),
  },
  {
    model: 'fulfillmentOutbound_2020-07-01.json',
    operationId: 'getFeatureInventory',
    method: 'GET',
    path: `${OUTBOUND}/features/inventory/BLANK_BOX`,
    at: (m) => ({ query: { marketplaceId: m } }),
  },
  {
    model: 'fulfillmentOutbound_2020-07-01.json',
    operationId: 'getFeatureSKU',
    method: 'GET',
    path: `${OUTBOUND}/features/inventory/BLANK_BOX/SKU-1`,
    at: (m) => ({ query: { marketplaceId: m } }),
  },
  {
    model: 'fulfillmentInboundV0.json',
    operationId: 'getPrepInstructions',
    method: 'GET',
    path: `${INBOUND}/prepInstructions`,
    at: (_m, c) => ({ query: { ShipToCountryCode: c, SellerSKUList: 'SKU-1' } }),
  },
  {
    model: 'fulfillmentInboundV0.json',
    operationId: 'getShipments',
    method: 'GET',
    path: `${INBOUND}/shipments`,
    at: (m) => ({ query: { QueryType: 'SHIPMENT', MarketplaceId: m, ShipmentStatusList: 'WORKING' } }),
  },
  {
    model: 'fulfillmentInboundV0.json',
    operationId: 'getShipmentItemsByShipmentId',
    method: 'GET',
    path: `${INBOUND}/shipments/${SHIPMENT}/items`,
    at: (m) => ({ query: { MarketplaceId: m } }),
  },
  {
    model: 'fulfillmentInboundV0.json',
    operationId: 'getShipmentItems',
    method: 'GET',
    path: `${INBOUND}/shipmentItems`,
    at: (m) => ({ query: { QueryType: 'NEXT_TOKEN', NextToken: 'x', MarketplaceId: m } }),
  },
  {
    model: 'fulfillmentInbound_2024-03-20.json',
    operationId: 'createInboundPlan',
    method: 'POST',
    path: `${INBOUND_2024}/inboundPlans`,
    at: (m) => ({ body: { destinationMarketplaces: [m] } }),
  },
  {
    model: 'fulfillmentInbound_2024-03-20.json',
    operationId: 'listPrepDetails',
    method: 'GET',
    path: `${INBOUND_2024}/items/prepDetails`,
    at: (m) => ({ query: { marketplaceId: m, mskus: 'SKU-1' } }),
  },
  {
    model: 'fulfillmentInbound_2024-03-20.json',
    operationId: 'setPrepDetails',
    method: 'POST',
    path: `${INBOUND_2024}/items/prepDetails`,
    at: (m) => ({ body: { marketplaceId: m } }),
  },
  {
    model: 'fulfillmentInbound_2024-03-20.json',
    operationId: 'listItemComplianceDetails',
    method: 'GET',
    path: `${INBOUND_2024}/items/compliance`,
    at: (m) => ({ query: { marketplaceId: m, mskus: 'SKU-1' } }),
  },
  {
    model: 'fulfillmentInbound_2024-03-20.json',
    operationId: 'updateItemComplianceDetails',
    method: 'PUT',
    path: `${INBOUND_2024}/items/compliance`,
    at: (m) => ({ query: { marketplaceId: m } }),
  },
  {
    model: 'fulfillmentInbound_2024-03-20.json',
    operationId: 'createMarketplaceItemLabels',
    method: 'POST',
    path: `${INBOUND_2024}/items/labels`,
    at: (m) => ({ body: { marketplaceId: m } }),
  },
  {
    model: 'feeds_2021-06-30.json',
    operationId: 'createFeed',
    method: 'POST',
    path: '/feeds/2021-06-30/feeds',
    at: (m) => ({ body: { feedType: 'POST_ORDER_ACKNOWLEDGEMENT_DATA', marketplaceIds: [m], inputFeedDocumentId: 'amzn1.tortuga.4.na.1' } }),
  },
  {
    model: 'feeds_2021-06-30.json',
    operationId: 'getFeeds',
    method: 'GET',
    path: '/feeds/2021-06-30/feeds',
    at: (m) => ({ query: { feedTypes: 'POST_ORDER_ACKNOWLEDGEMENT_DATA', marketplaceIds: m } }),
  },
];

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema };

/** Operations of the served models with a parameter or request-body field (at any depth) naming a marketplace or fulfillment country. */
function operationsNamingMarketplaces(): string[] {
  const names = /^(marketplaceIds?|destinationMarketplaces|granularityId|shipToCountry(Subdivision)?Code|shipFromCountryCode)$/i;
  const found = new Set<string>();
  for (const module of apiModules) {
    const model = JSON.parse(readFileSync(path.join(modelsDir(), module.model), 'utf8')) as {
      paths: Record<string, Record<string, { operationId?: string; parameters?: Array<{ name: string; in: string; schema?: Schema }> }>>;
      definitions?: Record<string, Schema>;
    };
    const fieldNames = (schema: Schema | undefined, seen: Set<string>): string[] => {
      if (!schema) return [];
      if (schema.$ref) {
        if (seen.has(schema.$ref)) return [];
        seen.add(schema.$ref);
        return fieldNames(model.definitions?.[schema.$ref.split('/').pop() ?? ''], seen);
      }
      return [
        ...Object.entries(schema.properties ?? {}).flatMap(([name, property]) => [name, ...fieldNames(property, seen)]),
        ...fieldNames(schema.items, seen),
      ];
    };
    for (const methods of Object.values(model.paths)) {
      for (const op of Object.values(methods)) {
        if (!op.operationId) continue;
        const fields = (op.parameters ?? []).flatMap((p) => (p.in === 'body' ? fieldNames(p.schema, new Set()) : [p.name]));
        if (fields.some((name) => names.test(name))) found.add(`${module.model}:${op.operationId}`);
      }
    }
  }
  return [...found].sort();
}

describe('marketplaces a request names', () => {
  it('every operation that takes a marketplace or fulfillment country is checked below', () => {
    expect([...new Set(CASES.map((c) => `${c.model}:${c.operationId}`))].sort()).toEqual(operationsNamingMarketplaces());
  });

  it.each(CASES.map((c, i) => [`${c.operationId} #${i}`, c] as const))("%s: another region's marketplace or country gets Amazon's 403", async (_name, c) => {
    // An NA seller naming the UK (on the bare path, i.e. its own NA host), and an EU seller naming the US on the EU host.
    for (const [token, region, marketplaceId, country] of [
      [na, undefined, UK, 'GB'],
      [eu, 'eu', US, 'US'],
    ] as const) {
      const res = await sim.call(c.method, c.path, { token, ...(region ? { region } : {}), ...c.at(marketplaceId, country) });
      expect({ status: res.status, body: res.body }).toEqual({ status: 403, body: denied(NOT_THIS_REGION) });
      expect(validateResponse(c.model, c.operationId, 403, res.body)).toEqual([]);
    }
  });

  it('refuses a marketplace of its own region that the seller does not sell in, with the bare 403', async () => {
    const nb = await sim.call('GET', '/orders/v0/orders', { token: na, query: { MarketplaceIds: BR, CreatedAfter: daysAgo(5) } });
    expect(nb.body).toEqual(denied(''));
    const eb = await sim.call('GET', '/fba/inventory/v1/summaries', {
      token: eu,
      region: 'eu',
      query: { granularityType: 'Marketplace', granularityId: FR, marketplaceIds: FR },
    });
    expect(eb.status).toBe(403);
    expect(eb.body).toEqual(denied(''));
    expect(validateResponse('fbaInventory.json', 'getInventorySummaries', 403, eb.body)).toEqual([]);
  });

  it('leaves ids that are no Amazon marketplace to the operation (400 InvalidInput)', async () => {
    const res = await sim.call<{ errors: Array<{ code: string }> }>('GET', '/orders/v0/orders', {
      token: na,
      query: { MarketplaceIds: 'NOTAMARKETPLACE', CreatedAfter: daysAgo(5) },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]?.code).toBe('InvalidInput');
  });

  it('lets a seller use its own marketplaces, and an EU seller ask for prep instructions for the UK', async () => {
    expect(
      (
        await sim.call('GET', '/orders/v0/orders', {
          token: na,
          region: 'na',
          query: { MarketplaceIds: [US, 'A2EUQ1WTGCTBG2', 'A1AM78C64UM0Y8'], CreatedAfter: daysAgo(5) },
        })
      ).status,
    ).toBe(200);
    const prep = await sim.call('GET', `${INBOUND}/prepInstructions`, { token: eu, region: 'eu', query: { ShipToCountryCode: 'GB', SellerSKUList: 'SKU-1' } });
    expect(prep.status).toBe(200);
  });
});
