/**
 * The client against a simulator that misbehaves on purpose: throttling, 5xx, hung and cut-off
 * responses, and a create whose success response is lost.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SpApiError } from './errors';
import { NA_SELLER, startSimulatorFixture, US, type SimulatorFixture } from '@/test/support/simulator-fixture';

let fx: SimulatorFixture;
beforeAll(async () => {
  fx = await startSimulatorFixture();
});
afterAll(() => fx.close());
beforeEach(() => {
  fx.afterResponses('', []);
  fx.requests.length = 0;
  fx.logs.length = 0;
});
afterEach(async () => {
  await fx.control('DELETE', '/_sim/faults');
});

const setFaults = (faults: Record<string, unknown>) => fx.control('POST', '/_sim/faults', faults);

const noop = async () => {};

describe('throttling', () => {
  it('retries through a 429 storm and succeeds once it ends', async () => {
    await setFaults({ rate429: 1, operations: ['getMarketplaceParticipations'] });
    fx.afterResponses('/sellers/v1/marketplaceParticipations', [noop, noop, () => fx.control('DELETE', '/_sim/faults')]);
    const client = fx.client();
    const res = await client.sellers.getMarketplaceParticipations();
    expect(res.payload?.length).toBeGreaterThan(0);
    expect(fx.logs.at(-1)).toMatchObject({ status: 200, retries: 3 });
  });

  it('gives up with a Throttled error after maxAttempts', async () => {
    await setFaults({ rate429: 1, operations: ['getAccount'] });
    const client = fx.client({ retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 } });
    const error = await client.sellers.getAccount().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'Throttled', status: 429, code: 'QuotaExceeded' });
    expect((error as SpApiError).userMessage()).toMatch(/limiting/);
    expect(fx.logs.at(-1)).toMatchObject({ retries: 2, errorCode: 'QuotaExceeded' });
  });

  it('with quotas enforced, waits for its own bucket instead of collecting 429s', async () => {
    // getInventorySummaries: rate 2/s, burst 2. Ten calls need 4 s of simulated refill. At 2x,
    // a token comes every 250 ms of real time: far apart enough that event-loop jitter between
    // our reservation and the simulator's check stays inside the quota margin (widened here
    // because the test shares two CPU cores with other suites).
    const client = fx.client({ quotaMarginMs: 150 }); // on the simulator's clock, sharing its buckets
    const params = { granularityType: 'Marketplace' as const, granularityId: US, marketplaceIds: [US], sellerSku: 'none' };
    await client.fbaInventory.getInventorySummaries(params); // token and first-call warm-up
    await fx.advance(10); // both buckets full again
    fx.logs.length = 0;
    await fx.control('POST', '/_sim/clock', { scale: 2 });
    const calls = Array.from({ length: 10 }, () => client.fbaInventory.getInventorySummaries(params));
    await Promise.all(calls).finally(() => fx.control('POST', '/_sim/clock', { scale: 1 }));
    expect(fx.logs).toHaveLength(10);
    expect(fx.logs.map((l) => `${l.status}/${l.retries}`)).toEqual(Array(10).fill('200/0'));
    expect(Math.max(...fx.logs.map((l) => l.quotaWaitMs))).toBeGreaterThanOrEqual(3_500);
  });
});

describe('server errors', () => {
  it('retries 500 then 503 on a GET and succeeds', async () => {
    await setFaults({ rate500: 1, operations: ['getAccount'] });
    fx.afterResponses('/sellers/v1/account', [() => setFaults({ rate503: 1, operations: ['getAccount'] }), () => fx.control('DELETE', '/_sim/faults')]);
    const client = fx.client();
    await expect(client.sellers.getAccount()).resolves.toBeDefined();
    expect(fx.logs.at(-1)).toMatchObject({ status: 200, retries: 2 });
  });

  it('does not repeat a non-idempotent POST after a 500', async () => {
    await setFaults({ rate500: 1, operations: ['confirmShipment'] });
    const client = fx.client();
    const error = await client.ordersV0
      .confirmShipment({
        orderId: '111-1111111-1111111',
        body: {
          marketplaceId: US,
          packageDetail: { packageReferenceId: '1', carrierCode: 'UPS', trackingNumber: '1Z', shipDate: new Date().toISOString(), orderItems: [] },
        },
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'ServerError', status: 500, code: 'InternalFailure' });
    expect(fx.requests.filter((p) => p.endsWith('/shipmentConfirmation'))).toHaveLength(1);
  });

  it('turns a hung response into a clean Timeout error', async () => {
    await setFaults({ hangProbability: 1, operations: ['getAccount'] });
    const client = fx.client({ timeoutMs: 150, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 } });
    const error = await client.sellers.getAccount().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpApiError);
    expect(error).toMatchObject({ kind: 'Timeout', status: 0, operation: 'sellers.getAccount' });
    expect(fx.logs.at(-1)).toMatchObject({ status: 0, retries: 1, errorCode: 'Timeout' });
  });

  it('turns cut-off JSON into a clean MalformedResponse error', async () => {
    await setFaults({ malformedProbability: 1, operations: ['getAccount'] });
    const client = fx.client({ retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 } });
    const error = await client.sellers.getAccount().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'MalformedResponse', status: 200 });
    expect((error as SpApiError).requestId).toBeTruthy();
  });
});

describe('createFulfillmentOrder under retries', () => {
  async function orderBody(sellerFulfillmentOrderId: string) {
    const state = (await fx.control('GET', `/_sim/state/inventory?sellerId=${NA_SELLER}`)) as {
      skus: Array<{ sellerSku: string; marketplaceIds: string[]; qty: { fulfillable: number } }>;
    };
    const sku = state.skus.find((s) => s.marketplaceIds.includes(US) && s.qty.fulfillable >= 10);
    if (!sku) throw new Error('no stocked SKU in the simulator');
    return {
      marketplaceId: US,
      sellerFulfillmentOrderId,
      displayableOrderId: sellerFulfillmentOrderId,
      displayableOrderDate: new Date(fx.sim.runtime.clock.nowMs()).toISOString(),
      displayableOrderComment: 'Thank you for your order.',
      shippingSpeedCategory: 'Standard' as const,
      destinationAddress: { name: 'Test Buyer', addressLine1: '1 Main St', city: 'Seattle', stateOrRegion: 'WA', postalCode: '98101', countryCode: 'US' },
      items: [{ sellerSku: sku.sellerSku, sellerFulfillmentOrderItemId: 'line-1', quantity: 1 }],
    };
  }

  async function ordersWithId(client: ReturnType<SimulatorFixture['client']>, id: string): Promise<number> {
    const res = await client.fulfillmentOutbound.listAllFulfillmentOrders({
      queryStartDate: new Date(fx.sim.runtime.clock.nowMs() - 86_400_000).toISOString(),
    });
    return (res.payload?.fulfillmentOrders ?? []).filter((o) => o.sellerFulfillmentOrderId === id).length;
  }

  it('retries a 500 that came before Amazon created the order, after checking it does not exist', async () => {
    await setFaults({ rate500: 1, operations: ['createFulfillmentOrder'] });
    fx.afterResponses('/fba/outbound/2020-07-01/fulfillmentOrders', [() => fx.control('DELETE', '/_sim/faults')]);
    const client = fx.client();
    await client.fulfillmentOutbound.createFulfillmentOrder({ body: await orderBody('MCF-RETRY-1') });
    expect(fx.requests.filter((p) => p === '/fba/outbound/2020-07-01/fulfillmentOrders')).toHaveLength(2);
    expect(fx.requests).toContain('/fba/outbound/2020-07-01/fulfillmentOrders/MCF-RETRY-1');
    expect(await ordersWithId(client, 'MCF-RETRY-1')).toBe(1);
  });

  it('does not create a second order when the success response was lost', async () => {
    let dropped = false;
    // The simulator creates the order; the answer is replaced by a 500 on its way back.
    const losingFetch = async (input: string | URL, init?: RequestInit) => {
      const response = await fx.fetch(input, init);
      if (!dropped && init?.method === 'POST' && new URL(String(input)).pathname.endsWith('/fba/outbound/2020-07-01/fulfillmentOrders')) {
        dropped = true;
        return new Response(JSON.stringify({ errors: [{ code: 'InternalFailure', message: 'lost' }] }), { status: 500 });
      }
      return response;
    };
    const client = fx.client({ fetch: losingFetch });
    await expect(client.fulfillmentOutbound.createFulfillmentOrder({ body: await orderBody('MCF-LOST-1') })).resolves.toEqual({});
    expect(dropped).toBe(true);
    expect(fx.requests.filter((p) => p === '/fba/outbound/2020-07-01/fulfillmentOrders')).toHaveLength(1);
    expect(await ordersWithId(client, 'MCF-LOST-1')).toBe(1);
  });

  it('ends with exactly one order under random 500/503s', async () => {
    await setFaults({ rate500: 0.4, rate503: 0.2, operations: ['createFulfillmentOrder'] });
    const client = fx.client({ retry: { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 5 } });
    await client.fulfillmentOutbound.createFulfillmentOrder({ body: await orderBody('MCF-RANDOM-1') });
    await fx.control('DELETE', '/_sim/faults');
    expect(await ordersWithId(client, 'MCF-RANDOM-1')).toBe(1);
  });
});
