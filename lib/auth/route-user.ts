/**
 * The session and role check of a route handler, answered as JSON statuses instead of the
 * redirects pages use: 401 without a session, 403 for a role below the one the route needs.
 * A route that asks Amazon for a form needs the role of that form's action: a viewer must not
 * spend the seller's SP-API quota through it.
 */
import 'server-only';
import { NextResponse } from 'next/server';
import { hasRole, ROLE_LABELS, type Role } from './roles';
import { getCurrentUser, type CurrentUser } from './session';

const noStore = { 'cache-control': 'no-store' };

/** The signed-in user, if their role is at least `atLeast`; else the Response to send. */
export async function routeUser(atLeast: Role = 'viewer'): Promise<CurrentUser | Response> {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: 'Sign in again.' }, { status: 401, headers: noStore });
  if (!hasRole(user.role, atLeast)) {
    return NextResponse.json(
      { error: `Your role (${ROLE_LABELS[user.role]}) does not allow this; it needs ${ROLE_LABELS[atLeast]} or above.` },
      { status: 403, headers: noStore },
    );
  }
  return user;
}
