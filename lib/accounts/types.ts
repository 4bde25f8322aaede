/** The accounts domain's types and client-safe helpers: importable from components as well as server code. */
export type { MarketplaceOption } from './marketplace-labels';
export { REGION_LABELS } from './regions';
export type { AccountView } from './selection';
export type { SellerAccount } from './service';
