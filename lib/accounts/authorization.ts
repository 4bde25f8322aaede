/**
 * The website authorization workflow: a seller is sent to Amazon's consent page with a
 * short-lived, single-use `state` bound to the user who clicked Connect; Amazon sends them
 * back with that state and a code, which is exchanged for the refresh token.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { amazonAuthorizationStates } from '@/db/schema';
import { UserFacingError } from '@/lib/user-facing-error';
import { consentBaseUrl, type Region } from './regions';

export const AUTHORIZATION_STATE_TTL_MS = 10 * 60_000;

export async function startAuthorization(
  db: Db,
  input: { userId: string; workspaceId: string; region: Region; applicationId: string; redirectUri: string; consentUrl?: string },
  now = new Date(),
): Promise<string> {
  const state = randomBytes(24).toString('base64url');
  // Expired states are useless; clear them as new ones are made.
  await db.delete(amazonAuthorizationStates).where(lt(amazonAuthorizationStates.expiresAt, now));
  await db.insert(amazonAuthorizationStates).values({
    state,
    userId: input.userId,
    workspaceId: input.workspaceId,
    region: input.region,
    expiresAt: new Date(now.getTime() + AUTHORIZATION_STATE_TTL_MS),
  });
  const url = new URL(consentBaseUrl(input.region, input.consentUrl));
  url.searchParams.set('application_id', input.applicationId);
  url.searchParams.set('state', state);
  url.searchParams.set('redirect_uri', input.redirectUri);
  // Draft (not yet published) applications must ask for the beta consent flow.
  url.searchParams.set('version', 'beta');
  return url.toString();
}

/** Marks the state used and returns its region; refuses a state that is unknown, expired, used, or another user's. */
export async function consumeAuthorizationState(
  db: Db,
  input: { state: string; userId: string; workspaceId: string },
  now = new Date(),
): Promise<{ region: Region }> {
  const [row] = await db
    .update(amazonAuthorizationStates)
    .set({ usedAt: now })
    .where(
      and(
        eq(amazonAuthorizationStates.state, input.state),
        eq(amazonAuthorizationStates.userId, input.userId),
        eq(amazonAuthorizationStates.workspaceId, input.workspaceId),
        isNull(amazonAuthorizationStates.usedAt),
        gt(amazonAuthorizationStates.expiresAt, now),
      ),
    )
    .returning({ region: amazonAuthorizationStates.region });
  if (!row) throw new UserFacingError('This authorization link has expired or was already used. Start again from Settings → Amazon accounts.');
  return row;
}
