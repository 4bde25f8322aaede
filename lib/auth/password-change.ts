/**
 * A signed-in user changes their own password. The current password is asked for again, so a
 * browser left signed in is not enough to take the account over. The new hash and a raised
 * session epoch are written together: every session issued before, this one included, ends
 * at its next request, and the user signs in again with the new password.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { UserFacingError } from '@/lib/user-facing-error';
import { hashPassword, verifyPassword } from './password';

export const WRONG_CURRENT_PASSWORD = 'That is not your current password.';

export async function changeOwnPassword(db: Db, userId: string, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const [user] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt), isNull(users.removedAt)));
  if (!user) throw new UserFacingError('Your session has ended. Sign in again.');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new UserFacingError('Check the highlighted fields.', { currentPassword: [WRONG_CURRENT_PASSWORD] });
  }
  if (input.currentPassword === input.newPassword) {
    throw new UserFacingError('Check the highlighted fields.', { newPassword: ['Choose a password different from the current one.'] });
  }
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword), sessionEpoch: sql`${users.sessionEpoch} + 1` })
    .where(eq(users.id, userId));
}
