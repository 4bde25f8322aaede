/**
 * The simulator's HTTP server: LWA token endpoint, consent page, /_sim controls and every
 * SP-API operation of the registered API modules, on one port.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { SimApiModule } from './contract.js';
import { SimulatedClock } from './clock.js';
import { consentProblem, NEW_SELLER_CHOICE, renderConsentError, renderConsentPage } from './consent.js';
import { readBody, sendHtml, sendJson } from './http-io.js';
import { exchangeToken } from './lwa.js';
import { createRuntime, type SimRuntime } from './runtime.js';
import { handleSimControl } from './sim-controls.js';
import { handleSpApiCall } from './sp-api-pipeline.js';
import { createTokensModule } from '../apis/tokens/index.js';
import { apiModules } from '../apis/index.js';
import { sellers } from '../state/sellers.js';
import { createNaSeller, DEFAULT_ORDER_COUNT } from '../state/world.js';

export interface SimulatorOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  seed?: number;
  /** Simulated seconds per real second. */
  clockScale?: number;
  /** Simulated start time; real now by default. */
  start?: Date;
  /** Orders over the last 90 days across both demo sellers. */
  orders?: number;
  /** Usage plans on (default) or off; also switchable with POST /_sim/quotas. */
  enforceQuotas?: boolean;
  /** See SimRuntime.realTimeRateHeader; the standalone server (main.ts) turns it on. */
  realTimeRateHeader?: boolean;
  /** API modules to serve; the registry in simulator/apis/index.ts by default. */
  modules?: SimApiModule[];
  /**
   * Base URL of the links the simulator hands out (label and bill-of-lading downloads), for
   * when clients reach it through another address (a proxy, a container's published port).
   * Default: its own listen address, http://127.0.0.1:<port>. Never the Host header.
   */
  publicUrl?: string;
}

export interface RunningSimulator {
  url: string;
  port: number;
  runtime: SimRuntime;
  close(): Promise<void>;
}

async function handleToken(runtime: SimRuntime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const text = await readBody(req);
  const contentType = req.headers['content-type'] ?? '';
  // LWA accepts form encoding; JSON bodies are accepted too, as several SDKs send them.
  const form = contentType.includes('application/json') ? new URLSearchParams(JSON.parse(text || '{}') as Record<string, string>) : new URLSearchParams(text);
  const result = exchangeToken(runtime.tokens, form, runtime.clock.nowMs());
  sendJson(res, result.status, result.body, { 'cache-control': 'no-store' });
}

async function handleConsent(runtime: SimRuntime, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const params = req.method === 'POST' ? new URLSearchParams(await readBody(req)) : url.searchParams;
  const problem = consentProblem(params);
  if (problem) return sendHtml(res, 400, renderConsentError(problem));
  const redirectUri = params.get('redirect_uri') ?? '';
  const state = params.get('state') ?? '';
  if (req.method !== 'POST') {
    return sendHtml(
      res,
      200,
      renderConsentPage({
        applicationId: params.get('application_id') ?? '',
        state,
        redirectUri,
        sellers: sellers.list().map((s) => ({ sellerId: s.sellerId, name: s.name, region: s.region })),
      }),
    );
  }
  const choice = params.get('selling_partner_id') ?? '';
  const seller = choice === NEW_SELLER_CHOICE ? createNaSeller(runtime.clock.now()) : sellers.get(choice);
  if (!seller) return sendHtml(res, 400, renderConsentError('Choose a selling account to authorize.'));
  const target = new URL(redirectUri);
  target.searchParams.set('spapi_oauth_code', runtime.tokens.issueAuthCode(seller.sellerId, runtime.clock.nowMs()));
  target.searchParams.set('selling_partner_id', seller.sellerId);
  target.searchParams.set('state', state);
  res.writeHead(302, { location: target.toString() });
  res.end();
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const clock = new SimulatedClock(options.start ?? new Date(), options.clockScale ?? 1);
  // The tokens module needs the token store, which the runtime creates; it is patched in below.
  const modules = [...(options.modules ?? apiModules)];
  const tokensModule = createTokensModule();
  const runtime = createRuntime({
    seed: options.seed ?? 1,
    orders: options.orders ?? DEFAULT_ORDER_COUNT,
    clock,
    modules: [...modules, tokensModule.module],
    enforceQuotas: options.enforceQuotas ?? true,
    realTimeRateHeader: options.realTimeRateHeader ?? false,
  });
  tokensModule.bind(runtime);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://simulator.local');
    const work =
      url.pathname === '/auth/o2/token' && req.method === 'POST'
        ? handleToken(runtime, req, res)
        : url.pathname === '/apps/authorize/consent'
          ? handleConsent(runtime, req, res, url)
          : url.pathname.startsWith('/_sim/')
            ? handleSimControl(runtime, req, res, url)
            : handleSpApiCall(runtime, req, res, url);
    work.catch((error: unknown) => {
      console.error('[simulator] request failed', error);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ code: 'InternalFailure', message: 'We encountered an internal error. Please try again.' }] });
      else res.end();
    });
  });

  // Hanging requests (fault injection) would keep close() waiting forever; track sockets.
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  const url = `http://${host}:${port}`;
  // Known only now that the port is (port 0 picks one).
  runtime.publicUrl = (options.publicUrl ?? url).replace(/\/+$/, '');
  return {
    url,
    port,
    runtime,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
