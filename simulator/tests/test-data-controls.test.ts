import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimTestClient } from '../testing/harness.js';

let sim: SimTestClient;
beforeAll(async () => {
  sim = await SimTestClient.start({ enforceQuotas: false, orders: 3000 });
});
afterAll(() => sim.close());

interface Listed {
  amazonOrderId: string;
  fulfillmentChannel: string;
  status: string;
  purchaseDate: string;
  items: Array<{ sellerSku: string; quantityOrdered: number }>;
}

describe('/_sim test data controls', () => {
  it('lists the newest orders of a seller by channel and status, as getOrder reports them', async () => {
    const { orders } = await sim.control<{ orders: Listed[] }>('GET', '/_sim/state/order-list?sellerId=A1DEMOSELLERNA&channel=MFN&status=Unshipped&limit=5');
    expect(orders.length).toBeGreaterThan(0);
    expect(orders.length).toBeLessThanOrEqual(5);
    expect(orders.every((o) => o.fulfillmentChannel === 'MFN' && o.status === 'Unshipped')).toBe(true);
    expect([...orders].sort((a, b) => b.purchaseDate.localeCompare(a.purchaseDate))).toEqual(orders);
    const token = await sim.accessToken('na');
    const { body } = await sim.call<{ payload: { OrderStatus: string; FulfillmentChannel: string } }>('GET', `/orders/v0/orders/${orders[0]!.amazonOrderId}`, {
      token,
    });
    expect(body.payload).toMatchObject({ OrderStatus: 'Unshipped', FulfillmentChannel: 'MFN' });
    expect((await fetch(new URL('/_sim/state/order-list?sellerId=nobody', sim.url))).status).toBe(400);
    expect((await fetch(new URL('/_sim/state/order-list?sellerId=A1DEMOSELLERNA&limit=0', sim.url))).status).toBe(400);
  });

  it("sets a SKU's fulfillable stock, which previews and inventory then report", async () => {
    const { orders } = await sim.control<{ orders: Listed[] }>('GET', '/_sim/state/order-list?sellerId=A1DEMOSELLERNA&channel=MFN&limit=1');
    const sellerSku = orders[0]!.items[0]!.sellerSku;
    const set = await sim.control<{ sku: { qty: { fulfillable: number } } }>('POST', '/_sim/inventory', {
      sellerId: 'A1DEMOSELLERNA',
      sellerSku,
      fulfillable: 0,
    });
    expect(set.sku.qty.fulfillable).toBe(0);
    const token = await sim.accessToken('na');
    const preview = await sim.call<{
      payload: { fulfillmentPreviews: Array<{ isFulfillable: boolean; unfulfillablePreviewItems?: Array<{ itemUnfulfillableReasons: string[] }> }> };
    }>('POST', '/fba/outbound/2020-07-01/fulfillmentOrders/preview', {
      token,
      body: {
        marketplaceId: 'ATVPDKIKX0DER',
        address: { name: 'A', addressLine1: '1 Main St', city: 'Seattle', stateOrRegion: 'WA', postalCode: '98101', countryCode: 'US' },
        items: [{ sellerSku, quantity: 1, sellerFulfillmentOrderItemId: '1' }],
      },
    });
    expect(preview.body.payload.fulfillmentPreviews[0]).toMatchObject({
      isFulfillable: false,
      unfulfillablePreviewItems: [{ itemUnfulfillableReasons: ['InventoryUnavailable'] }],
    });
    await sim.control('POST', '/_sim/inventory', { sellerId: 'A1DEMOSELLERNA', sellerSku, fulfillable: 7 });
    const inventory = await sim.control<{ skus: Array<{ sellerSku: string; qty: { fulfillable: number } }> }>(
      'GET',
      '/_sim/state/inventory?sellerId=A1DEMOSELLERNA',
    );
    expect(inventory.skus.find((s) => s.sellerSku === sellerSku)?.qty.fulfillable).toBe(7);
    const bad = await fetch(new URL('/_sim/inventory', sim.url), {
      method: 'POST',
      body: JSON.stringify({ sellerId: 'A1DEMOSELLERNA', sellerSku, fulfillable: -1 }),
    });
    expect(bad.status).toBe(400);
  });
  it("sets what Amazon reports as an order's buyer e-mail, and refuses what is not an address", async () => {
    const { orders } = await sim.control<{ orders: Listed[] }>('GET', '/_sim/state/order-list?sellerId=A1DEMOSELLERNA&channel=MFN&limit=1');
    const amazonOrderId = orders[0]!.amazonOrderId;
    const email = `${'a'.repeat(60)}.${'b'.repeat(30)}@marketplace.amazon.com`;
    await sim.control('POST', '/_sim/buyer-email', { sellerId: 'A1DEMOSELLERNA', amazonOrderId, email });
    const token = await sim.accessToken('na');
    const rdt = await sim.call<{ restrictedDataToken: string }>('POST', '/tokens/2021-03-01/restrictedDataToken', {
      token,
      body: { restrictedResources: [{ method: 'GET', path: `/orders/v0/orders/${amazonOrderId}/buyerInfo` }] },
    });
    const buyerInfo = await sim.call<{ payload: { BuyerEmail?: string } }>('GET', `/orders/v0/orders/${amazonOrderId}/buyerInfo`, {
      token: rdt.body.restrictedDataToken,
    });
    expect(buyerInfo.body.payload.BuyerEmail).toBe(email);
    const post = (body: unknown) => fetch(new URL('/_sim/buyer-email', sim.url), { method: 'POST', body: JSON.stringify(body) });
    expect((await post({ sellerId: 'A1DEMOSELLERNA', amazonOrderId, email: 'no at sign' })).status).toBe(400);
    expect((await post({ sellerId: 'A1DEMOSELLERNA', amazonOrderId: '111-0000000-0000000', email })).status).toBe(404);
  });
});

describe('/_sim/state for outbound', () => {
  it('lists fulfillment orders, filtered by displayable order id', async () => {
    const all = await sim.control<{ fulfillmentOrders: Array<{ sellerFulfillmentOrderId: string; displayableOrderId: string }> }>(
      'GET',
      '/_sim/state/fulfillmentOutbound_2020-07-01?sellerId=A1DEMOSELLERNA',
    );
    expect(all.fulfillmentOrders.length).toBeGreaterThan(0);
    const one = all.fulfillmentOrders[0]!;
    const filtered = await sim.control<{ fulfillmentOrders: unknown[] }>(
      'GET',
      `/_sim/state/fulfillmentOutbound_2020-07-01?displayableOrderId=${encodeURIComponent(one.displayableOrderId)}`,
    );
    expect(filtered.fulfillmentOrders).toEqual([expect.objectContaining({ sellerFulfillmentOrderId: one.sellerFulfillmentOrderId })]);
  });
});
