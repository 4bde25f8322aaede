/**
 * Test helpers for the sync and integration tests: a workspace with a connected demo account,
 * and an SP-API client that talks to an in-process simulator on its clock without waiting for quotas.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { sellerAccountMarketplaces, sellerAccounts, workspaces } from '@/db/schema';
import { createSpApiClient, type SpApiClient, type SpApiClientOptions } from '@/lib/sp-api/client';
import { silentSpApiLogger } from '@/lib/sp-api/log';
import type { QuotaStore } from '@/lib/sp-api/quota';
import { REGION_PLACEHOLDER } from '@/lib/sp-api/regions';
import type { RunningSimulator } from '@/simulator/core/server';
import { DEMO_LWA_CLIENT_ID, DEMO_LWA_CLIENT_SECRET, DEMO_REFRESH_TOKENS } from '@/simulator/core/demo-credentials';
import type { Tenant } from '@/lib/tenancy';

export const NA_MARKETPLACES = [
  { marketplaceId: 'ATVPDKIKX0DER', countryCode: 'US', name: 'Amazon.com', currencyCode: 'USD', domainName: 'www.amazon.com' },
  { marketplaceId: 'A2EUQ1WTGCTBG2', countryCode: 'CA', name: 'Amazon.ca', currencyCode: 'CAD', domainName: 'www.amazon.ca' },
  { marketplaceId: 'A1AM78C64UM0Y8', countryCode: 'MX', name: 'Amazon.com.mx', currencyCode: 'MXN', domainName: 'www.amazon.com.mx' },
];
export const EU_MARKETPLACES = [
  { marketplaceId: 'A1F83G8C2ARO7P', countryCode: 'GB', name: 'Amazon.co.uk', currencyCode: 'GBP', domainName: 'www.amazon.co.uk' },
  { marketplaceId: 'A1PA6795UKMFR9', countryCode: 'DE', name: 'Amazon.de', currencyCode: 'EUR', domainName: 'www.amazon.de' },
];

/** Never waits: the simulator runs with quotas off in these tests. */
export const noQuotaWaits: QuotaStore = { reserve: async () => 0, setRate: async () => {} };

export async function seedDemoAccount(db: Db, region: 'na' | 'eu' = 'na'): Promise<Tenant> {
  const [workspace] = await db.insert(workspaces).values({ name: 'Sync test' }).returning({ id: workspaces.id });
  const workspaceId = workspace!.id;
  const [account] = await db
    .insert(sellerAccounts)
    .values({ workspaceId, sellingPartnerId: region === 'na' ? 'A1DEMOSELLERNA' : 'A1DEMOSELLEREU', region, name: `Demo ${region}` })
    .returning({ id: sellerAccounts.id });
  const accountId = account!.id;
  const marketplaces = region === 'na' ? NA_MARKETPLACES : EU_MARKETPLACES;
  await db.insert(sellerAccountMarketplaces).values(marketplaces.map((m) => ({ ...m, accountId, participating: true })));
  return { workspaceId, accountId };
}

export async function accountRegion(db: Db, accountId: string): Promise<'na' | 'eu'> {
  const [row] = await db.select({ region: sellerAccounts.region }).from(sellerAccounts).where(eq(sellerAccounts.id, accountId));
  return row?.region === 'eu' ? 'eu' : 'na';
}

export function simulatorClient(sim: RunningSimulator, region: 'na' | 'eu' = 'na', overrides: Partial<SpApiClientOptions> = {}): SpApiClient {
  return createSpApiClient({
    credentials: { clientId: DEMO_LWA_CLIENT_ID, clientSecret: DEMO_LWA_CLIENT_SECRET, refreshToken: DEMO_REFRESH_TOKENS[region] },
    sellingPartnerId: region === 'na' ? 'A1DEMOSELLERNA' : 'A1DEMOSELLEREU',
    region,
    endpoints: { spApiEndpoint: `${sim.url}/${REGION_PLACEHOLDER}`, lwaEndpoint: `${sim.url}/auth/o2/token` },
    now: () => sim.runtime.clock.nowMs(),
    quotaStore: noQuotaWaits,
    logger: silentSpApiLogger,
    retry: { maxAttempts: 1 },
    ...overrides,
  });
}

export async function simControl(sim: RunningSimulator, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(new URL(path, sim.url), {
    method,
    ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
  });
  return response.json();
}
