/**
 * HTTP contract test: every inbound operation through the real simulator core (auth,
 * routing, request validation), each success and error response checked against the model
 * with unknown fields forbidden.
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

const SHIP_FROM = {
  Name: 'Northwind Home Goods',
  AddressLine1: '2201 Westlake Avenue',
  City: 'Seattle',
  StateOrProvinceCode: 'WA',
  CountryCode: 'US',
  PostalCode: '98121',
};

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
  it('serves guidance and prep instructions', async () => {
    const skus = catalog
      .list(SELLER)
      .slice(0, 5)
      .map((s) => s.sellerSku);
    const asins = catalog
      .list(SELLER)
      .slice(0, 3)
      .map((s) => s.asin);
    const guidance = await call('getInboundGuidance', 'GET', `${BASE}/itemsGuidance`, 200, {
      query: { MarketplaceId: US, SellerSKUList: [...skus, 'NOT-A-SKU'], ASINList: [...asins, 'bad'] },
    });
    expect(guidance.payload.SKUInboundGuidanceList).toHaveLength(5);
    await call('getInboundGuidance', 'GET', `${BASE}/itemsGuidance`, 400, { query: { MarketplaceId: US } });
    const prep = await call('getPrepInstructions', 'GET', `${BASE}/prepInstructions`, 200, {
      query: { ShipToCountryCode: 'US', SellerSKUList: skus, ASINList: asins },
    });
    expect(prep.payload.SKUPrepInstructionsList).toHaveLength(5);
    await call('getPrepInstructions', 'GET', `${BASE}/prepInstructions`, 400, { query: { ShipToCountryCode: 'ZZ', SellerSKUList: skus } });
  });

  it('lists the seeded demo shipments', async () => {
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
    const ltl = inbound.store.sellerShipments(SELLER).find((s) => s.transport?.shipmentType === 'LTL' && s.transport.isPartnered);
    const transport = await call('getTransportDetails', 'GET', `${BASE}/shipments/${ltl!.shipmentId}/transport`, 200);
    expect(transport.payload.TransportContent.TransportResult.TransportStatus).toBe('CONFIRMED');
    const bol = await call('getBillOfLading', 'GET', `${BASE}/shipments/${ltl!.shipmentId}/billOfLading`, 200);
    expect(bol.payload.DownloadURL).toMatch(/\/_sim\/documents\//);
    const receiving = all.payload.ShipmentData.find((s: { ShipmentStatus: string }) => s.ShipmentStatus === 'RECEIVING');
    await call('getTransportDetails', 'GET', `${BASE}/shipments/${receiving.ShipmentId}/transport`, 200);
    await call('voidTransport', 'POST', `${BASE}/shipments/${receiving.ShipmentId}/transport/void`, 400);
  });

  it('runs plan -> shipment -> transport -> labels -> ship', async () => {
    const skus = catalog.list(SELLER).slice(10, 16);
    const planBody = {
      ShipFromAddress: SHIP_FROM,
      LabelPrepPreference: 'SELLER_LABEL',
      InboundShipmentPlanRequestItems: skus.map((s) => ({ SellerSKU: s.sellerSku, ASIN: s.asin, Condition: 'NewItem', Quantity: 24 })),
    };
    await call('createInboundShipmentPlan', 'POST', `${BASE}/plans`, 400, {
      body: { ...planBody, ShipToCountryCode: 'US', ShipToCountrySubdivisionCode: 'US-WA' },
    });
    await call('createInboundShipmentPlan', 'POST', `${BASE}/plans`, 400, { body: { ...planBody, LabelPrepPreference: 'NOT_AN_ENUM' } });
    const plans = await call('createInboundShipmentPlan', 'POST', `${BASE}/plans`, 200, { body: planBody });
    const plan = plans.payload.InboundShipmentPlans[0];
    const id = plan.ShipmentId as string;
    const header = {
      ShipmentName: 'Contract test',
      ShipFromAddress: SHIP_FROM,
      DestinationFulfillmentCenterId: plan.DestinationFulfillmentCenterId,
      ShipmentStatus: 'WORKING',
      LabelPrepPreference: 'SELLER_LABEL',
    };
    const items = plan.Items.map((i: { SellerSKU: string; Quantity: number }) => ({ SellerSKU: i.SellerSKU, QuantityShipped: i.Quantity }));
    await call('createInboundShipment', 'POST', `${BASE}/shipments/FBA000UNKNOWN`, 404, {
      body: { MarketplaceId: US, InboundShipmentHeader: header, InboundShipmentItems: items },
    });
    const created = await call('createInboundShipment', 'POST', `${BASE}/shipments/${id}`, 200, {
      body: { MarketplaceId: US, InboundShipmentHeader: header, InboundShipmentItems: items },
    });
    expect(created.payload.ShipmentId).toBe(id);
    await call('createInboundShipment', 'POST', `${BASE}/shipments/${id}`, 400, {
      body: { MarketplaceId: US, InboundShipmentHeader: header, InboundShipmentItems: items },
    });
    await call('updateInboundShipment', 'PUT', `${BASE}/shipments/${id}`, 200, {
      body: { MarketplaceId: US, InboundShipmentHeader: { ...header, ShipmentName: 'Renamed' }, InboundShipmentItems: [] },
    });
    await call('updateInboundShipment', 'PUT', `${BASE}/shipments/${id}`, 400, {
      body: { MarketplaceId: US, InboundShipmentHeader: { ...header, ShipmentStatus: 'CLOSED' }, InboundShipmentItems: [] },
    });

    const preorder = await call('getPreorderInfo', 'GET', `${BASE}/shipments/${id}/preorder`, 200, { query: { MarketplaceId: US } });
    await call('confirmPreorder', 'PUT', `${BASE}/shipments/${id}/preorder/confirm`, preorder.payload.ShipmentContainsPreorderableItems ? 200 : 400, {
      query: { MarketplaceId: US, NeedByDate: '2026-03-12' },
    });
    await call('getPreorderInfo', 'GET', `${BASE}/shipments/FBA000UNKNOWN/preorder`, 404, { query: { MarketplaceId: US } });

    await call('getTransportDetails', 'GET', `${BASE}/shipments/${id}/transport`, 400);
    const box = { Dimensions: { Length: 16, Width: 12, Height: 10, Unit: 'inches' }, Weight: { Value: 18, Unit: 'pounds' } };
    await call('putTransportDetails', 'PUT', `${BASE}/shipments/${id}/transport`, 400, {
      body: { IsPartnered: true, ShipmentType: 'LTL', TransportDetails: { PartneredLtlData: { BoxCount: 2 } } },
    });
    await call('putTransportDetails', 'PUT', `${BASE}/shipments/${id}/transport`, 200, {
      body: { IsPartnered: true, ShipmentType: 'SP', TransportDetails: { PartneredSmallParcelData: { PackageList: [box, box, box] } } },
    });
    await call('confirmTransport', 'POST', `${BASE}/shipments/${id}/transport/confirm`, 400);
    await call('estimateTransport', 'POST', `${BASE}/shipments/${id}/transport/estimate`, 200);
    await client.advance(60);
    const estimated = await call('getTransportDetails', 'GET', `${BASE}/shipments/${id}/transport`, 200);
    expect(estimated.payload.TransportContent.TransportResult.TransportStatus).toBe('ESTIMATED');
    await call('confirmTransport', 'POST', `${BASE}/shipments/${id}/transport/confirm`, 200);
    await client.advance(60);
    await call('voidTransport', 'POST', `${BASE}/shipments/${id}/transport/void`, 200);
    await client.advance(60);
    await call('voidTransport', 'POST', `${BASE}/shipments/${id}/transport/void`, 400);
    await call('getBillOfLading', 'GET', `${BASE}/shipments/${id}/billOfLading`, 400);

    const labels = await call('getLabels', 'GET', `${BASE}/shipments/${id}/labels`, 200, {
      query: { PageType: 'PackageLabel_Letter_6', LabelType: 'UNIQUE', NumberOfPackages: '3' },
    });
    const url = new URL(labels.payload.DownloadURL);
    expect(url.host).toBe(new URL(client.url).host);
    const served = servePdfDocument(url.pathname.split('/').at(-1) ?? '');
    expect(Buffer.from(served!.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const fetched = await fetch(url);
    // The core mounts GET /_sim/documents/:id on servePdfDocument; until then this route 404s.
    if (fetched.status === 200) expect(fetched.headers.get('content-type')).toBe('application/pdf');
    await call('getLabels', 'GET', `${BASE}/shipments/${id}/labels`, 400, {
      query: { PageType: 'PackageLabel_Letter_6', LabelType: 'UNIQUE', PackageLabelsToPrint: ['FBA1OTHER000U000001'] },
    });
    await call('getLabels', 'GET', `${BASE}/shipments/${id}/labels`, 400, {
      query: { PageType: 'PackageLabel_Letter_6', LabelType: 'UNIQUE', NumberOfPackages: '4' },
    });
    await call('getLabels', 'GET', `${BASE}/shipments/${id}/labels`, 400, {
      query: { PageType: 'PackageLabel_Nope', LabelType: 'UNIQUE', NumberOfPackages: '3' },
    });

    await call('updateInboundShipment', 'PUT', `${BASE}/shipments/${id}`, 200, {
      body: { MarketplaceId: US, InboundShipmentHeader: { ...header, ShipmentStatus: 'SHIPPED' }, InboundShipmentItems: [] },
    });
    await client.advance(100 * 3600);
    token = await client.accessToken('na');
    const receivedItems = await call('getShipmentItemsByShipmentId', 'GET', `${BASE}/shipments/${id}/items`, 200, { query: { MarketplaceId: US } });
    expect(receivedItems.payload.ItemData[0].QuantityReceived).toBeGreaterThan(0);
    await call('getShipmentItemsByShipmentId', 'GET', `${BASE}/shipments/FBA000UNKNOWN/items`, 404, { query: { MarketplaceId: US } });
    const listed = await call('getShipments', 'GET', `${BASE}/shipments`, 200, { query: { QueryType: 'SHIPMENT', MarketplaceId: US, ShipmentIdList: [id] } });
    expect(listed.payload.ShipmentData[0].ShipmentStatus).toBe('RECEIVING');
  });
});
