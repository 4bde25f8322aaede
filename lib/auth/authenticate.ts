/**
 * Email and password check under the sign-in limits (sign-in-limits.ts): a locked client is
 * refused before any password is checked, so guessing is slow, and the locks fall on the
 * guesser's address rather than on the user being guessed at.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { emailInput } from '@/lib/validation/email-input';
import type { Role } from './roles';
import { decoyPasswordHash, verifyPassword } from './password';
import { lockFor, recordFailure, recordSuccess, type SignInLimits } from './sign-in-limits';

export type { SignInLimits } from './sign-in-limits';

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  workspaceId: string;
  /** Carried in the session token (session-user.ts). */
  sessionEpoch: number;
}

export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: 'invalid' | 'disabled' }
  /** locked: this email from this address; address-locked: this address; account-locked: this email from addresses new to its user. */
  | { ok: false; reason: 'locked' | 'address-locked' | 'account-locked'; retryAfterMinutes: number };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const LOCK_REASONS = { 'email-address': 'locked', address: 'address-locked', email: 'account-locked' } as const;

export async function authenticate(
  db: Db,
  input: { email: string; password: string; address: string },
  limits: SignInLimits,
  now = new Date(),
): Promise<AuthenticationResult> {
  // No account has an email the user forms would refuse (a NUL byte cannot even be queried).
  if (!emailInput.safeParse(input.email).success) return { ok: false, reason: 'invalid' };
  const subject = { email: normalizeEmail(input.email), address: input.address };
  // A removed user's row stays for the audit log; their email may since belong to someone new.
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, subject.email), isNull(users.removedAt)));

  const lock = await lockFor(db, subject, user?.id ?? null, now);
  if (lock) return { ok: false, reason: LOCK_REASONS[lock.scope], retryAfterMinutes: lock.retryAfterMinutes };

  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user || !passwordOk) {
    await recordFailure(db, subject, limits, now);
    return { ok: false, reason: 'invalid' };
  }
  if (user.disabledAt) return { ok: false, reason: 'disabled' };

  await recordSuccess(db, subject, user.id, now);
  await db.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, workspaceId: user.workspaceId, sessionEpoch: user.sessionEpoch },
  };
}

export function describeAuthenticationFailure(result: Exclude<AuthenticationResult, { ok: true }>): string {
  switch (result.reason) {
    case 'locked':
      return `Too many failed sign-ins. Try again in ${minutes(result.retryAfterMinutes)}.`;
    case 'address-locked':
      return `Too many attempts from this address; try again in ${minutes(result.retryAfterMinutes)}.`;
    case 'account-locked':
      return `Too many failed sign-ins for this email from new places. Sign in from a network you have signed in from before, or try again in ${minutes(result.retryAfterMinutes)}.`;
    case 'disabled':
      return 'This account has been disabled. Ask an owner or admin of your workspace.';
    case 'invalid':
      return 'Wrong email or password.';
  }
}

const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;
