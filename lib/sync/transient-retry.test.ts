/**
 * A sync that fails because Amazon throttled it (429) or had a passing problem (5xx, timeout)
 * waits and retries on its own, with backoff that honours the quota; it shows as waiting, not
 * as failed. Other failures stay errors until the next scheduled run. Faults come from the
 * simulator's /_sim/faults; "time passes" by moving the scheduled retry to now, as the clock
 * would, so that the scheduler (not "Sync now") starts the retry.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { syncCheckpoints, type SyncKind } from '@/db/schema';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases } from '@/test/support/databases';
import { runSync, type RunSyncOptions } from './runner';
import { startSyncScheduler } from './scheduler';
import { listSyncStatus, type SyncKindStatus } from './status';
import { seedDemoAccount, simControl, simulatorClient } from '@/test/support/demo-account';
import type { Tenant } from '@/lib/tenancy';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 17, orders: 40, clockScale: 0, enforceQuotas: false });
});
afterAll(() => sim.close());

const INTERVAL_MINUTES = 15;

describe.each(testDatabases)('retrying a sync after a passing failure on $name', (database) => {
  let handle: DbHandle;
  let tenant: Tenant;
  let options: RunSyncOptions;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(() => handle.close());
  beforeEach(async () => {
    await simControl(sim, 'DELETE', '/_sim/faults');
    tenant = await seedDemoAccount(handle.db);
    const client = simulatorClient(sim);
    options = { clientFor: async () => client, now: () => sim.runtime.clock.now(), settings: { initialLookbackDays: 90 }, intervalMinutes: INTERVAL_MINUTES };
  });

  async function statusOf(kind: SyncKind): Promise<SyncKindStatus> {
    const [account] = await listSyncStatus(handle.db, tenant.workspaceId);
    return account!.kinds.find((k) => k.kind === kind)!;
  }

  /** How long after the failure the retry is scheduled (both times from the database clock). */
  const retryDelayMs = (status: SyncKindStatus) => Date.parse(status.nextRunAt!) - Date.parse(status.lastErrorAt!);

  /** The wait passes: the scheduled retry is due now. */
  async function letRetryComeDue(kind: SyncKind) {
    await handle.db
      .update(syncCheckpoints)
      .set({ nextRunAt: sql`now()` })
      .where(and(eq(syncCheckpoints.accountId, tenant.accountId), eq(syncCheckpoints.kind, kind), eq(syncCheckpoints.marketplaceId, '')));
  }

  it('after a burst of 429s waits for the quota, shows it, and the scheduler retries on its own', async () => {
    await simControl(sim, 'POST', '/_sim/faults', { rate429: 1, operations: ['searchOrders'] });
    const outcome = await runSync(handle.db, { ...tenant, kind: 'orders' }, options);
    expect(outcome.status).toBe('waiting');

    const waiting = await statusOf('orders');
    expect(waiting.status).toBe('waiting');
    expect(waiting.lastError).toMatch(/^Waiting for Amazon's quota/);
    // searchOrders' usage plan restores a request every three minutes (0.0056/s): no retry before that, and well before the next regular run.
    expect(retryDelayMs(waiting)).toBeGreaterThanOrEqual(Math.ceil(1000 / 0.0056));
    expect(retryDelayMs(waiting)).toBeLessThan(INTERVAL_MINUTES * 60_000);

    await simControl(sim, 'DELETE', '/_sim/faults');
    await simControl(sim, 'POST', '/_sim/clock', { advanceSeconds: 180 });
    await letRetryComeDue('orders');
    const scheduler = startSyncScheduler(handle.db, { tickMs: 60_000, run: options });
    try {
      await vi.waitFor(async () => expect((await statusOf('orders')).status).toBe('idle'), { timeout: 30_000, interval: 100 });
    } finally {
      scheduler.stop();
    }
    const recovered = await statusOf('orders');
    expect(recovered.lastError).toBeNull();
    expect(recovered.lastSuccessAt).not.toBeNull();
    expect(recovered.itemsSynced).toBeGreaterThan(0);
  });

  it('backs off further after each passing failure in a row (5xx), and starts again from the shortest wait after a success', async () => {
    await simControl(sim, 'POST', '/_sim/faults', { rate503: 1, operations: ['getInventorySummaries'] });
    const target = { ...tenant, kind: 'inventory' as const };
    const delays: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await runSync(handle.db, target, options)).status).toBe('waiting');
      const status = await statusOf('inventory');
      expect(status.status).toBe('waiting');
      expect(status.lastError).toMatch(/^Amazon had a temporary problem/);
      delays.push(retryDelayMs(status));
      await letRetryComeDue('inventory');
    }
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    expect(delays[2]).toBeGreaterThan(delays[1]!);
    expect(delays[2]).toBeLessThanOrEqual(INTERVAL_MINUTES * 60_000);

    await simControl(sim, 'DELETE', '/_sim/faults');
    expect((await runSync(handle.db, target, options)).status).toBe('ok');
    await simControl(sim, 'POST', '/_sim/faults', { rate500: 1, operations: ['getInventorySummaries'] });
    expect((await runSync(handle.db, target, options)).status).toBe('waiting');
    expect(retryDelayMs(await statusOf('inventory'))).toBeLessThanOrEqual(delays[0]! * 1.5);
  });

  it('keeps a failure that retrying cannot fix as an error until the next scheduled run', async () => {
    const revoked = simulatorClient(sim, 'na', {
      credentials: { clientId: 'amzn1.application-oa2-client.simdemo', clientSecret: 'amzn1.oa2-cs.v1.simdemo-secret', refreshToken: 'Atzr|revoked' },
    });
    const outcome = await runSync(handle.db, { ...tenant, kind: 'orders' }, { ...options, clientFor: async () => revoked });
    expect(outcome.status).toBe('error');
    const status = await statusOf('orders');
    expect(status.status).toBe('error');
    expect(status.lastError).toMatch(/reconnect the Amazon account/);
    expect(retryDelayMs(status)).toBe(INTERVAL_MINUTES * 60_000);
  });
});
