/**
 * What the kill -9 children (test/support/sync-crash-child.ts, test/support/write-crash-child.ts) share: the
 * database and account the parent set up, and an SP-API client that can stop dead at a chosen
 * point so the parent's SIGKILL lands exactly there.
 *
 * Environment (set by the parent):
 * - CRASH_DATABASE_URL (PostgreSQL) or CRASH_PGLITE_DIR (a PGlite data folder the parent closed);
 * - CRASH_SIM_URL, CRASH_WORKSPACE_ID, CRASH_ACCOUNT_ID;
 * - CRASH_NOW: the simulator's time, ISO 8601, when its clock is frozen (else the real time);
 * - CRASH_STALL: JSON array of `StallPoint`s. A step's work stops dead once its point's answer has
 *   arrived, holding the answer unhandled: the request reached the simulator and was carried
 *   out, nothing after it happened. Once every point is reached the child prints `stalled` and
 *   waits to be killed; the other steps, running side by side, stop at theirs meanwhile.
 */
import { openDatabase, type DbHandle } from '@/db/client';
import { createSpApiClient, type SpApiClient } from '@/lib/sp-api/client';
import type { FetchLike } from '@/lib/sp-api/lwa';
import { silentSpApiLogger } from '@/lib/sp-api/log';
import { REGION_PLACEHOLDER } from '@/lib/sp-api/regions';
import { noQuotaWaits } from '@/test/support/demo-account';
import { DEMO_LWA_CLIENT_ID, DEMO_LWA_CLIENT_SECRET, DEMO_REFRESH_TOKENS } from '@/simulator/core/demo-credentials';
import { splitRegionalPath } from '@/simulator/core/regions';

export interface StallPoint {
  /** The work it stops: a sync kind, a write. */
  step: string;
  /** Count only answers to this method... */
  method?: string;
  /** ...whose path (without the region prefix) ends with this. */
  pathEndsWith?: string;
  /** The answer to stop at (1 = the first that matches). */
  nth: number;
}

/** A write test/support/write-crash-child.ts sends; `write` is the step its stall point names. */
export type CrashWrite =
  | { write: 'create-fulfillment-order'; form: Record<string, string> }
  | { write: 'confirm-placement'; planId: string; placementOptionId: string }
  | { write: 'cancel-order'; amazonOrderId: string };

/** Printed once every stall point is reached: the parent's cue for SIGKILL. */
export const STALLED_LINE = 'stalled';
/** Printed when a step ended before its stall point, so the parent fails at once. */
export const MISSED_PREFIX = 'missed ';

export const need = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

export const tenantFromEnv = () => ({ workspaceId: need('CRASH_WORKSPACE_ID'), accountId: need('CRASH_ACCOUNT_ID') });

/** The simulator's frozen time when the parent gave it, so both sides agree on "now". */
export const simulatedNow = (): (() => Date) => {
  const at = process.env.CRASH_NOW;
  return at ? () => new Date(at) : () => new Date();
};

export function openCrashDatabase(): Promise<DbHandle> {
  const url = process.env.CRASH_DATABASE_URL;
  if (url) return openDatabase({ databaseUrl: url });
  return openDatabase({ pgliteDir: need('CRASH_PGLITE_DIR') });
}

const stallPoints = JSON.parse(process.env.CRASH_STALL ?? '[]') as StallPoint[];
const answersSeen = new Map<StallPoint, number>();
let stalled = 0;
let keepAlive: NodeJS.Timeout | undefined;

function stallForever(): Promise<never> {
  stalled += 1;
  if (stalled === stallPoints.length) process.stdout.write(`${STALLED_LINE}\n`);
  // Pending promises alone would let Node exit; this timer keeps the process alive for the kill.
  keepAlive ??= setInterval(() => {}, 60_000);
  return new Promise<never>(() => {});
}

/** Call when a step's work is over: a stall point it never reached would leave the parent waiting. */
export function stepDone(step: string): void {
  if (stallPoints.some((p) => p.step === step && (answersSeen.get(p) ?? 0) < p.nth)) process.stdout.write(`${MISSED_PREFIX}${step}\n`);
}

/**
 * fetch for one step's client: counts the answers matching its stall points and stops dead at
 * the chosen one. From then on no answer reaches the step (a sync kind reads with two callers
 * side by side), so what it stored when killed is what it had before that answer.
 */
function stallingFetch(step: string): FetchLike {
  const points = stallPoints.filter((p) => p.step === step);
  let stopped = false;
  return async (input, init) => {
    const response = await fetch(input, init);
    const { path } = splitRegionalPath(new URL(input).pathname);
    // Tokens are shared by every step's client: they never stop.
    if (path.startsWith('/auth/')) return response;
    if (stopped) return new Promise<never>(() => {});
    for (const point of points) {
      if (point.method && (init?.method ?? 'GET').toUpperCase() !== point.method) continue;
      if (point.pathEndsWith && !path.endsWith(point.pathEndsWith)) continue;
      const seen = (answersSeen.get(point) ?? 0) + 1;
      answersSeen.set(point, seen);
      if (seen === point.nth) {
        stopped = true;
        return stallForever();
      }
    }
    return response;
  };
}

/** The demo NA seller's client for one step, against the parent's simulator; retries as the app does. */
export function crashClient(step: string): SpApiClient {
  const simUrl = need('CRASH_SIM_URL');
  const now = simulatedNow();
  return createSpApiClient({
    credentials: { clientId: DEMO_LWA_CLIENT_ID, clientSecret: DEMO_LWA_CLIENT_SECRET, refreshToken: DEMO_REFRESH_TOKENS.na },
    sellingPartnerId: 'A1DEMOSELLERNA',
    region: 'na',
    endpoints: { spApiEndpoint: `${simUrl}/${REGION_PLACEHOLDER}`, lwaEndpoint: `${simUrl}/auth/o2/token` },
    fetch: stallingFetch(step),
    now: () => now().getTime(),
    quotaStore: noQuotaWaits,
    logger: silentSpApiLogger,
  });
}
