/**
 * The data `bench:pages` measures: a workspace with two seller accounts and their orders, a
 * neighbour workspace whose orders must stay out of every view, and an owner who can sign in.
 */
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { workspaces } from '@/db/schema';
import { createUser } from '@/lib/users/service';
import { addAccount, bulkSeedOrders, seedInventory, seedWorkspaceWithAccount } from '@/test/support/seed-orders';

export interface BenchWorkspace {
  /** Both workspaces the bench created, to remove them from a shared PostgreSQL database. */
  workspaceIds: string[];
  secondAccountId: string;
  owner: { email: string; password: string };
  seededAt: Date;
}

export async function seedBenchWorkspace(db: Db, orderCount: number): Promise<BenchWorkspace> {
  const tag = Date.now().toString(36).toUpperCase();
  const main = await seedWorkspaceWithAccount(db, 'Bench workspace', `ABENCH${tag}`);
  const second = await addAccount(db, main.workspaceId, `ABENCH2${tag}`, 'Second seller');
  // The workspace comes from the seed, not from first-run set-up (a PostgreSQL database may
  // already hold other workspaces), so its owner is added the way an owner adds a user.
  const owner = { email: `bench-owner-${tag.toLowerCase()}@example.com`, password: 'bench pages password' };
  await createUser(db, { id: 'bench:pages', role: 'owner', workspaceId: main.workspaceId }, { name: 'Bench owner', role: 'owner', ...owner });

  const now = new Date();
  const firstShare = Math.round(orderCount * 0.7);
  await bulkSeedOrders(db, main, { count: firstShare, seed: 11, idPrefix: '111', now });
  await bulkSeedOrders(db, { workspaceId: main.workspaceId, accountId: second }, { count: orderCount - firstShare, seed: 12, idPrefix: '702', now });
  await seedInventory(db, main, 500);
  const neighbour = await seedWorkspaceWithAccount(db, 'Neighbour', `ANEIGH${tag}`);
  await bulkSeedOrders(db, neighbour, { count: 2_000, seed: 13, idPrefix: '999', now });
  await db.execute(sql`vacuum analyze`);
  return { workspaceIds: [main.workspaceId, neighbour.workspaceId], secondAccountId: second, owner, seededAt: now };
}

/** Everything the seed wrote hangs off the two workspaces (foreign keys cascade). */
export async function removeBenchWorkspaces(db: Db, workspaceIds: string[]): Promise<void> {
  await db.delete(workspaces).where(inArray(workspaces.id, workspaceIds));
}
