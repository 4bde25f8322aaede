/**
 * Client-side usage plans: one token bucket per (selling partner, region, operation) with
 * Amazon's rate and burst, so the client waits for its turn instead of collecting 429s.
 *
 * Buckets work by reservation: `reserve` always takes a token and may leave the bucket in
 * debt; the caller then waits until the debt would have refilled. One atomic step per call
 * keeps waiting callers in arrival order and lets a database implement it as one UPDATE.
 */

export interface UsagePlan {
  /** Tokens per second. */
  rate: number;
  /** Bucket size; a full bucket allows this many calls at once. */
  burst: number;
}

export interface BucketState {
  tokens: number;
  updatedAtMs: number;
  rate: number;
  burst: number;
}

/** Where bucket state lives: in this process, or in PostgreSQL to share it between instances. */
export interface QuotaStore {
  /** Takes one token from `key` (creating a full bucket from `plan` on first use); returns ms to wait before sending. */
  reserve(key: string, plan: UsagePlan, nowMs: number): Promise<number>;
  /** Amazon told us the rate it applies (x-amzn-RateLimit-Limit); later refills use it. */
  setRate(key: string, rate: number, nowMs: number): Promise<void>;
}

/** Pure bucket math, shared by the in-process store and the tests. */
export function refill(state: BucketState, nowMs: number): BucketState {
  const elapsedSeconds = Math.max(0, nowMs - state.updatedAtMs) / 1000;
  return { ...state, tokens: Math.min(state.burst, state.tokens + elapsedSeconds * state.rate), updatedAtMs: Math.max(state.updatedAtMs, nowMs) };
}

export function takeToken(state: BucketState, nowMs: number): { state: BucketState; waitMs: number } {
  const refilled = refill(state, nowMs);
  const tokens = refilled.tokens - 1;
  const waitMs = tokens >= 0 ? 0 : Math.ceil((-tokens / refilled.rate) * 1000);
  return { state: { ...refilled, tokens }, waitMs };
}

export class InMemoryQuotaStore implements QuotaStore {
  private readonly buckets = new Map<string, BucketState>();

  async reserve(key: string, plan: UsagePlan, nowMs: number): Promise<number> {
    const current = this.buckets.get(key) ?? { tokens: plan.burst, updatedAtMs: nowMs, rate: plan.rate, burst: plan.burst };
    const { state, waitMs } = takeToken(current, nowMs);
    this.buckets.set(key, state);
    return waitMs;
  }

  async setRate(key: string, rate: number, nowMs: number): Promise<void> {
    const current = this.buckets.get(key);
    // Refill at the old rate up to now, so the change applies only from now on.
    if (current && current.rate !== rate) this.buckets.set(key, { ...refill(current, nowMs), rate });
  }

  /** For tests and diagnostics. */
  peek(key: string): BucketState | undefined {
    return this.buckets.get(key);
  }
}

export function quotaKey(sellingPartnerId: string, region: string, operation: string): string {
  return `${sellingPartnerId}|${region}|${operation}`;
}

/** Parses x-amzn-RateLimit-Limit ("0.0167"); undefined when absent or not a positive number. */
export function parseRateLimitHeader(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const rate = Number(value.trim());
  return Number.isFinite(rate) && rate > 0 ? rate : undefined;
}

export interface QuotaLimiterOptions {
  store: QuotaStore;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /**
   * Added to every wait. Amazon charges a call when it arrives, we when we reserve; a call
   * that was slow to get there leaves its successor less refill than our bucket assumed.
   */
  marginMs?: number;
}

export const DEFAULT_QUOTA_MARGIN_MS = 50;

/** The client's view of quotas: wait for a token, and learn rates from responses. */
export class QuotaLimiter {
  constructor(private readonly options: QuotaLimiterOptions) {}

  /** Resolves when the call may be sent; returns how long it waited, for the request log. */
  async acquire(key: string, plan: UsagePlan): Promise<number> {
    // One token of the burst is kept in hand: Amazon counts a call when it arrives, so a
    // bucket that fills up (and stops refilling) a little earlier on Amazon's side than on
    // ours would otherwise answer the first call after an idle spell with a 429.
    const reservedWaitMs = await this.options.store.reserve(key, { rate: plan.rate, burst: Math.max(1, plan.burst - 1) }, this.options.now());
    if (reservedWaitMs <= 0) return 0;
    const waitMs = reservedWaitMs + (this.options.marginMs ?? DEFAULT_QUOTA_MARGIN_MS);
    await this.options.sleep(waitMs);
    return waitMs;
  }

  async adjustRate(key: string, rate: number): Promise<void> {
    await this.options.store.setRate(key, rate, this.options.now());
  }
}
