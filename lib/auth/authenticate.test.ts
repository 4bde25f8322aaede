import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { testDatabases } from '@/test/databases';
import { createFirstOwner, createUser, setUserDisabled } from '@/lib/users/service';
import { authenticate, describeAuthenticationFailure } from './authenticate';

const policy = { maxFailures: 3, lockMinutes: 15 };

describe.each(testDatabases)('authenticate on $name', ({ open }) => {
  let handle: DbHandle;
  let owner: { userId: string; workspaceId: string };

  beforeAll(async () => {
    handle = await open();
    owner = await createFirstOwner(handle.db, { workspaceName: 'Acme', name: 'Olivia', email: 'Owner@Acme.example', password: 'a very good password' });
  });
  afterAll(() => handle.close());

  it('accepts the right password, whatever the email case', async () => {
    const result = await authenticate(handle.db, { email: ' OWNER@acme.example ', password: 'a very good password' }, policy);
    expect(result).toMatchObject({ ok: true, user: { id: owner.userId, role: 'owner', workspaceId: owner.workspaceId } });
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    expect(await authenticate(handle.db, { email: 'owner@acme.example', password: 'nope' }, policy)).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate(handle.db, { email: 'nobody@acme.example', password: 'nope' }, policy)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses an email the sign-in form could never hold (a NUL byte, 100 kB) without asking the database', async () => {
    expect(await authenticate(handle.db, { email: 'owner@acme.example\u0000', password: 'a very good password' }, policy)).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate(handle.db, { email: `${'o'.repeat(100_000)}@acme.example`, password: 'nope' }, policy)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('locks an email after repeated failures, even for the right password, until the lock expires', async () => {
    const email = 'locked@acme.example';
    await createUser(handle.db, { id: owner.userId, role: 'owner', workspaceId: owner.workspaceId }, { name: 'L', email, role: 'operator', password: 'right password here' });
    const t0 = new Date('2026-01-01T10:00:00Z');
    for (let i = 0; i < 3; i++) {
      expect(await authenticate(handle.db, { email, password: 'wrong' }, policy, t0)).toEqual({ ok: false, reason: 'invalid' });
    }
    const locked = await authenticate(handle.db, { email, password: 'right password here' }, policy, new Date(t0.getTime() + 60_000));
    expect(locked).toEqual({ ok: false, reason: 'locked', retryAfterMinutes: 14 });
    expect(describeAuthenticationFailure(locked as Exclude<typeof locked, { ok: true }>)).toBe('Too many failed sign-ins. Try again in 14 minutes.');

    const later = new Date(t0.getTime() + 16 * 60_000);
    expect(await authenticate(handle.db, { email, password: 'right password here' }, policy, later)).toMatchObject({ ok: true });
    // Success clears the count: one failure afterwards does not lock again.
    expect(await authenticate(handle.db, { email, password: 'wrong' }, policy, later)).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate(handle.db, { email, password: 'right password here' }, policy, later)).toMatchObject({ ok: true });
  });

  it('refuses a disabled user', async () => {
    const actor = { id: owner.userId, role: 'owner' as const, workspaceId: owner.workspaceId };
    const id = await createUser(handle.db, actor, { name: 'D', email: 'gone@acme.example', role: 'viewer', password: 'right password here' });
    await setUserDisabled(handle.db, actor, id, true);
    expect(await authenticate(handle.db, { email: 'gone@acme.example', password: 'right password here' }, policy)).toEqual({ ok: false, reason: 'disabled' });
  });
});
