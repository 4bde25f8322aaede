/**
 * kill -9 in the middle of a sync (PostgreSQL): a separate process syncs orders and is killed
 * without warning part-way; after its lease runs out, a new run resumes and the database ends
 * up exactly like Amazon: every order once, every order's items, nothing lost or doubled.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { orderItems, orders, syncCheckpoints } from '@/db/schema';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases, type TestDbHandle } from '@/test/support/databases';
import { paginate } from '@/lib/sp-api/pagination';
import { runSync } from './runner';
import { NA_MARKETPLACES, seedDemoAccount, simulatorClient } from '@/test/support/demo-account';

const postgres = testDatabases.find((d) => d.name === 'postgres');

describe.skipIf(!postgres)('a sync process killed with SIGKILL (PostgreSQL)', () => {
  let sim: RunningSimulator;
  let handle: TestDbHandle;
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, seed: 31, orders: 200, clockScale: 0, enforceQuotas: false });
    handle = await postgres!.open();
  });
  afterAll(async () => {
    await handle.close();
    await sim.close();
  });

  it('resumes after the kill with nothing lost or duplicated', async () => {
    const tenant = await seedDemoAccount(handle.db);
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', path.join('test', 'support', 'sync-crash-child.ts')], {
      env: {
        ...process.env,
        CRASH_DATABASE_URL: handle.databaseUrl!,
        CRASH_SIM_URL: sim.url,
        CRASH_WORKSPACE_ID: tenant.workspaceId,
        CRASH_ACCOUNT_ID: tenant.accountId,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const stored = async () => (await handle.db.select({ n: count() }).from(orders).where(eq(orders.accountId, tenant.accountId)))[0]!.n;

    // Kill it once a few pages are in, wherever it happens to be.
    await vi.waitFor(async () => expect(await stored()).toBeGreaterThanOrEqual(30), { timeout: 60_000, interval: 50 });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const atKill = await stored();

    const [control] = await handle.db
      .select()
      .from(syncCheckpoints)
      .where(and(eq(syncCheckpoints.accountId, tenant.accountId), eq(syncCheckpoints.kind, 'orders'), eq(syncCheckpoints.marketplaceId, '')));
    expect(control!.leaseOwner).not.toBeNull(); // it died holding the lease
    expect(control!.historyBefore).not.toBeNull(); // and mid-history (a first sync reads it newest first)

    const client = simulatorClient(sim);
    const options = {
      clientFor: async () => client,
      now: () => sim.runtime.clock.now(),
      settings: { initialLookbackDays: 90, ordersPageSize: 10 },
      intervalMinutes: 15,
    };
    // Until the dead runner's lease runs out, a new run is refused; then it takes over.
    expect((await runSync(handle.db, { ...tenant, kind: 'orders' }, options)).status).toBe('busy');
    await vi.waitFor(async () => expect((await runSync(handle.db, { ...tenant, kind: 'orders' }, options)).status).toBe('ok'), {
      timeout: 10_000,
      interval: 250,
    });

    // Amazon's view of the same window.
    const amazon = new Map<string, number>();
    const marketplaceIds = NA_MARKETPLACES.map((m) => m.marketplaceId);
    const after = new Date(sim.runtime.clock.nowMs() - 90 * 86_400_000).toISOString();
    for await (const page of paginate(client.orders20260101.searchOrders, { marketplaceIds, lastUpdatedAfter: after }))
      for (const order of page.orders) amazon.set(order.orderId, order.orderItems.length);

    expect(atKill).toBeLessThan(amazon.size);
    const rows = await handle.db.select({ id: orders.amazonOrderId }).from(orders).where(eq(orders.accountId, tenant.accountId));
    expect(rows.map((r) => r.id).sort()).toEqual([...amazon.keys()].sort());
    const items = await handle.db
      .select({ id: orderItems.amazonOrderId, n: count() })
      .from(orderItems)
      .where(eq(orderItems.accountId, tenant.accountId))
      .groupBy(orderItems.amazonOrderId);
    expect(Object.fromEntries(items.map((r) => [r.id, r.n]))).toEqual(Object.fromEntries([...amazon].filter(([, n]) => n > 0)));
  }, 120_000);
});
