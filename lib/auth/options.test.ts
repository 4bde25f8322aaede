import type { NextApiRequest, NextApiResponse } from 'next';
import NextAuth from 'next-auth';
import { decode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { openDatabase } from '@/db/client';
import { createFirstOwner } from '@/lib/users/service';

const AUTH_SECRET = 'a test secret that is long enough to sign cookies';
const state = vi.hoisted(() => ({ db: null as unknown }));
vi.mock('@/db', () => ({ getDb: async () => state.db }));

/** next-auth's own request handler, driven as Next.js would, collecting the cookies it sets. */
async function call(options: Awaited<ReturnType<typeof loadOptions>>, req: Partial<NextApiRequest>) {
  const setCookies: string[] = [];
  let body: unknown;
  const res = {
    status: () => res,
    setHeader: (name: string, value: string | string[]) => {
      if (name.toLowerCase() === 'set-cookie') setCookies.push(...(Array.isArray(value) ? value : [value]));
      return res;
    },
    getHeader: (name: string) => (name.toLowerCase() === 'set-cookie' ? setCookies : undefined),
    json: (value: unknown) => void (body = value),
    send: (value: unknown) => void (body = value),
    end: () => undefined,
  };
  await NextAuth({ method: 'GET', headers: {}, cookies: {}, body: {}, ...req } as NextApiRequest, res as unknown as NextApiResponse, options);
  return { setCookies, body };
}

async function loadOptions() {
  return (await import('./options')).authOptions();
}

const cookie = (setCookies: string[], name: string) => setCookies.find((c) => c.startsWith(`${name}=`));

describe('session cookies on an https site', () => {
  let handle: DbHandle;

  beforeAll(async () => {
    vi.stubEnv('NEXTAUTH_URL', 'https://ops.acme.example');
    vi.stubEnv('AUTH_SECRET', AUTH_SECRET);
    handle = await openDatabase({ pgliteDir: null });
    state.db = handle.db;
    await createFirstOwner(handle.db, { workspaceName: 'Acme', name: 'Olivia', email: 'owner@acme.example', password: 'a very good password' });
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await handle.close();
  });

  it('are HttpOnly, SameSite=Lax and Secure, and carry the session epoch', async () => {
    const options = await loadOptions();
    expect(options.useSecureCookies).toBe(true);

    const csrf = await call(options, { query: { nextauth: ['csrf'] } });
    const csrfCookie = cookie(csrf.setCookies, '__Host-next-auth.csrf-token')!;
    const csrfValue = decodeURIComponent(csrfCookie.split(';')[0]!.split('=')[1]!);
    const { csrfToken } = csrf.body as { csrfToken: string };

    const signIn = await call(options, {
      method: 'POST',
      query: { nextauth: ['callback', 'credentials'] },
      headers: { 'x-forwarded-for': '198.51.100.7' },
      cookies: { '__Host-next-auth.csrf-token': csrfValue },
      body: { csrfToken, email: 'owner@acme.example', password: 'a very good password', json: 'true' },
    });
    const session = cookie(signIn.setCookies, '__Secure-next-auth.session-token');
    expect(session).toBeDefined();
    const attributes = session!.split(';').map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'secure', 'path=/']));

    const token = await decode({ token: decodeURIComponent(session!.split(';')[0]!.split('=')[1]!), secret: AUTH_SECRET });
    expect(token).toMatchObject({ sessionEpoch: 0, email: 'owner@acme.example' });
  });
});
