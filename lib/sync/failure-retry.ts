/**
 * What a failed sync does next. A failure that passes on its own (Amazon throttled us, or
 * answered 5xx, timed out, could not be reached) is retried automatically with backoff, never
 * sooner than the usage plan has room again, and shows as waiting rather than failed: after a
 * restart a burst of 429s must not park the sync as an error until the next regular run.
 * Anything else (authorization revoked, a rejected request, a bug) stays an error until the
 * next scheduled run, since retrying sooner would fail the same way.
 */
import { LwaError, SpApiError, quotaWaitAfterThrottleMs } from '@/lib/sp-api';
import { syncErrorMessage } from './errors';

export type SyncFailure = { kind: 'waiting'; message: string; retryInMs: number } | { kind: 'error'; message: string; retryInMs: number };

/**
 * The first retry comes after about this long (the embedded scheduler looks for due syncs
 * every 30 s, the PostgreSQL queue every minute), then twice as long after each further
 * failure in a row, up to the regular interval.
 */
export const FIRST_RETRY_MS = 30_000;
/** Up to a quarter more, so accounts throttled together do not come back together. */
const JITTER = 0.25;

type PassingFailure = { reason: 'quota'; quotaWaitMs: number } | { reason: 'amazon'; what: string; requestId?: string | undefined };

function passingFailure(error: unknown): PassingFailure | undefined {
  if (error instanceof SpApiError) {
    if (error.kind === 'Throttled') return { reason: 'quota', quotaWaitMs: quotaWaitAfterThrottleMs(error) };
    const what: Partial<Record<SpApiError['kind'], string>> = {
      ServerError: 'it answered with a server error',
      Timeout: 'it took too long to answer',
      NetworkError: 'we could not reach it',
      MalformedResponse: 'it sent an answer we could not read',
    };
    const happened = what[error.kind];
    return happened ? { reason: 'amazon', what: happened, requestId: error.requestId } : undefined;
  }
  if (error instanceof LwaError && ['server_error', 'network_error', 'malformed_response'].includes(error.code)) {
    return { reason: 'amazon', what: 'Login with Amazon could not give us a token' };
  }
  return undefined;
}

/**
 * `failuresInARow` counts this one (1 for the first passing failure after anything else).
 * `random` is injectable for tests of the jitter.
 */
export function nextStepAfterFailure(error: unknown, failuresInARow: number, intervalMs: number, random: () => number = Math.random): SyncFailure {
  const passing = passingFailure(error);
  if (!passing) return { kind: 'error', message: syncErrorMessage(error), retryInMs: intervalMs };

  const backoff = Math.min(intervalMs, FIRST_RETRY_MS * 2 ** Math.max(0, failuresInARow - 1) * (1 + JITTER * random()));
  const attempts = failuresInARow > 1 ? ` Failed ${failuresInARow} times in a row so far.` : '';
  if (passing.reason === 'quota') {
    return {
      kind: 'waiting',
      // Never sooner than the quota allows, even if that is later than the regular interval.
      retryInMs: Math.max(passing.quotaWaitMs, backoff),
      message: `Waiting for Amazon's quota: Amazon asked us to slow down, so this sync pauses and retries on its own.${attempts}`,
    };
  }
  const reference = passing.requestId ? ` (Amazon reference ${passing.requestId})` : '';
  return {
    kind: 'waiting',
    retryInMs: backoff,
    message: `Amazon had a temporary problem: ${passing.what}${reference}. This sync retries on its own.${attempts}`,
  };
}
