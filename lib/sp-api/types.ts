/** The sp-api domain's types and client-safe helpers: importable from components as well as server code. */
export type { SpApiClient } from './client';
export type { SpApiRequestLog } from './log';
export type { QuotaStore } from './quota';
export { marketplaceLabel, marketplaceTimeZone, type MarketplaceLabel } from './regions';
