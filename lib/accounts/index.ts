/** The accounts domain's public face for server code: its queries and services. Types and client-safe helpers are in ./types. */
import 'server-only';
export { clientSecretNotice, clientSecretWarning } from './client-secret-expiry';
export { completeAmazonConnection } from './complete-connection';
export { connectDemoSellers, parseDemoSellers } from './demo-accounts';
export { marketplaceOptions } from './marketplace-labels';
export { accountMarketplace, refreshMarketplaces, sellsIn } from './marketplaces';
export { sealedRefreshTokens } from './sealed-refresh-tokens';
export { secretBox } from './secret-box';
export { readAccountView, viewWithUrl } from './selection';
export { listSellerAccounts } from './service';
export { spApiForAccount } from './sp-api-for-account';
