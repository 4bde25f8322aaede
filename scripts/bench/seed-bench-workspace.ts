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
  /** A tracking number of a confirmed shipment, for the tracking-number search. */
  trackingNumber: string;
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
  // Every shipped seller-fulfilled order of the main account has a confirmed shipment with a tracking number.
  await db.execute(sql`
    insert into shipment_confirmations (account_id, workspace_id, amazon_order_id, package_reference_id, carrier_code, tracking_number, ship_date, items, source)
    select account_id, workspace_id, amazon_order_id, '1', 'UPS', '1ZBENCH' || replace(amazon_order_id, '-', ''), last_update_date, '[]'::jsonb, 'manual'
    from orders where account_id = ${main.accountId} and fulfilled_by = 'MERCHANT' and order_status = 'SHIPPED'`);
  const tracked = await db.execute<{ tracking_number: string }>(
    sql`select tracking_number from shipment_confirmations where account_id = ${main.accountId} order by amazon_order_id limit 1 offset 100`,
  );
  const trackingNumber = (Array.isArray(tracked) ? tracked : (tracked as unknown as { rows: Array<{ tracking_number: string }> }).rows)[0]!.tracking_number;
  await db.execute(sql`vacuum analyze`);
  return { workspaceIds: [main.workspaceId, neighbour.workspaceId], secondAccountId: second, owner, seededAt: now, trackingNumber };
}

/** Everything the seed wrote hangs off the two workspaces (foreign keys cascade). */
export async function removeBenchWorkspaces(db: Db, workspaceIds: string[]): Promise<void> {
  await db.delete(workspaces).where(inArray(workspaces.id, workspaceIds));
}
