/**
 * What runs the syncs in the background: the in-process scheduler (embedded database) and the
 * pg-boss queue with several workers (PostgreSQL).
 */
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { orders, SYNC_KINDS, syncCheckpoints } from '@/db/schema';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases, type TestDbHandle } from '@/test/support/databases';
import { startSyncQueue, SYNC_QUEUE, TICK_QUEUE, type SyncQueue } from './queue';
import { claimLease } from './checkpoints';
import { runSync, type RunSyncOptions } from './runner';
import { startSyncScheduler } from './scheduler';
import { listSyncStatus } from './status';
import { seedDemoAccount, simulatorClient } from '@/test/support/demo-account';

vi.mock('server-only', () => ({}));

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 21, orders: 150, clockScale: 0, enforceQuotas: false });
});
afterAll(() => sim.close());

const runOptions = (): RunSyncOptions => {
  const client = simulatorClient(sim);
  return { clientFor: async () => client, now: () => sim.runtime.clock.now(), settings: { initialLookbackDays: 90, ordersPageSize: 25 }, intervalMinutes: 15 };
};

async function allKindsSucceeded(handle: TestDbHandle, workspaceId: string): Promise<boolean> {
  const [account] = await listSyncStatus(handle.db, workspaceId);
  return !!account && account.kinds.every((k) => k.lastSuccessAt !== null && k.status === 'idle');
}

describe('in-process scheduler (embedded database)', () => {
  let handle: TestDbHandle;
  beforeAll(async () => {
    handle = await testDatabases[0]!.open();
  });
  afterAll(() => handle.close());

  it('starts every kind of a new account at once, and a second "Sync now" joins the run under way', async () => {
    const tenant = await seedDemoAccount(handle.db);
    const scheduler = startSyncScheduler(handle.db, { tickMs: 60_000, run: runOptions() });
    try {
      await vi.waitFor(async () => expect(await allKindsSucceeded(handle, tenant.workspaceId)).toBe(true), { timeout: 30_000, interval: 100 });
      const first = scheduler.runNow({ ...tenant, kind: 'inventory' });
      const second = scheduler.runNow({ ...tenant, kind: 'inventory' });
      expect(second).toBe(first);
      expect((await first).status).toBe('ok');
    } finally {
      scheduler.stop();
    }
  });

  it('resumes at once the runs of a process that was killed, without waiting for their leases to run out', async () => {
    const tenant = await seedDemoAccount(handle.db);
    const target = { ...tenant, kind: 'orders' as const };
    // A run that claimed its lease and died with its process (kill -9): the lease would keep the pair busy for minutes.
    expect(await claimLease(handle.db, { ...target, owner: '99999.deadbeef:run', ttlMs: 10 * 60_000 })).toBeDefined();
    expect((await runSync(handle.db, target, runOptions())).status).toBe('busy');

    const scheduler = startSyncScheduler(handle.db, { tickMs: 60_000, run: runOptions() });
    try {
      await vi.waitFor(async () => expect(await allKindsSucceeded(handle, tenant.workspaceId)).toBe(true), { timeout: 80_000, interval: 100 });
      const [stored] = await handle.db.select({ n: count() }).from(orders).where(eq(orders.accountId, tenant.accountId));
      expect(stored!.n).toBeGreaterThan(0);
    } finally {
      scheduler.stop();
    }
  }, 90_000);

  it('holds a lease that a killed process leaves behind for at most a minute (PostgreSQL frees it only then)', async () => {
    const tenant = await seedDemoAccount(handle.db);
    const leaseEnds: number[] = [];
    const outcome = await runSync(
      handle.db,
      { ...tenant, kind: 'orders' },
      {
        ...runOptions(),
        hooks: {
          afterPageCommitted: async () => {
            const [row] = await handle.db
              .select({ left: sql<number>`extract(epoch from ${syncCheckpoints.leaseUntil} - now())` })
              .from(syncCheckpoints)
              .where(and(eq(syncCheckpoints.accountId, tenant.accountId), eq(syncCheckpoints.kind, 'orders'), eq(syncCheckpoints.marketplaceId, '')));
            leaseEnds.push(Number(row!.left));
          },
        },
      },
    );
    expect(outcome.status).toBe('ok');
    expect(leaseEnds.length).toBeGreaterThan(0);
    for (const secondsLeft of leaseEnds) {
      expect(secondsLeft).toBeGreaterThan(0);
      expect(secondsLeft).toBeLessThanOrEqual(60);
    }
  });
});

const postgres = testDatabases.find((d) => d.name === 'postgres');

describe.skipIf(!postgres)('pg-boss queue with two workers (PostgreSQL)', () => {
  let handles: TestDbHandle[] = [];
  let queues: SyncQueue[] = [];
  afterAll(async () => {
    for (const queue of queues) await queue.stop();
    // The first handle owns the database and drops it; the second only shares it.
    for (const handle of handles.reverse()) await handle.close();
  });

  it('runs each account and kind once at a time across both workers, and every sync completes', async () => {
    const owner = await postgres!.open();
    const { openDatabase } = await import('@/db/client');
    const second = await openDatabase({ databaseUrl: owner.databaseUrl! });
    handles = [owner, second];
    const tenants = [await seedDemoAccount(owner.db, 'na'), await seedDemoAccount(owner.db, 'na')];

    const active = new Map<string, number>();
    let maxActive = 0;
    const ranBy = new Set<number>();
    const watched =
      (worker: number): typeof runSync =>
      async (db, target, options) => {
        const key = `${target.accountId}:${target.kind}`;
        const now = (active.get(key) ?? 0) + 1;
        active.set(key, now);
        maxActive = Math.max(maxActive, now);
        ranBy.add(worker);
        try {
          return await runSync(db, target, options);
        } finally {
          active.set(key, (active.get(key) ?? 1) - 1);
        }
      };
    queues = [
      await startSyncQueue(owner.databaseUrl!, owner.db, { run: runOptions(), runner: watched(1), workers: 2, pollingIntervalSeconds: 0.5 }),
      await startSyncQueue(owner.databaseUrl!, second.db, { run: runOptions(), runner: watched(2), workers: 2, pollingIntervalSeconds: 0.5 }),
    ];
    // Both instances ask for everything, twice: the queue keeps one job per pair.
    for (const queue of [...queues, ...queues]) {
      for (const tenant of tenants) for (const kind of SYNC_KINDS) await queue.enqueue({ ...tenant, kind });
    }

    for (const tenant of tenants) {
      await vi.waitFor(async () => expect(await allKindsSucceeded(owner, tenant.workspaceId)).toBe(true), { timeout: 60_000, interval: 250 });
    }
    expect(maxActive).toBe(1);
    expect(ranBy.size).toBe(2); // the work was shared
    for (const tenant of tenants) {
      const [n] = await owner.db
        .select({ n: count() })
        .from(orders)
        .where(and(eq(orders.accountId, tenant.accountId)));
      expect(n!.n).toBeGreaterThan(20);
    }
  }, 120_000);
});

describe.skipIf(!postgres)('pg-boss queue after a worker was killed (PostgreSQL)', () => {
  let handle: TestDbHandle | undefined;
  const queues: SyncQueue[] = [];
  afterAll(async () => {
    for (const queue of queues) await queue.stop();
    await handle?.close();
  });

  it('runs the syncs queued after it, including the killed job’s own account and kind', async () => {
    handle = await postgres!.open();
    const tenant = await seedDemoAccount(handle.db, 'na');
    const ran: string[] = [];
    const recording: typeof runSync = async (_db, target) => {
      ran.push(target.kind);
      return { status: 'ok', synced: 0 };
    };
    // The killed worker: it took the orders job and will never finish it (SIGKILL).
    const killed = await startSyncQueue(handle.databaseUrl!, handle.db, { workers: 0 });
    queues.push(killed);
    await killed.enqueue({ ...tenant, kind: 'orders' });
    const [taken] = await killed.boss.fetch(SYNC_QUEUE);
    expect(taken).toBeDefined();

    // Its lease ran out and the schedule queued the pair again, then another pair.
    await killed.enqueue({ ...tenant, kind: 'orders' });
    await killed.enqueue({ ...tenant, kind: 'inventory' });
    queues.push(await startSyncQueue(handle.databaseUrl!, handle.db, { runner: recording, workers: 1, pollingIntervalSeconds: 0.5 }));
    await vi.waitFor(() => expect(ran.sort()).toEqual(['inventory', 'orders']), { timeout: 20_000, interval: 250 });
  }, 60_000);

  it('schedules the due syncs at the next tick although the killed process held a tick', async () => {
    handle ??= await postgres!.open();
    for (const queue of queues.splice(0)) await queue.stop();
    const killed = await startSyncQueue(handle.databaseUrl!, handle.db, { workers: 0 });
    queues.push(killed);
    // offWork does not wait for the tick worker's first fetch, which may still take a tick sent
    // now: send until this process holds one. The account is seeded after, so a tick taken by
    // that worker enqueues nothing of it.
    await killed.boss.offWork(TICK_QUEUE);
    await vi.waitFor(
      async () => {
        await killed.boss.send(TICK_QUEUE, {});
        const [held] = await killed.boss.fetch(TICK_QUEUE);
        expect(held).toBeDefined();
      },
      { timeout: 10_000, interval: 200 },
    );
    const tenant = await seedDemoAccount(handle.db, 'eu');
    const ran = new Set<string>();
    const recording: typeof runSync = async (_db, target) => {
      if (target.accountId === tenant.accountId) ran.add(target.kind);
      return { status: 'ok', synced: 0 };
    };

    // The next minute's tick (sent here rather than waiting for the clock) enqueues every due pair of the new account.
    await killed.boss.send(TICK_QUEUE, {});
    queues.push(await startSyncQueue(handle.databaseUrl!, handle.db, { runner: recording, workers: 1, pollingIntervalSeconds: 0.5 }));
    await vi.waitFor(() => expect([...ran].sort()).toEqual([...SYNC_KINDS].sort()), { timeout: 20_000, interval: 250 });
  }, 60_000);
});
