/**
 * The sync_checkpoints table: claiming and renewing the lease that keeps one runner per
 * (account, kind) across app instances, and saving a page's resume point in the same
 * transaction as the page's rows. Lease times use the database clock so every instance agrees.
 */
import { and, eq, isNotNull, isNull, lt, notLike, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { syncCheckpoints, type SyncKind } from '@/db/schema';
import type { Tenant } from '@/lib/tenancy';

export type Checkpoint = typeof syncCheckpoints.$inferSelect;

export interface Lease extends Tenant {
  owner: string;
  kind: SyncKind;
  ttlMs: number;
}

/** A runner whose lease expired and was taken over writes nothing more. */
export class LeaseLostError extends Error {
  constructor() {
    super('The sync lease was taken over by another runner.');
    this.name = 'LeaseLostError';
  }
}

const CONTROL_ROW = '';
const leaseUntil = (ttlMs: number) => sql`now() + ${`${Math.ceil(ttlMs)} milliseconds`}::interval`;

function rowKey(accountId: string, kind: SyncKind, marketplaceId: string) {
  return and(eq(syncCheckpoints.accountId, accountId), eq(syncCheckpoints.kind, kind), eq(syncCheckpoints.marketplaceId, marketplaceId));
}

async function ensureRow(db: Db, workspaceId: string, accountId: string, kind: SyncKind, marketplaceId: string): Promise<void> {
  await db.insert(syncCheckpoints).values({ workspaceId, accountId, kind, marketplaceId }).onConflictDoNothing();
}

/**
 * Frees every lease whose owner does not start with `ownerPrefix`. Only for a database one
 * process owns (PGlite): there, another process's lease is a run that died with it (kill -9),
 * so its pair need not wait for the lease to run out. Returns how many were freed.
 */
export async function freeLeasesOfOtherProcesses(db: Db, ownerPrefix: string): Promise<number> {
  const freed = await db
    .update(syncCheckpoints)
    .set({ leaseOwner: null, leaseUntil: null })
    .where(and(isNotNull(syncCheckpoints.leaseOwner), notLike(syncCheckpoints.leaseOwner, `${ownerPrefix}%`)))
    .returning({ accountId: syncCheckpoints.accountId });
  return freed.length;
}

/** One atomic UPDATE: the lease is ours only if it was free or expired. Undefined means busy. */
export async function claimLease(db: Db, lease: Lease): Promise<Checkpoint | undefined> {
  await ensureRow(db, lease.workspaceId, lease.accountId, lease.kind, CONTROL_ROW);
  const [row] = await db
    .update(syncCheckpoints)
    .set({
      leaseOwner: lease.owner,
      leaseUntil: leaseUntil(lease.ttlMs),
      status: 'running',
      progressDone: 0,
      progressTotal: null,
      itemsSynced: 0,
      lastStartedAt: sql`now()`,
    })
    .where(
      and(
        rowKey(lease.accountId, lease.kind, CONTROL_ROW),
        eq(syncCheckpoints.workspaceId, lease.workspaceId),
        or(isNull(syncCheckpoints.leaseUntil), lt(syncCheckpoints.leaseUntil, sql`now()`)),
      ),
    )
    .returning();
  return row;
}

export async function renewLease(db: Db, lease: Lease): Promise<boolean> {
  const rows = await db
    .update(syncCheckpoints)
    .set({ leaseUntil: leaseUntil(lease.ttlMs) })
    .where(and(rowKey(lease.accountId, lease.kind, CONTROL_ROW), eq(syncCheckpoints.leaseOwner, lease.owner)))
    .returning({ owner: syncCheckpoints.leaseOwner });
  return rows.length > 0;
}

/**
 * How a run ended. 'waiting': it failed in a way that passes and retries on its own;
 * `failuresInARow` counts such failures for the backoff (lib/sync/failure-retry.ts).
 */
export type RunEnd =
  { status: 'idle'; warning?: string | undefined } | { status: 'error'; message: string } | { status: 'waiting'; message: string; failuresInARow: number };

/**
 * Ends the run: frees the lease and records the outcome and the next run. A successful run
 * that skipped records carries a warning: shown as the last error, with the run still a success.
 */
export async function releaseLease(db: Db, lease: Lease, end: RunEnd, nextRunInMs: number): Promise<void> {
  const next = sql`now() + ${`${Math.ceil(nextRunInMs)} milliseconds`}::interval`;
  const outcome =
    end.status === 'idle'
      ? { status: end.status, lastSuccessAt: sql`now()`, lastError: end.warning ?? null, lastErrorAt: end.warning ? sql`now()` : null, transientFailures: 0 }
      : { status: end.status, lastError: end.message, lastErrorAt: sql`now()`, transientFailures: end.status === 'waiting' ? end.failuresInARow : 0 };
  await db
    .update(syncCheckpoints)
    .set({ leaseOwner: null, leaseUntil: null, nextRunAt: next, ...outcome })
    .where(and(rowKey(lease.accountId, lease.kind, CONTROL_ROW), eq(syncCheckpoints.leaseOwner, lease.owner)));
}

export async function readCheckpoint(db: Db, lease: Lease, marketplaceId = CONTROL_ROW): Promise<Checkpoint> {
  await ensureRow(db, lease.workspaceId, lease.accountId, lease.kind, marketplaceId);
  const [row] = await db
    .select()
    .from(syncCheckpoints)
    .where(rowKey(lease.accountId, lease.kind, marketplaceId));
  if (!row) throw new Error('Checkpoint row vanished.');
  return row;
}

export interface PageCheckpoint {
  marketplaceId?: string;
  /** Where to resume; null when the pagination is complete. */
  pageToken: string | null;
  pendingCursor: Date | null;
  /** Set when a pagination completes: the new high-water mark. */
  cursor?: Date | null;
  /** Rows written by this page. */
  synced: number;
  progressDone?: number;
  progressTotal?: number | null;
}

/**
 * Call inside a transaction that writes synced rows: renews the lease and adds the progress,
 * or throws if another runner holds the lease, so the rows roll back with it.
 */
export async function confirmLease(tx: Db, lease: Lease, progress: { synced: number; progressDone?: number; progressTotal?: number | null }): Promise<void> {
  const control = await tx
    .update(syncCheckpoints)
    .set({
      leaseUntil: leaseUntil(lease.ttlMs),
      itemsSynced: sql`${syncCheckpoints.itemsSynced} + ${progress.synced}`,
      ...(progress.progressDone !== undefined ? { progressDone: progress.progressDone } : {}),
      ...(progress.progressTotal !== undefined ? { progressTotal: progress.progressTotal } : {}),
    })
    .where(and(rowKey(lease.accountId, lease.kind, CONTROL_ROW), eq(syncCheckpoints.leaseOwner, lease.owner)))
    .returning({ owner: syncCheckpoints.leaseOwner });
  if (!control.length) throw new LeaseLostError();
}

/** Call inside the page's transaction: confirms the lease, then saves where to resume. */
export async function savePageCheckpoint(tx: Db, lease: Lease, page: PageCheckpoint): Promise<void> {
  await confirmLease(tx, lease, page);
  await tx
    .update(syncCheckpoints)
    .set({
      pageToken: page.pageToken,
      pendingCursor: page.pendingCursor,
      ...(page.cursor !== undefined ? { cursor: page.cursor } : {}),
    })
    .where(rowKey(lease.accountId, lease.kind, page.marketplaceId ?? CONTROL_ROW));
}

/** Progress without a page of rows (e.g. before the first page arrives). */
export async function reportProgress(db: Db, lease: Lease, done: number, total: number | null): Promise<void> {
  await db
    .update(syncCheckpoints)
    .set({ progressDone: done, progressTotal: total })
    .where(and(rowKey(lease.accountId, lease.kind, CONTROL_ROW), eq(syncCheckpoints.leaseOwner, lease.owner)));
}

/** Where the orders history stands (order-history.ts): all four fields, written together. */
export interface HistoryCheckpoint {
  historyStart: Date | null;
  historyFrom: Date | null;
  historyBefore: Date | null;
  historyPageToken: string | null;
}

/**
 * Saves the orders history's resume point on the control row; inside a page's transaction the
 * lease is confirmed first (with the page's progress), so a runner that lost it writes nothing.
 */
export async function saveHistoryCheckpoint(
  tx: Db,
  lease: Lease,
  history: HistoryCheckpoint & { cursor?: Date },
  progress?: { synced: number; progressDone: number },
): Promise<void> {
  if (progress) await confirmLease(tx, lease, progress);
  await tx
    .update(syncCheckpoints)
    .set(history)
    .where(and(rowKey(lease.accountId, lease.kind, CONTROL_ROW), eq(syncCheckpoints.leaseOwner, lease.owner)));
}
