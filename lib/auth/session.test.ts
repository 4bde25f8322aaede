import type { Session } from 'next-auth';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { testDatabases } from '@/test/support/databases';
import { createFirstOwner, createUser, setUserDisabled } from '@/lib/users/service';
import { authenticate } from './authenticate';

// The cookie's claims as next-auth would decode them, and the test's database as the app's.
const state = vi.hoisted(() => ({ session: null as Session | null, db: null as unknown }));
vi.mock('next-auth', () => ({ getServerSession: async () => state.session }));
vi.mock('./options', () => ({ authOptions: () => ({}) }));
vi.mock('@/db', () => ({ getDb: async () => state.db }));

const { getCurrentUser } = await import('./session');
const { endAllSessions } = await import('./session-user');

const limits = { maxFailures: 5, addressMaxFailures: 20, accountMaxFailures: 50, lockMinutes: 15 };
const sessionOf = (user: { id: string; sessionEpoch?: number }): Session => ({ user, expires: '2099-01-01T00:00:00Z' });

describe.each(testDatabases)('the session check on $name', ({ open }) => {
  let handle: DbHandle;
  let owner: { id: string; role: 'owner'; workspaceId: string };

  beforeAll(async () => {
    handle = await open();
    state.db = handle.db;
    const created = await createFirstOwner(handle.db, { workspaceName: 'Acme', name: 'Olivia', email: 'owner@acme.example', password: 'a very good password' });
    owner = { id: created.userId, role: 'owner', workspaceId: created.workspaceId };
  });
  beforeEach(() => {
    state.db = handle.db;
  });
  afterAll(() => handle.close());

  async function signIn(email: string, password: string) {
    const result = await authenticate(handle.db, { email, password, address: '198.51.100.7' }, limits);
    if (!result.ok) throw new Error(`sign-in refused: ${result.reason}`);
    return sessionOf({ id: result.user.id, sessionEpoch: result.user.sessionEpoch });
  }

  it('names the signed-in user while the session is current', async () => {
    state.session = await signIn('owner@acme.example', 'a very good password');
    expect(await getCurrentUser()).toMatchObject({ id: owner.id, role: 'owner' });
    state.session = null;
    expect(await getCurrentUser()).toBeNull();
  });

  it('stops honouring every session issued before "Sign out everywhere", and honours the next sign-in', async () => {
    const id = await createUser(handle.db, owner, { name: 'Opal', email: 'opal@acme.example', role: 'operator', password: 'operator password' });
    const laptop = await signIn('opal@acme.example', 'operator password');
    const phone = await signIn('opal@acme.example', 'operator password');
    state.session = phone;
    expect(await getCurrentUser()).toMatchObject({ id });

    await endAllSessions(handle.db, id);
    for (const old of [laptop, phone]) {
      state.session = old;
      expect(await getCurrentUser()).toBeNull();
    }
    state.session = await signIn('opal@acme.example', 'operator password');
    expect(await getCurrentUser()).toMatchObject({ id });
  });

  it('puts a disabled user out at once, and enabling them again does not bring the old session back', async () => {
    const id = await createUser(handle.db, owner, { name: 'Dee', email: 'dee@acme.example', role: 'viewer', password: 'viewer password 1' });
    const session = await signIn('dee@acme.example', 'viewer password 1');
    state.session = session;
    expect(await getCurrentUser()).toMatchObject({ id });

    await setUserDisabled(handle.db, owner, id, true);
    expect(await getCurrentUser()).toBeNull();
    await setUserDisabled(handle.db, owner, id, false);
    expect(await getCurrentUser()).toBeNull();
    state.session = await signIn('dee@acme.example', 'viewer password 1');
    expect(await getCurrentUser()).toMatchObject({ id });
  });
});
