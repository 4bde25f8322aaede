import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { testDatabases } from '@/test/support/databases';
import { createFirstOwner, createUser, setUserDisabled } from '@/lib/users/service';
import { authenticate, describeAuthenticationFailure, type AuthenticationResult } from './authenticate';

const policy = { maxFailures: 3, lockMinutes: 15, addressMaxFailures: 20, accountMaxFailures: 6 };
const HOME = '198.51.100.7';
const failureOf = (result: AuthenticationResult) => result as Exclude<AuthenticationResult, { ok: true }>;

describe.each(testDatabases)('authenticate on $name', ({ open }) => {
  let handle: DbHandle;
  let owner: { userId: string; workspaceId: string };
  const actor = () => ({ id: owner.userId, role: 'owner' as const, workspaceId: owner.workspaceId });

  beforeAll(async () => {
    handle = await open();
    owner = await createFirstOwner(handle.db, { workspaceName: 'Acme', name: 'Olivia', email: 'Owner@Acme.example', password: 'a very good password' });
  });
  afterAll(() => handle.close());

  it('accepts the right password, whatever the email case', async () => {
    const result = await authenticate(handle.db, { email: ' OWNER@acme.example ', password: 'a very good password', address: HOME }, policy);
    expect(result).toMatchObject({ ok: true, user: { id: owner.userId, role: 'owner', workspaceId: owner.workspaceId } });
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    expect(await authenticate(handle.db, { email: 'owner@acme.example', password: 'nope', address: HOME }, policy)).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate(handle.db, { email: 'nobody@acme.example', password: 'nope', address: HOME }, policy)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses an email the sign-in form could never hold (a NUL byte, 100 kB) without asking the database', async () => {
    expect(await authenticate(handle.db, { email: 'owner@acme.example\u0000', password: 'a very good password', address: HOME }, policy)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await authenticate(handle.db, { email: `${'o'.repeat(100_000)}@acme.example`, password: 'nope', address: HOME }, policy)).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('locks an email at one address after repeated failures, even for the right password, until the lock expires', async () => {
    const email = 'locked@acme.example';
    const address = '192.0.2.10';
    await createUser(handle.db, actor(), { name: 'L', email, role: 'operator', password: 'right password here' });
    const t0 = new Date('2026-01-01T10:00:00Z');
    for (let i = 0; i < 3; i++) {
      expect(await authenticate(handle.db, { email, password: 'wrong', address }, policy, t0)).toEqual({ ok: false, reason: 'invalid' });
    }
    const locked = await authenticate(handle.db, { email, password: 'right password here', address }, policy, new Date(t0.getTime() + 60_000));
    expect(locked).toEqual({ ok: false, reason: 'locked', retryAfterMinutes: 14 });
    expect(describeAuthenticationFailure(failureOf(locked))).toBe('Too many failed sign-ins. Try again in 14 minutes.');

    const later = new Date(t0.getTime() + 16 * 60_000);
    expect(await authenticate(handle.db, { email, password: 'right password here', address }, policy, later)).toMatchObject({ ok: true });
    // Success clears the count: one failure afterwards does not lock again.
    expect(await authenticate(handle.db, { email, password: 'wrong', address }, policy, later)).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate(handle.db, { email, password: 'right password here', address }, policy, later)).toMatchObject({ ok: true });
  });

  it('keeps the owner signing in from their own address while another address hammers their email', async () => {
    const email = 'hammered@acme.example';
    await createUser(handle.db, actor(), { name: 'H', email, role: 'owner', password: 'the real password' });
    const t0 = new Date('2026-02-01T10:00:00Z');
    const attacker = '203.0.113.66';
    for (let i = 0; i < 10; i++) await authenticate(handle.db, { email, password: `guess ${i}`, address: attacker }, policy, t0);
    expect(await authenticate(handle.db, { email, password: 'the real password', address: attacker }, policy, t0)).toMatchObject({ reason: 'locked' });

    // The owner has never signed in before, and signs in now from another address.
    expect(await authenticate(handle.db, { email, password: 'the real password', address: HOME }, policy, t0)).toMatchObject({ ok: true });
  });

  it('refuses the 21st failure from one address, whatever the emails, while other addresses go on', async () => {
    const address = '203.0.113.21';
    const t0 = new Date('2026-03-01T10:00:00Z');
    for (let i = 0; i < 20; i++) {
      expect(await authenticate(handle.db, { email: `spray-${i}@acme.example`, password: 'Summer2026!', address }, policy, t0)).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
    const refused = await authenticate(
      handle.db,
      { email: 'owner@acme.example', password: 'a very good password', address },
      policy,
      new Date(t0.getTime() + 2 * 60_000),
    );
    expect(refused).toEqual({ ok: false, reason: 'address-locked', retryAfterMinutes: 13 });
    expect(describeAuthenticationFailure(failureOf(refused))).toBe('Too many attempts from this address; try again in 13 minutes.');
    expect(await authenticate(handle.db, { email: 'owner@acme.example', password: 'a very good password', address: HOME }, policy, t0)).toMatchObject({
      ok: true,
    });
    // The address is let in again once the lock is over.
    const later = new Date(t0.getTime() + 16 * 60_000);
    expect(await authenticate(handle.db, { email: 'owner@acme.example', password: 'a very good password', address }, policy, later)).toMatchObject({
      ok: true,
    });
  });

  it('does not let a successful sign-in of its own reset the count of an address', async () => {
    const address = '203.0.113.22';
    const t0 = new Date('2026-03-02T10:00:00Z');
    await createUser(handle.db, actor(), { name: 'M', email: 'mallory@acme.example', role: 'viewer', password: 'mallory password' });
    for (let i = 0; i < 19; i++) await authenticate(handle.db, { email: `spray-${i}@acme.example`, password: 'nope', address }, policy, t0);
    expect(await authenticate(handle.db, { email: 'mallory@acme.example', password: 'mallory password', address }, policy, t0)).toMatchObject({ ok: true });
    expect(await authenticate(handle.db, { email: 'spray-19@acme.example', password: 'nope', address }, policy, t0)).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate(handle.db, { email: 'spray-20@acme.example', password: 'nope', address }, policy, t0)).toMatchObject({
      reason: 'address-locked',
    });
  });

  it('closes an email guessed at from many addresses to new addresses only, not to the ones its user signed in from', async () => {
    const email = 'distributed@acme.example';
    await createUser(handle.db, actor(), { name: 'D', email, role: 'operator', password: 'distributed password' });
    const t0 = new Date('2026-04-01T10:00:00Z');
    expect(await authenticate(handle.db, { email, password: 'distributed password', address: HOME }, policy, t0)).toMatchObject({ ok: true });
    // Six failures from three addresses: under each pair's limit, at the email's.
    for (const address of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      for (let i = 0; i < 2; i++) {
        expect(await authenticate(handle.db, { email, password: `guess ${i}`, address }, policy, t0)).toEqual({ ok: false, reason: 'invalid' });
      }
    }
    const stranger = await authenticate(handle.db, { email, password: 'distributed password', address: '203.0.113.4' }, policy, t0);
    expect(stranger).toEqual({ ok: false, reason: 'account-locked', retryAfterMinutes: 15 });
    expect(describeAuthenticationFailure(failureOf(stranger))).toBe(
      'Too many failed sign-ins for this email from new places. Sign in from a network you have signed in from before, or try again in 15 minutes.',
    );
    // The user's own network is not subject to that lock.
    expect(await authenticate(handle.db, { email, password: 'distributed password', address: HOME }, policy, t0)).toMatchObject({ ok: true });
  });

  it('counts concurrent failures one by one', async () => {
    const address = '203.0.113.30';
    const t0 = new Date('2026-05-01T10:00:00Z');
    await Promise.all([0, 1, 2].map((i) => authenticate(handle.db, { email: 'race@acme.example', password: `x${i}`, address }, policy, t0)));
    expect(await authenticate(handle.db, { email: 'race@acme.example', password: 'x', address }, policy, t0)).toMatchObject({ reason: 'locked' });
  });

  it('refuses a disabled user', async () => {
    const id = await createUser(handle.db, actor(), { name: 'D', email: 'gone@acme.example', role: 'viewer', password: 'right password here' });
    await setUserDisabled(handle.db, actor(), id, true);
    expect(await authenticate(handle.db, { email: 'gone@acme.example', password: 'right password here', address: HOME }, policy)).toEqual({
      ok: false,
      reason: 'disabled',
    });
  });
});
