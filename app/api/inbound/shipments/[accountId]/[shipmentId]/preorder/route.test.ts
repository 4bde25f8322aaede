/** The pre-order panel's route asks Amazon (getPreorderInfo): operators and above only, like the panel. */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { inboundShipments } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';
import { seedDemoAccount } from '@/test/support/demo-account';
import { testDatabases } from '@/test/support/databases';
import type { Tenant } from '@/lib/tenancy';

const state: { user: CurrentUser | null; db: DbHandle['db'] | null; calls: string[] } = { user: null, db: null, calls: [] };
const fakeClient = {
  fulfillmentInboundV0: {
    getPreorderInfo: async () => (state.calls.push('getPreorderInfo'), { payload: { ShipmentContainsPreorderableItems: false } }),
  },
};
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => state.user }));
vi.mock('@/db', () => ({ getDb: async () => state.db }));
vi.mock('@/lib/accounts/sp-api-for-account', () => ({ spApiForAccount: async () => fakeClient }));

const { GET } = await import('./route');

describe.each(testDatabases)('GET /api/inbound/shipments/…/preorder on $name', (database) => {
  let handle: DbHandle;
  let tenant: Tenant;
  const get = () => GET(new Request('http://localhost/api'), { params: Promise.resolve({ accountId: tenant.accountId, shipmentId: 'FBA0001' }) });

  beforeAll(async () => {
    handle = await database.open();
    state.db = handle.db;
    tenant = await seedDemoAccount(handle.db);
    await handle.db.insert(inboundShipments).values({ ...tenant, shipmentId: 'FBA0001', marketplaceId: 'ATVPDKIKX0DER', name: 'Restock', status: 'WORKING' });
  });
  afterAll(() => handle.close());
  beforeEach(() => {
    state.calls = [];
    state.user = { id: '00000000-0000-4000-8000-000000000004', email: 'v@example.com', name: 'V', role: 'viewer', workspaceId: tenant.workspaceId };
  });

  it('spends no quota for viewers (403 with a JSON error) or anonymous visitors (401)', async () => {
    const refused = await get();
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/role/) });
    state.user = null;
    expect((await get()).status).toBe(401);
    expect(state.calls).toEqual([]);
  });

  it('answers 404 in plain words, before any query, for ids that cannot name a shipment', async () => {
    state.user = { ...state.user!, role: 'operator' };
    // Next.js passes a path segment URL-encoded; the route decodes it.
    for (const params of [
      { accountId: 'not-a-uuid', shipmentId: 'FBA0001' },
      { accountId: tenant.accountId, shipmentId: 'FBA%000001' },
      { accountId: tenant.accountId, shipmentId: 'x'.repeat(41) },
    ]) {
      const response = await GET(new Request('http://localhost/api'), { params: Promise.resolve(params) });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: 'That inbound shipment was not found.' });
    }
    expect(state.calls).toEqual([]);
  });

  it('answers operators', async () => {
    state.user = { ...state.user!, role: 'operator' };
    const response = await get();
    expect(response.status).toBe(200);
    expect(state.calls).toEqual(['getPreorderInfo']);
  });
});
