/**
 * One SP-API call, in the order Amazon applies its checks: route -> access token (and the
 * region's host) -> usage plan -> injected faults -> marketplaces named -> request
 * validation -> handler -> response.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SimError, SimResponse, type SimRequest } from './contract.js';
import { authenticate } from './auth.js';
import { errorBody, internalFailure, quotaExceeded, serviceUnavailable } from './errors.js';
import { parseQuery, readBody, sendCutOff, sendJson } from './http-io.js';
import { marketplaceRefusal, placesNamedIn } from './marketplace-access.js';
import { splitRegionalPath } from './regions.js';
import { validateRequest } from './request-validation.js';
import type { Route } from './router.js';
import type { SimRuntime } from './runtime.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function successStatus(route: Route): number {
  const codes = Object.keys(route.op.responses)
    .map(Number)
    .filter((c) => c >= 200 && c < 300)
    .sort((a, b) => a - b);
  return codes[0] ?? 200;
}

function rateLimitHeader(runtime: SimRuntime, plan: { rate: number; rateText: string }): string {
  const scale = runtime.clock.scale;
  if (!runtime.realTimeRateHeader || scale <= 0 || scale === 1) return plan.rateText;
  return String(Number((plan.rate * scale).toPrecision(4)));
}

export async function handleSpApiCall(runtime: SimRuntime, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const requestId = randomUUID();
  const { region: hostRegion, path } = splitRegionalPath(url.pathname);
  const matched = runtime.router.match(req.method ?? 'GET', path);
  if (!matched) {
    sendJson(res, 404, errorBody('NotFound', 'Resource not found.'), { 'x-amzn-RequestId': requestId });
    return;
  }
  const { route, pathParams } = matched;
  const headers: Record<string, string> = { 'x-amzn-RequestId': requestId };
  if (route.plan.rateText) headers['x-amzn-RateLimit-Limit'] = rateLimitHeader(runtime, route.plan);
  // Set by a 'truncated' fault roll: the call is carried out and its answer cut off.
  let cutOff = false;
  const send = (status: number, body: unknown, extra: Record<string, string> = {}) =>
    cutOff
      ? sendCutOff(res, status, body === undefined || status === 204 ? '' : JSON.stringify(body), { 'content-type': 'application/json', ...headers, ...extra })
      : sendJson(res, status, body, { ...headers, ...extra });
  const fail = (error: SimError) => send(error.status, errorBody(error.code, error.message, error.details));

  try {
    const nowMs = runtime.clock.nowMs();
    const header = req.headers['x-amz-access-token'];
    const caller = authenticate(runtime.tokens, Array.isArray(header) ? header[0] : header, route.op, path, nowMs, hostRegion);

    const bucketKey = `${caller.sellerId}|${route.op.model}|${route.op.operationId}`;
    if (runtime.enforceQuotas && !runtime.quotas.take(bucketKey, route.plan, nowMs)) throw quotaExceeded();

    const latency = runtime.faults.latencyMs(route.op.operationId);
    if (latency > 0) await sleep(latency);
    const fault = runtime.faults.roll(route.op.operationId);
    if (fault === '429') throw quotaExceeded();
    if (fault === '500') throw internalFailure();
    if (fault === '503') throw serviceUnavailable();
    if (fault === 'hang') return; // never answered; the server destroys the socket on close
    if (fault === 'malformed') {
      res.writeHead(200, { 'content-type': 'application/json', ...headers });
      res.end('{"payload":{"Orders":[{"AmazonOrderId":"');
      return;
    }
    cutOff = fault === 'truncated';

    const text = await readBody(req);
    let body: unknown;
    if (text.trim()) {
      try {
        body = JSON.parse(text);
      } catch {
        throw new SimError(400, 'InvalidInput', 'The request body is not valid JSON.');
      }
    }
    const arrayNames = new Set(route.op.parameters.filter((p) => p.in === 'query' && p.type === 'array').map((p) => p.name));
    const query = parseQuery(url.searchParams, arrayNames);
    // Like the token, the marketplaces are the caller's to name before the request is validated.
    if (caller.region) {
      const refusal = marketplaceRefusal(placesNamedIn(query, body), caller.sellerId, caller.region);
      if (refusal) throw refusal;
    }
    const requestHeaders = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v ?? '')]));
    const invalid = validateRequest(route.op, { path: pathParams, query, body, hasBody: text.trim() !== '', headers: requestHeaders });
    if (invalid) throw invalid;

    if (!route.handler) throw new SimError(501, 'NotImplemented', `The simulator does not implement ${route.op.operationId} yet.`);
    const simRequest: SimRequest = {
      operationId: route.op.operationId,
      sellerId: caller.sellerId,
      path: pathParams,
      query,
      body,
      headers: requestHeaders,
      clock: runtime.clock,
      publicUrl: runtime.publicUrl,
      ...(caller.rdt ? { rdt: caller.rdt } : {}),
      piiRoles: caller.piiRoles,
    };
    const now = runtime.clock.now();
    for (const module of runtime.modules) module.sync?.(now);
    const result = await route.handler(simRequest);
    if (result instanceof SimResponse) {
      if (result.raw) {
        const rawHeaders = { ...headers, ...result.headers, 'content-type': result.raw.contentType };
        if (cutOff) return sendCutOff(res, result.status, result.raw.bytes, rawHeaders);
        res.writeHead(result.status, rawHeaders);
        res.end(Buffer.from(result.raw.bytes));
        return;
      }
      send(result.status, result.body, result.headers);
      return;
    }
    send(successStatus(route), result);
  } catch (error) {
    if (error instanceof SimError) {
      fail(error);
      return;
    }
    console.error(`[simulator] ${route.op.operationId} failed`, error);
    fail(internalFailure());
  }
}
