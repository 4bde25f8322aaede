'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authorizedAction, authorizedDataAction, publicAction } from '@/lib/actions/authorized-action';
import { recordAudit } from '@/lib/audit';
import { acceptInvite, createInvite, revokeInvite } from '@/lib/users/invites';
import { INVITE_PROBLEMS, INVITE_TOKEN_PATTERN } from '@/lib/users/invite-token';
import { acceptInviteInput, inviteInput } from '@/lib/users/user-input';

/** An invite for an email and a role; the answer carries the link's path, shown once to copy. */
export const createInviteAction = authorizedDataAction({ name: 'users.invite.create', role: 'admin', input: inviteInput }, async (input, { user, db }) => {
  const invite = await createInvite(db, user, input);
  revalidatePath('/settings/users');
  return {
    data: { path: `/invite/${invite.token}`, email: input.email, expiresAt: invite.expiresAt.toISOString() },
    target: invite.inviteId,
    detail: { email: input.email, role: input.role },
  };
});

export const revokeInviteAction = authorizedAction(
  { name: 'users.invite.revoke', role: 'admin', input: z.object({ inviteId: z.uuid() }), target: (input) => input.inviteId },
  async (input, { user, db }) => {
    const invite = await revokeInvite(db, user, input.inviteId);
    revalidatePath('/settings/users');
    return { message: `The invite for ${invite.email} is revoked; its link no longer works.`, detail: { email: invite.email, role: invite.role } };
  },
);

/**
 * The invited person sets a name and password. No session exists yet, so this is a public
 * action: the token is its guard (random, hashed, single use, expiring; see invites.ts). It
 * writes its own audit entry, in the invite's workspace, once the user exists; a refused link
 * writes nothing. The new user then signs in with the password they chose.
 */
export const acceptInviteAction = publicAction(
  {
    name: 'users.invite.accept',
    input: z.intersection(acceptInviteInput, z.object({ token: z.string().regex(INVITE_TOKEN_PATTERN, INVITE_PROBLEMS.unknown) })),
  },
  async (input, { db }) => {
    const joined = await acceptInvite(db, input.token, { name: input.name, password: input.password });
    await recordAudit(db, {
      workspaceId: joined.workspaceId,
      userId: joined.userId,
      action: 'users.invite.accept',
      target: joined.inviteId,
      result: 'ok',
      detail: { email: joined.email, role: joined.role },
    });
    return { message: 'Your account is ready.', redirectTo: `/sign-in?joined=1&email=${encodeURIComponent(joined.email)}` };
  },
);
