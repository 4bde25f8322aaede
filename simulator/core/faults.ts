/**
 * Fault injection for resilience testing, set through /_sim/faults. Rolls are drawn from a
 * seeded PRNG so a failing run can be replayed with the same seed and request order.
 */
import { Prng } from '../state/prng.js';

export interface FaultConfig {
  rate429?: number;
  rate500?: number;
  rate503?: number;
  /** Added to every affected response, in real milliseconds. */
  latencyMs?: number;
  /** The request is accepted and never answered (the client's timeout must fire). */
  hangProbability?: number;
  /** A 200 whose body is cut-off JSON. */
  malformedProbability?: number;
  /**
   * The request is carried out, then its answer is cut off part-way through the body (the
   * connection closes short of its Content-Length): the work is done, the client never hears.
   */
  truncatedProbability?: number;
  /** operationIds the faults apply to; all SP-API operations when absent. */
  operations?: string[];
}

export type FaultOutcome = 'none' | '429' | '500' | '503' | 'hang' | 'malformed' | 'truncated';

const PROBABILITY_KEYS = ['rate429', 'rate500', 'rate503', 'hangProbability', 'malformedProbability', 'truncatedProbability'] as const;

export function parseFaultConfig(input: unknown): FaultConfig | string {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return 'body must be a JSON object';
  const raw = input as Record<string, unknown>;
  const config: FaultConfig = {};
  for (const key of PROBABILITY_KEYS) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || value < 0 || value > 1) return `${key} must be a number between 0 and 1`;
    config[key] = value;
  }
  if (raw.latencyMs !== undefined) {
    if (typeof raw.latencyMs !== 'number' || raw.latencyMs < 0) return 'latencyMs must be a non-negative number';
    config.latencyMs = raw.latencyMs;
  }
  if (raw.operations !== undefined) {
    if (!Array.isArray(raw.operations) || !raw.operations.every((o) => typeof o === 'string')) return 'operations must be an array of operationIds';
    config.operations = raw.operations as string[];
  }
  return config;
}

export class FaultInjector {
  private config: FaultConfig = {};
  private rng: Prng;

  constructor(seed: number) {
    this.rng = new Prng(seed, 0xfa);
  }

  set(config: FaultConfig): void {
    this.config = config;
  }

  clear(): void {
    this.config = {};
  }

  current(): FaultConfig {
    return this.config;
  }

  applies(operationId: string): boolean {
    return !this.config.operations || this.config.operations.includes(operationId);
  }

  latencyMs(operationId: string): number {
    return this.applies(operationId) ? (this.config.latencyMs ?? 0) : 0;
  }

  /** One roll decides the outcome, so the configured rates are each an exact share. */
  roll(operationId: string): FaultOutcome {
    if (!this.applies(operationId)) return 'none';
    let roll = this.rng.next();
    const outcomes: Array<[FaultOutcome, number | undefined]> = [
      ['429', this.config.rate429],
      ['500', this.config.rate500],
      ['503', this.config.rate503],
      ['hang', this.config.hangProbability],
      ['malformed', this.config.malformedProbability],
      // Last, so adding it left the rolls of the other settings as they were for a given seed.
      ['truncated', this.config.truncatedProbability],
    ];
    for (const [outcome, probability] of outcomes) {
      roll -= probability ?? 0;
      if (roll < 0) return outcome;
    }
    return 'none';
  }
}
