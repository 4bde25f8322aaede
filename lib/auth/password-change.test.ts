import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { users, workspaces } from '@/db/schema';
import { testDatabases } from '@/test/support/databases';
import { UserFacingError } from '@/lib/user-facing-error';
import { changeOwnPassword, WRONG_CURRENT_PASSWORD } from './password-change';
import { hashPassword, verifyPassword } from './password';
import { userForSession } from './session-user';

describe.each(testDatabases)('changing one’s own password on $name', ({ open }) => {
  let handle: DbHandle;
  let userId: string;

  beforeAll(async () => {
    handle = await open();
    const [ws] = await handle.db.insert(workspaces).values({ name: 'Acme' }).returning();
    const [user] = await handle.db
      .insert(users)
      .values({ workspaceId: ws!.id, email: 'me@acme.example', name: 'Me', role: 'viewer', passwordHash: await hashPassword('the old password') })
      .returning();
    userId = user!.id;
  });
  afterAll(() => handle.close());

  it('refuses a wrong current password at its field and changes nothing', async () => {
    const failure = await changeOwnPassword(handle.db, userId, { currentPassword: 'not the old one', newPassword: 'a brand new password' }).catch((e) => e);
    expect(failure).toBeInstanceOf(UserFacingError);
    expect((failure as UserFacingError).fieldErrors).toEqual({ currentPassword: [WRONG_CURRENT_PASSWORD] });
    const [row] = await handle.db.select().from(users).where(eq(users.id, userId));
    expect(await verifyPassword(row!.passwordHash, 'the old password')).toBe(true);
    expect(row!.sessionEpoch).toBe(0);
  });

  it('refuses the same password again', async () => {
    await expect(changeOwnPassword(handle.db, userId, { currentPassword: 'the old password', newPassword: 'the old password' })).rejects.toThrow(
      'Check the highlighted fields.',
    );
  });

  it('stores the new argon2id hash and ends every session issued before', async () => {
    expect(await userForSession(handle.db, { userId, sessionEpoch: 0 })).not.toBeNull();
    await changeOwnPassword(handle.db, userId, { currentPassword: 'the old password', newPassword: 'a brand new password' });
    const [row] = await handle.db.select().from(users).where(eq(users.id, userId));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row!.passwordHash, 'a brand new password')).toBe(true);
    expect(await verifyPassword(row!.passwordHash, 'the old password')).toBe(false);
    expect(await userForSession(handle.db, { userId, sessionEpoch: 0 })).toBeNull();
  });
});
