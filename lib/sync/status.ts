/** What the sync settings page shows: per connected account of a workspace, one entry per kind. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { sellerAccounts, SYNC_KINDS, syncCheckpoints, type SyncKind, type SyncStatus } from '@/db/schema';

export { SYNC_KIND_LABELS } from './labels';

/** JSON-safe (dates as ISO strings): the route handler sends it as it is. */
export interface SyncKindStatus {
  kind: SyncKind;
  /** 'waiting': a passing failure (Amazon's quota, a temporary problem); it retries on its own at nextRunAt. */
  status: 'never' | SyncStatus;
  progressDone: number;
  progressTotal: number | null;
  itemsSynced: number;
  lastStartedAt: string | null;
  lastSuccessAt: string | null;
  nextRunAt: string | null;
  /** For 'waiting', what it waits for; for 'error' (and after a later success, null), the error. */
  lastError: string | null;
  lastErrorAt: string | null;
  /** A first orders sync reading its history newest first: how far back it has read, and to where it goes. */
  history: { readBackTo: string; from: string } | null;
}

export interface AccountSyncStatus {
  accountId: string;
  accountName: string;
  kinds: SyncKindStatus[];
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function listSyncStatus(db: Db, workspaceId: string): Promise<AccountSyncStatus[]> {
  const accounts = await db
    .select({ id: sellerAccounts.id, name: sellerAccounts.name })
    .from(sellerAccounts)
    .where(and(eq(sellerAccounts.workspaceId, workspaceId), isNull(sellerAccounts.disconnectedAt)))
    .orderBy(asc(sellerAccounts.name));
  const rows = await db
    .select()
    .from(syncCheckpoints)
    .where(and(eq(syncCheckpoints.workspaceId, workspaceId), eq(syncCheckpoints.marketplaceId, '')));
  const now = Date.now();
  return accounts.map((account) => ({
    accountId: account.id,
    accountName: account.name,
    kinds: SYNC_KINDS.map((kind): SyncKindStatus => {
      const row = rows.find((r) => r.accountId === account.id && r.kind === kind);
      if (!row) {
        return {
          kind,
          status: 'never',
          progressDone: 0,
          progressTotal: null,
          itemsSynced: 0,
          lastStartedAt: null,
          lastSuccessAt: null,
          nextRunAt: null,
          lastError: null,
          lastErrorAt: null,
          history: null,
        };
      }
      // A lease that ran out means the runner died: show the last outcome, not "running".
      const running = row.leaseUntil !== null && row.leaseUntil.getTime() > now;
      return {
        kind,
        status: running ? 'running' : row.status === 'running' ? (row.lastError ? 'error' : 'idle') : row.status,
        progressDone: row.progressDone,
        progressTotal: row.progressTotal,
        itemsSynced: row.itemsSynced,
        lastStartedAt: iso(row.lastStartedAt),
        lastSuccessAt: iso(row.lastSuccessAt),
        nextRunAt: iso(row.nextRunAt),
        lastError: row.lastError,
        lastErrorAt: iso(row.lastErrorAt),
        history: row.historyBefore && row.historyFrom ? { readBackTo: row.historyBefore.toISOString(), from: row.historyFrom.toISOString() } : null,
      };
    }),
  }));
}
