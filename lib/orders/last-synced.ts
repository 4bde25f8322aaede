/** When each account's orders were last copied from Amazon, for the "last synced" line of the orders page. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { syncCheckpoints, type SyncKind } from '@/db/schema';

export interface LastSynced {
  accountId: string;
  lastSuccessAt: Date | null;
  running: boolean;
  /** The last run failed in a way that passes and retries on its own (lib/sync/failure-retry.ts). */
  waiting: boolean;
  lastError: string | null;
}

/** One entry per given account, from the kind's control row (marketplace ''). */
export async function lastSyncedFor(db: Db, workspaceId: string, accountIds: readonly string[], kind: SyncKind): Promise<LastSynced[]> {
  if (!accountIds.length) return [];
  const rows = await db
    .select({
      accountId: syncCheckpoints.accountId,
      lastSuccessAt: syncCheckpoints.lastSuccessAt,
      leaseUntil: syncCheckpoints.leaseUntil,
      status: syncCheckpoints.status,
      lastError: syncCheckpoints.lastError,
    })
    .from(syncCheckpoints)
    .where(
      and(
        eq(syncCheckpoints.workspaceId, workspaceId),
        inArray(syncCheckpoints.accountId, [...accountIds]),
        eq(syncCheckpoints.kind, kind),
        eq(syncCheckpoints.marketplaceId, ''),
      ),
    );
  const now = Date.now();
  return accountIds.map((accountId) => {
    const row = rows.find((r) => r.accountId === accountId);
    return {
      accountId,
      lastSuccessAt: row?.lastSuccessAt ?? null,
      running: Boolean(row?.leaseUntil && row.leaseUntil.getTime() > now),
      waiting: row?.status === 'waiting',
      lastError: row?.lastError ?? null,
    };
  });
}
