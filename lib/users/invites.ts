/**
 * Invites by link: an owner or admin invites an email with a role; the link's token
 * (invite-token.ts) lets whoever opens it join once, before it expires, unless it was revoked.
 * No email is sent: the person who made the invite copies the link and passes it on.
 */
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { userInvites, users, workspaces } from '@/db/schema';
import { hashPassword, normalizeEmail } from '@/lib/auth';
import { canAssignRole, type Role } from '@/lib/auth/types';
import { UserFacingError } from '@/lib/user-facing-error';
import { hashInviteToken, INVITE_PROBLEMS, INVITE_TOKEN_PATTERN, inviteExpiry, inviteStatus, newInviteToken, type InviteStatus } from './invite-token';
import { emailTaken, type Actor } from './service';

export interface PendingInvite {
  id: string;
  email: string;
  role: Role;
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
}

export async function createInvite(
  db: Db,
  actor: Actor,
  input: { email: string; role: Role },
  now = new Date(),
): Promise<{ inviteId: string; token: string; expiresAt: Date }> {
  if (!canAssignRole(actor.role, 'viewer', input.role)) {
    throw new UserFacingError('Only an owner can invite another owner.', { role: ['Only an owner can invite another owner.'] });
  }
  const email = normalizeEmail(input.email);
  if (await emailTaken(db, email)) throw new UserFacingError('A user with this email already exists.', { email: ['A user with this email already exists.'] });
  const [pending] = await db
    .select({ id: userInvites.id })
    .from(userInvites)
    .where(and(eq(userInvites.workspaceId, actor.workspaceId), eq(userInvites.email, email), ...stillPending(now)));
  if (pending) {
    throw new UserFacingError('This email already has an invite waiting. Revoke it to make a new link.', {
      email: ['This email already has an invite waiting. Revoke it to make a new link.'],
    });
  }
  const { token, tokenHash } = newInviteToken();
  const expiresAt = inviteExpiry(now);
  const [invite] = await db
    .insert(userInvites)
    .values({ workspaceId: actor.workspaceId, email, role: input.role, tokenHash, invitedBy: actor.id, createdAt: now, expiresAt })
    .returning({ id: userInvites.id });
  return { inviteId: invite!.id, token, expiresAt };
}

const stillPending = (now: Date) => [isNull(userInvites.acceptedAt), isNull(userInvites.revokedAt), gt(userInvites.expiresAt, now)];

export async function listPendingInvites(db: Db, workspaceId: string, now = new Date()): Promise<PendingInvite[]> {
  return db
    .select({
      id: userInvites.id,
      email: userInvites.email,
      role: userInvites.role,
      invitedBy: users.name,
      createdAt: userInvites.createdAt,
      expiresAt: userInvites.expiresAt,
    })
    .from(userInvites)
    .leftJoin(users, and(eq(users.id, userInvites.invitedBy), eq(users.workspaceId, workspaceId)))
    .where(and(eq(userInvites.workspaceId, workspaceId), ...stillPending(now)))
    .orderBy(asc(userInvites.createdAt));
}

/** Ends an invite that has not been used yet; its link then says it was withdrawn. */
export async function revokeInvite(db: Db, actor: Actor, inviteId: string): Promise<{ email: string; role: Role }> {
  const [invite] = await db
    .select()
    .from(userInvites)
    .where(and(eq(userInvites.id, inviteId), eq(userInvites.workspaceId, actor.workspaceId)));
  // Another workspace's invite is reported exactly like a missing one.
  if (!invite) throw new UserFacingError('That invite does not exist.');
  if (!canAssignRole(actor.role, 'viewer', invite.role)) throw new UserFacingError('Only an owner can revoke an invite to become owner.');
  if (invite.acceptedAt) throw new UserFacingError('That invite has already been used: the user is in the list above.');
  if (!invite.revokedAt) {
    await db
      .update(userInvites)
      .set({ revokedAt: new Date() })
      .where(and(eq(userInvites.id, inviteId), eq(userInvites.workspaceId, actor.workspaceId), isNull(userInvites.acceptedAt)));
  }
  return { email: invite.email, role: invite.role };
}

export type InviteLookup =
  | { status: 'pending'; email: string; role: Role; workspaceName: string; expiresAt: Date }
  | { status: Exclude<InviteStatus, 'pending'> | 'unknown'; problem: string };

/** What the invite page shows for a link: the invite while it works, else why it does not. */
export async function lookUpInvite(db: Db, token: string, now = new Date()): Promise<InviteLookup> {
  if (!INVITE_TOKEN_PATTERN.test(token)) return { status: 'unknown', problem: INVITE_PROBLEMS.unknown };
  const [row] = await db
    .select({ invite: userInvites, workspaceName: workspaces.name })
    .from(userInvites)
    .innerJoin(workspaces, eq(workspaces.id, userInvites.workspaceId))
    .where(eq(userInvites.tokenHash, hashInviteToken(token)));
  if (!row) return { status: 'unknown', problem: INVITE_PROBLEMS.unknown };
  const status = inviteStatus(row.invite, now);
  if (status !== 'pending') return { status, problem: INVITE_PROBLEMS[status] };
  return { status, email: row.invite.email, role: row.invite.role, workspaceName: row.workspaceName, expiresAt: row.invite.expiresAt };
}

export interface AcceptedInvite {
  inviteId: string;
  userId: string;
  workspaceId: string;
  email: string;
  role: Role;
}

/**
 * The invited person joins: the user is created in the invite's workspace with its role, and
 * the invite is marked used in the same transaction. The invite's row is locked first, so two
 * tabs sending the form at once make one user, and the other is told the link was used.
 */
export async function acceptInvite(db: Db, token: string, input: { name: string; password: string }, now = new Date()): Promise<AcceptedInvite> {
  if (!INVITE_TOKEN_PATTERN.test(token)) throw new UserFacingError(INVITE_PROBLEMS.unknown);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [invite] = await tx
      .select()
      .from(userInvites)
      .where(eq(userInvites.tokenHash, hashInviteToken(token)))
      .for('update');
    if (!invite) throw new UserFacingError(INVITE_PROBLEMS.unknown);
    const status = inviteStatus(invite, now);
    if (status !== 'pending') throw new UserFacingError(INVITE_PROBLEMS[status]);
    if (await emailTaken(tx, invite.email)) throw new UserFacingError('An account with this email already exists. Sign in instead.');
    const [user] = await tx
      .insert(users)
      .values({ workspaceId: invite.workspaceId, email: invite.email, name: input.name, role: invite.role, passwordHash })
      .returning({ id: users.id });
    await tx.update(userInvites).set({ acceptedAt: now, acceptedUserId: user!.id }).where(eq(userInvites.id, invite.id));
    return { inviteId: invite.id, userId: user!.id, workspaceId: invite.workspaceId, email: invite.email, role: invite.role };
  });
}
