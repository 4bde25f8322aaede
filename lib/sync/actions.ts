'use server';

import { z } from 'zod';
import { SYNC_KINDS } from '@/db/schema';
import { authorizedAction } from '@/lib/actions/authorized-action';
import { listSellerAccounts } from '@/lib/accounts';
import { requestSyncNow } from '@/lib/sync/service';
import { SYNC_KIND_LABELS } from '@/lib/sync/status';
import { UserFacingError } from '@/lib/user-facing-error';

const syncNowInput = z.object({
  accountId: z.uuid('Choose an Amazon account.'),
  kind: z.enum([...SYNC_KINDS, 'all']),
});

export const syncNow = authorizedAction({ name: 'sync.run-now', role: 'operator', input: syncNowInput }, async (input, { user, db }) => {
  // The account must belong to the user's workspace; runSync checks again when it runs.
  const account = (await listSellerAccounts(db, user.workspaceId)).find((a) => a.id === input.accountId);
  if (!account) throw new UserFacingError('That Amazon account is not connected.');
  const kinds = input.kind === 'all' ? SYNC_KINDS : [input.kind];
  for (const kind of kinds) await requestSyncNow({ workspaceId: user.workspaceId, accountId: account.id, kind });
  const what = input.kind === 'all' ? 'Everything' : SYNC_KIND_LABELS[input.kind];
  return { message: `${what} for ${account.name} will sync now.`, target: account.id, detail: { kind: input.kind } };
});
