/**
 * Test helpers: start a simulator on a random port and call it like an SP-API client.
 * Each vitest file runs in its own worker, so the module-level world state is not shared.
 */
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../core/server.js';
import { DEMO_LWA_CLIENT_ID, DEMO_LWA_CLIENT_SECRET, DEMO_REFRESH_TOKENS } from '../core/demo-credentials.js';

export interface SimCallResult<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export class SimTestClient {
  private constructor(readonly sim: RunningSimulator) {}

  static async start(options: SimulatorOptions = {}): Promise<SimTestClient> {
    return new SimTestClient(await startSimulator({ port: 0, seed: 42, ...options }));
  }

  get url(): string {
    return this.sim.url;
  }

  close(): Promise<void> {
    return this.sim.close();
  }

  async lwa(form: Record<string, string>): Promise<SimCallResult<Record<string, unknown>>> {
    const res = await fetch(`${this.url}/auth/o2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: DEMO_LWA_CLIENT_ID, client_secret: DEMO_LWA_CLIENT_SECRET, ...form }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown>, headers: res.headers };
  }

  async accessToken(region: 'na' | 'eu' = 'na'): Promise<string> {
    const { body } = await this.lwa({ grant_type: 'refresh_token', refresh_token: DEMO_REFRESH_TOKENS[region] });
    return String(body.access_token);
  }

  /** `region` sends the call to that region's host (`/na`, `/eu`, `/fe`); without it, to the token's own region. */
  async call<T = unknown>(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; query?: Record<string, string | string[]>; region?: 'na' | 'eu' | 'fe' } = {},
  ): Promise<SimCallResult<T>> {
    const url = new URL(options.region ? `/${options.region}${path}` : path, this.url);
    for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, Array.isArray(value) ? value.join(',') : value);
    const res = await fetch(url, {
      method,
      headers: {
        ...(options.token ? { 'x-amz-access-token': options.token } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
  }

  async control<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(new URL(path, this.url), {
      method,
      ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
    });
    return (await res.json()) as T;
  }

  advance(seconds: number): Promise<unknown> {
    return this.control('POST', '/_sim/clock', { advanceSeconds: seconds });
  }
}
