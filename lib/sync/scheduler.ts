/**
 * The embedded (PGlite) deployment's scheduler: one process owns the database, so an
 * in-process timer starts the due (account, kind) pairs. Pairs run side by side (each kind
 * uses its own operations' quotas, so a long orders sync does not hold back inventory), a
 * pair never twice at once. PostgreSQL deployments use the pg-boss queue (queue.ts) instead,
 * which spreads the work over every instance.
 */
import 'server-only';
import type { Db } from '@/db/client';
import { freeLeasesOfOtherProcesses } from './checkpoints';
import { dueSyncs, type SyncTarget } from './due';
import { LEASE_OWNER_PREFIX, runSync, type RunSyncOptions, type RunSyncOutcome } from './runner';

export interface SyncScheduler {
  /** Runs a sync now, or joins the run of that pair already under way. */
  runNow(target: SyncTarget): Promise<RunSyncOutcome>;
  stop(): void;
}

export function startSyncScheduler(db: Db, options: { tickMs?: number; run?: RunSyncOptions } = {}): SyncScheduler {
  const running = new Map<string, Promise<RunSyncOutcome>>();
  let ticking = false;
  // This process owns the database (db/pglite-lock.ts): runs left by a killed process resume at once, not after their lease ran out.
  const ready = freeLeasesOfOtherProcesses(db, LEASE_OWNER_PREFIX).catch((error: unknown) => {
    console.error('[sync scheduler]', error instanceof Error ? error.message : error);
  });

  const runNow = (target: SyncTarget) => {
    const key = `${target.accountId}:${target.kind}`;
    const current = running.get(key);
    if (current) return current;
    const run = ready.then(() => runSync(db, target, options.run)).finally(() => running.delete(key));
    running.set(key, run);
    return run;
  };
  const tick = async () => {
    if (ticking) return;
    ticking = true;
    try {
      await ready;
      for (const target of await dueSyncs(db)) {
        runNow(target).catch((error: unknown) => console.error(`[sync ${target.kind}]`, error instanceof Error ? error.message : error));
      }
    } catch (error) {
      console.error('[sync scheduler]', error instanceof Error ? error.message : error);
    } finally {
      ticking = false;
    }
  };
  const timer = setInterval(() => void tick(), options.tickMs ?? 30_000);
  timer.unref();
  void tick();
  return { runNow, stop: () => clearInterval(timer) };
}
