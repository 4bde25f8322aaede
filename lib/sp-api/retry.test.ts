import { describe, expect, it } from 'vitest';
import { SpApiError, type SpApiErrorKind } from './errors';
import { backoffDelayMs, DEFAULT_RETRY_POLICY, isRetryableFailure, parseRetryAfter, quotaWaitAfterThrottleMs, retryDelayMs, withRetries } from './retry';

const error = (kind: SpApiErrorKind, status: number, extra: Partial<ConstructorParameters<typeof SpApiError>[0]> = {}) =>
  new SpApiError({ kind, status, code: kind, message: kind, operation: 'test.op', ...extra });

describe('backoff', () => {
  it('grows exponentially from the base and is capped, with full jitter below the ceiling', () => {
    const max = () => 0.999999;
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, DEFAULT_RETRY_POLICY, max))).toEqual([199, 399, 799, 1599]);
    expect(backoffDelayMs(20, DEFAULT_RETRY_POLICY, max)).toBe(19_999);
    expect(backoffDelayMs(3, DEFAULT_RETRY_POLICY, () => 0)).toBe(0);
    expect(backoffDelayMs(3, DEFAULT_RETRY_POLICY, () => 0.5)).toBe(400);
  });

  it('honours Retry-After (seconds or HTTP date), capped at maxDelayMs', () => {
    expect(retryDelayMs(error('Throttled', 429, { retryAfterSeconds: 3 }), 1, DEFAULT_RETRY_POLICY)).toBe(3000);
    expect(retryDelayMs(error('Throttled', 429, { retryAfterSeconds: 600 }), 1, DEFAULT_RETRY_POLICY)).toBe(20_000);
    expect(parseRetryAfter('5', 0)).toBe(5);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:10 GMT', 4000)).toBe(6);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });
});

describe('which failures are retried', () => {
  it('retries 429 for any operation, transient failures only when safe to repeat', () => {
    expect(isRetryableFailure(error('Throttled', 429), false)).toBe(true);
    for (const e of [error('ServerError', 500), error('ServerError', 503), error('Timeout', 0), error('NetworkError', 0), error('MalformedResponse', 200)]) {
      expect(isRetryableFailure(e, true)).toBe(true);
      expect(isRetryableFailure(e, false)).toBe(false);
    }
  });

  it('never retries other 4xx, auth failures or 501', () => {
    for (const e of [
      error('InvalidInput', 400),
      error('Unauthorized', 403),
      error('Forbidden', 403),
      error('NotFound', 404),
      error('ClientError', 409),
      error('ServerError', 501),
    ]) {
      expect(isRetryableFailure(e, true)).toBe(false);
    }
  });
});

describe('withRetries', () => {
  const base = { policy: { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100 }, random: () => 0.5 };

  it('stops after maxAttempts and rethrows the last error', async () => {
    let attempts = 0;
    const slept: number[] = [];
    const run = withRetries({
      ...base,
      now: () => 0,
      sleep: async (ms) => void slept.push(ms),
      shouldRetry: () => true,
      attempt: async () => {
        attempts++;
        throw error('ServerError', 503);
      },
    });
    await expect(run).rejects.toMatchObject({ status: 503 });
    expect(attempts).toBe(5);
    expect(slept).toEqual([50, 100, 200, 400]);
  });

  it('stops when the next wait would pass maxTotalMs', async () => {
    let clock = 0;
    let attempts = 0;
    const run = withRetries({
      ...base,
      policy: { ...base.policy, maxTotalMs: 120 },
      now: () => clock,
      sleep: async (ms) => void (clock += ms),
      shouldRetry: () => true,
      attempt: async () => {
        attempts++;
        throw error('Timeout', 0);
      },
    });
    await expect(run).rejects.toMatchObject({ kind: 'Timeout' });
    expect(attempts).toBe(2); // waited 50, then 100 more would reach 150 > 120
  });

  it('lets beforeRetry settle the call (idempotency check found the created resource)', async () => {
    let attempts = 0;
    const result = await withRetries({
      ...base,
      now: () => 0,
      sleep: async () => {},
      shouldRetry: () => true,
      beforeRetry: async () => ({ result: 'found' }),
      attempt: async () => {
        attempts++;
        throw error('ServerError', 500);
      },
    });
    expect(result).toBe('found');
    expect(attempts).toBe(1);
  });

  it('does not retry what shouldRetry refuses, nor errors that are not SpApiErrors', async () => {
    await expect(
      withRetries({
        ...base,
        now: () => 0,
        sleep: async () => {},
        shouldRetry: () => false,
        attempt: async () => {
          throw error('InvalidInput', 400);
        },
      }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      withRetries({
        ...base,
        now: () => 0,
        sleep: async () => {},
        shouldRetry: () => true,
        attempt: async () => {
          throw new TypeError('bug');
        },
      }),
    ).rejects.toBeInstanceOf(TypeError);
  });
});

describe('quotaWaitAfterThrottleMs', () => {
  it("is Retry-After when Amazon sent one, else the time the operation's usage plan takes to restore a request", () => {
    expect(quotaWaitAfterThrottleMs(error('Throttled', 429, { retryAfterSeconds: 7, operation: 'orders20260101.searchOrders' }))).toBe(7000);
    expect(quotaWaitAfterThrottleMs(error('Throttled', 429, { operation: 'orders20260101.searchOrders' }))).toBe(Math.ceil(1000 / 0.0056));
    expect(quotaWaitAfterThrottleMs(error('Throttled', 429, { operation: 'orders20260101.getOrder' }))).toBe(2000);
    expect(quotaWaitAfterThrottleMs(error('Throttled', 429, { operation: 'nothing.here' }))).toBe(0);
  });
});
