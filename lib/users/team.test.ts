/** The team services against the database: invites by link, removing a user, and what removal leaves behind. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { userInvites, users } from '@/db/schema';
import { authenticate } from '@/lib/auth/authenticate';
import { userForSession } from '@/lib/auth/session-user';
import { testDatabases } from '@/test/support/databases';
import { hashInviteToken, INVITE_PROBLEMS } from './invite-token';
import { acceptInvite, createInvite, listPendingInvites, lookUpInvite, revokeInvite } from './invites';
import { changeUserRole, createFirstOwner, createUser, listUsers, removeUser } from './service';

const PASSWORD = 'a very good password';
const limits = { maxFailures: 5, addressMaxFailures: 50, accountMaxFailures: 20, lockMinutes: 15 };
const DAY = 86_400_000;

describe.each(testDatabases)('the team on $name', ({ open }) => {
  let handle: DbHandle;
  let owner: { id: string; role: 'owner'; workspaceId: string };

  beforeAll(async () => {
    handle = await open();
    const created = await createFirstOwner(handle.db, { workspaceName: 'Acme', name: 'Olivia', email: 'owner@team.example', password: PASSWORD });
    owner = { id: created.userId, role: 'owner', workspaceId: created.workspaceId };
  });
  afterAll(() => handle.close());

  it('stores only the hash of the link, and the invited person joins once with the role', async () => {
    const { token, inviteId } = await createInvite(handle.db, owner, { email: 'Jane@Team.example', role: 'operator' });
    const [row] = await handle.db.select().from(userInvites).where(eq(userInvites.id, inviteId));
    expect(row!.tokenHash).toBe(hashInviteToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row!.email).toBe('jane@team.example');

    expect(await lookUpInvite(handle.db, token)).toMatchObject({ status: 'pending', email: 'jane@team.example', role: 'operator', workspaceName: 'Acme' });
    expect((await listPendingInvites(handle.db, owner.workspaceId)).map((i) => i.email)).toEqual(['jane@team.example']);

    const joined = await acceptInvite(handle.db, token, { name: 'Jane', password: PASSWORD });
    expect(joined).toMatchObject({ workspaceId: owner.workspaceId, email: 'jane@team.example', role: 'operator', inviteId });
    const signIn = await authenticate(handle.db, { email: 'jane@team.example', password: PASSWORD, address: '10.0.0.1' }, limits);
    expect(signIn).toMatchObject({ ok: true, user: { role: 'operator', workspaceId: owner.workspaceId } });

    // Used once: a second try, even with a different password, is refused and creates no one.
    await expect(acceptInvite(handle.db, token, { name: 'Jane 2', password: PASSWORD })).rejects.toThrow(INVITE_PROBLEMS.accepted);
    expect(await lookUpInvite(handle.db, token)).toMatchObject({ status: 'accepted' });
    expect(await listPendingInvites(handle.db, owner.workspaceId)).toEqual([]);
    expect((await listUsers(handle.db, owner.workspaceId)).filter((u) => u.email === 'jane@team.example')).toHaveLength(1);
  });

  it('refuses an expired link, and says so', async () => {
    const made = new Date(Date.now() - 8 * DAY);
    const { token } = await createInvite(handle.db, owner, { email: 'late@team.example', role: 'viewer' }, made);
    expect(await lookUpInvite(handle.db, token)).toMatchObject({ status: 'expired', problem: INVITE_PROBLEMS.expired });
    await expect(acceptInvite(handle.db, token, { name: 'Late', password: PASSWORD })).rejects.toThrow(INVITE_PROBLEMS.expired);
    expect(await lookUpInvite(handle.db, token, new Date(made.getTime() + DAY))).toMatchObject({ status: 'pending' });
  });

  it('refuses a revoked link; revoking is scoped to the workspace', async () => {
    const { token, inviteId } = await createInvite(handle.db, owner, { email: 'maybe@team.example', role: 'viewer' });
    const stranger = { ...owner, workspaceId: (await createWorkspace()).id };
    await expect(revokeInvite(handle.db, stranger, inviteId)).rejects.toThrow('That invite does not exist.');
    await revokeInvite(handle.db, owner, inviteId);
    expect(await lookUpInvite(handle.db, token)).toMatchObject({ status: 'revoked' });
    await expect(acceptInvite(handle.db, token, { name: 'Maybe', password: PASSWORD })).rejects.toThrow(INVITE_PROBLEMS.revoked);
    // The email is free for a new invite once the old one is revoked.
    await createInvite(handle.db, owner, { email: 'maybe@team.example', role: 'viewer' });
  });

  it('refuses unknown and malformed links without a stack trace', async () => {
    expect(await lookUpInvite(handle.db, 'A'.repeat(43))).toMatchObject({ status: 'unknown', problem: INVITE_PROBLEMS.unknown });
    expect(await lookUpInvite(handle.db, "'; drop table users; --")).toMatchObject({ status: 'unknown' });
    await expect(acceptInvite(handle.db, 'short', { name: 'X', password: PASSWORD })).rejects.toThrow(INVITE_PROBLEMS.unknown);
  });

  it('lets an admin invite operators but not owners, and refuses taken or already-invited emails', async () => {
    const adminId = await createUser(handle.db, owner, { name: 'Ada', email: 'ada@team.example', role: 'admin', password: PASSWORD });
    const admin = { id: adminId, role: 'admin' as const, workspaceId: owner.workspaceId };
    await expect(createInvite(handle.db, admin, { email: 'boss@team.example', role: 'owner' })).rejects.toThrow('Only an owner can invite another owner.');
    await expect(createInvite(handle.db, admin, { email: 'OWNER@team.example', role: 'viewer' })).rejects.toThrow('A user with this email already exists.');
    await createInvite(handle.db, admin, { email: 'twice@team.example', role: 'viewer' });
    await expect(createInvite(handle.db, admin, { email: 'twice@team.example', role: 'viewer' })).rejects.toThrow(/already has an invite waiting/);
  });

  it('removes a user: sessions end, sign-in is refused, the row stays for the audit log, the email is free again', async () => {
    const id = await createUser(handle.db, owner, { name: 'Leo', email: 'leo@team.example', role: 'operator', password: PASSWORD });
    const [before] = await handle.db.select().from(users).where(eq(users.id, id));
    expect(await userForSession(handle.db, { userId: id, sessionEpoch: before!.sessionEpoch })).not.toBeNull();

    expect(await removeUser(handle.db, owner, id)).toMatchObject({ email: 'leo@team.example', name: 'Leo' });
    expect(await userForSession(handle.db, { userId: id, sessionEpoch: before!.sessionEpoch })).toBeNull();
    const [after] = await handle.db.select().from(users).where(eq(users.id, id));
    expect(after!.removedAt).not.toBeNull();
    expect(await userForSession(handle.db, { userId: id, sessionEpoch: after!.sessionEpoch })).toBeNull();
    expect(await authenticate(handle.db, { email: 'leo@team.example', password: PASSWORD, address: '10.0.0.2' }, limits)).toMatchObject({ ok: false });
    expect((await listUsers(handle.db, owner.workspaceId)).map((u) => u.email)).not.toContain('leo@team.example');
    await expect(removeUser(handle.db, owner, id)).rejects.toThrow('That user does not exist.');
    await expect(changeUserRole(handle.db, owner, id, 'admin')).rejects.toThrow('That user does not exist.');

    // Invited back: a new account, with the new password.
    const { token } = await createInvite(handle.db, owner, { email: 'leo@team.example', role: 'viewer' });
    const back = await acceptInvite(handle.db, token, { name: 'Leo again', password: 'another good password' });
    expect(back.userId).not.toBe(id);
    expect(await authenticate(handle.db, { email: 'leo@team.example', password: 'another good password', address: '10.0.0.2' }, limits)).toMatchObject({
      ok: true,
      user: { id: back.userId, role: 'viewer' },
    });
  });

  it('refuses to remove yourself or the last owner, and lets only owners remove', async () => {
    await expect(removeUser(handle.db, owner, owner.id)).rejects.toThrow('You cannot remove yourself.');
    const adminId = (await listUsers(handle.db, owner.workspaceId)).find((u) => u.email === 'ada@team.example')!.id;
    const admin = { id: adminId, role: 'admin' as const, workspaceId: owner.workspaceId };
    await expect(removeUser(handle.db, admin, owner.id)).rejects.toThrow('Only an owner can remove a user.');
    // An actor whose owner role was read before a demotion cannot remove the one owner left.
    const stale = { id: adminId, role: 'owner' as const, workspaceId: owner.workspaceId };
    await expect(removeUser(handle.db, stale, owner.id)).rejects.toThrow('The workspace needs at least one owner.');
    expect((await listUsers(handle.db, owner.workspaceId)).find((u) => u.id === owner.id)).toBeDefined();
  });

  async function createWorkspace() {
    const { workspaces } = await import('@/db/schema');
    const [row] = await handle.db.insert(workspaces).values({ name: 'Elsewhere' }).returning();
    return row!;
  }
});
