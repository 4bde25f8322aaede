/** The 30-day purge of buyer-message text, with a fixed clock, on PGlite and PostgreSQL; and that the orders sync runs it. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { orderMessages, orders } from '@/db/schema';
import { runSync } from '@/lib/sync/runner';
import { seedDemoAccount, simulatorClient } from '@/test/support/demo-account';
import { startSimulator } from '@/simulator/core/server';
import { addAccount, seedWorkspaceWithAccount } from '@/test/support/seed-orders';
import { testDatabases } from '@/test/support/databases';
import { purgeExpiredBuyerData } from './purge';

const NOW = new Date('2026-06-30T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

describe.each(testDatabases)('buyer data purge on $name', (database) => {
  let handle: DbHandle;
  let tenant: { workspaceId: string; accountId: string };
  let otherAccountId: string;

  const order = (amazonOrderId: string, dates: { latestDelivery: Date | null; lastUpdate: Date }, accountId = tenant.accountId) => ({
    accountId,
    workspaceId: tenant.workspaceId,
    amazonOrderId,
    marketplaceId: 'ATVPDKIKX0DER',
    orderStatus: 'SHIPPED' as const,
    purchaseDate: daysAgo(90),
    lastUpdateDate: dates.lastUpdate,
    latestDeliveryDate: dates.latestDelivery,
  });
  const message = (amazonOrderId: string, sentAt: Date, accountId = tenant.accountId) => ({
    accountId,
    workspaceId: tenant.workspaceId,
    amazonOrderId,
    action: 'confirmOrderDetails',
    content: { text: `Dear Emma Johnson, about ${amazonOrderId}` },
    result: 'ok' as const,
    sentAt,
  });
  const stored = async () =>
    Object.fromEntries(
      (await handle.db.select().from(orderMessages).where(eq(orderMessages.workspaceId, tenant.workspaceId))).map((m) => [
        `${m.accountId === tenant.accountId ? '' : 'other:'}${m.amazonOrderId}`,
        { content: m.content, purgedAt: m.contentPurgedAt?.toISOString() ?? null },
      ]),
    );

  beforeAll(async () => {
    handle = await database.open();
    tenant = await seedWorkspaceWithAccount(handle.db, 'Purge', 'APURGE1');
    otherAccountId = await addAccount(handle.db, tenant.workspaceId, 'APURGE2', 'Purge second seller');
    await handle.db.insert(orders).values([
      order('111-0000001-0000001', { latestDelivery: daysAgo(31), lastUpdate: daysAgo(35) }), // delivered 31 days ago
      order('111-0000002-0000002', { latestDelivery: daysAgo(29), lastUpdate: daysAgo(40) }), // delivered 29 days ago
      order('111-0000003-0000003', { latestDelivery: daysAgo(60), lastUpdate: daysAgo(5) }), // late, still moving
      order('111-0000004-0000004', { latestDelivery: null, lastUpdate: daysAgo(31) }), // no delivery date
      order('111-0000001-0000001', { latestDelivery: daysAgo(31), lastUpdate: daysAgo(35) }, otherAccountId),
    ]);
    await handle.db.insert(orderMessages).values([
      message('111-0000001-0000001', daysAgo(40)),
      message('111-0000002-0000002', daysAgo(40)),
      message('111-0000003-0000003', daysAgo(40)),
      message('111-0000004-0000004', daysAgo(40)),
      message('111-0000009-0000009', daysAgo(31)), // its order is not stored: counts from when it was sent
      message('111-0000001-0000001', daysAgo(40), otherAccountId),
    ]);
  });
  afterAll(() => handle.close());

  it("empties the text of messages 30 days after their order's delivery, for the account asked, once", async () => {
    expect(await purgeExpiredBuyerData(handle.db, tenant.accountId, NOW)).toBe(3);
    const purged = { content: {}, purgedAt: NOW.toISOString() };
    const kept = (id: string) => ({ content: { text: `Dear Emma Johnson, about ${id}` }, purgedAt: null });
    expect(await stored()).toEqual({
      '111-0000001-0000001': purged,
      '111-0000002-0000002': kept('111-0000002-0000002'),
      '111-0000003-0000003': kept('111-0000003-0000003'),
      '111-0000004-0000004': purged,
      '111-0000009-0000009': purged,
      'other:111-0000001-0000001': kept('111-0000001-0000001'),
    });

    // Again, two days later: the purged stay as they were (same time of purge), the next one goes.
    const later = new Date(NOW.getTime() + 2 * 86_400_000);
    expect(await purgeExpiredBuyerData(handle.db, tenant.accountId, later)).toBe(1);
    const after = await stored();
    expect(after['111-0000001-0000001']).toEqual(purged);
    expect(after['111-0000002-0000002']).toEqual({ content: {}, purgedAt: later.toISOString() });
    expect(after['111-0000003-0000003']).toEqual(kept('111-0000003-0000003'));
    expect(await purgeExpiredBuyerData(handle.db, tenant.accountId, later)).toBe(0);
  });
});

describe.each(testDatabases)('the orders sync purges on $name', (database) => {
  it('empties expired message text after an orders sync of the account', async () => {
    const sim = await startSimulator({ port: 0, seed: 5, orders: 20, clockScale: 0, enforceQuotas: false });
    const handle = await database.open();
    try {
      const tenant = await seedDemoAccount(handle.db);
      const now = sim.runtime.clock.now();
      const sent = (days: number, amazonOrderId: string) => ({
        ...tenant,
        amazonOrderId,
        action: 'confirmOrderDetails',
        content: { text: 'Dear Emma Johnson' },
        result: 'ok' as const,
        sentAt: new Date(now.getTime() - days * 86_400_000),
      });
      await handle.db.insert(orderMessages).values([sent(45, '111-0000008-0000008'), sent(1, '111-0000009-0000009')]);

      const outcome = await runSync(
        handle.db,
        { ...tenant, kind: 'orders' },
        { clientFor: async () => simulatorClient(sim), now: () => now, settings: { initialLookbackDays: 7 }, intervalMinutes: 15 },
      );
      expect(outcome.status).toBe('ok');

      const messages = await handle.db.select().from(orderMessages).where(eq(orderMessages.accountId, tenant.accountId)).orderBy(orderMessages.sentAt);
      expect(messages.map((m) => [m.amazonOrderId, m.content, m.contentPurgedAt?.getTime() ?? null])).toEqual([
        ['111-0000008-0000008', {}, now.getTime()],
        ['111-0000009-0000009', { text: 'Dear Emma Johnson' }, null],
      ]);
    } finally {
      await handle.close();
      await sim.close();
    }
    // A simulator, a fresh database and a sync: more than the default on a busy machine.
  }, 120_000);
});
