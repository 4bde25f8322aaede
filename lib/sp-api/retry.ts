/**
 * When and how long to wait before repeating a failed call. Exponential backoff with full
 * jitter (delay = random(0, min(cap, base * 2^n))) spreads retries of many callers apart, so
 * a throttled burst does not come back as one burst.
 */
import { SpApiError } from './errors';
import { MODEL_NAMES, operationSpec, type ModelName } from './models';

export interface RetryPolicy {
  /** Attempts in total, the first one included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** No retry starts once this much time has passed since the first attempt. */
  maxTotalMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 200,
  maxDelayMs: 20_000,
  maxTotalMs: 60_000,
};

/** Full-jitter delay before retry number `retry` (1 for the first retry). */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/** Retry-After wins over our own backoff: the server knows when it will have room. */
export function retryDelayMs(error: SpApiError, retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  if (error.retryAfterSeconds !== undefined) return Math.min(policy.maxDelayMs, error.retryAfterSeconds * 1000);
  return backoffDelayMs(retry, policy, random);
}

/**
 * Whether a failure is worth repeating at all. A 429 is refused before Amazon does anything,
 * so it may be repeated for any operation; the other transient failures may have happened
 * after the work was done, so they are repeated only for calls that are safe to repeat.
 */
export function isRetryableFailure(error: SpApiError, safeToRepeat: boolean): boolean {
  if (error.kind === 'Throttled') return true;
  if (!safeToRepeat) return false;
  if (error.kind === 'ServerError') return error.status === 500 || error.status === 502 || error.status === 503 || error.status === 504;
  return error.kind === 'Timeout' || error.kind === 'NetworkError' || error.kind === 'MalformedResponse';
}

/** Parses Retry-After: delta seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - nowMs) / 1000);
}

export interface RetryLoopOptions<T> {
  policy: RetryPolicy;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random?: () => number;
  attempt: (attemptNumber: number) => Promise<T>;
  /** False stops at once and rethrows. */
  shouldRetry: (error: SpApiError) => boolean;
  /**
   * Runs before each retry; returning `{ result }` ends the loop with that result. Used to
   * check whether a non-idempotent call did take effect before the failure reached us.
   */
  beforeRetry?: (error: SpApiError) => Promise<{ result: T } | undefined>;
  onRetry?: (error: SpApiError, delayMs: number) => void;
}

export async function withRetries<T>(options: RetryLoopOptions<T>): Promise<T> {
  const startedAt = options.now();
  for (let attemptNumber = 1; ; attemptNumber++) {
    try {
      return await options.attempt(attemptNumber);
    } catch (error) {
      if (!(error instanceof SpApiError) || !options.shouldRetry(error) || attemptNumber >= options.policy.maxAttempts) throw error;
      const delayMs = retryDelayMs(error, attemptNumber, options.policy, options.random);
      if (options.now() - startedAt + delayMs > options.policy.maxTotalMs) throw error;
      options.onRetry?.(error, delayMs);
      if (delayMs > 0) await options.sleep(delayMs);
      const settled = await options.beforeRetry?.(error);
      if (settled) return settled.result;
    }
  }
}

/**
 * After a 429 the client gave up on: how long until Amazon's usage plan has room for the
 * operation again. Retry-After when Amazon sent one, else the time the plan takes to restore
 * one request (getOrders: a minute). A caller that comes back sooner only draws another 429.
 */
export function quotaWaitAfterThrottleMs(error: SpApiError): number {
  if (error.retryAfterSeconds !== undefined) return Math.ceil(error.retryAfterSeconds * 1000);
  const [model, operationId] = error.operation.split('.');
  if (!model || !operationId || !MODEL_NAMES.includes(model as ModelName)) return 0;
  try {
    return Math.ceil(1000 / operationSpec(model as ModelName, operationId).rate);
  } catch {
    return 0;
  }
}
