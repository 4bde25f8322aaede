'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { authorizedAction } from '@/lib/actions/authorized-action';
import type { ActionState } from '@/lib/actions/action-state';
import { readForm } from '@/lib/actions/read-form';
import { amazonApp, authorizationRedirectUri } from '@/lib/accounts/amazon-app';
import { startAuthorization } from '@/lib/accounts/authorization';
import { disconnectSellerAccount } from '@/lib/accounts/service';
import { hasRole } from '@/lib/auth/roles';
import { getCurrentUser } from '@/lib/auth/session';
import { UserFacingError } from '@/lib/user-facing-error';

const region = z.enum(['na', 'eu', 'fe'], { error: 'Choose a region.' });

/** Sends the admin to Amazon's consent page; the callback route finishes the connection. */
export async function connectAmazonAccount(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getCurrentUser();
  if (!user) return { status: 'error', message: 'Your session has ended. Sign in again.' };
  if (!hasRole(user.role, 'admin')) return { status: 'error', message: 'Your role does not allow this action.' };
  const form = readForm(formData);
  if ('refusal' in form) return { status: 'error', ...form.refusal };
  const parsed = region.safeParse(form.fields.region);
  if (!parsed.success) return { status: 'error', message: 'Choose a region.', fieldErrors: { region: ['Choose a region.'] } };
  let consentUrl: string;
  try {
    const app = amazonApp();
    consentUrl = await startAuthorization(await getDb(), {
      userId: user.id,
      workspaceId: user.workspaceId,
      region: parsed.data,
      applicationId: app.applicationId,
      redirectUri: authorizationRedirectUri(),
      consentUrl: app.consentUrl,
    });
  } catch (error) {
    if (error instanceof UserFacingError) return { status: 'error', message: error.message };
    throw error;
  }
  redirect(consentUrl);
}

export const disconnectAmazonAccount = authorizedAction(
  { name: 'accounts.disconnect', role: 'admin', input: z.object({ accountId: z.uuid() }) },
  async ({ accountId }, { user, db }) => {
    await disconnectSellerAccount(db, user.workspaceId, accountId);
    revalidatePath('/settings/accounts');
    return { message: 'Account disconnected. Its tokens were deleted.', target: accountId };
  },
);
