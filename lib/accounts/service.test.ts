import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { sellerAccounts, workspaces } from '@/db/schema';
import { SecretBox } from '@/lib/crypto/secret-box';
import { createFirstOwner } from '@/lib/users/service';
import { testDatabases } from '@/test/support/databases';
import { consumeAuthorizationState, startAuthorization } from './authorization';
import { clientSecretNotice, clientSecretWarning } from './client-secret-expiry';
import { connectSellerAccount, disconnectSellerAccount, listSellerAccounts, readRefreshToken, saveMarketplaces } from './service';

const box = new SecretBox(randomBytes(32));
const US = { marketplaceId: 'ATVPDKIKX0DER', countryCode: 'US', name: 'Amazon.com', currencyCode: 'USD', domainName: 'www.amazon.com', participating: true };

describe.each(testDatabases)('seller accounts on $name', ({ open }) => {
  let handle: DbHandle;
  let owner: { userId: string; workspaceId: string };

  beforeAll(async () => {
    handle = await open();
    owner = await createFirstOwner(handle.db, { workspaceName: 'Acme', name: 'O', email: 'o@acme.example', password: 'a very good password' });
  });
  afterAll(() => handle.close());

  it('keeps the refresh token sealed at rest and reads it back only for its workspace', async () => {
    const id = await connectSellerAccount(handle.db, box, {
      ...owner,
      sellingPartnerId: 'A1DEMOSELLERNA',
      region: 'na',
      name: 'Acme US',
      refreshToken: 'Atzr|sim.demo.na',
    });
    const [row] = await handle.db.select().from(sellerAccounts).where(eq(sellerAccounts.id, id));
    expect(row!.refreshTokenSealed).toMatch(/^v1\./);
    expect(row!.refreshTokenSealed).not.toContain('sim.demo');
    expect(await readRefreshToken(handle.db, box, owner.workspaceId, id)).toBe('Atzr|sim.demo.na');

    const [other] = await handle.db.insert(workspaces).values({ name: 'Other' }).returning();
    await expect(readRefreshToken(handle.db, box, other!.id, id)).rejects.toThrow('That Amazon account is not connected.');
    expect(await listSellerAccounts(handle.db, other!.id)).toEqual([]);
  });

  it('lists accounts with their marketplaces; reconnecting replaces the token without a second account', async () => {
    const id = await connectSellerAccount(handle.db, box, {
      ...owner,
      sellingPartnerId: 'A1DEMOSELLERNA',
      region: 'na',
      name: 'Acme US',
      refreshToken: 'Atzr|sim.new',
    });
    await saveMarketplaces(handle.db, id, [US]);
    const accounts = await listSellerAccounts(handle.db, owner.workspaceId);
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({ sellingPartnerId: 'A1DEMOSELLERNA', region: 'na', marketplaces: [US] });
    expect(await readRefreshToken(handle.db, box, owner.workspaceId, id)).toBe('Atzr|sim.new');
  });

  it('disconnecting deletes the token and hides the account', async () => {
    const [account] = await listSellerAccounts(handle.db, owner.workspaceId);
    await disconnectSellerAccount(handle.db, owner.workspaceId, account!.id);
    const [row] = await handle.db.select().from(sellerAccounts).where(eq(sellerAccounts.id, account!.id));
    expect(row!.refreshTokenSealed).toBeNull();
    expect(await listSellerAccounts(handle.db, owner.workspaceId)).toEqual([]);
    await expect(disconnectSellerAccount(handle.db, owner.workspaceId, account!.id)).rejects.toThrow('not connected');
  });

  it('accepts an authorization state once, only for the user who started it, and only before it expires', async () => {
    const t0 = new Date('2026-11-23T10:00:00Z');
    const start = (now: Date) =>
      startAuthorization(
        handle.db,
        {
          ...owner,
          region: 'eu',
          applicationId: 'amzn1.sp.solution.simdemo',
          redirectUri: 'http://localhost:3000/api/amazon/callback',
          consentUrl: 'http://127.0.0.1:4010/apps/authorize/consent',
        },
        now,
      );
    const url = new URL(await start(t0));
    expect(url.origin + url.pathname).toBe('http://127.0.0.1:4010/apps/authorize/consent');
    expect(url.searchParams.get('application_id')).toBe('amzn1.sp.solution.simdemo');
    expect(url.searchParams.get('version')).toBe('beta');
    const state = url.searchParams.get('state')!;
    expect(state.length).toBeGreaterThanOrEqual(32);

    const someoneElse = { state, userId: '00000000-0000-4000-8000-000000000000', workspaceId: owner.workspaceId };
    await expect(consumeAuthorizationState(handle.db, someoneElse, t0)).rejects.toThrow(/expired or was already used/);
    expect(await consumeAuthorizationState(handle.db, { state, ...owner }, t0)).toEqual({ region: 'eu' });
    await expect(consumeAuthorizationState(handle.db, { state, ...owner }, t0)).rejects.toThrow(/expired or was already used/);

    const late = new URL(await start(t0)).searchParams.get('state')!;
    await expect(consumeAuthorizationState(handle.db, { state: late, ...owner }, new Date(t0.getTime() + 11 * 60_000))).rejects.toThrow(/expired/);
  });
});

describe('clientSecretWarning', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('warns within 30 days, says when expired, and is quiet otherwise', () => {
    expect(clientSecretWarning(undefined, now)).toBeNull();
    expect(clientSecretWarning('2027-03-01', now)).toBeNull();
    expect(clientSecretWarning('2026-12-10', now)).toEqual({ kind: 'expiring', daysLeft: 17 });
    expect(clientSecretWarning('2026-11-01', now)).toEqual({ kind: 'expired' });
  });
  it('tells owners what to do', () => {
    expect(clientSecretNotice(null)).toBeNull();
    expect(clientSecretNotice({ kind: 'expiring', daysLeft: 1 })).toBe(
      'The Amazon app client secret expires in 1 day. Rotate it in Seller Central and update LWA_CLIENT_SECRET.',
    );
    expect(clientSecretNotice({ kind: 'expired' })).toContain('has expired');
  });
});

describe('parseDemoSellers', async () => {
  const { parseDemoSellers } = await import('./demo-accounts');
  it('reads seller, region and token, keeping the token whole', () => {
    expect(parseDemoSellers('A1DEMOSELLERNA:na:Atzr|sim.demo.na,A1DEMOSELLEREU:eu:Atzr|sim.demo.eu')).toEqual([
      { sellingPartnerId: 'A1DEMOSELLERNA', region: 'na', refreshToken: 'Atzr|sim.demo.na' },
      { sellingPartnerId: 'A1DEMOSELLEREU', region: 'eu', refreshToken: 'Atzr|sim.demo.eu' },
    ]);
    expect(parseDemoSellers(undefined)).toEqual([]);
    expect(() => parseDemoSellers('A1:xx:tok')).toThrow(/SPAPI_DEMO_REFRESH_TOKENS/);
  });
});
