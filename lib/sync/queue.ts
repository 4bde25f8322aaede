/**
 * PostgreSQL deployments: pg-boss queue 'sync'. A per-minute schedule (pg-boss runs it once
 * across all instances) enqueues the due pairs; the 'short' policy with singletonKey
 * `${accountId}:${kind}` keeps at most one queued job per pair, and the lease in runSync keeps
 * one run per pair (a second job of a running pair answers 'busy'). Not 'stately': a job left
 * active by a killed worker would make every fetch of the pair's next job fail on pg-boss's
 * unique index, stalling the whole queue until the dead job expires. The tick is not
 * 'singleton' for the same reason: a tick left active by a killed process would hold back every
 * later tick for pg-boss's 15 minutes; two ticks at once only enqueue the same pairs, which the
 * singletonKey folds into one job. Every app instance (and `npm run worker`) runs workers.
 */
import 'server-only';
import PgBoss from 'pg-boss';
import type { Db } from '@/db/client';
import { dueSyncs, type SyncTarget } from './due';
import { runSync, type RunSyncOptions } from './runner';

export const SYNC_QUEUE = 'sync';
export const TICK_QUEUE = 'sync-tick';

export interface SyncQueue {
  boss: PgBoss;
  enqueue(target: SyncTarget): Promise<string | null>;
  stop(): Promise<void>;
}

export interface SyncQueueOptions {
  run?: RunSyncOptions;
  workers?: number;
  /** runSync by default; tests wrap it to watch what runs when. */
  runner?: typeof runSync;
  /** Seconds between polls for new jobs. */
  pollingIntervalSeconds?: number;
}

export async function startSyncQueue(databaseUrl: string, db: Db, options: SyncQueueOptions = {}): Promise<SyncQueue> {
  const runner = options.runner ?? runSync;
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss' });
  boss.on('error', (error) => console.error('[sync queue]', error.message));
  await boss.start();
  const syncQueue = { name: SYNC_QUEUE, policy: 'short', retryLimit: 0, expireInSeconds: 60 * 60 } as const;
  await boss.createQueue(SYNC_QUEUE, syncQueue);
  // A database whose queue was created 'stately' by an earlier release.
  await boss.updateQueue(SYNC_QUEUE, syncQueue);
  const tickQueue = { name: TICK_QUEUE, policy: 'standard', retryLimit: 0, expireInSeconds: 60 } as const;
  await boss.createQueue(TICK_QUEUE, tickQueue);
  // A database whose tick queue was created 'singleton' by an earlier release.
  await boss.updateQueue(TICK_QUEUE, tickQueue);

  const enqueue = (target: SyncTarget) => boss.send(SYNC_QUEUE, target, { singletonKey: `${target.accountId}:${target.kind}` });

  await boss.schedule(TICK_QUEUE, '* * * * *');
  await boss.work(TICK_QUEUE, async () => {
    for (const target of await dueSyncs(db)) await enqueue(target);
  });
  for (let i = 0; i < (options.workers ?? 1); i++) {
    await boss.work<SyncTarget>(SYNC_QUEUE, { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async ([job]) => {
      if (!job) return;
      // 'busy' and recorded errors are outcomes, not job failures: the schedule retries them.
      await runner(db, { workspaceId: job.data.workspaceId, accountId: job.data.accountId, kind: job.data.kind }, options.run);
    });
  }
  return { boss, enqueue, stop: () => boss.stop({ graceful: true, wait: true }) };
}
