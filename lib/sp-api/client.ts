import 'server-only';
/**
 * The SP-API client: one request function (`call`) that every typed per-model operation goes
 * through. It refuses operations Amazon has retired (legacy-operations.ts), waits for quota,
 * picks the right token (LWA or grantless), sends, retries what is safe to retry and logs
 * one line per call.
 *
 *   const client = createSpApiClient({ credentials, sellingPartnerId, region: 'na' });
 *   const { orders } = await client.orders20260101.searchOrders({ marketplaceIds: [US], createdAfter });
 */
import { withoutRequestPii } from '@/lib/privacy/redact';
import { LwaError, RetiredOperationError, SpApiError } from './errors';
import { downloadDocument, uploadDocument, type DocumentOptions } from './documents';
import { exchange } from './http-exchange';
import { consoleSpApiLogger, type SpApiLogger } from './log';
import { noteSpApiRequest } from './request-capture';
import { LEGACY_OPERATIONS, retiredOperation, type LegacyOperation } from './legacy-operations';
import { type FetchLike, type LwaTokenManager, sharedLwaTokenManager } from './lwa';
import {
  MODEL_NAMES,
  operationIds,
  operationSpec,
  type ModelName,
  type OperationId,
  type OperationParams,
  type OperationResponse,
  type OperationSpec,
} from './models';
import { buildOperationRequest } from './operation-request';
import { InMemoryQuotaStore, parseRateLimitHeader, QuotaLimiter, quotaKey, type QuotaStore } from './quota';
import { isAmazonSpApiHost, resolveEndpoints, type EndpointOverrides, type SpApiRegion } from './regions';
import { DEFAULT_RETRY_POLICY, isRetryableFailure, withRetries, type RetryPolicy } from './retry';

export interface SpApiCredentials {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

export interface SpApiClientOptions {
  credentials: SpApiCredentials;
  sellingPartnerId: string;
  region: SpApiRegion;
  endpoints?: EndpointOverrides;
  fetch?: FetchLike;
  /** Epoch ms; tests pass the simulator's clock. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Process-wide in-memory buckets by default; pass a PostgreSQL store to share them. */
  quotaStore?: QuotaStore;
  logger?: SpApiLogger;
  /** Extra wait added to every quota wait; see QuotaLimiterOptions.marginMs. */
  quotaMarginMs?: number;
  /** Per HTTP exchange; default 30 s. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Share one token manager between clients of the same app (the default does this already). */
  lwa?: LwaTokenManager;
  /** The operations Amazon retired; LEGACY_OPERATIONS by default (tests pass their own). */
  legacyOperations?: readonly LegacyOperation[];
}

export interface CallOptions {
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** The caller knows that repeating this call is harmless (e.g. it carries its own idempotency key). */
  idempotent?: boolean;
}

type ParamsArgs<P> = {} extends P ? [params?: P, options?: CallOptions] : [params: P, options?: CallOptions];

/** A typed operation; `model` and `operationId` let helpers such as `paginate` know what it is. */
export type OperationFunction<M extends ModelName, Op extends OperationId<M>> = ((
  ...args: ParamsArgs<OperationParams<M, Op>>
) => Promise<OperationResponse<M, Op>>) & { readonly model: M; readonly operationId: Op };

export type ModelClient<M extends ModelName> = { readonly [Op in OperationId<M>]: OperationFunction<M, Op> };

export type SpApiClient = { readonly [M in ModelName]: ModelClient<M> } & {
  readonly sellingPartnerId: string;
  readonly region: SpApiRegion;
  call<M extends ModelName, Op extends OperationId<M>>(
    model: M,
    operationId: Op,
    ...args: ParamsArgs<OperationParams<M, Op>>
  ): Promise<OperationResponse<M, Op>>;
  /** The token machinery, exposed for diagnostics and tests (`tokens` is the Tokens API). */
  readonly auth: { lwa: LwaTokenManager };
  /**
   * Documents Amazon links to (labels, a feed's report) and uploads (feeds, message attachments), trusted on Amazon's
   * hosts and, for a client of the simulator, on its endpoint's origin (documents.ts).
   */
  readonly documents: {
    download(url: string | undefined, options?: DocumentOptions): Promise<Uint8Array>;
    /** `headers`: what an upload destination (Uploads API) says the PUT must carry, Content-MD5 among them. */
    upload(url: string, content: string | Uint8Array, contentType: string, headers?: Record<string, string>): Promise<void>;
  };
};

/**
 * Calls whose repetition cannot do anything twice although they are not GETs: token
 * requests, previews and quotes, and updates that set a state rather than add to it.
 */
const IDEMPOTENT_OPERATIONS = new Set([
  'tokens.createRestrictedDataToken',
  'fulfillmentOutbound.getFulfillmentPreview',
  'fulfillmentOutbound.deliveryOffers',
  'fulfillmentOutbound.cancelFulfillmentOrder',
  'fulfillmentOutbound.updateFulfillmentOrder',
  'fbaInventory.addInventory', // carries x-amzn-idempotency-token
  'uploads.createUploadDestinationForResource', // a repeat only leaves an unused destination behind
]);

/** Grantless operations and their LWA scope (client_credentials, no seller refresh token). */
const GRANTLESS_SCOPES: Record<string, string> = {
  'notifications.getDestinations': 'sellingpartnerapi::notifications',
  'notifications.createDestination': 'sellingpartnerapi::notifications',
  'notifications.getDestination': 'sellingpartnerapi::notifications',
  'notifications.deleteDestination': 'sellingpartnerapi::notifications',
  'notifications.deleteSubscriptionById': 'sellingpartnerapi::notifications',
};

const defaultQuotaStore = new InMemoryQuotaStore();
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type AnyParams = Record<string, unknown>;

export function createSpApiClient(options: SpApiClientOptions): SpApiClient {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const fetchImpl = options.fetch ?? fetch;
  const logger = options.logger ?? consoleSpApiLogger;
  const endpoints = resolveEndpoints(options.region, options.endpoints);
  // Retired operations are refused only on the way to Amazon's own hosts: the simulator may still
  // serve them, so the product keeps working there until the issues in legacy-operations.ts move
  // it off them.
  const refusesRetiredOperations = isAmazonSpApiHost(endpoints.spApiEndpoint);
  const legacyOperations = options.legacyOperations ?? LEGACY_OPERATIONS;
  const { sellingPartnerId, region } = options;
  const lwa =
    options.lwa ??
    sharedLwaTokenManager({
      clientId: options.credentials.clientId,
      clientSecret: options.credentials.clientSecret,
      endpoint: endpoints.lwaEndpoint,
      fetch: options.fetch,
      now: options.now,
    });
  const limiter = new QuotaLimiter({
    store: options.quotaStore ?? defaultQuotaStore,
    now,
    sleep,
    ...(options.quotaMarginMs !== undefined ? { marginMs: options.quotaMarginMs } : {}),
  });
  /**
   * Before repeating a call that creates something, look for what it would have created:
   * the failure may have happened after Amazon did the work.
   */
  const idempotencyChecks: Record<string, (params: AnyParams) => Promise<{ result: unknown } | undefined>> = {
    'fulfillmentOutbound.createFulfillmentOrder': async (params) => {
      const body = params.body as { sellerFulfillmentOrderId?: string } | undefined;
      if (!body?.sellerFulfillmentOrderId) return undefined;
      try {
        await call('fulfillmentOutbound', 'getFulfillmentOrder', { sellerFulfillmentOrderId: body.sellerFulfillmentOrderId });
        return { result: {} }; // It exists: the create went through; its success body is empty.
      } catch (error) {
        if (error instanceof SpApiError && error.kind === 'NotFound') return undefined;
        throw error;
      }
    },
  };

  async function callOperation(model: ModelName, operationId: string, params: AnyParams = {}, callOptions: CallOptions = {}): Promise<unknown> {
    const spec: OperationSpec = operationSpec(model, operationId);
    const retired = refusesRetiredOperations ? retiredOperation(model, operationId, now(), legacyOperations) : undefined;
    // Before any token or quota: Amazon would answer with an error, and the seller should hear why.
    if (retired) throw new RetiredOperationError(retired);
    const operation = `${model}.${operationId}`;
    const request = buildOperationRequest(spec, params);
    const bucket = quotaKey(sellingPartnerId, region, operation);
    const grantlessScope = GRANTLESS_SCOPES[operation];
    const idempotencyCheck = idempotencyChecks[operation];
    const safeToRepeat = spec.method === 'GET' || IDEMPOTENT_OPERATIONS.has(operation) || callOptions.idempotent === true || idempotencyCheck !== undefined;
    const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry, ...callOptions.retry };
    const timeoutMs = callOptions.timeoutMs ?? options.timeoutMs ?? 30_000;

    const accessToken = () => (grantlessScope ? lwa.grantlessToken(grantlessScope) : lwa.accessToken(options.credentials.refreshToken));
    const invalidate = (token: string) => lwa.invalidate(token);

    const startedAt = now();
    let retries = 0;
    let quotaWaitMs = 0;
    let tokenRefreshed = false;
    let lastRequestId: string | undefined;

    const send = async () => {
      const token = await accessToken();
      // Quota last, right before sending: a wait between taking the quota token and sending
      // (e.g. for an LWA refresh) would let queued calls reach Amazon bunched together.
      quotaWaitMs += await limiter.acquire(bucket, spec);
      const args = { fetch: fetchImpl, baseUrl: endpoints.spApiEndpoint, request, accessToken: token, operation, timeoutMs, now };
      try {
        return await exchange(args);
      } catch (error) {
        // A token can expire between our check and Amazon's (clock skew, a long quota wait):
        // one refresh, at once. Any other 401/403 is final.
        if (!(error instanceof SpApiError) || !error.isExpiredToken || tokenRefreshed) throw error;
        tokenRefreshed = true;
        retries += 1;
        invalidate(token);
        return await exchange({ ...args, accessToken: await accessToken() });
      }
    };

    try {
      const result = await withRetries({
        policy,
        now,
        sleep,
        ...(options.random ? { random: options.random } : {}),
        attempt: async () => {
          try {
            const response = await send();
            lastRequestId = response.requestId;
            const rate = parseRateLimitHeader(response.rateLimitHeader);
            if (rate !== undefined && rate !== spec.rate) await limiter.adjustRate(bucket, rate);
            return response.body;
          } catch (error) {
            if (error instanceof SpApiError) lastRequestId = error.requestId;
            throw error;
          }
        },
        shouldRetry: (error) => isRetryableFailure(error, safeToRepeat),
        beforeRetry: async (error) => (idempotencyCheck && error.kind !== 'Throttled' ? idempotencyCheck(params) : undefined),
        onRetry: () => {
          retries += 1;
        },
      });
      log(spec, operation, { status: spec.successStatus, retries, quotaWaitMs, requestId: lastRequestId, startedAt });
      return result;
    } catch (error) {
      const status = error instanceof SpApiError ? error.status : 0;
      const errorCode =
        error instanceof SpApiError ? error.code : error instanceof LwaError ? `lwa:${error.code}` : error instanceof Error ? error.name : 'Error';
      log(spec, operation, { status, retries, quotaWaitMs, requestId: lastRequestId, startedAt, errorCode });
      // Amazon's words may quote the address or message we sent; they go on to audit entries and logs.
      throw error instanceof SpApiError ? withoutRequestPii(error, params.body) : error;
    }
  }

  function log(
    spec: OperationSpec,
    operation: string,
    entry: { status: number; retries: number; quotaWaitMs: number; requestId: string | undefined; startedAt: number; errorCode?: string },
  ) {
    const line = {
      operation,
      method: spec.method,
      path: spec.path,
      sellingPartnerId,
      region,
      status: entry.status,
      latencyMs: Math.max(0, now() - entry.startedAt),
      requestId: entry.requestId,
      retries: entry.retries,
      quotaWaitMs: entry.quotaWaitMs,
      ...(entry.errorCode ? { errorCode: entry.errorCode } : {}),
    };
    logger.request(line);
    noteSpApiRequest(line);
  }

  const call = callOperation as SpApiClient['call'];

  // Amazon's documents come from Amazon's hosts; the simulator serves its own from its endpoint.
  const ownOrigin = refusesRetiredOperations ? undefined : new URL(endpoints.spApiEndpoint).origin;
  const documents: SpApiClient['documents'] = {
    download: (url, documentOptions = {}) => downloadDocument(url, { ...documentOptions, allowedOrigin: documentOptions.allowedOrigin ?? ownOrigin }),
    upload: (url, content, contentType, headers) => uploadDocument(url, content, contentType, { allowedOrigin: ownOrigin, ...(headers ? { headers } : {}) }),
  };
  const client: Record<string, unknown> = { sellingPartnerId, region, call, auth: { lwa }, documents };
  for (const model of MODEL_NAMES) {
    const operations: Record<string, unknown> = {};
    for (const operationId of operationIds(model)) {
      const fn = (params?: AnyParams, callOptions?: CallOptions) => callOperation(model, operationId, params, callOptions);
      operations[operationId] = Object.assign(fn, { model, operationId });
    }
    client[model] = Object.freeze(operations);
  }
  return Object.freeze(client) as SpApiClient;
}
