import { describe, expect, it } from 'vitest';
import { LwaError, SpApiError, type SpApiErrorKind } from '@/lib/sp-api/errors';
import { FIRST_RETRY_MS, nextStepAfterFailure } from './failure-retry';

const spApiError = (
  kind: SpApiErrorKind,
  status: number,
  operation = 'fbaInventory.getInventorySummaries',
  extra: { retryAfterSeconds?: number; requestId?: string } = {},
) => new SpApiError({ kind, status, code: kind, message: kind, operation, ...extra });
const INTERVAL = 15 * 60_000;
const noJitter = () => 0;

describe('nextStepAfterFailure', () => {
  it('waits for the quota after a 429: never sooner than the usage plan restores a request', () => {
    const searchOrders = nextStepAfterFailure(spApiError('Throttled', 429, 'orders20260101.searchOrders'), 1, INTERVAL, noJitter);
    expect(searchOrders).toMatchObject({ kind: 'waiting', retryInMs: Math.ceil(1000 / 0.0056) });
    expect(searchOrders.message).toMatch(/^Waiting for Amazon's quota/);
    // A plan that refills fast: the backoff decides.
    expect(nextStepAfterFailure(spApiError('Throttled', 429, 'orders20260101.getOrder'), 1, INTERVAL, noJitter).retryInMs).toBe(FIRST_RETRY_MS);
    // Retry-After wins, even beyond the regular interval.
    expect(
      nextStepAfterFailure(spApiError('Throttled', 429, 'orders20260101.searchOrders', { retryAfterSeconds: 3600 }), 1, INTERVAL, noJitter).retryInMs,
    ).toBe(3_600_000);
  });

  it('doubles the wait after each passing failure in a row, with up to a quarter of jitter, capped at the interval', () => {
    const wait = (n: number, random = noJitter) => nextStepAfterFailure(spApiError('ServerError', 503), n, INTERVAL, random).retryInMs;
    expect([1, 2, 3, 4].map((n) => wait(n))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(wait(2, () => 0.999)).toBeLessThan(60_000 * 1.25);
    expect(wait(12)).toBe(INTERVAL);
    expect(nextStepAfterFailure(spApiError('ServerError', 503), 3, INTERVAL, noJitter).message).toMatch(/Failed 3 times in a row/);
  });

  it('treats 5xx, timeouts, unreachable Amazon, unreadable answers and Login with Amazon outages as passing', () => {
    for (const [kind, status] of [
      ['ServerError', 500],
      ['Timeout', 0],
      ['NetworkError', 0],
      ['MalformedResponse', 200],
    ] as const) {
      const step = nextStepAfterFailure(spApiError(kind, status, undefined, { requestId: 'req-1' }), 1, INTERVAL, noJitter);
      expect(step.kind).toBe('waiting');
      expect(step.message).toMatch(/^Amazon had a temporary problem: .*\(Amazon reference req-1\)\. This sync retries on its own\.$/);
    }
    expect(nextStepAfterFailure(new LwaError('server_error', 'down', 503), 1, INTERVAL, noJitter).kind).toBe('waiting');
  });

  it('leaves other failures as errors until the next scheduled run', () => {
    for (const error of [spApiError('Forbidden', 403), spApiError('InvalidInput', 400), new LwaError('invalid_grant', 'revoked', 400), new Error('bug')]) {
      expect(nextStepAfterFailure(error, 1, INTERVAL, noJitter)).toMatchObject({ kind: 'error', retryInMs: INTERVAL });
    }
  });
});
