'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { echoValues, type ActionState } from '@/lib/actions/action-state';
import { fieldErrorsOf } from '@/lib/actions/authorized-action';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { connectDemoSellers, parseDemoSellers } from '@/lib/accounts/demo-accounts';
import { refreshMarketplaces } from '@/lib/accounts/marketplaces';
import { secretBox } from '@/lib/accounts/secret-box';
import { syncNewAccount } from '@/lib/sync/service';
import { env } from '@/lib/env';
import { createFirstOwner, hasAnyUser } from '@/lib/users/service';
import { UserFacingError } from '@/lib/user-facing-error';

const ownerSchema = z
  .object({
    workspaceName: z.string().trim().min(1, 'Enter your business name.').max(120),
    name: z.string().trim().min(1, 'Enter your name.').max(120),
    email: z.email('Enter a valid email address.'),
    password: z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(200),
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'The passwords do not match.' });

/** First run only: no session exists yet, so this action guards itself by refusing once any user exists. */
export async function createOwnerAccount(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ownerSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error), values: echoValues(formData) };
  }
  const db = await getDb();
  if (await hasAnyUser(db)) return { status: 'error', message: 'The owner account already exists. Sign in instead.' };
  let workspaceId: string;
  try {
    ({ workspaceId } = await createFirstOwner(db, parsed.data));
  } catch (error) {
    if (error instanceof UserFacingError) return { status: 'error', message: error.message };
    throw error;
  }
  // Embedded default: the simulator's demo sellers, so the dashboard has data from the first minute.
  const demoAccounts = await connectDemoSellers(db, await secretBox(db), workspaceId, parseDemoSellers(env().SPAPI_DEMO_REFRESH_TOKENS));
  for (const accountId of demoAccounts) {
    await refreshMarketplaces(db, workspaceId, accountId).catch((error) => console.error('[accounts.marketplaces]', error));
    await syncNewAccount(workspaceId, accountId).catch((error: unknown) => console.error('[sync] first sync', error));
  }
  redirect(`/sign-in?created=1&email=${encodeURIComponent(parsed.data.email)}`);
}
