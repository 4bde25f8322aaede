/** Which options the create form may offer: operators and above only, since it can ask Amazon (getFeatures). */
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import type { CurrentUser } from '@/lib/auth/session';
import { seedDemoAccount } from '@/test/support/demo-account';
import { testDatabases } from '@/test/support/databases';
import type { Tenant } from '@/lib/tenancy';

const state: { user: CurrentUser | null; db: DbHandle['db'] | null; calls: string[] } = { user: null, db: null, calls: [] };
const fakeClient = {
  fulfillmentOutbound: {
    getFeatures: async () => (state.calls.push('getFeatures'), { payload: { features: [] } }),
  },
};
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => state.user }));
vi.mock('@/db', () => ({ getDb: async () => state.db }));
vi.mock('@/lib/accounts/sp-api-for-account', () => ({ spApiForAccount: async () => fakeClient }));

const { GET } = await import('./route');

describe.each(testDatabases)('GET /api/outbound/features on $name', (database) => {
  let handle: DbHandle;
  let tenant: Tenant;
  const get = () => GET(new NextRequest(`http://localhost/api/outbound/features?accountId=${tenant.accountId}&marketplaceId=ATVPDKIKX0DER`));

  beforeAll(async () => {
    handle = await database.open();
    state.db = handle.db;
    tenant = await seedDemoAccount(handle.db);
  });
  afterAll(() => handle.close());
  beforeEach(() => {
    state.calls = [];
    state.user = { id: '00000000-0000-4000-8000-000000000003', email: 'v@example.com', name: 'V', role: 'viewer', workspaceId: tenant.workspaceId };
  });

  it('spends no quota for viewers (403 with a JSON error) or anonymous visitors (401)', async () => {
    const refused = await get();
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/role/) });
    state.user = null;
    expect((await get()).status).toBe(401);
    expect(state.calls).toEqual([]);
  });

  it('answers operators, asking Amazon when nothing fresh is stored', async () => {
    state.user = { ...state.user!, role: 'operator' };
    const response = await get();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ features: [] });
    expect(state.calls).toEqual(['getFeatures']);
  });
});
