/**
 * How many failed sign-ins are allowed, counted where a guesser cannot use them against the
 * user they are guessing at. A lock on the email alone (what we had) let anyone who knew the
 * owner's email keep the owner out with five requests every 15 minutes. The counters follow
 * OWASP's advice for online guessing (lock the guesser, not the user; a user's known clients
 * are exempt from the account-wide lock; see "device cookies" in the Authentication cheat
 * sheet), with the client's network address standing in for the device:
 *
 * - per email and address: `maxFailures` failures lock that pair for `lockMinutes`. A guesser
 *   locks only themselves; the user signs in from anywhere else as usual.
 * - per address: `addressMaxFailures` failures, whatever the emails, lock the address, so one
 *   client cannot try a common password on many accounts.
 * - per email: `accountMaxFailures` failures from all addresses together close the email to
 *   addresses its user has never signed in from. That slows a guesser with many addresses,
 *   while the user keeps signing in from the networks they used before.
 *
 * Each counter counts in a window of `lockMinutes` from its first failure. A success clears
 * only the email-and-address counter (the guess was right); the address and email counters
 * are not reset by a success, so nobody can reset them by signing in to an account of their
 * own. Attempts refused by a lock are not counted, so a lock ends when it says it will.
 *
 * The counters live in the database (one atomic upsert per counter), so every app instance
 * enforces the same limits.
 */
import { and, eq, gt, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { signInKnownAddresses, signInThrottles } from '@/db/schema';

export interface SignInLimits {
  /** Failures for one email from one address before that pair is locked. */
  maxFailures: number;
  /** Failures from one address, whatever the emails, before the address is locked. */
  addressMaxFailures: number;
  /** Failures for one email from all addresses before it is closed to addresses new to its user. */
  accountMaxFailures: number;
  /** Length of each counting window and of each lock. */
  lockMinutes: number;
}

/** Who is trying: the email typed (lower-cased) and the client's address (see client-address.ts). */
export interface SignInSubject {
  email: string;
  address: string;
}

type Scope = (typeof signInThrottles.scope.enumValues)[number];

/** The lock that applies, most specific to the client first; null when none does. */
export type SignInLock = { scope: Scope; retryAfterMinutes: number } | null;

/** A known address stops counting as known after this long without a sign-in from it. */
const KNOWN_ADDRESS_DAYS = 90;

function counterKeys(subject: SignInSubject): { scope: Scope; key: string }[] {
  return [
    { scope: 'address', key: subject.address },
    // A space separates them: neither a normalized email nor an address contains one.
    { scope: 'email-address', key: `${subject.email} ${subject.address}` },
    { scope: 'email', key: subject.email },
  ];
}

const matchesAny = (keys: { scope: Scope; key: string }[]): SQL =>
  or(...keys.map((k) => and(eq(signInThrottles.scope, k.scope), eq(signInThrottles.key, k.key))))!;

const timestamp = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * The lock this attempt meets, before any password is checked. The email's own lock does not
 * apply to an address its user has signed in from (`userId` is null for an unknown email, which
 * is locked like any other so that locks do not reveal which emails exist).
 */
export async function lockFor(db: Db, subject: SignInSubject, userId: string | null, now: Date): Promise<SignInLock> {
  const rows = await db
    .select({ scope: signInThrottles.scope, lockedUntil: signInThrottles.lockedUntil })
    .from(signInThrottles)
    .where(and(matchesAny(counterKeys(subject)), gt(signInThrottles.lockedUntil, now)));
  const minutesUntil = (until: Date) => Math.ceil((until.getTime() - now.getTime()) / 60_000);
  for (const scope of ['address', 'email-address', 'email'] as const) {
    const row = rows.find((r) => r.scope === scope);
    if (!row?.lockedUntil) continue;
    if (scope === 'email' && userId && (await isKnownAddress(db, userId, subject.address, now))) continue;
    return { scope, retryAfterMinutes: minutesUntil(row.lockedUntil) };
  }
  return null;
}

/** Counts one failure on each of the three counters, locking those that reach their limit. */
export async function recordFailure(db: Db, subject: SignInSubject, limits: SignInLimits, now: Date): Promise<void> {
  const windowEnd = new Date(now.getTime() + limits.lockMinutes * 60_000);
  const max: Record<Scope, number> = { address: limits.addressMaxFailures, 'email-address': limits.maxFailures, email: limits.accountMaxFailures };
  // Rows whose window and lock are over count as absent; dropping them keeps the table small.
  await db.delete(signInThrottles).where(lt(signInThrottles.expiresAt, now));
  for (const { scope, key } of counterKeys(subject)) {
    // One statement per counter, so concurrent failures are counted one after another. An
    // expired row starts a fresh window; reaching the limit locks until `windowEnd`.
    const failures = sql`(case when ${signInThrottles.expiresAt} <= ${timestamp(now)} then 1 else ${signInThrottles.failures} + 1 end)`;
    const reachesLimit = sql`${failures} >= ${max[scope]}`;
    await db
      .insert(signInThrottles)
      .values({ scope, key, failures: 1, expiresAt: windowEnd, lockedUntil: max[scope] <= 1 ? windowEnd : null })
      .onConflictDoUpdate({
        target: [signInThrottles.scope, signInThrottles.key],
        set: {
          failures,
          lockedUntil: sql`case when ${reachesLimit} then ${timestamp(windowEnd)} else null end`,
          expiresAt: sql`case when ${reachesLimit} or ${signInThrottles.expiresAt} <= ${timestamp(now)} then ${timestamp(windowEnd)} else ${signInThrottles.expiresAt} end`,
        },
      });
  }
}

/** After a right password: the pair's count starts again, and the address becomes one of the user's. */
export async function recordSuccess(db: Db, subject: SignInSubject, userId: string, now: Date): Promise<void> {
  const [, pair] = counterKeys(subject);
  await db.delete(signInThrottles).where(matchesAny([pair!]));
  await db
    .insert(signInKnownAddresses)
    .values({ userId, address: subject.address, lastSignInAt: now })
    .onConflictDoUpdate({ target: [signInKnownAddresses.userId, signInKnownAddresses.address], set: { lastSignInAt: now } });
  await db.delete(signInKnownAddresses).where(and(eq(signInKnownAddresses.userId, userId), lt(signInKnownAddresses.lastSignInAt, knownSince(now))));
}

async function isKnownAddress(db: Db, userId: string, address: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ userId: signInKnownAddresses.userId })
    .from(signInKnownAddresses)
    .where(and(eq(signInKnownAddresses.userId, userId), eq(signInKnownAddresses.address, address), gt(signInKnownAddresses.lastSignInAt, knownSince(now))));
  return row !== undefined;
}

const knownSince = (now: Date) => new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 24 * 60 * 60_000);
