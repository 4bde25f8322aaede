/**
 * Email and password check with lock-out: after too many failures in a row an email is
 * locked for a while, whatever password is tried, so guessing is slow.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { signInAttempts, users } from '@/db/schema';
import { emailInput } from '@/lib/users/user-input';
import type { Role } from './roles';
import { decoyPasswordHash, verifyPassword } from './password';

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  workspaceId: string;
}

export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: 'invalid' | 'disabled' }
  | { ok: false; reason: 'locked'; retryAfterMinutes: number };

export interface LockPolicy {
  maxFailures: number;
  lockMinutes: number;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function authenticate(
  db: Db,
  input: { email: string; password: string },
  policy: LockPolicy,
  now = new Date(),
): Promise<AuthenticationResult> {
  // No account has an email the user forms would refuse (a NUL byte cannot even be queried).
  if (!emailInput.safeParse(input.email).success) return { ok: false, reason: 'invalid' };
  const email = normalizeEmail(input.email);
  const [attempt] = await db.select().from(signInAttempts).where(eq(signInAttempts.email, email));
  if (attempt?.lockedUntil && attempt.lockedUntil > now) {
    return { ok: false, reason: 'locked', retryAfterMinutes: Math.ceil((attempt.lockedUntil.getTime() - now.getTime()) / 60_000) };
  }

  const [user] = await db.select().from(users).where(eq(users.email, email));
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);

  if (!user || !passwordOk) {
    await recordFailure(db, email, policy, now);
    return { ok: false, reason: 'invalid' };
  }
  if (user.disabledAt) return { ok: false, reason: 'disabled' };

  await db.delete(signInAttempts).where(eq(signInAttempts.email, email));
  await db.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, workspaceId: user.workspaceId },
  };
}

async function recordFailure(db: Db, email: string, policy: LockPolicy, now: Date) {
  await db.transaction(async (tx) => {
    // The row lock makes concurrent failures for one email count one after another.
    const [row] = await tx.select().from(signInAttempts).where(eq(signInAttempts.email, email)).for('update');
    // A failure after an expired lock starts a fresh count.
    const expired = row?.lockedUntil != null && row.lockedUntil <= now;
    const failures = row && !expired ? row.failures + 1 : 1;
    const lockedUntil = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMinutes * 60_000) : null;
    await tx
      .insert(signInAttempts)
      .values({ email, failures, lastFailureAt: now, lockedUntil })
      .onConflictDoUpdate({ target: signInAttempts.email, set: { failures, lastFailureAt: now, lockedUntil } });
  });
}

export function describeAuthenticationFailure(result: Exclude<AuthenticationResult, { ok: true }>): string {
  switch (result.reason) {
    case 'locked':
      return `Too many failed sign-ins. Try again in ${result.retryAfterMinutes} minute${result.retryAfterMinutes === 1 ? '' : 's'}.`;
    case 'disabled':
      return 'This account has been disabled. Ask an owner or admin of your workspace.';
    case 'invalid':
      return 'Wrong email or password.';
  }
}
