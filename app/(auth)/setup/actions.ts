'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { echoValues, type ActionState } from '@/lib/actions/action-state';
import { fieldErrorsOf } from '@/lib/actions/authorized-action';
import { readForm } from '@/lib/actions/read-form';
import { discardSetupCode, isSetupCode } from '@/lib/auth/setup-code';
import { connectDemoSellers, parseDemoSellers } from '@/lib/accounts/demo-accounts';
import { refreshMarketplaces } from '@/lib/accounts/marketplaces';
import { secretBox } from '@/lib/accounts/secret-box';
import { syncNewAccount } from '@/lib/sync/service';
import { env } from '@/lib/env';
import { createFirstOwner, hasAnyUser } from '@/lib/users/service';
import { firstOwnerInput } from '@/lib/users/user-input';
import { UserFacingError } from '@/lib/user-facing-error';

const setupCodeInput = z.object({
  setupCode: z.string({ error: 'Enter the setup code printed by the server.' }).trim().min(1, 'Enter the setup code printed by the server.').max(200),
});

/**
 * First run only: no session exists yet, so this action guards itself. It refuses once any
 * user exists, and before that it needs the setup code the server printed (lib/auth/setup-code.ts),
 * so reaching the port first is not enough to become the owner.
 */
export async function createOwnerAccount(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const form = readForm(formData);
  if ('refusal' in form) return { status: 'error', ...form.refusal };
  const parsed = firstOwnerInput.safeParse(form.fields);
  const code = setupCodeInput.safeParse(form.fields);
  if (!parsed.success || !code.success) {
    const fieldErrors = { ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...(code.success ? {} : fieldErrorsOf(code.error)) };
    return { status: 'error', message: 'Check the highlighted fields.', fieldErrors, values: echoValues(formData) };
  }
  const db = await getDb();
  if (await hasAnyUser(db)) return { status: 'error', message: 'The owner account already exists. Sign in instead.' };
  const { DATA_DIR } = env();
  if (!isSetupCode(DATA_DIR, code.data.setupCode)) {
    const wrongCode = "That is not the server's setup code. Copy it from the server's console or its setup-code file.";
    return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: { setupCode: [wrongCode] }, values: echoValues(formData) };
  }
  let workspaceId: string;
  try {
    ({ workspaceId } = await createFirstOwner(db, parsed.data));
  } catch (error) {
    if (error instanceof UserFacingError) return { status: 'error', message: error.message };
    throw error;
  }
  discardSetupCode(DATA_DIR);
  // Embedded default: the simulator's demo sellers, so the dashboard has data from the first minute.
  const demoAccounts = await connectDemoSellers(db, await secretBox(db), workspaceId, parseDemoSellers(env().SPAPI_DEMO_REFRESH_TOKENS));
  for (const accountId of demoAccounts) {
    await refreshMarketplaces(db, workspaceId, accountId).catch((error) => console.error('[accounts.marketplaces]', error));
    await syncNewAccount(workspaceId, accountId).catch((error: unknown) => console.error('[sync] first sync', error));
  }
  redirect(`/sign-in?created=1&email=${encodeURIComponent(parsed.data.email)}`);
}
