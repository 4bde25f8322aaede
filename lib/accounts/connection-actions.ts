'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authorizedAction } from '@/lib/actions/authorized-action';
import { amazonApp, authorizationRedirectUri } from '@/lib/accounts/amazon-app';
import { startAuthorization } from '@/lib/accounts/authorization';
import { disconnectSellerAccount } from '@/lib/accounts/service';

const region = z.enum(['na', 'eu', 'fe'], { error: 'Choose a region.' });

/**
 * Sends the admin to Amazon's consent page; the callback route finishes the connection and
 * audits it. Starting only notes the pending authorization, so it has no audit entry of its own.
 */
export const connectAmazonAccount = authorizedAction(
  { name: 'accounts.connect.start', role: 'admin', input: z.object({ region }), audit: false },
  async (input, { user, db }) => {
    const app = amazonApp();
    const consentUrl = await startAuthorization(db, {
      userId: user.id,
      workspaceId: user.workspaceId,
      region: input.region,
      applicationId: app.applicationId,
      redirectUri: authorizationRedirectUri(),
      consentUrl: app.consentUrl,
    });
    return { message: 'Opening Amazon…', redirectTo: consentUrl };
  },
);

export const disconnectAmazonAccount = authorizedAction(
  { name: 'accounts.disconnect', role: 'admin', input: z.object({ accountId: z.uuid() }) },
  async ({ accountId }, { user, db }) => {
    await disconnectSellerAccount(db, user.workspaceId, accountId);
    revalidatePath('/settings/accounts');
    return { message: 'Account disconnected. Its tokens were deleted.', target: accountId };
  },
);
