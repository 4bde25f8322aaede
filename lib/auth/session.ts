/**
 * The session check every page and action makes for itself. The user is re-read from the
 * database on each request, so a role change or a disabled account takes effect at once.
 */
import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { authOptions } from './options';
import { hasRole, type Role } from './roles';

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  workspaceId: string;
}

/**
 * Once per render: the dashboard layout and the page both check the session, and share one
 * cookie decryption and one user query instead of two. (Outside a render, e.g. in a server
 * action, React's cache does not memoise, so each call reads afresh.)
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, workspaceId: users.workspaceId })
    .from(users)
    .where(and(eq(users.id, id), isNull(users.disabledAt)));
  return user ?? null;
});

/** For pages: anonymous visitors go to sign-in, users without the role to the no-access page. */
export async function requireUser(atLeast: Role = 'viewer'): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  if (!hasRole(user.role, atLeast)) redirect('/no-access');
  return user;
}
