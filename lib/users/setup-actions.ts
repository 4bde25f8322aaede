'use server';

import { z } from 'zod';
import { publicAction } from '@/lib/actions/authorized-action';
import { discardSetupCode, isSetupCode } from '@/lib/auth';
import { connectDemoSellers, parseDemoSellers, refreshMarketplaces, secretBox } from '@/lib/accounts';
import { syncNewAccount } from '@/lib/sync';
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
export const createOwnerAccount = publicAction(
  { name: 'setup.create-owner', input: z.intersection(firstOwnerInput, setupCodeInput) },
  async (input, { db }) => {
    if (await hasAnyUser(db)) throw new UserFacingError('The owner account already exists. Sign in instead.');
    const { DATA_DIR } = env();
    if (!isSetupCode(DATA_DIR, input.setupCode)) {
      throw new UserFacingError('Check the highlighted fields.', {
        setupCode: ["That is not the server's setup code. Copy it from the server's console or its setup-code file."],
      });
    }
    const { workspaceId } = await createFirstOwner(db, input);
    discardSetupCode(DATA_DIR);
    // Embedded default: the simulator's demo sellers, so the dashboard has data from the first minute.
    const demoAccounts = await connectDemoSellers(db, await secretBox(db), workspaceId, parseDemoSellers(env().SPAPI_DEMO_REFRESH_TOKENS));
    for (const accountId of demoAccounts) {
      await refreshMarketplaces(db, workspaceId, accountId).catch((error) => console.error('[accounts.marketplaces]', error));
      await syncNewAccount(workspaceId, accountId).catch((error: unknown) => console.error('[sync] first sync', error));
    }
    return { message: 'Owner account created.', redirectTo: `/sign-in?created=1&email=${encodeURIComponent(input.email)}` };
  },
);
