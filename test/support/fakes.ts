/**
 * The fakes the access matrix and the input fuzz share: the session next-auth would read, the
 * database behind `@/db`, cookies, the cache, and a note of every SP-API client made (the
 * client itself stays real). Vitest only hoists `vi.mock` written in the test file itself, so
 * each test file keeps five one-line mocks that hand over to the factories below:
 *
 *   vi.mock('@/db', async () => (await import('@/test/support/fakes')).fakeDbModule());
 *   vi.mock('next-auth', async (original) => (await import('@/test/support/fakes')).fakeNextAuthModule(original));
 *   vi.mock('next/headers', async () => (await import('@/test/support/fakes')).fakeHeadersModule());
 *   vi.mock('next/cache', async () => (await import('@/test/support/fakes')).fakeCacheModule());
 *   vi.mock('@/lib/accounts/sp-api-for-account', async (original) => (await import('@/test/support/fakes')).fakeSpApiForAccountModule(original));
 *
 * This module imports nothing at run time, so a factory loading it cannot load a mocked module
 * before its mock is in place.
 */
import type * as NextAuth from 'next-auth';
import type * as SpApiForAccount from '@/lib/accounts/sp-api-for-account';
import type { Tenant } from '@/lib/tenancy';

export const fake = {
  db: null as unknown,
  session: null as { user: { id: string; sessionEpoch: number }; expires: string } | null,
  cookies: new Map<string, string>(),
  cookieWrites: [] as string[],
  revalidated: [] as string[],
  clientsMade: [] as Array<Tenant>,
};

export const fakeDbModule = () => ({ getDb: async () => fake.db });

/** What vi.mock hands a factory: the module as it would have been imported. */
type ImportOriginal = <T = unknown>() => Promise<T>;

export async function fakeNextAuthModule(original: ImportOriginal) {
  return { ...(await original<typeof NextAuth>()), getServerSession: async () => fake.session };
}

export const fakeHeadersModule = () => ({
  cookies: async () => ({
    get: (name: string) => (fake.cookies.has(name) ? { name, value: fake.cookies.get(name)! } : undefined),
    getAll: () => [...fake.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => fake.cookies.has(name),
    set: (name: string, value: string) => {
      fake.cookieWrites.push(`${name}=${value}`);
      fake.cookies.set(name, value);
    },
    delete: (name: string) => {
      fake.cookieWrites.push(`${name}=`);
      fake.cookies.delete(name);
    },
  }),
});

export const fakeCacheModule = () => ({
  revalidatePath: (path: string) => void fake.revalidated.push(path),
  revalidateTag: (tag: string) => void fake.revalidated.push(`tag:${tag}`),
});

/** The real workspace check and client; noted so a call that obtained another workspace's client is seen. */
export async function fakeSpApiForAccountModule(original: ImportOriginal) {
  const real = await original<typeof SpApiForAccount>();
  return {
    ...real,
    spApiForAccount: async (...args: Parameters<typeof real.spApiForAccount>) => {
      const client = await real.spApiForAccount(...args);
      fake.clientsMade.push({ workspaceId: args[1], accountId: args[2] });
      return client;
    },
  };
}
