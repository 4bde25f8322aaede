/**
 * Test fixture: a simulator on a free port and SP-API clients pointed at it. Used by the
 * integration tests only; the app never imports it.
 */
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '@/simulator/core/server';
import { DEMO_LWA_CLIENT_ID, DEMO_LWA_CLIENT_SECRET, DEMO_REFRESH_TOKENS } from '@/simulator/core/demo-credentials';
import { createSpApiClient, type SpApiClientOptions } from './client';
import type { SpApiRequestLog } from './log';
import { InMemoryQuotaStore } from './quota';

export const US = 'ATVPDKIKX0DER';
export const NA_SELLER = 'A1DEMOSELLERNA';

export interface SimulatorFixture {
  sim: RunningSimulator;
  /** Calls to the LWA endpoint and SP-API, counted by path. */
  requests: string[];
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
  const countingFetch = (input: string | URL, init?: RequestInit) => {
    requests.push(new URL(String(input)).pathname);
    return fetch(input, init);
  };
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
    logs,
    fetch: countingFetch,
    client: (overrides = {}) =>
      createSpApiClient({
        credentials: { clientId: DEMO_LWA_CLIENT_ID, clientSecret: DEMO_LWA_CLIENT_SECRET, refreshToken: DEMO_REFRESH_TOKENS.na },
        sellingPartnerId: NA_SELLER,
        region: 'na',
        endpoints: { spApiEndpoint: sim.url, lwaEndpoint: `${sim.url}/auth/o2/token` },
        fetch: countingFetch,
        quotaStore: new InMemoryQuotaStore(),
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
