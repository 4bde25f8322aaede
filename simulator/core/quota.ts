/**
 * Token buckets per (selling partner, operation). Buckets refill on the SIMULATED clock:
 * advancing the clock through /_sim/clock refills them, and a clock scale of 60 refills
 * them 60 times faster in real time. This keeps quota tests instant.
 */
import type { UsagePlan } from './usage-plans.js';

interface Bucket {
  tokens: number;
  updatedMs: number;
}

export class QuotaBuckets {
  private buckets = new Map<string, Bucket>();

  /** Takes one token; false when the bucket is empty (the caller answers 429). */
  take(key: string, plan: UsagePlan, nowMs: number): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: plan.burst, updatedMs: nowMs };
    const elapsedSeconds = Math.max(0, nowMs - bucket.updatedMs) / 1000;
    bucket.tokens = Math.min(plan.burst, bucket.tokens + elapsedSeconds * plan.rate);
    bucket.updatedMs = nowMs;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  clear(): void {
    this.buckets.clear();
  }
}
