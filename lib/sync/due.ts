/** Which (account, kind) pairs should sync now: never synced, or next_run_at passed, and not leased. */
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { sellerAccounts, SYNC_KINDS, syncCheckpoints, type SyncKind } from '@/db/schema';
import type { Tenant } from '@/lib/tenancy';

export interface SyncTarget extends Tenant {
  kind: SyncKind;
}

export async function dueSyncs(db: Db): Promise<SyncTarget[]> {
  const accounts = await db
    .select({ workspaceId: sellerAccounts.workspaceId, accountId: sellerAccounts.id })
    .from(sellerAccounts)
    .where(isNull(sellerAccounts.disconnectedAt));
  if (!accounts.length) return [];
  const scheduled = await db
    .select({ accountId: syncCheckpoints.accountId, kind: syncCheckpoints.kind })
    .from(syncCheckpoints)
    .where(
      and(
        eq(syncCheckpoints.marketplaceId, ''),
        or(sql`${syncCheckpoints.nextRunAt} > now()`, and(sql`${syncCheckpoints.leaseUntil} is not null`, sql`${syncCheckpoints.leaseUntil} >= now()`)),
      ),
    );
  const notDue = new Set(scheduled.map((s) => `${s.accountId}:${s.kind}`));
  return accounts.flatMap((a) => SYNC_KINDS.filter((kind) => !notDue.has(`${a.accountId}:${kind}`)).map((kind) => ({ ...a, kind })));
}

/** Pulls the next run forward, for "Sync now". */
export async function markDueNow(db: Db, target: SyncTarget): Promise<void> {
  await db
    .update(syncCheckpoints)
    .set({ nextRunAt: sql`now()` })
    .where(
      and(
        eq(syncCheckpoints.accountId, target.accountId),
        eq(syncCheckpoints.workspaceId, target.workspaceId),
        eq(syncCheckpoints.kind, target.kind),
        eq(syncCheckpoints.marketplaceId, ''),
        or(isNull(syncCheckpoints.leaseUntil), lt(syncCheckpoints.leaseUntil, sql`now()`)),
      ),
    );
}
