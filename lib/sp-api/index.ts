import 'server-only';
/** The SP-API client's public surface; `lib/<domain>/` modules import from here. */
export {
  createSpApiClient,
  type CallOptions,
  type ModelClient,
  type OperationFunction,
  type SpApiClient,
  type SpApiClientOptions,
  type SpApiCredentials,
} from './client';
export type { DocumentOptions } from './documents';
export { LwaError, RetiredOperationError, SpApiError, type SpApiErrorKind } from './errors';
export { consoleSpApiLogger, silentSpApiLogger, type SpApiLogger, type SpApiRequestLog } from './log';
export { LwaTokenManager, sharedLwaTokenManager, type AuthorizationCodeResult } from './lwa';
export type { ModelName, ModelOperations, OperationId, OperationParams, OperationResponse } from './models';
export { paginate, PaginationLoopError, type PaginatedOperations } from './pagination';
export { InMemoryQuotaStore, type QuotaStore, type UsagePlan } from './quota';
export { PostgresQuotaStore, postgresJsExecutor, type SqlExecutor } from './quota-postgres';
export {
  LWA_TOKEN_ENDPOINT,
  MARKETPLACE_REGIONS,
  REGIONAL_HOSTS,
  regionForMarketplace,
  resolveEndpoints,
  UnknownMarketplaceError,
  type EndpointOverrides,
  type SpApiRegion,
} from './regions';
export { DEFAULT_RETRY_POLICY, quotaWaitAfterThrottleMs, type RetryPolicy } from './retry';
export { captureSpApiRequests, withRequestId } from './request-capture';
export { recordSpApiRequestsInto } from './request-capture';
export { AMAZON_MESSAGE_SHOWN, asUserFacing, askAmazon } from './seller-message';
export { contentMd5, uploadFile, type UploadedFile } from './upload-destination';
