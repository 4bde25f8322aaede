import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APPLICATION_ID } from '../core/demo-credentials.js';
import { SimTestClient } from '../testing/harness.js';
import { validateResponse } from '../testing/model-validator.js';

const US = 'ATVPDKIKX0DER';
let sim: SimTestClient;

beforeAll(async () => {
  sim = await SimTestClient.start();
});
afterAll(() => sim.close());

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe('Login with Amazon', () => {
  it('exchanges a refresh token for a bearer access token', async () => {
    const res = await sim.lwa({ grant_type: 'refresh_token', refresh_token: 'Atzr|sim.demo.na' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: 'bearer', expires_in: 3600 });
    expect(String(res.body.access_token)).toMatch(/^Atza\|sim\./);
  });

  it('rejects a wrong client secret with invalid_client', async () => {
    const res = await sim.lwa({ grant_type: 'refresh_token', refresh_token: 'Atzr|sim.demo.na', client_secret: 'wrong' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'invalid_client', error_description: 'Client authentication failed' });
  });

  it('rejects an unknown refresh token with invalid_grant', async () => {
    const res = await sim.lwa({ grant_type: 'refresh_token', refresh_token: 'Atzr|sim.nope' });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_grant');
  });

  it('issues grantless tokens only for grantless scopes', async () => {
    const ok = await sim.lwa({ grant_type: 'client_credentials', scope: 'sellingpartnerapi::notifications' });
    expect(ok.status).toBe(200);
    const grantless = String(ok.body.access_token);
    const denied = await sim.call('GET', '/sellers/v1/account', { token: grantless });
    expect(denied.status).toBe(403);
    const bad = await sim.lwa({ grant_type: 'client_credentials', scope: 'sellingpartnerapi::orders' });
    expect(bad.status).toBe(400);
  });
});

describe('access tokens on SP-API calls', () => {
  // Amazon's gateway answers every access-token failure with the same code and message and
  // puts the reason in `details`; clients such as the npm amazon-sp-api package refresh when
  // `details` matches /access token.*expired/.
  const denied = (details: string) => ({ errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.', details }] });

  it('403 Unauthorized with the reason in details: missing, malformed or unknown token', async () => {
    const cases: Array<[string | undefined, string]> = [
      [undefined, 'Access token is missing in the request header.'],
      ['not-a-token', 'The access token you provided is revoked, malformed or invalid.'],
      ['Atza|sim.unknown', 'The access token you provided is revoked, malformed or invalid.'],
    ];
    for (const [token, details] of cases) {
      const res = await sim.call<{ errors: unknown[] }>('GET', '/sellers/v1/account', token ? { token } : {});
      expect(res.status).toBe(403);
      expect(res.body).toEqual(denied(details));
      expect(validateResponse('sellers.json', 'getAccount', 403, res.body)).toEqual([]);
    }
  });

  it('a valid token that may not call the operation gets the bare denial (no reason), as Amazon gives for missing roles', async () => {
    const grantless = String((await sim.lwa({ grant_type: 'client_credentials', scope: 'sellingpartnerapi::notifications' })).body.access_token);
    const res = await sim.call('GET', '/sellers/v1/account', { token: grantless });
    expect(res.status).toBe(403);
    expect(res.body).toEqual(denied(''));
  });

  it('expires after 3600 simulated seconds, saying so in details', async () => {
    const token = await sim.accessToken('na');
    expect((await sim.call('GET', '/sellers/v1/account', { token })).status).toBe(200);
    await sim.advance(3601);
    const res = await sim.call<{ errors: Array<{ message: string; details?: string }> }>('GET', '/sellers/v1/account', { token });
    expect(res.status).toBe(403);
    expect(res.body).toEqual(denied('The access token you provided has expired.'));
    expect(validateResponse('sellers.json', 'getAccount', 403, res.body)).toEqual([]);
    // What third-party clients test before refreshing.
    expect(res.body.errors[0]?.details).toMatch(/access token.*expired/);
  });
});

describe('website authorization (consent page)', () => {
  const consentQuery = new URLSearchParams({
    application_id: DEMO_APPLICATION_ID,
    state: 'xyz-123',
    redirect_uri: 'http://localhost:3000/api/amazon/callback',
    version: 'beta',
  });

  it('shows an accessible consent page', async () => {
    const res = await fetch(`${sim.url}/apps/authorize/consent?${consentQuery}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>');
    expect(html).toContain('<label for="selling_partner_id"');
    expect(html).toContain('A1DEMOSELLERNA');
    expect(html).toContain('A1DEMOSELLEREU');
  });

  it('redirects with a single-use code that yields a refresh token for a new seller', async () => {
    const form = new URLSearchParams(consentQuery);
    form.set('selling_partner_id', 'new');
    const res = await fetch(`${sim.url}/apps/authorize/consent`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe('http://localhost:3000/api/amazon/callback');
    expect(location.searchParams.get('state')).toBe('xyz-123');
    const sellerId = location.searchParams.get('selling_partner_id') ?? '';
    expect(sellerId).toMatch(/^A1SIMSELLER/);
    const code = location.searchParams.get('spapi_oauth_code') ?? '';

    const exchanged = await sim.lwa({ grant_type: 'authorization_code', code, redirect_uri: 'http://localhost:3000/api/amazon/callback' });
    expect(exchanged.status).toBe(200);
    expect(String(exchanged.body.refresh_token)).toMatch(/^Atzr\|sim\./);
    const again = await sim.lwa({ grant_type: 'authorization_code', code });
    expect(again.status).toBe(400);
    expect(again.body.error).toBe('invalid_grant');

    // The new seller has its own seeded data.
    const token = String(exchanged.body.access_token);
    const orders = await sim.call<{ payload: { Orders: unknown[] } }>('GET', '/orders/v0/orders', {
      token,
      query: { MarketplaceIds: US, CreatedAfter: daysAgo(80) },
    });
    expect(orders.status).toBe(200);
    expect(orders.body.payload.Orders.length).toBeGreaterThan(0);
  });

  it('codes expire after 5 simulated minutes', async () => {
    const form = new URLSearchParams(consentQuery);
    form.set('selling_partner_id', 'A1DEMOSELLEREU');
    const res = await fetch(`${sim.url}/apps/authorize/consent`, { method: 'POST', body: form, redirect: 'manual' });
    const code = new URL(res.headers.get('location') ?? '').searchParams.get('spapi_oauth_code') ?? '';
    await sim.advance(301);
    expect((await sim.lwa({ grant_type: 'authorization_code', code })).body.error).toBe('invalid_grant');
  });

  it('refuses an unknown application', async () => {
    const res = await fetch(`${sim.url}/apps/authorize/consent?application_id=amzn1.sp.solution.other&redirect_uri=http://x/cb`);
    expect(res.status).toBe(400);
  });
});

describe('restricted data tokens', () => {
  it('getOrderAddress needs an RDT; an RDT for the generic path works for any order', async () => {
    const token = await sim.accessToken('na');
    const page = await sim.call<{ payload: { Orders: Array<{ AmazonOrderId: string }> } }>('GET', '/orders/v0/orders', {
      token,
      query: { MarketplaceIds: US, CreatedAfter: daysAgo(20), OrderStatuses: 'Shipped', MaxResultsPerPage: '2' },
    });
    const [a, b] = page.body.payload.Orders.map((o) => o.AmazonOrderId);
    expect((await sim.call('GET', `/orders/v0/orders/${a}/address`, { token })).status).toBe(403);

    const rdtRes = await sim.call<{ restrictedDataToken: string; expiresIn: number }>('POST', '/tokens/2021-03-01/restrictedDataToken', {
      token,
      body: { restrictedResources: [{ method: 'GET', path: '/orders/v0/orders/{orderId}/address' }] },
    });
    expect(rdtRes.status).toBe(200);
    expect(validateResponse('tokens_2021-03-01.json', 'createRestrictedDataToken', 200, rdtRes.body)).toEqual([]);
    expect(rdtRes.body.expiresIn).toBe(3600);
    const rdt = rdtRes.body.restrictedDataToken;
    for (const id of [a, b]) {
      const address = await sim.call<{ payload: { ShippingAddress: { Name?: string } } }>('GET', `/orders/v0/orders/${id}/address`, { token: rdt });
      expect(address.status).toBe(200);
      expect(validateResponse('ordersV0.json', 'getOrderAddress', 200, address.body)).toEqual([]);
      expect(address.body.payload.ShippingAddress.Name).toBeTruthy();
    }
    // Not valid for other paths.
    expect((await sim.call('GET', `/orders/v0/orders/${a}/buyerInfo`, { token: rdt })).status).toBe(403);
  });

  it('an RDT for a specific order only works for that order, and dataElements add PII to getOrder', async () => {
    const token = await sim.accessToken('na');
    const page = await sim.call<{ payload: { Orders: Array<{ AmazonOrderId: string }> } }>('GET', '/orders/v0/orders', {
      token,
      query: { MarketplaceIds: US, CreatedAfter: daysAgo(20), OrderStatuses: 'Shipped', MaxResultsPerPage: '2' },
    });
    const [a, b] = page.body.payload.Orders.map((o) => o.AmazonOrderId);
    const rdtRes = await sim.call<{ restrictedDataToken: string }>('POST', '/tokens/2021-03-01/restrictedDataToken', {
      token,
      body: { restrictedResources: [{ method: 'GET', path: `/orders/v0/orders/${a}`, dataElements: ['buyerInfo', 'shippingAddress'] }] },
    });
    const rdt = rdtRes.body.restrictedDataToken;
    const order = await sim.call<{ payload: { BuyerInfo: { BuyerName?: string }; ShippingAddress: { AddressLine1?: string } } }>(
      'GET',
      `/orders/v0/orders/${a}`,
      { token: rdt },
    );
    expect(order.status).toBe(200);
    expect(validateResponse('ordersV0.json', 'getOrder', 200, order.body)).toEqual([]);
    expect(order.body.payload.BuyerInfo.BuyerName).toBeTruthy();
    expect(order.body.payload.ShippingAddress.AddressLine1).toBeTruthy();
    expect((await sim.call('GET', `/orders/v0/orders/${b}`, { token: rdt })).status).toBe(403);
  });

  it('rejects restricted resources that are not restricted operations', async () => {
    const token = await sim.accessToken('na');
    const res = await sim.call('POST', '/tokens/2021-03-01/restrictedDataToken', {
      token,
      body: { restrictedResources: [{ method: 'GET', path: '/sellers/v1/account' }] },
    });
    expect(res.status).toBe(400);
    expect(validateResponse('tokens_2021-03-01.json', 'createRestrictedDataToken', 400, res.body)).toEqual([]);
  });
});

describe('restricted operations answer model-valid bodies with an RDT', () => {
  it('getOrderBuyerInfo, getOrderItemsBuyerInfo and getOrders with dataElements', async () => {
    const token = await sim.accessToken('eu');
    const UK = 'A1F83G8C2ARO7P';
    const rdtRes = await sim.call<{ restrictedDataToken: string }>('POST', '/tokens/2021-03-01/restrictedDataToken', {
      token,
      body: {
        restrictedResources: [
          { method: 'GET', path: '/orders/v0/orders', dataElements: ['buyerInfo', 'shippingAddress'] },
          { method: 'GET', path: '/orders/v0/orders/{orderId}/buyerInfo' },
          { method: 'GET', path: '/orders/v0/orders/{orderId}/orderItems/buyerInfo' },
        ],
      },
    });
    const rdt = rdtRes.body.restrictedDataToken;
    const list = await sim.call<{
      payload: { Orders: Array<{ AmazonOrderId: string; BuyerInfo: { BuyerName?: string }; ShippingAddress?: { Name?: string } }> };
    }>('GET', '/orders/v0/orders', {
      token: rdt,
      query: { MarketplaceIds: UK, CreatedAfter: daysAgo(20), OrderStatuses: 'Shipped', MaxResultsPerPage: '3' },
    });
    expect(list.status).toBe(200);
    expect(validateResponse('ordersV0.json', 'getOrders', 200, list.body)).toEqual([]);
    const first = list.body.payload.Orders[0];
    expect(first?.BuyerInfo.BuyerName).toBeTruthy();
    expect(first?.ShippingAddress?.Name).toBeTruthy();
    const buyer = await sim.call('GET', `/orders/v0/orders/${first?.AmazonOrderId}/buyerInfo`, { token: rdt });
    expect(buyer.status).toBe(200);
    expect(validateResponse('ordersV0.json', 'getOrderBuyerInfo', 200, buyer.body)).toEqual([]);
    const items = await sim.call('GET', `/orders/v0/orders/${first?.AmazonOrderId}/orderItems/buyerInfo`, { token: rdt });
    expect(items.status).toBe(200);
    expect(validateResponse('ordersV0.json', 'getOrderItemsBuyerInfo', 200, items.body)).toEqual([]);
  });

  it('RDTs expire after 3600 simulated seconds', async () => {
    const token = await sim.accessToken('na');
    const rdtRes = await sim.call<{ restrictedDataToken: string }>('POST', '/tokens/2021-03-01/restrictedDataToken', {
      token,
      body: { restrictedResources: [{ method: 'GET', path: '/orders/v0/orders/{orderId}/buyerInfo' }] },
    });
    await sim.advance(3601);
    const res = await sim.call('GET', '/orders/v0/orders/111-0000000-0000000/buyerInfo', { token: rdtRes.body.restrictedDataToken });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.', details: 'The access token you provided has expired.' }],
    });
    expect(validateResponse('ordersV0.json', 'getOrderBuyerInfo', 403, res.body)).toEqual([]);
  });
});
