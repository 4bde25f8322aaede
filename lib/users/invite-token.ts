/**
 * The token in an invite link, and the rules of its life. The token is 32 random bytes
 * (base64url: 43 characters), shown once to the person who made the invite; the database
 * keeps only its SHA-256, so a copy of the table cannot be turned back into working links. A
 * fast hash is enough here (unlike passwords): the token has 256 bits, so there is nothing to
 * guess, and a lookup by hash needs a deterministic one.
 */
import { createHash, randomBytes } from 'node:crypto';

export const INVITE_DAYS = 7;
const DAY_MS = 86_400_000;

/** What a link's token looks like: anything else is refused before the database is asked. */
export const INVITE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newInviteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInviteToken(token) };
}

export function hashInviteToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function inviteExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITE_DAYS * DAY_MS);
}

export type InviteStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

/** Used and revoked outrank expired: the message names what actually ended the link. */
export function inviteStatus(invite: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InviteStatus {
  if (invite.acceptedAt) return 'accepted';
  if (invite.revokedAt) return 'revoked';
  if (invite.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

/** What the invite page says for a link that no longer works (or never did). */
export const INVITE_PROBLEMS: Record<Exclude<InviteStatus, 'pending'> | 'unknown', string> = {
  unknown: 'This invite link is not valid. Check that you copied all of it, or ask for a new one.',
  accepted: 'This invite link has already been used. Sign in with the account it created, or ask for a new link.',
  revoked: 'This invite was withdrawn. Ask an owner or admin of the workspace for a new link.',
  expired: `This invite link has expired (links work for ${INVITE_DAYS} days). Ask an owner or admin of the workspace for a new one.`,
};
