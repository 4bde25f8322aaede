import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimTestClient } from '../testing/harness.js';
import { validateResponse } from '../testing/model-validator.js';

const US = 'ATVPDKIKX0DER';
const MODEL = 'ordersV0.json';

interface OrdersPage {
  payload: {
    Orders: Array<
      Record<string, unknown> & { AmazonOrderId: string; OrderStatus: string; FulfillmentChannel: string; MarketplaceId: string; LastUpdateDate: string }
    >;
    NextToken?: string;
  };
}

let sim: SimTestClient;
let token: string;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

beforeAll(async () => {
  sim = await SimTestClient.start({ enforceQuotas: false });
  token = await sim.accessToken('na');
});
afterAll(() => sim.close());

describe('Orders v0 contract', () => {
  it('getOrders returns model-valid orders and paginates with NextToken', async () => {
    const first = await sim.call<OrdersPage>('GET', '/orders/v0/orders', {
      token,
      query: { MarketplaceIds: US, CreatedAfter: daysAgo(30), MaxResultsPerPage: '50' },
    });
    expect(first.status).toBe(200);
    expect(validateResponse(MODEL, 'getOrders', 200, first.body)).toEqual([]);
    expect(first.body.payload.Orders).toHaveLength(50);
    expect(first.body.payload.NextToken).toBeTruthy();
    expect(first.headers.get('x-amzn-RateLimit-Limit')).toBe('0.0167');
    expect(first.headers.get('x-amzn-RequestId')).toMatch(/^[0-9a-f-]{36}$/);
    const second = await sim.call<OrdersPage>('GET', '/orders/v0/orders', {
      token,
      query: { MarketplaceIds: US, NextToken: first.body.payload.NextToken ?? '', MaxResultsPerPage: '50' },
    });
    expect(second.status).toBe(200);
    const ids = new Set([...first.body.payload.Orders, ...second.body.payload.Orders].map((o) => o.AmazonOrderId));
    expect(ids.size).toBe(100);
  });

  it('filters by status, channel and LastUpdatedAfter', async () => {
    const res = await sim.call<OrdersPage>('GET', '/orders/v0/orders', {
      token,
      query: { MarketplaceIds: US, LastUpdatedAfter: daysAgo(5), OrderStatuses: 'Unshipped', FulfillmentChannels: 'MFN' },
    });
    expect(res.status).toBe(200);
    expect(validateResponse(MODEL, 'getOrders', 200, res.body)).toEqual([]);
    expect(res.body.payload.Orders.length).toBeGreaterThan(0);
    for (const order of res.body.payload.Orders) {
      expect(order.OrderStatus).toBe('Unshipped');
      expect(order.FulfillmentChannel).toBe('MFN');
      expect(Date.parse(order.LastUpdateDate)).toBeGreaterThanOrEqual(Date.parse(daysAgo(5)) - 1000);
    }
  });

  it('omits restricted PII for a plain access token', async () => {
    const res = await sim.call<OrdersPage>('GET', '/orders/v0/orders', {
      token,
      query: { MarketplaceIds: US, CreatedAfter: daysAgo(10), OrderStatuses: 'Shipped', MaxResultsPerPage: '5' },
    });
    const order = res.body.payload.Orders[0] as { ShippingAddress?: Record<string, unknown>; BuyerInfo?: Record<string, unknown> };
    expect(order.ShippingAddress?.City).toBeTruthy();
    expect(order.ShippingAddress?.Name).toBeUndefined();
    expect(order.ShippingAddress?.AddressLine1).toBeUndefined();
    expect(order.BuyerInfo?.BuyerEmail).toBeUndefined();
    expect(order.BuyerInfo?.BuyerName).toBeUndefined();
  });

  it('rejects invalid input the way the model describes', async () => {
    const missing = await sim.call('GET', '/orders/v0/orders', { token, query: { CreatedAfter: daysAgo(1) } });
    expect(missing.status).toBe(400);
    expect(validateResponse(MODEL, 'getOrders', 400, missing.body)).toEqual([]);
    expect(JSON.stringify(missing.body)).toContain('MarketplaceIds');
    const both = await sim.call<{ errors: Array<{ code: string }> }>('GET', '/orders/v0/orders', {
      token,
      query: { MarketplaceIds: US, CreatedAfter: daysAgo(2), LastUpdatedAfter: daysAgo(1) },
    });
    expect(both.status).toBe(400);
    expect(both.body.errors[0]?.code).toBe('InvalidInput');
    const tooMany = await sim.call('GET', '/orders/v0/orders', {
      token,
      query: { MarketplaceIds: Array.from({ length: 51 }, () => US), CreatedAfter: daysAgo(1) },
    });
    expect(tooMany.status).toBe(400);
  });

  it('getOrder, getOrderItems and 404 for unknown orders', async () => {
    const page = await sim.call<OrdersPage>('GET', '/orders/v0/orders', {
      token,
      query: { MarketplaceIds: US, CreatedAfter: daysAgo(20), MaxResultsPerPage: '1' },
    });
    const id = page.body.payload.Orders[0]?.AmazonOrderId ?? '';
    const order = await sim.call('GET', `/orders/v0/orders/${id}`, { token });
    expect(order.status).toBe(200);
    expect(validateResponse(MODEL, 'getOrder', 200, order.body)).toEqual([]);
    const items = await sim.call<{ payload: { OrderItems: unknown[] } }>('GET', `/orders/v0/orders/${id}/orderItems`, { token });
    expect(items.status).toBe(200);
    expect(validateResponse(MODEL, 'getOrderItems', 200, items.body)).toEqual([]);
    expect(items.body.payload.OrderItems.length).toBeGreaterThan(0);
    const missing = await sim.call('GET', '/orders/v0/orders/111-0000000-0000000', { token });
    expect(missing.status).toBe(404);
    expect(validateResponse(MODEL, 'getOrder', 404, missing.body)).toEqual([]);
  });

  it('the EU seller cannot see NA orders', async () => {
    const page = await sim.call<OrdersPage>('GET', '/orders/v0/orders', {
      token,
      query: { MarketplaceIds: US, CreatedAfter: daysAgo(20), MaxResultsPerPage: '1' },
    });
    const id = page.body.payload.Orders[0]?.AmazonOrderId ?? '';
    const eu = await sim.accessToken('eu');
    expect((await sim.call('GET', `/orders/v0/orders/${id}`, { token: eu })).status).toBe(404);
  });
});

describe('getOrderBuyerInfo contract', () => {
  const MX = 'A1AM78C64UM0Y8';
  const CA = 'A2EUQ1WTGCTBG2';
  const DOMAINS: Record<string, string> = { [US]: 'amazon.com', [CA]: 'amazon.ca', [MX]: 'amazon.com.mx' };

  async function buyerInfoRdt(): Promise<string> {
    const res = await sim.call<{ restrictedDataToken: string }>('POST', '/tokens/2021-03-01/restrictedDataToken', {
      token,
      body: {
        restrictedResources: [
          { method: 'GET', path: '/orders/v0/orders/{orderId}/buyerInfo' },
          { method: 'GET', path: '/orders/v0/orders/{orderId}/address' },
        ],
      },
    });
    return res.body.restrictedDataToken;
  }

  it("returns the fields OrderBuyerInfo defines: the buyer's anonymised marketplace e-mail and name for every order", async () => {
    const rdt = await buyerInfoRdt();
    for (const marketplaceId of [US, CA, MX]) {
      const page = await sim.call<OrdersPage>('GET', '/orders/v0/orders', {
        token,
        query: { MarketplaceIds: marketplaceId, CreatedAfter: daysAgo(30), MaxResultsPerPage: '3' },
      });
      for (const order of page.body.payload.Orders) {
        const res = await sim.call<{ payload: Record<string, unknown> }>('GET', `/orders/v0/orders/${order.AmazonOrderId}/buyerInfo`, { token: rdt });
        expect(res.status).toBe(200);
        expect(validateResponse(MODEL, 'getOrderBuyerInfo', 200, res.body)).toEqual([]);
        expect(res.body.payload.AmazonOrderId).toBe(order.AmazonOrderId);
        expect(res.body.payload.BuyerEmail).toMatch(new RegExp(`^[a-z0-9]{14}@marketplace\\.${DOMAINS[marketplaceId]?.replaceAll('.', '\\.')}$`));
        expect(res.body.payload.BuyerName).toMatch(/\S+ \S+/);
        // Brazil-only: no simulated marketplace has it.
        expect(res.body.payload.BuyerCounty).toBeUndefined();
      }
    }
  });

  it('business orders add the company, a purchase order number when the buyer gave one, and in Mexico the tax information for e-invoicing', async () => {
    const rdt = await buyerInfoRdt();
    const business: Array<{ id: string; marketplaceId: string }> = [];
    for (const marketplaceId of [US, MX]) {
      const page = await sim.call<OrdersPage>('GET', '/orders/v0/orders', {
        token,
        query: { MarketplaceIds: marketplaceId, CreatedAfter: daysAgo(89), MaxResultsPerPage: '100' },
      });
      business.push(...page.body.payload.Orders.filter((o) => o.IsBusinessOrder === true).map((o) => ({ id: o.AmazonOrderId, marketplaceId })));
    }
    expect(business.some((o) => o.marketplaceId === MX)).toBe(true);
    let withPurchaseOrder = 0;
    for (const { id, marketplaceId } of business) {
      const buyer = await sim.call<{
        payload: {
          PurchaseOrderNumber?: string;
          BuyerTaxInfo?: { CompanyLegalName?: string; TaxingRegion?: string; TaxClassifications?: Array<{ Name?: string; Value?: string }> };
        };
      }>('GET', `/orders/v0/orders/${id}/buyerInfo`, { token: rdt });
      expect(validateResponse(MODEL, 'getOrderBuyerInfo', 200, buyer.body)).toEqual([]);
      if (buyer.body.payload.PurchaseOrderNumber) withPurchaseOrder += 1;
      if (marketplaceId === MX) {
        expect(buyer.body.payload.BuyerTaxInfo).toMatchObject({
          CompanyLegalName: expect.any(String),
          TaxingRegion: 'MX',
          TaxClassifications: [{ Name: 'RFC', Value: expect.stringMatching(/^[A-Z&]{3}\d{6}[A-Z0-9]{3}$/) }],
        });
      } else {
        expect(buyer.body.payload.BuyerTaxInfo).toBeUndefined();
      }
      const address = await sim.call<{ payload: { BuyerCompanyName?: string } }>('GET', `/orders/v0/orders/${id}/address`, { token: rdt });
      expect(validateResponse(MODEL, 'getOrderAddress', 200, address.body)).toEqual([]);
      expect(address.body.payload.BuyerCompanyName).toBeTruthy();
    }
    expect(withPurchaseOrder).toBeGreaterThan(0);
  });

  it('with a buyerInfo RDT, getOrder carries the same BuyerInfo; with a plain token, none of it', async () => {
    const page = await sim.call<OrdersPage>('GET', '/orders/v0/orders', {
      token,
      query: { MarketplaceIds: US, CreatedAfter: daysAgo(10), MaxResultsPerPage: '1' },
    });
    const id = page.body.payload.Orders[0]?.AmazonOrderId ?? '';
    expect(page.body.payload.Orders[0]?.BuyerInfo).toEqual({});
    const rdt = await sim.call<{ restrictedDataToken: string }>('POST', '/tokens/2021-03-01/restrictedDataToken', {
      token,
      body: {
        restrictedResources: [
          { method: 'GET', path: `/orders/v0/orders/${id}`, dataElements: ['buyerInfo'] },
          { method: 'GET', path: `/orders/v0/orders/${id}/buyerInfo` },
        ],
      },
    });
    const order = await sim.call<{ payload: { BuyerInfo: Record<string, unknown> } }>('GET', `/orders/v0/orders/${id}`, {
      token: rdt.body.restrictedDataToken,
    });
    const buyer = await sim.call<{ payload: Record<string, unknown> }>('GET', `/orders/v0/orders/${id}/buyerInfo`, { token: rdt.body.restrictedDataToken });
    const { AmazonOrderId: _, ...buyerInfo } = buyer.body.payload;
    expect(order.body.payload.BuyerInfo).toEqual(buyerInfo);
  });
});

describe('Sellers contract', () => {
  it('getMarketplaceParticipations and getAccount match the model', async () => {
    const participations = await sim.call<{ payload: unknown[] }>('GET', '/sellers/v1/marketplaceParticipations', { token });
    expect(participations.status).toBe(200);
    expect(validateResponse('sellers.json', 'getMarketplaceParticipations', 200, participations.body)).toEqual([]);
    expect(participations.body.payload).toHaveLength(3);
    const account = await sim.call('GET', '/sellers/v1/account', { token });
    expect(account.status).toBe(200);
    expect(validateResponse('sellers.json', 'getAccount', 200, account.body)).toEqual([]);
  });
});

describe('Orders 2026-01-01 contract', () => {
  const MODEL_2026 = 'orders_2026-01-01.json';
  const ALL_DATA = ['BUYER', 'RECIPIENT', 'PROCEEDS', 'FULFILLMENT', 'PACKAGES'];

  it('searchOrders returns model-valid orders with every included dataset and paginates', async () => {
    const first = await sim.call<{ orders: Array<{ orderId: string; fulfillment?: { fulfillmentStatus: string } }>; pagination?: { nextToken: string } }>(
      'GET',
      '/orders/2026-01-01/orders',
      {
        token,
        query: { createdAfter: daysAgo(30), includedData: ALL_DATA, maxResultsPerPage: '20', fulfillmentStatuses: ['SHIPPED', 'UNSHIPPED'] },
      },
    );
    expect(first.status).toBe(200);
    expect(validateResponse(MODEL_2026, 'searchOrders', 200, first.body)).toEqual([]);
    expect(first.body.orders).toHaveLength(20);
    for (const order of first.body.orders) expect(['SHIPPED', 'UNSHIPPED']).toContain(order.fulfillment?.fulfillmentStatus);
    const next = await sim.call<{ orders: Array<{ orderId: string }> }>('GET', '/orders/2026-01-01/orders', {
      token,
      query: { paginationToken: first.body.pagination?.nextToken ?? '' },
    });
    expect(next.status).toBe(200);
    expect(next.body.orders[0]?.orderId).not.toBe(first.body.orders[0]?.orderId);

    const one = await sim.call('GET', `/orders/2026-01-01/orders/${first.body.orders[0]?.orderId}`, { token, query: { includedData: ALL_DATA } });
    expect(one.status).toBe(200);
    expect(validateResponse(MODEL_2026, 'getOrder', 200, one.body)).toEqual([]);
  });

  it('names business and store pick-up orders in programs, and the seller order id as an alias', async () => {
    const res = await sim.call<{ orders: Array<{ programs?: string[]; orderAliases?: Array<{ aliasType: string }> }> }>('GET', '/orders/2026-01-01/orders', {
      token,
      query: { createdAfter: daysAgo(30), maxResultsPerPage: '100' },
    });
    const programs = new Set(res.body.orders.flatMap((o) => o.programs ?? []));
    expect([...programs].sort()).toEqual(expect.arrayContaining(['IN_STORE_PICK_UP', 'PRIME']));
    expect(res.body.orders.some((o) => o.orderAliases?.[0]?.aliasType === 'SELLER_ORDER_ID')).toBe(true);
  });

  it('rejects unknown includedData values', async () => {
    const res = await sim.call('GET', '/orders/2026-01-01/orders', { token, query: { createdAfter: daysAgo(3), includedData: 'EVERYTHING' } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('includedData');
    expect(validateResponse(MODEL_2026, 'searchOrders', 400, res.body)).toEqual([]);
  });
  it('refuses a paginationToken older than 24 hours, as the migration guide says', async () => {
    const first = await sim.call<{ pagination?: { nextToken: string } }>('GET', '/orders/2026-01-01/orders', {
      token,
      query: { createdAfter: daysAgo(30), maxResultsPerPage: '5' },
    });
    const nextToken = first.body.pagination?.nextToken ?? '';
    expect(nextToken).not.toBe('');
    sim.sim.runtime.clock.advance(23 * 3600);
    expect((await sim.call('GET', '/orders/2026-01-01/orders', { token: await sim.accessToken('na'), query: { paginationToken: nextToken } })).status).toBe(
      200,
    );
    sim.sim.runtime.clock.advance(2 * 3600);
    const expired = await sim.call('GET', '/orders/2026-01-01/orders', { token: await sim.accessToken('na'), query: { paginationToken: nextToken } });
    expect(expired.status).toBe(400);
    expect(JSON.stringify(expired.body)).toContain('expired');
    expect(validateResponse(MODEL_2026, 'searchOrders', 400, expired.body)).toEqual([]);
  });
});
