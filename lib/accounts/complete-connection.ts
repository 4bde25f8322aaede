/**
 * Finishes the website authorization workflow when Amazon sends the seller back: checks the
 * state, trades the code for a refresh token, stores it sealed, and reads the account's
 * marketplaces. Each failure becomes a message the seller can act on.
 */
import 'server-only';
import type { Db } from '@/db/client';
import type { CurrentUser } from '@/lib/auth/types';
import { LwaTokenManager, LWA_TOKEN_ENDPOINT } from '@/lib/sp-api';
import { UserFacingError } from '@/lib/user-facing-error';
import { amazonApp, authorizationRedirectUri } from './amazon-app';
import { consumeAuthorizationState } from './authorization';
import { refreshMarketplaces } from './marketplaces';
import { secretBox } from './secret-box';
import { connectSellerAccount } from './service';

export interface ConsentReturn {
  state: string | null;
  code: string | null;
  sellingPartnerId: string | null;
}

/**
 * What Amazon sends back (our state, its code and the seller's id) is printable ASCII of modest
 * length. Anything else was typed into the URL; a NUL would even make the database refuse the
 * state's lookup, so it is turned away before any query.
 */
const CONSENT_VALUE = /^[\x21-\x7E]{1,512}$/;

export async function completeAmazonConnection(db: Db, user: CurrentUser, input: ConsentReturn): Promise<{ accountId: string; sellingPartnerId: string }> {
  if (
    !input.state ||
    !input.code ||
    !input.sellingPartnerId ||
    ![input.state, input.code, input.sellingPartnerId].every((value) => CONSENT_VALUE.test(value))
  ) {
    throw new UserFacingError('Amazon did not complete the authorization. Start again from Settings → Amazon accounts.');
  }
  const { region } = await consumeAuthorizationState(db, { state: input.state, userId: user.id, workspaceId: user.workspaceId });
  const app = amazonApp();
  const lwa = new LwaTokenManager({ clientId: app.clientId, clientSecret: app.clientSecret, endpoint: app.lwaEndpoint ?? LWA_TOKEN_ENDPOINT });
  const { refreshToken } = await lwa.exchangeAuthorizationCode(input.code, authorizationRedirectUri());
  const accountId = await connectSellerAccount(db, await secretBox(db), {
    workspaceId: user.workspaceId,
    userId: user.id,
    sellingPartnerId: input.sellingPartnerId,
    region,
    name: `Seller ${input.sellingPartnerId}`,
    refreshToken,
  });
  // The account is connected either way; the next sync reads marketplaces again if this fails.
  await refreshMarketplaces(db, user.workspaceId, accountId).catch((error) => console.error('[accounts.marketplaces]', error));
  return { accountId, sellingPartnerId: input.sellingPartnerId };
}
