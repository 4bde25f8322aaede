/**
 * A sync in its own process, for the kill -9 tests (lib/sync/crash-resume.test.ts,
 * lib/sync/faults.test.ts): syncs the kinds in CRASH_KINDS (comma-separated, default `orders`)
 * of one account side by side, as the scheduler runs them, on PostgreSQL or on a PGlite folder
 * (test/support/crash-child-support.ts). The parent kills it part-way: while it waits after a page
 * (CRASH_PAGE_DELAY_MS, default 150) or once every kind stopped at its stall point (CRASH_STALL,
 * whose `step` is the kind).
 *
 * Kinds that a killed process left half done are resumed here. On PGlite, which one process
 * owns, the dead process's leases are freed first, as the dashboard does when it starts; on
 * PostgreSQL each run waits until they run out (leaseTtlMs).
 */
import { SYNC_KINDS, type SyncKind } from '@/db/schema';
import { freeLeasesOfOtherProcesses } from '@/lib/sync/checkpoints';
import { LEASE_OWNER_PREFIX, runSync } from '@/lib/sync/runner';
import { crashClient, openCrashDatabase, simulatedNow, stepDone, tenantFromEnv } from './crash-child-support';

const isKind = (value: string): value is SyncKind => (SYNC_KINDS as readonly string[]).includes(value);
const kinds = (process.env.CRASH_KINDS ?? 'orders').split(',').map((kind) => {
  if (!isKind(kind)) throw new Error(`CRASH_KINDS: ${kind} is not a sync kind`);
  return kind;
});
const pageDelayMs = Number(process.env.CRASH_PAGE_DELAY_MS ?? 150);
const initialLookbackDays = Number(process.env.CRASH_LOOKBACK_DAYS ?? 90);
/** How long a run may find its pair busy with a dead process's lease (a few lease lifetimes). */
const BUSY_DEADLINE_MS = 30_000;

const handle = await openCrashDatabase();
if (handle.kind === 'pglite') await freeLeasesOfOtherProcesses(handle.db, LEASE_OWNER_PREFIX);
const tenant = tenantFromEnv();

async function syncToCompletion(kind: SyncKind): Promise<void> {
  // One client per kind, so each kind's answers count towards its own stall point.
  const client = crashClient(kind);
  const giveUpAt = Date.now() + BUSY_DEADLINE_MS;
  for (;;) {
    const outcome = await runSync(
      handle.db,
      { ...tenant, kind },
      {
        clientFor: async () => client,
        now: simulatedNow(),
        settings: { initialLookbackDays, ordersPageSize: 5 },
        leaseTtlMs: 1_500,
        intervalMinutes: 15,
        ...(pageDelayMs > 0 ? { hooks: { afterPageCommitted: () => new Promise<void>((resolve) => setTimeout(resolve, pageDelayMs)) } } : {}),
      },
    );
    if (outcome.status === 'ok') return stepDone(kind);
    if (outcome.status === 'error') throw new Error(`${kind} sync failed: ${outcome.message}`);
    if (Date.now() > giveUpAt) throw new Error(`${kind} sync stayed busy for ${BUSY_DEADLINE_MS} ms`);
    // Busy: a killed run's lease; it runs out within leaseTtlMs.
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

await Promise.all(kinds.map(syncToCompletion));
await handle.close();
