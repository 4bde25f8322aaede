/**
 * The session check every page and action makes for itself: the cookie's claims, then the
 * user they name read afresh (session-user.ts), so a role change, a disabled account or
 * "Sign out everywhere" takes effect at once.
 */
import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { getDb } from '@/db';
import { authOptions } from './options';
import { hasRole, type Role } from './roles';
import { userForSession, type CurrentUser } from './session-user';

export type { CurrentUser } from './session-user';

/**
 * Once per render: the dashboard layout and the page both check the session, and share one
 * cookie decryption and one user query instead of two. (Outside a render, e.g. in a server
 * action, React's cache does not memoise, so each call reads afresh.)
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const userId = session?.user?.id;
  if (!userId) return null;
  // Sessions issued before epochs existed carry none: they belong to epoch 0.
  return userForSession(await getDb(), { userId, sessionEpoch: session.user?.sessionEpoch ?? 0 });
});

/** For pages: anonymous visitors go to sign-in, users without the role to the no-access page. */
export async function requireUser(atLeast: Role = 'viewer'): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user && hasRole(user.role, atLeast)) return user;
  // Loaded on use: the sync worker loads this module (through the domains' faces) outside Next,
  // where next/navigation cannot load.
  const { redirect } = await import('next/navigation');
  return redirect(user ? '/no-access' : '/sign-in');
}
