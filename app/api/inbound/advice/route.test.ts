/**
 * The New plan form's advice route: what may reach Amazon (getInboundGuidance and
 * getPrepInstructions) and who may spend the quota. Session, database and client are the test's.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import type { CurrentUser } from '@/lib/auth/session';
import { seedDemoAccount } from '@/test/support/demo-account';
import { testDatabases } from '@/test/support/databases';
import type { Tenant } from '@/lib/tenancy';

const state: { user: CurrentUser | null; db: DbHandle['db'] | null; calls: string[] } = { user: null, db: null, calls: [] };
const fakeClient = {
  fulfillmentInboundV0: {
    getInboundGuidance: async () => (state.calls.push('getInboundGuidance'), { payload: {} }),
    getPrepInstructions: async () => (state.calls.push('getPrepInstructions'), { payload: {} }),
  },
};
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => state.user }));
vi.mock('@/db', () => ({ getDb: async () => state.db }));
vi.mock('@/lib/accounts/sp-api-for-account', () => ({ spApiForAccount: async () => fakeClient }));

const { GET } = await import('./route');

describe.each(testDatabases)('GET /api/inbound/advice on $name', (database) => {
  let handle: DbHandle;
  let tenant: Tenant;
  const url = (params: Record<string, string>) =>
    `http://localhost/api/inbound/advice?${new URLSearchParams({ accountId: tenant.accountId, marketplaceId: 'ATVPDKIKX0DER', ...params })}`;
  const get = (params: Record<string, string>) => GET(new Request(url(params)));

  beforeAll(async () => {
    handle = await database.open();
    state.db = handle.db;
    tenant = await seedDemoAccount(handle.db);
  });
  afterAll(() => handle.close());
  beforeEach(() => {
    state.calls = [];
    state.user = { id: '00000000-0000-4000-8000-000000000002', email: 'o@example.com', name: 'O', role: 'operator', workspaceId: tenant.workspaceId };
  });

  it('spends no quota for viewers (403 with a JSON error) or anonymous visitors (401)', async () => {
    state.user = { ...state.user!, role: 'viewer' };
    const refused = await get({ skus: 'SKU-1' });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/role/) });
    state.user = null;
    expect((await get({ skus: 'SKU-1' })).status).toBe(401);
    expect(state.calls).toEqual([]);
  });

  it('asks Amazon about the picked SKUs', async () => {
    const response = await get({ skus: 'SKU-1,SKU-2' });
    expect(response.status).toBe(200);
    expect(state.calls.sort()).toEqual(['getInboundGuidance', 'getPrepInstructions']);
  });

  it('refuses SKU lists Amazon would refuse, before asking it: over 50 SKUs, a SKU over 40 characters, a control character', async () => {
    const many = Array.from({ length: 51 }, (_, i) => `SKU-${i}`).join(',');
    for (const skus of [many, 'S'.repeat(41), 'SKU\u0000-1', 'x'.repeat(100_000)]) {
      const response = await get({ skus });
      expect(response.status, skus.slice(0, 20)).toBe(400);
      expect(await response.json()).toEqual({ error: expect.stringMatching(/SKU/) });
    }
    expect(state.calls).toEqual([]);
    // A country still being typed falls back to the marketplace's.
    expect((await get({ skus: 'SKU-1', country: 'U' })).status).toBe(200);
  });
});
