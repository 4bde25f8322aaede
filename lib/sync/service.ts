/**
 * The app's sync machinery, started once per server process (instrumentation.ts) and cached
 * on globalThis so dev reloads do not start a second one: the in-process scheduler on the
 * embedded database, the pg-boss queue on PostgreSQL.
 */
import 'server-only';
import { getDbHandle } from '@/db';
import { SYNC_KINDS } from '@/db/schema';
import { env } from '@/lib/env';
import type { SyncTarget } from './due';
import { markDueNow } from './due';
import type { SyncQueue } from './queue';
import type { SyncScheduler } from './scheduler';

type SyncService = { kind: 'scheduler'; scheduler: SyncScheduler } | { kind: 'queue'; queue: SyncQueue };

const globalForSync = globalThis as unknown as { sellerOpsSync?: Promise<SyncService> };

export function startSyncService(): Promise<SyncService> {
  globalForSync.sellerOpsSync ??= (async (): Promise<SyncService> => {
    const handle = await getDbHandle();
    const { DATABASE_URL } = env();
    if (handle.kind === 'postgres' && DATABASE_URL) {
      const { startSyncQueue } = await import('./queue');
      return { kind: 'queue', queue: await startSyncQueue(DATABASE_URL, handle.db) };
    }
    const { startSyncScheduler } = await import('./scheduler');
    return { kind: 'scheduler', scheduler: startSyncScheduler(handle.db) };
  })();
  return globalForSync.sellerOpsSync;
}

/** "Sync now": queued on PostgreSQL, started in the background on the embedded database. */
export async function requestSyncNow(target: SyncTarget): Promise<void> {
  const service = await startSyncService();
  const { db } = await getDbHandle();
  await markDueNow(db, target);
  if (service.kind === 'queue') {
    await service.queue.enqueue(target);
  } else {
    void service.scheduler.runNow(target);
  }
}

/** A newly connected account syncs everything at once rather than at the next tick. */
export async function syncNewAccount(workspaceId: string, accountId: string): Promise<void> {
  for (const kind of SYNC_KINDS) await requestSyncNow({ workspaceId, accountId, kind });
}
