'use server';

import { z } from 'zod';
import { authorizedAction } from '@/lib/actions/authorized-action';
import { changeOwnPassword } from '@/lib/auth/password-change';
import { newPasswordInput } from '@/lib/auth/password-input';
import { endAllSessions } from '@/lib/auth/session-user';

/** Ends every session of the signed-in user, this one included; the menu then signs this browser out. */
export const signOutEverywhereAction = authorizedAction(
  { name: 'auth.sign-out-everywhere', role: 'viewer', input: z.object({}) },
  async (_input, { user, db }) => {
    await endAllSessions(db, user.id);
    return { message: 'Signed out on every device.', target: user.id };
  },
);

const changePasswordInput = z
  .object({
    currentPassword: z.string({ error: 'Enter your current password.' }).min(1, 'Enter your current password.').max(200),
    newPassword: newPasswordInput,
    confirmPassword: z.string().max(200),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'The passwords do not match.' });

/**
 * The signed-in user's own password. Every session ends with the change (password-change.ts);
 * the form then signs this browser out, to sign in again with the new password.
 */
export const changePasswordAction = authorizedAction(
  { name: 'auth.change-password', role: 'viewer', input: changePasswordInput },
  async (input, { user, db }) => {
    await changeOwnPassword(db, user.id, { currentPassword: input.currentPassword, newPassword: input.newPassword });
    return { message: 'Password changed. Sign in again with the new password.', target: user.id };
  },
);
