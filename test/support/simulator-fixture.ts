/**
 * Test fixture: a simulator on a free port and SP-API clients pointed at it. Used by the
 * integration tests only; the app never imports it.
 */
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '@/simulator/core/server';
import { DEMO_LWA_CLIENT_ID, DEMO_LWA_CLIENT_SECRET, DEMO_REFRESH_TOKENS } from '@/simulator/core/demo-credentials';
import { splitRegionalPath } from '@/simulator/core/regions';
import { createSpApiClient, type SpApiClientOptions } from '@/lib/sp-api/client';
import type { SpApiRequestLog } from '@/lib/sp-api/log';
import { InMemoryQuotaStore } from '@/lib/sp-api/quota';
import { REGION_PLACEHOLDER } from '@/lib/sp-api/regions';

export const US = 'ATVPDKIKX0DER';
export const NA_SELLER = 'A1DEMOSELLERNA';

export interface SimulatorFixture {
  sim: RunningSimulator;
  /** Calls to the LWA endpoint and SP-API, by path as Amazon's hosts see it (without the simulator's /na, /eu or /fe). */
  requests: string[];
  /** Runs `steps[n]` after the n-th response to `path` arrives: changes faults mid-call without sleeping. */
  afterResponses(path: string, steps: Array<() => Promise<unknown>>): void;
  logs: SpApiRequestLog[];
  fetch: (input: string | URL, init?: RequestInit) => Promise<Response>;
  client(overrides?: Partial<SpApiClientOptions>): ReturnType<typeof createSpApiClient>;
  control(method: string, path: string, body?: unknown): Promise<unknown>;
  advance(seconds: number): Promise<void>;
  close(): Promise<void>;
}

export async function startSimulatorFixture(options: SimulatorOptions = {}): Promise<SimulatorFixture> {
  const sim = await startSimulator({ port: 0, seed: 7, ...options });
  const requests: string[] = [];
  const logs: SpApiRequestLog[] = [];
  const hooks: Array<{ path: string; steps: Array<() => Promise<unknown>>; seen: number }> = [];
  const countingFetch = async (input: string | URL, init?: RequestInit) => {
    const { path } = splitRegionalPath(new URL(String(input)).pathname);
    requests.push(path);
    const response = await fetch(input, init);
    for (const hook of hooks) if (hook.path === path) await hook.steps[hook.seen++]?.();
    return response;
  };
  // One bucket store on the simulator's clock, shared by every client of the fixture, mirrors
  // the simulator's own usage plans; sleeping is scaled down the same way the clock is sped up
  // (+2 ms because Node timers may fire a millisecond early, which at 4x is a 0.8% token short).
  const quotaStore = new InMemoryQuotaStore();
  const simNow = () => sim.runtime.clock.nowMs();
  const scaledSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.ceil(ms / sim.runtime.clock.scale) + 2));
  const control = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${sim.url}${path}`, {
      method,
      ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
    });
    return res.json() as Promise<unknown>;
  };
  return {
    sim,
    requests,
    afterResponses: (path, steps) => {
      hooks.length = 0;
      hooks.push({ path, steps, seen: 0 });
    },
    logs,
    fetch: countingFetch,
    client: (overrides = {}) =>
      createSpApiClient({
        credentials: { clientId: DEMO_LWA_CLIENT_ID, clientSecret: DEMO_LWA_CLIENT_SECRET, refreshToken: DEMO_REFRESH_TOKENS.na },
        sellingPartnerId: NA_SELLER,
        region: 'na',
        endpoints: { spApiEndpoint: `${sim.url}/${REGION_PLACEHOLDER}`, lwaEndpoint: `${sim.url}/auth/o2/token` },
        fetch: countingFetch,
        quotaStore,
        now: simNow,
        sleep: scaledSleep,
        logger: { request: (entry) => logs.push(entry) },
        timeoutMs: 2_000,
        retry: { baseDelayMs: 5, maxDelayMs: 50, maxTotalMs: 5_000 },
        ...overrides,
      }),
    control,
    advance: async (seconds) => {
      await control('POST', '/_sim/clock', { advanceSeconds: seconds });
    },
    close: () => sim.close(),
  };
}
