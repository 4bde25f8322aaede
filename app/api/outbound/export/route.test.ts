/** The outbound CSV export under hostile parameters: session, database and cookie view are the test's. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { fulfillmentOrders } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';
import { testDatabases } from '@/test/support/databases';
import { seedWorkspaceWithAccount, US } from '@/test/support/seed-orders';

const state: { user: CurrentUser | null; db: DbHandle['db'] | null } = { user: null, db: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => state.user }));
vi.mock('@/db', () => ({ getDb: async () => state.db }));
vi.mock('@/lib/accounts/selection', async (original) => ({
  ...(await original<object>()),
  readAccountView: async () => ({ accountId: null, marketplaceId: null }),
}));

const { GET } = await import('./route');

describe.each(testDatabases)('GET /api/outbound/export on $name', (database) => {
  let handle: DbHandle;

  beforeAll(async () => {
    handle = await database.open();
    state.db = handle.db;
    const tenant = await seedWorkspaceWithAccount(handle.db, 'Outbound export', 'AOUTEXP1');
    const at = new Date('2026-06-01T00:00:00Z');
    await handle.db.insert(fulfillmentOrders).values(
      Array.from({ length: 30 }, (_, i) => ({
        ...tenant,
        sellerFulfillmentOrderId: `MCF-${i}`,
        marketplaceId: US,
        displayableOrderId: `WEB-${i}`,
        displayableOrderDate: at,
        status: 'Complete',
        statusUpdatedAt: at,
        receivedAt: at,
        shippingSpeedCategory: 'Standard',
        destinationCountry: 'US',
      })),
    );
    state.user = { id: '00000000-0000-4000-8000-000000000001', email: 'v@example.com', name: 'V', role: 'viewer', workspaceId: tenant.workspaceId };
  });
  afterAll(() => handle.close());

  it('?q=%00 exports the list instead of failing', async () => {
    const response = await GET(new Request('http://localhost/api/outbound/export?q=%00&page=99999999999999999999'));
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines).toHaveLength(31);
    expect(lines[0]).toMatch(/Reference,Order number/);
  });

  it('a search keeps what is left once the control characters are gone', async () => {
    const response = await GET(new Request('http://localhost/api/outbound/export?q=WEB-1%07'));
    const lines = (await response.text()).trim().split('\r\n');
    // WEB-1 and WEB-10..WEB-19.
    expect(lines).toHaveLength(1 + 11);
  });
});
