/**
 * The client against a real simulator: tokens, pagination, regions and errors. Quotas are
 * enforced, as on Amazon; these calls stay within the bursts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APPLICATION_ID, DEMO_LWA_CLIENT_ID, DEMO_LWA_CLIENT_SECRET, DEMO_REFRESH_TOKENS } from '@/simulator/core/demo-credentials';
import { orderBook } from '@/simulator/state/orders';
import { LwaError, SpApiError } from './errors';
import { LwaTokenManager } from './lwa';
import { paginate } from './pagination';
import { InMemoryQuotaStore } from './quota';
import { NA_SELLER, startSimulatorFixture, US, type SimulatorFixture } from '@/test/support/simulator-fixture';

const CA = 'A2EUQ1WTGCTBG2';
const MX = 'A1AM78C64UM0Y8';
const TOKEN_PATH = '/auth/o2/token';

let fx: SimulatorFixture;
beforeAll(async () => {
  fx = await startSimulatorFixture();
});
afterAll(() => fx.close());
beforeEach(() => {
  fx.requests.length = 0;
  fx.logs.length = 0;
});

const count = (path: string) => fx.requests.filter((p) => p === path).length;
const simNow = () => fx.sim.runtime.clock.nowMs();
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();

async function someOrderIds(n: number): Promise<string[]> {
  const client = fx.client();
  const res = await client.orders20260101.searchOrders({
    marketplaceIds: [US],
    createdAfter: iso(simNow() - 20 * 86_400_000),
    fulfillmentStatuses: ['UNSHIPPED', 'SHIPPED'],
    maxResultsPerPage: n,
  });
  return res.orders.map((o) => o.orderId);
}

describe('access tokens', () => {
  it('refreshes once when the simulated clock passes the token expiry mid-run, and carries on', async () => {
    // On the real clock the client cannot know the simulator jumped: only the 403 tells it.
    const refusals: unknown[] = [];
    const recordingFetch: typeof fx.fetch = async (input, init) => {
      const response = await fx.fetch(input, init);
      if (response.status === 403) refusals.push(await response.clone().json());
      return response;
    };
    const client = fx.client({ now: Date.now, quotaStore: new InMemoryQuotaStore(), fetch: recordingFetch });
    await client.sellers.getMarketplaceParticipations();
    await fx.advance(3600);
    const after = await client.sellers.getMarketplaceParticipations();
    expect(after.payload?.length).toBeGreaterThan(0);
    expect(count(TOKEN_PATH)).toBe(2);
    expect(fx.logs.at(-1)).toMatchObject({ status: 200, retries: 1 });
    // Amazon's shape: the generic denial in `message`, the reason in `details`.
    expect(refusals).toEqual([
      { errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.', details: 'The access token you provided has expired.' }] },
    ]);
  });

  it('refreshes before sending when its own clock says the token is about to expire', async () => {
    const client = fx.client(); // on the simulator's clock
    await client.sellers.getMarketplaceParticipations();
    await fx.advance(3600 - 30); // inside the 60 s margin
    await client.sellers.getMarketplaceParticipations();
    expect(count(TOKEN_PATH)).toBe(2);
    expect(fx.logs.map((l) => l.retries)).toEqual([0, 0]);
  });

  it('shares one refresh between 10 concurrent calls', async () => {
    const client = fx.client();
    const results = await Promise.all(Array.from({ length: 10 }, () => client.sellers.getMarketplaceParticipations()));
    expect(results).toHaveLength(10);
    expect(count(TOKEN_PATH)).toBe(1);
  });

  it('reports a refresh token Amazon no longer accepts as LwaError invalid_grant', async () => {
    const client = fx.client({ credentials: { clientId: DEMO_LWA_CLIENT_ID, clientSecret: DEMO_LWA_CLIENT_SECRET, refreshToken: 'Atzr|sim.revoked' } });
    const error = await client.sellers.getAccount().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LwaError);
    expect(error).toMatchObject({ code: 'invalid_grant', needsReauthorization: true });
  });

  it('reports a wrong client secret as LwaError invalid_client', async () => {
    const client = fx.client({ credentials: { clientId: DEMO_LWA_CLIENT_ID, clientSecret: 'wrong', refreshToken: 'Atzr|sim.demo.na' } });
    await expect(client.sellers.getAccount()).rejects.toMatchObject({ name: 'LwaError', code: 'invalid_client', status: 401 });
  });

  it('redeems a website-authorization code for a refresh token', async () => {
    const consent = await fetch(`${fx.sim.url}/apps/authorize/consent`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({
        application_id: DEMO_APPLICATION_ID,
        state: 's1',
        redirect_uri: 'https://app.example/callback',
        version: 'beta',
        selling_partner_id: NA_SELLER,
      }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const code = new URL(consent.headers.get('location') ?? '').searchParams.get('spapi_oauth_code') ?? '';
    const lwa = new LwaTokenManager({
      clientId: DEMO_LWA_CLIENT_ID,
      clientSecret: DEMO_LWA_CLIENT_SECRET,
      endpoint: `${fx.sim.url}${TOKEN_PATH}`,
      fetch: fx.fetch,
    });
    const result = await lwa.exchangeAuthorizationCode(code, 'https://app.example/callback');
    expect(result.refreshToken).toMatch(/^Atzr\|/);
    const client = fx.client({ credentials: { clientId: DEMO_LWA_CLIENT_ID, clientSecret: DEMO_LWA_CLIENT_SECRET, refreshToken: result.refreshToken } });
    expect((await client.sellers.getAccount()).payload).toBeDefined();
    // A code works once.
    await expect(lwa.exchangeAuthorizationCode(code, 'https://app.example/callback')).rejects.toMatchObject({ code: 'invalid_grant' });
  });
});

describe('buyer PII (Orders 2026-01-01: no Restricted Data Token)', () => {
  it('gets the delivery address with the access token alone, and keeps order ids and addresses out of the request log', async () => {
    const [orderId] = await someOrderIds(1);
    fx.requests.length = 0;
    fx.logs.length = 0;
    const client = fx.client();
    const { order } = await client.orders20260101.getOrder({ orderId: orderId!, includedData: ['RECIPIENT'] });
    const address = order.recipient?.deliveryAddress;
    expect(address?.name).toBeTruthy();
    expect(fx.requests.filter((p) => p.startsWith('/tokens/'))).toEqual([]);
    const logged = JSON.stringify(fx.logs);
    expect(logged).not.toContain(orderId);
    expect(logged).not.toContain(address!.name);
    expect(logged).not.toMatch(/Atz[ar.]/);
    expect(fx.logs.at(-1)).toMatchObject({ operation: 'orders20260101.getOrder', path: '/orders/2026-01-01/orders/{orderId}', status: 200 });
  });
});

describe('pagination', () => {
  it('walks every searchOrders page (pagination.nextToken -> paginationToken) and finds exactly the orders the simulator placed', async () => {
    const after = simNow() - 30 * 86_400_000;
    const before = simNow() - 10 * 60_000;
    const client = fx.client();
    const ids: string[] = [];
    let pages = 0;
    for await (const page of paginate(client.orders20260101.searchOrders, {
      marketplaceIds: [US, CA, MX],
      createdAfter: iso(after),
      createdBefore: iso(before),
      maxResultsPerPage: 50,
    })) {
      pages += 1;
      ids.push(...page.orders.map((o) => o.orderId));
    }
    const expected = orderBook.countAt(NA_SELLER, Math.floor(before / 1000) * 1000) - orderBook.firstIndexAtOrAfter(NA_SELLER, Math.floor(after / 1000) * 1000);
    expect(pages).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(expected);
  });

  it('walks getInventorySummaries (top-level pagination.nextToken)', async () => {
    const client = fx.client();
    const skus: string[] = [];
    for await (const page of paginate(client.fbaInventory.getInventorySummaries, { granularityType: 'Marketplace', granularityId: US, marketplaceIds: [US] })) {
      skus.push(...(page.payload?.inventorySummaries ?? []).map((s) => s.sellerSku ?? ''));
    }
    const state = (await fx.control('GET', `/_sim/state/inventory?sellerId=${NA_SELLER}`)) as { skus: Array<{ sellerSku: string; marketplaceIds: string[] }> };
    expect(skus.length).toBe(state.skus.filter((s) => s.marketplaceIds.includes(US)).length);
    expect(skus.length).toBeGreaterThan(50);
  });
});

describe('regions', () => {
  const UK = 'A1F83G8C2ARO7P';
  const EU_SELLER = {
    credentials: { clientId: DEMO_LWA_CLIENT_ID, clientSecret: DEMO_LWA_CLIENT_SECRET, refreshToken: DEMO_REFRESH_TOKENS.eu },
    sellingPartnerId: 'A1DEMOSELLEREU',
  };
  const sentTo: string[] = [];
  const recordingFetch: typeof fx.fetch = (input, init) => {
    sentTo.push(new URL(String(input)).pathname);
    return fx.fetch(input, init);
  };
  beforeEach(() => {
    sentTo.length = 0;
  });

  it("sends an EU seller's calls to the EU host, where its UK orders are", async () => {
    const client = fx.client({ ...EU_SELLER, region: 'eu', fetch: recordingFetch });
    const res = await client.orders20260101.searchOrders({ marketplaceIds: [UK], createdAfter: iso(simNow() - 5 * 86_400_000) });
    expect(res.orders.length).toBeGreaterThan(0);
    expect(sentTo.filter((p) => p.endsWith('/orders/2026-01-01/orders'))).toEqual(['/eu/orders/2026-01-01/orders']);
  });

  it("reports a seller's token on another region's host as Unauthorized, once, without a refresh", async () => {
    const client = fx.client({ ...EU_SELLER, region: 'na' });
    const error = await client.sellers.getMarketplaceParticipations().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpApiError);
    expect(error).toMatchObject({
      kind: 'Unauthorized',
      code: 'Unauthorized',
      status: 403,
      message: 'Access to requested resource is denied.',
      details: undefined,
      isExpiredToken: false,
    });
    expect(count(TOKEN_PATH)).toBe(1);
    expect(count('/sellers/v1/marketplaceParticipations')).toBe(1);
  });

  it("refuses an NA seller's request for UK orders, saying the marketplace is not valid for the region", async () => {
    const client = fx.client();
    const error = await client.orders20260101.searchOrders({ marketplaceIds: [UK], createdAfter: iso(simNow() - 86_400_000) }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      kind: 'Unauthorized',
      status: 403,
      details: 'The marketplaces you provided are not valid for region.',
      isExpiredToken: false,
    });
  });
});

describe('errors from the simulator', () => {
  it('maps an SP-API error body to SpApiError with code, status and request id, without retrying', async () => {
    const client = fx.client();
    const error = await client.orders20260101
      .searchOrders({ marketplaceIds: ['NOTAMARKETPLACE'], createdAfter: iso(simNow() - 86_400_000) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpApiError);
    expect(error).toMatchObject({ kind: 'InvalidInput', code: 'InvalidInput', status: 400, operation: 'orders20260101.searchOrders' });
    expect((error as SpApiError).requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(fx.logs.at(-1)).toMatchObject({ status: 400, retries: 0, errorCode: 'InvalidInput' });
  });

  it('maps an unknown order to NotFound', async () => {
    const client = fx.client();
    await expect(client.fulfillmentOutbound.getFulfillmentOrder({ sellerFulfillmentOrderId: 'does-not-exist' })).rejects.toMatchObject({
      kind: 'NotFound',
      status: 404,
    });
  });
});
