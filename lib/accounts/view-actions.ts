'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authorizedAction, withoutState } from '@/lib/actions/authorized-action';
import { listSellerAccounts } from '@/lib/accounts/service';
import { resolveView, writeAccountView } from '@/lib/accounts/selection';

/**
 * A view preference, not a write to Amazon: any signed-in user may choose what they look at,
 * and it leaves no audit entry. Its form keeps no state, so a refusal changes nothing silently.
 */
export const chooseAccountView = withoutState(
  authorizedAction(
    { name: 'accounts.choose-view', role: 'viewer', input: z.object({ view: z.string().default('') }), audit: false },
    async (input, { user, db }) => {
      // resolveView falls back to what exists in this workspace, whatever was sent.
      const accounts = await listSellerAccounts(db, user.workspaceId);
      await writeAccountView(resolveView(input.view, accounts));
      revalidatePath('/', 'layout');
      return { message: 'View changed.' };
    },
  ),
);
