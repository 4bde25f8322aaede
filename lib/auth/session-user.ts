/**
 * Who a session token names, read again from the database on every request: a role change
 * takes effect at once, a disabled or removed user is out at once, and raising the user's
 * session epoch ("Sign out everywhere", disabling, removing, a password change) ends every
 * session issued before it. Sessions are signed cookies (JWT) that the server cannot recall one
 * by one, so the epoch they carry is what makes them revocable.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import type { Role } from './roles';

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  workspaceId: string;
}

/** What a session token says: the user, and the epoch the user was at when it was issued. */
export interface SessionClaims {
  userId: string;
  sessionEpoch: number;
}

export async function userForSession(db: Db, claims: SessionClaims): Promise<CurrentUser | null> {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, workspaceId: users.workspaceId })
    .from(users)
    .where(and(eq(users.id, claims.userId), isNull(users.disabledAt), isNull(users.removedAt), eq(users.sessionEpoch, claims.sessionEpoch)));
  return user ?? null;
}

/** Ends every session of the user, on every device, at its next request. */
export async function endAllSessions(db: Db, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionEpoch: sql`${users.sessionEpoch} + 1` })
    .where(eq(users.id, userId));
}
