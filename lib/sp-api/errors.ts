/**
 * Every failure the SP-API client raises. Callers branch on `kind`, not on status codes, so a
 * timeout and a 503 can be told apart and both can be shown to a seller with `userMessage()`.
 */
import { formatDate } from '@/lib/format';
import type { LegacyOperation } from './legacy-operations';
import { parseStorableJson } from './storable-json';

export type SpApiErrorKind =
  'Throttled' | 'Unauthorized' | 'Forbidden' | 'NotFound' | 'InvalidInput' | 'ClientError' | 'ServerError' | 'Timeout' | 'MalformedResponse' | 'NetworkError';

export interface SpApiErrorInit {
  kind: SpApiErrorKind;
  /** SP-API's own code (`QuotaExceeded`, `InvalidInput`, ...) or ours for failures without a body. */
  code: string;
  message: string;
  details?: string | undefined;
  /** 0 when no HTTP response arrived (timeout, network). */
  status: number;
  requestId?: string | undefined;
  /** `model.operationId`, e.g. `ordersV0.getOrders`. */
  operation: string;
  /** Seconds from a Retry-After header, when the server sent one. */
  retryAfterSeconds?: number | undefined;
  cause?: unknown;
}

export class SpApiError extends Error {
  readonly kind: SpApiErrorKind;
  readonly code: string;
  readonly details: string | undefined;
  readonly status: number;
  readonly requestId: string | undefined;
  readonly operation: string;
  readonly retryAfterSeconds: number | undefined;

  constructor(init: SpApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'SpApiError';
    this.kind = init.kind;
    this.code = init.code;
    this.details = init.details;
    this.status = init.status;
    this.requestId = init.requestId;
    this.operation = init.operation;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** An access token that was valid when sent but has since expired: one refresh fixes it. */
  get isExpiredToken(): boolean {
    return (this.kind === 'Unauthorized' || this.kind === 'Forbidden') && /expired/i.test(`${this.message} ${this.details ?? ''}`);
  }

  /** Amazon's 403 for a marketplace of another region ("The marketplaces you provided are not valid for region."). */
  get isMarketplaceOutsideRegion(): boolean {
    return (this.kind === 'Unauthorized' || this.kind === 'Forbidden') && /marketplaces? .*not valid for (the )?region/i.test(this.details ?? '');
  }

  /** Safe to show a seller: no stack, no tokens, no request body. */
  userMessage(): string {
    const reference = this.requestId ? ` (Amazon reference ${this.requestId})` : '';
    return `${USER_MESSAGES[this.kind]}${reference}`;
  }
}

const USER_MESSAGES: Record<SpApiErrorKind, string> = {
  Throttled: 'Amazon is limiting how fast we can ask right now. Please try again in a minute.',
  Unauthorized: 'Amazon did not accept our authorization for this account. Please reconnect the Amazon account.',
  Forbidden: 'This Amazon account has not granted access to this information.',
  NotFound: 'Amazon could not find what was asked for.',
  InvalidInput: 'Amazon rejected the request as invalid. Please check the details and try again.',
  ClientError: 'Amazon rejected the request.',
  ServerError: 'Amazon had a temporary problem. Please try again shortly.',
  Timeout: 'Amazon took too long to answer. Please try again shortly.',
  MalformedResponse: 'Amazon sent an answer we could not read. Please try again shortly.',
  NetworkError: 'We could not reach Amazon. Please try again shortly.',
};

export function kindForStatus(status: number, code: string): SpApiErrorKind {
  if (status === 429) return 'Throttled';
  if (status === 401) return 'Unauthorized';
  // SP-API answers 403 with code Unauthorized both for bad tokens and for missing roles.
  if (status === 403) return code === 'Unauthorized' ? 'Unauthorized' : 'Forbidden';
  if (status === 404) return 'NotFound';
  if (status === 400 || status === 422) return 'InvalidInput';
  if (status >= 500) return 'ServerError';
  return 'ClientError';
}

interface SpApiErrorBody {
  errors?: Array<{ code?: unknown; message?: unknown; details?: unknown }>;
}

/** Turns an error response (`{ errors: [{ code, message, details }] }`) into an SpApiError. */
export function errorFromResponse(args: {
  status: number;
  bodyText: string;
  requestId: string | undefined;
  operation: string;
  retryAfterSeconds?: number | undefined;
}): SpApiError {
  let first: { code?: unknown; message?: unknown; details?: unknown } | undefined;
  try {
    // Amazon's message ends up in audit entries and message records: storable, like its answers.
    const parsed = parseStorableJson(args.bodyText) as SpApiErrorBody | null;
    first = parsed?.errors?.[0];
  } catch {
    // A gateway error page or an empty body: fall back to the status alone.
  }
  const code = typeof first?.code === 'string' ? first.code : `Http${args.status}`;
  const message = typeof first?.message === 'string' && first.message ? first.message : `SP-API answered HTTP ${args.status}.`;
  const details = typeof first?.details === 'string' && first.details ? first.details : undefined;
  return new SpApiError({
    kind: kindForStatus(args.status, code),
    code,
    message,
    details,
    status: args.status,
    requestId: args.requestId,
    operation: args.operation,
    retryAfterSeconds: args.retryAfterSeconds,
  });
}

export type LwaErrorCode =
  'invalid_client' | 'invalid_grant' | 'invalid_request' | 'invalid_scope' | 'unsupported_grant_type' | 'server_error' | 'network_error' | 'malformed_response';

/** A Login with Amazon token request failed. `invalid_grant` means the seller must authorize again. */
export class LwaError extends Error {
  constructor(
    readonly code: LwaErrorCode | (string & {}),
    message: string,
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LwaError';
  }

  /** The refresh token or authorization code is no longer valid: the seller must reconnect. */
  get needsReauthorization(): boolean {
    return this.code === 'invalid_grant';
  }

  userMessage(): string {
    if (this.code === 'invalid_grant') return 'Amazon no longer accepts this account\u2019s authorization. Please reconnect the Amazon account.';
    if (this.code === 'invalid_client') return 'The app\u2019s Amazon credentials were rejected. Please contact support.';
    return 'We could not sign in to Amazon right now. Please try again shortly.';
  }
}

/**
 * The client refused to send an operation Amazon has retired (legacy-operations.ts): Amazon
 * would only answer with an error, so the seller hears at once what changed and what to do.
 */
export class RetiredOperationError extends Error {
  /** `model.operationId`, e.g. `ordersV0.getOrders`. */
  readonly operation: string;
  readonly retiredOn: string;

  constructor(entry: LegacyOperation) {
    super(
      `Amazon retired the old way to ${entry.sellerAction} on ${formatDate(entry.retiredOn)}; ` +
        `${entry.amazonReplacement} replaces it. ${entry.productReplacement}`,
    );
    this.name = 'RetiredOperationError';
    this.operation = `${entry.model}.${entry.operationId}`;
    this.retiredOn = entry.retiredOn;
  }

  /** The message is written for the seller already. */
  userMessage(): string {
    return this.message;
  }
}
