/**
 * The SP-API client acting for one connected account of a workspace. Clients are kept per
 * account (and refresh token) for the life of the process, so their access tokens are reused
 * instead of fetched again for every page and action. Quota buckets are shared by every
 * client of the process; on PostgreSQL they live in the database, shared by every instance.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { sellerAccounts } from '@/db/schema';
import { createSpApiClient, PostgresQuotaStore, postgresJsExecutor } from '@/lib/sp-api';
import type { SpApiClient, QuotaStore } from '@/lib/sp-api/types';
import { UserFacingError } from '@/lib/user-facing-error';
import { amazonApp } from './amazon-app';
import { secretBox } from './secret-box';
import { readRefreshToken } from './service';

const clients = new WeakMap<Db, Map<string, SpApiClient>>();
const quotaStores = new WeakMap<Db, QuotaStore | undefined>();

/** PostgreSQL (postgres.js underneath): buckets in the database. PGlite: one process, in memory. */
export function quotaStoreFor(db: Db): QuotaStore | undefined {
  if (!quotaStores.has(db)) {
    const driver = (db as unknown as { $client?: unknown }).$client;
    const isPostgresJs = typeof driver === 'function' && 'unsafe' in driver;
    quotaStores.set(db, isPostgresJs ? new PostgresQuotaStore(postgresJsExecutor(driver as Parameters<typeof postgresJsExecutor>[0])) : undefined);
  }
  return quotaStores.get(db);
}

export async function spApiForAccount(db: Db, workspaceId: string, accountId: string): Promise<SpApiClient> {
  const [account] = await db
    .select({ sellingPartnerId: sellerAccounts.sellingPartnerId, region: sellerAccounts.region })
    .from(sellerAccounts)
    .where(and(eq(sellerAccounts.id, accountId), eq(sellerAccounts.workspaceId, workspaceId), isNull(sellerAccounts.disconnectedAt)));
  if (!account) throw new UserFacingError('That Amazon account is not connected.');
  const refreshToken = await readRefreshToken(db, await secretBox(db), workspaceId, accountId);
  // A reconnected account (new refresh token) gets a new client; the hash keeps the token out of the key.
  const key = `${accountId}:${createHash('sha256').update(refreshToken).digest('base64url')}`;
  const perDb = clients.get(db) ?? new Map<string, SpApiClient>();
  clients.set(db, perDb);
  const cached = perDb.get(key);
  if (cached) return cached;

  const app = amazonApp();
  const quotaStore = quotaStoreFor(db);
  const client = createSpApiClient({
    credentials: { clientId: app.clientId, clientSecret: app.clientSecret, refreshToken },
    sellingPartnerId: account.sellingPartnerId,
    region: account.region,
    endpoints: { spApiEndpoint: app.spApiEndpoint, lwaEndpoint: app.lwaEndpoint },
    ...(quotaStore ? { quotaStore } : {}),
  });
  for (const old of perDb.keys()) if (old.startsWith(`${accountId}:`)) perDb.delete(old);
  perDb.set(key, client);
  return client;
}
