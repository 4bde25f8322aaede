import { describe, expect, it } from 'vitest';
import { InMemoryQuotaStore, parseRateLimitHeader, QuotaLimiter, quotaKey, refill, takeToken } from './quota';

const plan = { rate: 0.5, burst: 3 };

describe('token bucket math', () => {
  it('starts full, lets the burst through, then spaces calls at 1/rate', async () => {
    const store = new InMemoryQuotaStore();
    const waits = [];
    for (let i = 0; i < 5; i++) waits.push(await store.reserve('k', plan, 0));
    // Burst of 3 at once; then one token every 2 s, queued in order.
    expect(waits).toEqual([0, 0, 0, 2000, 4000]);
  });

  it('refills with elapsed time up to the burst, never beyond', () => {
    const state = { tokens: 0, updatedAtMs: 0, rate: 0.5, burst: 3 };
    expect(refill(state, 4000).tokens).toBe(2);
    expect(refill(state, 60_000).tokens).toBe(3);
    // A clock that goes backwards neither refills nor moves the bucket back.
    expect(refill({ ...state, updatedAtMs: 10_000 }, 5_000)).toMatchObject({ tokens: 0, updatedAtMs: 10_000 });
  });

  it('charges a reservation even when it must wait, so the next caller waits longer', () => {
    const first = takeToken({ tokens: 0.5, updatedAtMs: 0, rate: 1, burst: 1 }, 0);
    expect(first).toMatchObject({ waitMs: 500, state: { tokens: -0.5 } });
    expect(takeToken(first.state, 0).waitMs).toBe(1500);
  });

  it('applies a new rate from now on', async () => {
    const store = new InMemoryQuotaStore();
    await store.reserve('k', { rate: 1, burst: 1 }, 0);
    await store.setRate('k', 0.1, 0);
    expect(await store.reserve('k', { rate: 1, burst: 1 }, 0)).toBe(10_000);
  });
});

describe('QuotaLimiter', () => {
  it('sleeps for the reserved wait plus the margin and reports it', async () => {
    const slept: number[] = [];
    const limiter = new QuotaLimiter({ store: new InMemoryQuotaStore(), now: () => 0, sleep: async (ms) => void slept.push(ms), marginMs: 10 });
    expect(await limiter.acquire('k', { rate: 2, burst: 1 })).toBe(0);
    expect(await limiter.acquire('k', { rate: 2, burst: 1 })).toBe(510);
    expect(slept).toEqual([510]);
  });
});

describe('helpers', () => {
  it('keys buckets by seller, region and operation', () => {
    expect(quotaKey('A1', 'na', 'ordersV0.getOrders')).toBe('A1|na|ordersV0.getOrders');
  });
  it('parses x-amzn-RateLimit-Limit', () => {
    expect(parseRateLimitHeader('0.0167')).toBe(0.0167);
    expect(parseRateLimitHeader(' 2 ')).toBe(2);
    expect(parseRateLimitHeader('')).toBeUndefined();
    expect(parseRateLimitHeader('abc')).toBeUndefined();
    expect(parseRateLimitHeader('0')).toBeUndefined();
  });
});
