/** Workspace users: first-run owner, users added by an admin, role changes, disabling, removing. (Invites by link: invites.ts.) */
import { and, asc, count, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users, workspaces } from '@/db/schema';
import { normalizeEmail, hashPassword } from '@/lib/auth';
import { canAssignRole, type Role } from '@/lib/auth/types';
import { UserFacingError } from '@/lib/user-facing-error';

/** Serialises first-run set-up so two browsers cannot both create an owner. */
const FIRST_RUN_LOCK_KEY = 727_274_002;

export async function hasAnyUser(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) > 0;
}

export async function createFirstOwner(
  db: Db,
  input: { workspaceName: string; name: string; email: string; password: string },
): Promise<{ userId: string; workspaceId: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${FIRST_RUN_LOCK_KEY})`);
    const [existing] = await tx.select({ n: count() }).from(users);
    if ((existing?.n ?? 0) > 0) throw new UserFacingError('The owner account already exists. Sign in instead.');
    const [workspace] = await tx.insert(workspaces).values({ name: input.workspaceName }).returning();
    const [user] = await tx
      .insert(users)
      .values({ workspaceId: workspace!.id, email: normalizeEmail(input.email), name: input.name, passwordHash, role: 'owner' })
      .returning();
    return { userId: user!.id, workspaceId: workspace!.id };
  });
}

export interface WorkspaceUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  lastSignInAt: Date | null;
}

export async function listUsers(db: Db, workspaceId: string): Promise<WorkspaceUser[]> {
  const rows = await db
    .select()
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), isNull(users.removedAt)))
    .orderBy(asc(users.email));
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    disabled: u.disabledAt !== null,
    lastSignInAt: u.lastSignInAt,
  }));
}

export interface Actor {
  id: string;
  role: Role;
  workspaceId: string;
}

export async function createUser(db: Db, actor: Actor, input: { name: string; email: string; role: Role; password: string }): Promise<string> {
  if (!canAssignRole(actor.role, 'viewer', input.role)) {
    throw new UserFacingError('Only an owner can create another owner.', { role: ['Only an owner can create another owner.'] });
  }
  const email = normalizeEmail(input.email);
  if (await emailTaken(db, email)) throw new UserFacingError('A user with this email already exists.', { email: ['A user with this email already exists.'] });
  const [user] = await db
    .insert(users)
    .values({ workspaceId: actor.workspaceId, email, name: input.name, role: input.role, passwordHash: await hashPassword(input.password) })
    .returning({ id: users.id });
  return user!.id;
}

/** Whether a user (of any workspace: emails are unique across them) signs in with this email; removed users do not. */
export async function emailTaken(db: Db, email: string): Promise<boolean> {
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, normalizeEmail(email)), isNull(users.removedAt)));
  return taken !== undefined;
}

async function findInWorkspace(db: Db, workspaceId: string, userId: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.workspaceId, workspaceId), isNull(users.removedAt)));
  // Another workspace's user, or a removed one, is reported exactly like a missing one.
  if (!user) throw new UserFacingError('That user does not exist.');
  return user;
}

async function activeOwnersOtherThan(db: Db, workspaceId: string, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.role, 'owner'), isNull(users.disabledAt), isNull(users.removedAt), ne(users.id, userId)));
  return row?.n ?? 0;
}

export async function changeUserRole(db: Db, actor: Actor, userId: string, role: Role): Promise<void> {
  const user = await findInWorkspace(db, actor.workspaceId, userId);
  if (!canAssignRole(actor.role, user.role, role)) throw new UserFacingError('Only an owner can change an owner, or make someone owner.');
  if (user.role === 'owner' && role !== 'owner' && (await activeOwnersOtherThan(db, actor.workspaceId, userId)) === 0) {
    throw new UserFacingError('The workspace needs at least one owner. Make someone else owner first.');
  }
  await db
    .update(users)
    .set({ role })
    .where(and(eq(users.id, userId), eq(users.workspaceId, actor.workspaceId)));
}

export async function setUserDisabled(db: Db, actor: Actor, userId: string, disabled: boolean): Promise<void> {
  if (userId === actor.id) throw new UserFacingError('You cannot disable your own account.');
  const user = await findInWorkspace(db, actor.workspaceId, userId);
  if (!canAssignRole(actor.role, user.role, user.role)) throw new UserFacingError('Only an owner can disable or enable an owner.');
  // Disabling also ends the user's sessions for good, so enabling them again needs a new sign-in.
  await db
    .update(users)
    .set(disabled ? { disabledAt: new Date(), sessionEpoch: sql`${users.sessionEpoch} + 1` } : { disabledAt: null })
    .where(and(eq(users.id, userId), eq(users.workspaceId, actor.workspaceId)));
}

/**
 * An owner removes a user from the workspace. The row is kept, marked removed (a soft delete),
 * rather than deleted: deleting it would clear the user's id from every audit entry (the
 * foreign key's ON DELETE SET NULL), and the log could no longer say who did what. Removing
 * also raises the session epoch, so the user's sessions end at their next request.
 */
export async function removeUser(db: Db, actor: Actor, userId: string): Promise<{ email: string; name: string; role: Role }> {
  if (actor.role !== 'owner') throw new UserFacingError('Only an owner can remove a user.');
  if (userId === actor.id) throw new UserFacingError('You cannot remove yourself. Ask another owner.');
  const user = await findInWorkspace(db, actor.workspaceId, userId);
  return db.transaction(async (tx) => {
    // Two owners removing each other at once: the lock on the workspace's owners lets one win.
    await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.workspaceId, actor.workspaceId), eq(users.role, 'owner')))
      .for('update');
    if (user.role === 'owner' && (await activeOwnersOtherThan(tx, actor.workspaceId, userId)) === 0) {
      throw new UserFacingError('The workspace needs at least one owner. Make someone else owner first.');
    }
    await tx
      .update(users)
      .set({ removedAt: new Date(), sessionEpoch: sql`${users.sessionEpoch} + 1` })
      .where(and(eq(users.id, userId), eq(users.workspaceId, actor.workspaceId), isNull(users.removedAt)));
    return { email: user.email, name: user.name, role: user.role };
  });
}
