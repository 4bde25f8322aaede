import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { testDatabases } from '@/test/support/databases';
import { verifyPassword } from '@/lib/auth/password';
import { users } from '@/db/schema';
import { changeUserRole, createFirstOwner, createUser, hasAnyUser, listUsers, setUserDisabled } from './service';

describe.each(testDatabases)('workspace users on $name', ({ open }) => {
  let handle: DbHandle;
  let owner: { id: string; role: 'owner'; workspaceId: string };

  beforeAll(async () => {
    handle = await open();
    expect(await hasAnyUser(handle.db)).toBe(false);
    const created = await createFirstOwner(handle.db, { workspaceName: 'Acme', name: 'Olivia', email: 'owner@acme.example', password: 'a very good password' });
    owner = { id: created.userId, role: 'owner', workspaceId: created.workspaceId };
  });
  afterAll(() => handle.close());

  it('creates the first owner once, even when two set-ups race', async () => {
    expect(await hasAnyUser(handle.db)).toBe(true);
    const again = createFirstOwner(handle.db, { workspaceName: 'X', name: 'X', email: 'x@acme.example', password: 'a very good password' });
    await expect(again).rejects.toThrow('The owner account already exists. Sign in instead.');
  });

  it('stores an argon2id hash, never the password', async () => {
    const [row] = await handle.db.select().from(users);
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row!.passwordHash).not.toContain('a very good password');
    expect(await verifyPassword(row!.passwordHash, 'a very good password')).toBe(true);
  });

  it('refuses a duplicate email, whatever its case', async () => {
    await createUser(handle.db, owner, { name: 'A', email: 'dup@acme.example', role: 'viewer', password: 'long enough password' });
    await expect(createUser(handle.db, owner, { name: 'B', email: 'DUP@acme.example', role: 'viewer', password: 'long enough password' })).rejects.toThrow(
      'A user with this email already exists.',
    );
  });

  it('lets an admin manage operators but not owners', async () => {
    const adminId = await createUser(handle.db, owner, { name: 'Ada', email: 'admin@acme.example', role: 'admin', password: 'long enough password' });
    const admin = { id: adminId, role: 'admin' as const, workspaceId: owner.workspaceId };
    const opId = await createUser(handle.db, admin, { name: 'Op', email: 'op@acme.example', role: 'operator', password: 'long enough password' });
    await changeUserRole(handle.db, admin, opId, 'viewer');
    await expect(createUser(handle.db, admin, { name: 'O2', email: 'o2@acme.example', role: 'owner', password: 'long enough password' })).rejects.toThrow(
      'Only an owner can create another owner.',
    );
    await expect(changeUserRole(handle.db, admin, owner.id, 'viewer')).rejects.toThrow(/Only an owner/);
    await expect(setUserDisabled(handle.db, admin, owner.id, true)).rejects.toThrow(/Only an owner/);
    const listed = await listUsers(handle.db, owner.workspaceId);
    expect(listed.find((u) => u.id === opId)?.role).toBe('viewer');
  });

  it('keeps at least one owner and never lets a user disable themselves', async () => {
    await expect(changeUserRole(handle.db, owner, owner.id, 'admin')).rejects.toThrow('The workspace needs at least one owner.');
    await expect(setUserDisabled(handle.db, owner, owner.id, true)).rejects.toThrow('You cannot disable your own account.');
  });

  it("never touches another workspace's users", async () => {
    const [other] = await handle.db
      .insert((await import('@/db/schema')).workspaces)
      .values({ name: 'Other Co' })
      .returning();
    const stranger = { id: owner.id, role: 'owner' as const, workspaceId: other!.id };
    const victim = (await listUsers(handle.db, owner.workspaceId)).find((u) => u.email === 'op@acme.example')!;
    await expect(changeUserRole(handle.db, stranger, victim.id, 'admin')).rejects.toThrow('That user does not exist.');
    await expect(setUserDisabled(handle.db, { ...stranger, id: 'f'.repeat(8) + '-0000-4000-8000-' + '0'.repeat(12) }, victim.id, true)).rejects.toThrow(
      'That user does not exist.',
    );
    expect(await listUsers(handle.db, other!.id)).toEqual([]);
  });
});
