/**
 * The detail page's polling route: session and workspace checks, and the refresh from Amazon
 * at most once per interval while the order moves. Session, database and client are the
 * test's (a PGlite database and the in-process simulator).
 */
import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { inventorySummaries } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';
import { createInput } from '@/lib/outbound/order-input';
import type { OutboundOrderView } from '@/lib/outbound/queries';
import { createOutboundOrder } from '@/lib/outbound/service';
import type { SpApiClient } from '@/lib/sp-api/client';
import { runSync } from '@/lib/sync/runner';
import { seedDemoAccount, simControl, simulatorClient } from '@/test/support/demo-account';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases } from '@/test/support/databases';
import type { Tenant } from '@/lib/tenancy';

const state: { user: CurrentUser | null; db: DbHandle['db'] | null; client: SpApiClient | null; calls: string[] } = {
  user: null,
  db: null,
  client: null,
  calls: [],
};
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => state.user }));
vi.mock('@/db', () => ({ getDb: async () => state.db }));
vi.mock('@/lib/accounts/sp-api-for-account', () => ({ spApiForAccount: async () => state.client }));

const { GET } = await import('./route');

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 3, orders: 100, clockScale: 0, enforceQuotas: false });
});
afterAll(() => sim.close());

const call = (accountId: string, orderId: string) => GET(new Request('http://localhost/api'), { params: Promise.resolve({ accountId, orderId }) });

describe.each(testDatabases)('GET /api/outbound/[accountId]/[orderId] on $name', (database) => {
  let handle: DbHandle;
  let tenant: Tenant;
  let orderId: string;

  beforeAll(async () => {
    handle = await database.open();
    state.db = handle.db;
    // Its logger tells what reached Amazon.
    state.client = simulatorClient(sim, 'na', { logger: { request: (entry) => void state.calls.push(entry.operation.replace('fulfillmentOutbound.', '')) } });
    tenant = await seedDemoAccount(handle.db);
    await runSync(
      handle.db,
      { ...tenant, kind: 'inventory' },
      { clientFor: async () => state.client!, now: () => sim.runtime.clock.now(), settings: { initialLookbackDays: 365 }, intervalMinutes: 15 },
    );
    const [sku] = await handle.db
      .select({ sellerSku: inventorySummaries.sellerSku })
      .from(inventorySummaries)
      .where(
        and(eq(inventorySummaries.accountId, tenant.accountId), eq(inventorySummaries.marketplaceId, 'ATVPDKIKX0DER'), gt(inventorySummaries.fulfillable, 5)),
      )
      .limit(1);
    orderId = `R-${Date.now().toString(36)}`;
    await createOutboundOrder(
      handle.db,
      state.client,
      { ...tenant, userId: null },
      createInput.parse({
        accountId: tenant.accountId,
        marketplaceId: 'ATVPDKIKX0DER',
        sellerFulfillmentOrderId: orderId,
        displayableOrderId: 'W-1',
        displayableOrderDate: '2026-11-20',
        displayableOrderComment: 'Thanks',
        shippingSpeedCategory: 'Standard',
        fulfillmentPolicy: 'FillOrKill',
        name: 'A B',
        addressLine1: '1 St',
        city: 'Austin',
        postalCode: '73301',
        countryCode: 'US',
        items: JSON.stringify([{ sellerSku: sku!.sellerSku, quantity: 1 }]),
      }),
    );
  });
  afterAll(() => handle.close());
  beforeEach(() => {
    state.calls = [];
    state.user = { id: '00000000-0000-4000-8000-000000000001', email: 'v@example.com', name: 'V', role: 'viewer', workspaceId: tenant.workspaceId };
  });

  it('needs a session', async () => {
    state.user = null;
    expect((await call(tenant.accountId, orderId)).status).toBe(401);
    expect(state.calls).toEqual([]);
  });

  it('does not show another workspace its orders', async () => {
    const other = await seedDemoAccount(handle.db);
    state.user = { ...state.user!, workspaceId: other.workspaceId };
    expect((await call(tenant.accountId, orderId)).status).toBe(404);
    expect((await call('not-a-uuid', orderId)).status).toBe(404);
    expect(state.calls).toEqual([]);
  });

  it('refreshes a moving order from Amazon at most once per interval', async () => {
    // The create just stored it: too recent to ask Amazon again.
    let body = (await (await call(tenant.accountId, orderId)).json()) as { order: OutboundOrderView };
    expect(state.calls).toEqual([]);
    expect(body.order.status).toBe('Received');

    await simControl(sim, 'POST', '/_sim/clock', { advanceSeconds: 5 * 3600 });
    vi.useFakeTimers({ now: Date.now() + 11_000, toFake: ['Date'] });
    try {
      body = (await (await call(tenant.accountId, orderId)).json()) as { order: OutboundOrderView };
      expect(state.calls).toEqual(['getFulfillmentOrder', 'getPackageTrackingDetails']);
      expect(body.order.status).toBe('Complete');
      expect(body.order.tracking).toHaveLength(1);
      // Polled again at once: the stored view, no call.
      await call(tenant.accountId, orderId);
      expect(state.calls).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
