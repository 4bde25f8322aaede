'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { echoValues, type ActionState } from '@/lib/actions/action-state';
import { fieldErrorsOf } from '@/lib/actions/authorized-action';
import { readForm } from '@/lib/actions/read-form';
import { connectDemoSellers, parseDemoSellers } from '@/lib/accounts/demo-accounts';
import { refreshMarketplaces } from '@/lib/accounts/marketplaces';
import { secretBox } from '@/lib/accounts/secret-box';
import { syncNewAccount } from '@/lib/sync/service';
import { env } from '@/lib/env';
import { createFirstOwner, hasAnyUser } from '@/lib/users/service';
import { firstOwnerInput } from '@/lib/users/user-input';
import { UserFacingError } from '@/lib/user-facing-error';

/** First run only: no session exists yet, so this action guards itself by refusing once any user exists. */
export async function createOwnerAccount(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const form = readForm(formData);
  if ('refusal' in form) return { status: 'error', ...form.refusal };
  const parsed = firstOwnerInput.safeParse(form.fields);
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
  const demoAccounts = await connectDemoSellers(db, secretBox(), workspaceId, parseDemoSellers(env().SPAPI_DEMO_REFRESH_TOKENS));
  for (const accountId of demoAccounts) {
    await refreshMarketplaces(db, workspaceId, accountId).catch((error) => console.error('[accounts.marketplaces]', error));
    await syncNewAccount(workspaceId, accountId).catch((error: unknown) => console.error('[sync] first sync', error));
  }
  redirect(`/sign-in?created=1&email=${encodeURIComponent(parsed.data.email)}`);
}
