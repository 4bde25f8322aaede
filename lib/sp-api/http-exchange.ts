import 'server-only';
/**
 * One HTTP exchange with SP-API: send, wait at most `timeoutMs` for the whole answer (a hung
 * connection must not hang a sync), read JSON (made storable: storable-json.ts), and turn every
 * failure into an SpApiError.
 */
import { errorFromResponse, SpApiError } from './errors';
import type { FetchLike } from './lwa';
import type { OperationRequest } from './operation-request';
import { parseRetryAfter } from './retry';
import { parseStorableJson } from './storable-json';

export const USER_AGENT = 'SellerOps/0.1 (Language=TypeScript)';

export interface ExchangeResult {
  status: number;
  body: unknown;
  requestId: string | undefined;
  /** x-amzn-RateLimit-Limit, raw. */
  rateLimitHeader: string | null;
}

export interface ExchangeArgs {
  fetch: FetchLike;
  baseUrl: string;
  request: OperationRequest;
  accessToken: string;
  operation: string;
  timeoutMs: number;
  now: () => number;
}

/** x-amz-date wants basic ISO 8601: 20260102T030405Z. */
export function amzDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export async function exchange(args: ExchangeArgs): Promise<ExchangeResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, args.timeoutMs);
  let response: Response;
  let text: string;
  try {
    response = await args.fetch(`${args.baseUrl}${args.request.pathAndQuery}`, {
      method: args.request.method,
      headers: {
        ...args.request.headers,
        accept: 'application/json',
        'x-amz-access-token': args.accessToken,
        'x-amz-date': amzDate(args.now()),
        'user-agent': USER_AGENT,
      },
      ...(args.request.body !== undefined ? { body: args.request.body } : {}),
      signal: controller.signal,
    });
    // The body is read under the same timer: a server may send headers and then stall.
    text = await response.text();
  } catch (cause) {
    throw new SpApiError({
      kind: timedOut ? 'Timeout' : 'NetworkError',
      code: timedOut ? 'Timeout' : 'NetworkError',
      message: timedOut ? `No complete answer within ${args.timeoutMs} ms.` : 'The request did not reach SP-API or the connection broke.',
      status: 0,
      operation: args.operation,
      cause,
    });
  } finally {
    clearTimeout(timer);
  }

  const requestId = response.headers.get('x-amzn-RequestId') ?? undefined;
  if (!response.ok) {
    throw errorFromResponse({
      status: response.status,
      bodyText: text,
      requestId,
      operation: args.operation,
      retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after'), args.now()),
    });
  }
  let body: unknown;
  if (text.trim()) {
    try {
      body = parseStorableJson(text);
    } catch {
      // No `cause`: V8's SyntaxError quotes part of the body, which may hold buyer data.
      throw new SpApiError({
        kind: 'MalformedResponse',
        code: 'MalformedResponse',
        message: `SP-API answered HTTP ${response.status} with a body that is not valid JSON.`,
        status: response.status,
        requestId,
        operation: args.operation,
      });
    }
  }
  return { status: response.status, body, requestId, rateLimitHeader: response.headers.get('x-amzn-RateLimit-Limit') };
}
