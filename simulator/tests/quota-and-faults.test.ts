import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUsagePlans } from '../core/usage-plans.js';
import { SimTestClient } from '../testing/harness.js';
import { validateResponse } from '../testing/model-validator.js';

let sim: SimTestClient;
let token: string;

beforeAll(async () => {
  sim = await SimTestClient.start();
  token = await sim.accessToken('na');
});
afterAll(() => sim.close());

describe('usage plans', () => {
  it('are parsed from the model descriptions', () => {
    const plans = parseUsagePlans();
    expect(plans.getOrders).toMatchObject({ rate: 0.0167, burst: 20 });
    expect(plans.getMarketplaceParticipations).toMatchObject({ rate: 0.016, burst: 15 });
    expect(plans.getOrderMetrics).toMatchObject({ rate: 0.5, burst: 15 });
  });

  it('can report the rate per real second when the clock is accelerated, for wall-clock clients', async () => {
    const fast = await SimTestClient.start({ clockScale: 60, realTimeRateHeader: true });
    try {
      const response = await fast.call('GET', '/sellers/v1/account', { token: await fast.accessToken('na') });
      expect(response.headers.get('x-amzn-RateLimit-Limit')).toBe('0.96'); // 0.016/s x 60
    } finally {
      await fast.close();
    }
  });

  it('answer 429 QuotaExceeded exactly when the burst is used up, and refill on the simulated clock', async () => {
    // getAccount: rate 0.016/s, burst 15.
    for (let i = 0; i < 15; i++) expect((await sim.call('GET', '/sellers/v1/account', { token })).status).toBe(200);
    const throttled = await sim.call<{ errors: Array<{ code: string; message: string }> }>('GET', '/sellers/v1/account', { token });
    expect(throttled.status).toBe(429);
    expect(throttled.body.errors[0]).toMatchObject({ code: 'QuotaExceeded', message: 'You exceeded your quota for the requested resource.' });
    expect(validateResponse('sellers.json', 'getAccount', 429, throttled.body)).toEqual([]);
    expect(throttled.headers.get('x-amzn-RateLimit-Limit')).toBe('0.016');

    // Buckets are per operation: another operation still has its own burst.
    expect((await sim.call('GET', '/sellers/v1/marketplaceParticipations', { token })).status).toBe(200);
    // And per selling partner.
    expect((await sim.call('GET', '/sellers/v1/account', { token: await sim.accessToken('eu') })).status).toBe(200);

    // 1 / 0.016 = 62.5 s per token.
    await sim.advance(63);
    expect((await sim.call('GET', '/sellers/v1/account', { token })).status).toBe(200);
    expect((await sim.call('GET', '/sellers/v1/account', { token })).status).toBe(429);
  });
});

describe('fault injection', () => {
  it('injects 500 and 503 for the chosen operations only', async () => {
    await sim.control('POST', '/_sim/faults', { rate500: 1, operations: ['getMarketplaceParticipations'] });
    await sim.advance(3600);
    const failed = await sim.call<{ errors: Array<{ code: string }> }>('GET', '/sellers/v1/marketplaceParticipations', { token: await sim.accessToken('na') });
    expect(failed.status).toBe(500);
    expect(validateResponse('sellers.json', 'getMarketplaceParticipations', 500, failed.body)).toEqual([]);
    token = await sim.accessToken('na');
    expect((await sim.call('GET', '/sellers/v1/account', { token })).status).toBe(200);
    await sim.control('POST', '/_sim/faults', { rate503: 1 });
    expect((await sim.call('GET', '/sellers/v1/account', { token })).status).toBe(503);
    await sim.control('DELETE', '/_sim/faults');
    expect((await sim.call('GET', '/sellers/v1/account', { token })).status).toBe(200);
  });

  it('injects throttling, malformed bodies, latency and hangs', async () => {
    await sim.control('POST', '/_sim/faults', { rate429: 1 });
    expect((await sim.call('GET', '/sellers/v1/account', { token })).status).toBe(429);
    await sim.control('POST', '/_sim/faults', { malformedProbability: 1 });
    const res = await fetch(`${sim.url}/sellers/v1/account`, { headers: { 'x-amz-access-token': token } });
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow();
    await sim.control('POST', '/_sim/faults', { latencyMs: 150 });
    const started = Date.now();
    expect((await sim.call('GET', '/sellers/v1/account', { token })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await sim.control('POST', '/_sim/faults', { hangProbability: 1 });
    await expect(fetch(`${sim.url}/sellers/v1/account`, { headers: { 'x-amz-access-token': token }, signal: AbortSignal.timeout(300) })).rejects.toThrow();
    await sim.control('DELETE', '/_sim/faults');
  });

  it('cuts an answer off part-way after carrying the call out', async () => {
    await sim.control('POST', '/_sim/faults', { truncatedProbability: 1, operations: ['getAccount'] });
    const res = await fetch(`${sim.url}/sellers/v1/account`, { headers: { 'x-amz-access-token': token } });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(2);
    // The connection closes short of the Content-Length it announced.
    await expect(res.text()).rejects.toThrow();
    expect((await sim.call('GET', '/sellers/v1/marketplaceParticipations', { token })).status).toBe(200);
    await sim.control('DELETE', '/_sim/faults');
  });

  it('rejects invalid fault settings', async () => {
    const res = await fetch(`${sim.url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ rate500: 2 }) });
    expect(res.status).toBe(400);
  });
});

describe('routing', () => {
  it('unknown paths answer 404 NotFound in the SP-API error shape', async () => {
    const res = await sim.call<{ errors: Array<{ code: string }> }>('GET', '/nothing/here', { token });
    expect(res.status).toBe(404);
    expect(res.body.errors[0]?.code).toBe('NotFound');
    expect(res.headers.get('x-amzn-RequestId')).toBeTruthy();
  });
});
