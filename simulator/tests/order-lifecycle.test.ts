import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../core/server.js';
import { SimTestClient } from '../testing/harness.js';
import { validateResponse } from '../testing/model-validator.js';

const US = 'ATVPDKIKX0DER';
let sim: SimTestClient;
let token: string;

interface Order {
  AmazonOrderId: string;
  OrderStatus: string;
  LastUpdateDate: string;
  FulfillmentChannel: string;
  MarketplaceId: string;
  NumberOfItemsShipped: number;
  IsISPU: boolean;
}

beforeAll(async () => {
  sim = await SimTestClient.start({ enforceQuotas: false });
  token = await sim.accessToken('na');
});
afterAll(() => sim.close());

/** Access tokens live 3600 simulated seconds: advancing the clock needs a fresh one. */
async function advance(seconds: number): Promise<void> {
  await sim.advance(seconds);
  token = await sim.accessToken('na');
}

const simNow = async () => Date.parse((await sim.control<{ now: string }>('GET', '/_sim/clock')).now);
const isoMinusMinutes = (ms: number, minutes: number) => new Date(ms - minutes * 60_000).toISOString();

async function findOrders(query: Record<string, string>): Promise<Order[]> {
  const res = await sim.call<{ payload: { Orders: Order[] } }>('GET', '/orders/v0/orders', { token, query: { MarketplaceIds: US, ...query } });
  expect(res.status).toBe(200);
  return res.body.payload.Orders;
}

const getOrder = async (id: string) => (await sim.call<{ payload: Order }>('GET', `/orders/v0/orders/${id}`, { token })).body.payload;

describe('order life cycle', () => {
  it('new orders keep arriving as simulated time passes', async () => {
    const before = await sim.control<{ A1DEMOSELLERNA: { placed: number } }>('GET', '/_sim/state/orders');
    await advance(24 * 3600);
    const after = await sim.control<{ A1DEMOSELLERNA: { placed: number } }>('GET', '/_sim/state/orders');
    // 1,200 NA orders over 90 days is about 13 a day.
    expect(after.A1DEMOSELLERNA.placed - before.A1DEMOSELLERNA.placed).toBeGreaterThanOrEqual(10);
  });

  it('AFN orders move Pending -> Unshipped -> Shipped and LastUpdateDate follows', async () => {
    // Advance in small steps until a fresh order is still Pending.
    let pending: Order | undefined;
    for (let i = 0; i < 20 && !pending; i++) {
      await advance(3 * 3600);
      const now = await simNow();
      pending = (await findOrders({ CreatedAfter: isoMinusMinutes(now, 3 * 60), OrderStatuses: 'Pending', FulfillmentChannels: 'AFN' }))[0];
    }
    expect(pending).toBeDefined();
    const id = pending?.AmazonOrderId ?? '';
    await advance(60 * 60);
    const unshipped = await getOrder(id);
    expect(['Unshipped', 'Canceled']).toContain(unshipped.OrderStatus);
    expect(Date.parse(unshipped.LastUpdateDate)).toBeGreaterThan(Date.parse(pending?.LastUpdateDate ?? ''));
    if (unshipped.OrderStatus === 'Canceled') return;
    await advance(5 * 24 * 3600);
    const shipped = await getOrder(id);
    expect(shipped.OrderStatus).toBe('Shipped');
    expect(Date.parse(shipped.LastUpdateDate)).toBeGreaterThan(Date.parse(unshipped.LastUpdateDate));
  });

  it('MFN orders wait for confirmShipment; partial then full shipment', async () => {
    const now = await simNow();
    const candidates = await findOrders({ LastUpdatedAfter: isoMinusMinutes(now, 3 * 24 * 60), OrderStatuses: 'Unshipped', FulfillmentChannels: 'MFN' });
    let target: { id: string; items: Array<{ OrderItemId: string; QuantityOrdered: number }> } | undefined;
    for (const order of candidates) {
      const items = await sim.call<{ payload: { OrderItems: Array<{ OrderItemId: string; QuantityOrdered: number }> } }>(
        'GET',
        `/orders/v0/orders/${order.AmazonOrderId}/orderItems`,
        { token },
      );
      const lines = items.body.payload.OrderItems;
      if (lines.some((l) => l.QuantityOrdered > 1) || lines.length > 1) {
        target = { id: order.AmazonOrderId, items: lines };
        break;
      }
    }
    expect(target).toBeDefined();
    if (!target) return;
    const [first, ...rest] = target.items;
    if (!first) return;
    const shipOne = {
      marketplaceId: US,
      packageDetail: {
        packageReferenceId: '1',
        carrierCode: 'UPS',
        trackingNumber: '1Z999AA10123456784',
        shipDate: new Date(now).toISOString(),
        orderItems: [{ orderItemId: first.OrderItemId, quantity: 1 }],
      },
    };
    const confirmed = await sim.call('POST', `/orders/v0/orders/${target.id}/shipmentConfirmation`, { token, body: shipOne });
    expect(confirmed.status).toBe(204);
    expect(validateResponse('ordersV0.json', 'confirmShipment', 204, confirmed.body)).toEqual([]);
    expect((await getOrder(target.id)).OrderStatus).toBe('PartiallyShipped');

    const reused = await sim.call('POST', `/orders/v0/orders/${target.id}/shipmentConfirmation`, { token, body: shipOne });
    expect(reused.status).toBe(400);
    expect(validateResponse('ordersV0.json', 'confirmShipment', 400, reused.body)).toEqual([]);

    const remaining = [
      { orderItemId: first.OrderItemId, quantity: first.QuantityOrdered - 1 },
      ...rest.map((r) => ({ orderItemId: r.OrderItemId, quantity: r.QuantityOrdered })),
    ].filter((r) => r.quantity > 0);
    await advance(60);
    const done = await sim.call('POST', `/orders/v0/orders/${target.id}/shipmentConfirmation`, {
      token,
      body: { marketplaceId: US, packageDetail: { ...shipOne.packageDetail, packageReferenceId: '2', orderItems: remaining } },
    });
    expect(done.status).toBe(204);
    const shipped = await getOrder(target.id);
    expect(shipped.OrderStatus).toBe('Shipped');
    const after = await simNow();
    const changed = await findOrders({ LastUpdatedAfter: isoMinusMinutes(after, 2 * 60) });
    expect(changed.map((o) => o.AmazonOrderId)).toContain(target.id);
  });

  it('confirmShipment refuses AFN orders and bad bodies', async () => {
    const now = await simNow();
    const [afn] = await findOrders({ CreatedAfter: isoMinusMinutes(now, 10 * 24 * 60), FulfillmentChannels: 'AFN', MaxResultsPerPage: '1' });
    const body = {
      marketplaceId: US,
      packageDetail: { packageReferenceId: '1', carrierCode: 'UPS', trackingNumber: 'T', shipDate: new Date(now).toISOString(), orderItems: [] },
    };
    expect((await sim.call('POST', `/orders/v0/orders/${afn?.AmazonOrderId}/shipmentConfirmation`, { token, body })).status).toBe(400);
    const missing = await sim.call<{ errors: Array<{ message: string }> }>('POST', `/orders/v0/orders/${afn?.AmazonOrderId}/shipmentConfirmation`, {
      token,
      body: { marketplaceId: US },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0]?.message).toContain('packageDetail');
  });

  it('updateShipmentStatus records pick-up states on in-store pick-up orders only', async () => {
    const now = await simNow();
    const open = await findOrders({ LastUpdatedAfter: isoMinusMinutes(now, 30 * 24 * 60), FulfillmentChannels: 'MFN', OrderStatuses: 'Unshipped' });
    const pickUp = open.find((o) => o.IsISPU);
    const shipped = open.find((o) => !o.IsISPU);
    expect(pickUp).toBeDefined();
    const res = await sim.call('POST', `/orders/v0/orders/${pickUp?.AmazonOrderId}/shipment`, {
      token,
      body: { marketplaceId: US, shipmentStatus: 'ReadyForPickup' },
    });
    expect(res.status).toBe(204);
    const bad = await sim.call('POST', `/orders/v0/orders/${pickUp?.AmazonOrderId}/shipment`, { token, body: { marketplaceId: US, shipmentStatus: 'Lost' } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('shipmentStatus');
    const notPickUp = await sim.call('POST', `/orders/v0/orders/${shipped?.AmazonOrderId}/shipment`, {
      token,
      body: { marketplaceId: US, shipmentStatus: 'ReadyForPickup' },
    });
    expect(notPickUp.status).toBe(400);
    expect(JSON.stringify(notPickUp.body)).toContain('not an in-store pick-up order');
  });
});

describe('seeding', () => {
  it('is deterministic per seed and reset rebuilds the world', async () => {
    const start = new Date('2026-06-01T00:00:00Z');
    const a = await startSimulator({ seed: 7, start, enforceQuotas: false });
    const idsOf = async (url: string) => {
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: 'Atzr|sim.demo.na',
        client_id: 'amzn1.application-oa2-client.simdemo',
        client_secret: 'amzn1.oa2-cs.v1.simdemo-secret',
      });
      const tok = ((await (await fetch(`${url}/auth/o2/token`, { method: 'POST', body: form })).json()) as { access_token: string }).access_token;
      const res = await fetch(`${url}/orders/v0/orders?MarketplaceIds=${US}&CreatedAfter=2026-05-01T00:00:00Z&CreatedBefore=2026-05-02T00:00:00Z`, {
        headers: { 'x-amz-access-token': tok },
      });
      return ((await res.json()) as { payload: { Orders: Order[] } }).payload.Orders.map((o) => o.AmazonOrderId);
    };
    try {
      const first = await idsOf(a.url);
      expect(first.length).toBeGreaterThan(0);
      expect(await idsOf(a.url)).toEqual(first);
      await fetch(`${a.url}/_sim/reset`, { method: 'POST', body: JSON.stringify({ seed: 8 }) });
      expect(await idsOf(a.url)).not.toEqual(first);
      await fetch(`${a.url}/_sim/reset`, { method: 'POST', body: JSON.stringify({ seed: 7 }) });
      expect(await idsOf(a.url)).toEqual(first);
    } finally {
      await a.close();
    }
  });

  it('serves a million orders without building them up front', async () => {
    const big = await startSimulator({ orders: 1_000_000, enforceQuotas: false });
    try {
      const state = (await (await fetch(`${big.url}/_sim/state/orders`)).json()) as { A1DEMOSELLERNA: { placed: number } };
      expect(state.A1DEMOSELLERNA.placed).toBeGreaterThan(590_000);
      expect(process.memoryUsage().heapUsed).toBeLessThan(1024 ** 3);
    } finally {
      await big.close();
    }
  });
});
