/**
 * The website authorization workflow end to end against the simulator: consent URL, the
 * consent page's redirect with a code, the code exchange, the sealed refresh token, and the
 * account's marketplaces read through the SP-API client.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { startSimulator } from '@/simulator/core/server';
import { testDatabases } from '@/test/support/databases';

let sim: Awaited<ReturnType<typeof startSimulator>>;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 3, orders: 50, enforceQuotas: false });
  Object.assign(process.env, {
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'accounts-')),
    // Each region's calls go to its own host, as npm start configures it.
    SPAPI_ENDPOINT: `${sim.url}/{region}`,
    LWA_ENDPOINT: `${sim.url}/auth/o2/token`,
    SPAPI_CONSENT_URL: `${sim.url}/apps/authorize/consent`,
    LWA_CLIENT_ID: 'amzn1.application-oa2-client.simdemo',
    LWA_CLIENT_SECRET: 'amzn1.oa2-cs.v1.simdemo-secret',
    SPAPI_APPLICATION_ID: 'amzn1.sp.solution.simdemo',
    NEXTAUTH_URL: 'http://localhost:3999',
  });
});
afterAll(() => sim.close());

/** What a seller does on Amazon's consent page: pick the account, confirm; returns where Amazon redirects. */
async function consent(consentUrl: string, sellingPartnerId: string): Promise<URL> {
  const page = await fetch(consentUrl);
  expect(page.status).toBe(200);
  const u = new URL(consentUrl);
  const form = new URLSearchParams({
    application_id: u.searchParams.get('application_id')!,
    state: u.searchParams.get('state')!,
    redirect_uri: u.searchParams.get('redirect_uri')!,
    version: 'beta',
    selling_partner_id: sellingPartnerId,
  });
  const confirmed = await fetch(`${u.origin}/apps/authorize/consent`, { method: 'POST', body: form, redirect: 'manual' });
  expect(confirmed.status).toBe(302);
  return new URL(confirmed.headers.get('location')!);
}

describe.each(testDatabases)('connecting an Amazon account on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(() => handle.close());

  it('connects through consent, seals the token, reads marketplaces, and refuses a replayed callback', async () => {
    const { createFirstOwner } = await import('@/lib/users/service');
    const { startAuthorization } = await import('./authorization');
    const { amazonApp, authorizationRedirectUri } = await import('./amazon-app');
    const { completeAmazonConnection } = await import('./complete-connection');
    const { listSellerAccounts, readRefreshToken } = await import('./service');
    const { secretBox } = await import('./secret-box');

    const owner = await createFirstOwner(handle.db, { workspaceName: 'Acme', name: 'O', email: 'o@acme.example', password: 'a very good password' });
    const user = { id: owner.userId, workspaceId: owner.workspaceId, role: 'owner' as const, email: 'o@acme.example', name: 'O' };
    const app = amazonApp();
    const consentUrl = await startAuthorization(handle.db, {
      userId: user.id,
      workspaceId: user.workspaceId,
      region: 'eu',
      applicationId: app.applicationId,
      redirectUri: authorizationRedirectUri(),
      consentUrl: app.consentUrl,
    });

    const back = await consent(consentUrl, 'A1DEMOSELLEREU');
    expect(back.origin + back.pathname).toBe('http://localhost:3999/api/amazon/callback');
    const callback = {
      state: back.searchParams.get('state'),
      code: back.searchParams.get('spapi_oauth_code'),
      sellingPartnerId: back.searchParams.get('selling_partner_id'),
    };
    const { accountId, sellingPartnerId } = await completeAmazonConnection(handle.db, user, callback);
    expect(sellingPartnerId).toBe('A1DEMOSELLEREU');

    const [account] = await listSellerAccounts(handle.db, user.workspaceId);
    expect(account).toMatchObject({ id: accountId, sellingPartnerId: 'A1DEMOSELLEREU', region: 'eu' });
    expect(account!.marketplaces.map((m) => m.countryCode).sort()).toEqual(['DE', 'GB']);
    // The refresh token Amazon issued is readable only through the sealed column.
    expect(await readRefreshToken(handle.db, await secretBox(handle.db), user.workspaceId, accountId)).toMatch(/^Atzr\|sim\./);

    await expect(completeAmazonConnection(handle.db, user, callback)).rejects.toThrow(/expired or was already used/);

    // One client per account for the process (its access token is reused); buckets shared on PostgreSQL.
    const { quotaStoreFor, spApiForAccount } = await import('./sp-api-for-account');
    const { PostgresQuotaStore } = await import('@/lib/sp-api/quota-postgres');
    const client = await spApiForAccount(handle.db, user.workspaceId, accountId);
    expect(await spApiForAccount(handle.db, user.workspaceId, accountId)).toBe(client);
    expect(quotaStoreFor(handle.db) instanceof PostgresQuotaStore).toBe(handle.kind === 'postgres');
    await client.sellers.getMarketplaceParticipations({});
    if (handle.kind === 'postgres') {
      const { sql } = await import('drizzle-orm');
      const buckets = await handle.db.execute(sql`select key from sp_api_quota_buckets`);
      expect(JSON.stringify(buckets)).toMatch(/A1DEMOSELLEREU.*getMarketplaceParticipations/);
    }
    await expect(spApiForAccount(handle.db, 'ffffffff-0000-4000-8000-000000000000', accountId)).rejects.toThrow('That Amazon account is not connected.');
  });

  it('refuses a callback whose state was never issued, before talking to Amazon', async () => {
    const { completeAmazonConnection } = await import('./complete-connection');
    const user = {
      id: '00000000-0000-4000-8000-000000000001',
      workspaceId: '00000000-0000-4000-8000-000000000002',
      role: 'owner' as const,
      email: 'x',
      name: 'x',
    };
    await expect(completeAmazonConnection(handle.db, user, { state: 'forged', code: 'whatever', sellingPartnerId: 'A1DEMOSELLERNA' })).rejects.toThrow(
      /expired or was already used/,
    );
    await expect(completeAmazonConnection(handle.db, user, { state: null, code: null, sellingPartnerId: null })).rejects.toThrow(/did not complete/);
  });

  it('refuses in plain words, before any query, a callback whose values were edited to hold a NUL or a long paste', async () => {
    const { completeAmazonConnection } = await import('./complete-connection');
    const user = {
      id: '00000000-0000-4000-8000-000000000001',
      workspaceId: '00000000-0000-4000-8000-000000000002',
      role: 'owner' as const,
      email: 'x',
      name: 'x',
    };
    for (const edited of [
      { state: 'a\u0000b' },
      { code: 'c\u0000' },
      { sellingPartnerId: 'A1\u0000' },
      { state: 'x'.repeat(100_000) },
      { sellingPartnerId: 'A1 DEMO' },
    ]) {
      await expect(
        completeAmazonConnection(handle.db, user, { state: 'forged', code: 'whatever', sellingPartnerId: 'A1DEMOSELLERNA', ...edited }),
      ).rejects.toThrow(/did not complete/);
    }
  });
});
