import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { orders, users } from '@/db/schema';
import { seedOrders, seedWorkspaceWithAccount } from '@/test/support/seed-orders';
import { testDatabases } from '@/test/support/databases';
import { listAuditEntries, parseAuditFilters } from './queries';
import { recordAudit } from './record';

describe.each(testDatabases)('readable audit targets on $name', (database) => {
  let handle: DbHandle;
  let ws: { workspaceId: string; accountId: string };
  let other: { workspaceId: string; accountId: string };
  let orderId: string;
  let jane: string;
  const all = parseAuditFilters({}).filters;

  beforeAll(async () => {
    handle = await database.open();
    ws = await seedWorkspaceWithAccount(handle.db, 'Labels A', 'ALABELA');
    other = await seedWorkspaceWithAccount(handle.db, 'Labels B', 'ALABELB');
    await seedOrders(handle.db, ws, { count: 1, idPrefix: '113' });
    orderId = (await handle.db.select({ id: orders.amazonOrderId }).from(orders).where(eq(orders.workspaceId, ws.workspaceId)))[0]!.id;
    const [row] = await handle.db
      .insert(users)
      .values({ workspaceId: ws.workspaceId, email: 'jane@labels.example', name: 'Jane', role: 'operator', passwordHash: 'x', removedAt: new Date() })
      .returning({ id: users.id });
    jane = row!.id;
    const entry = { workspaceId: ws.workspaceId, userId: jane, result: 'ok' as const };
    await recordAudit(handle.db, { ...entry, action: 'orders.refresh', target: orderId });
    await recordAudit(handle.db, { ...entry, action: 'users.change-role', target: jane });
    await recordAudit(handle.db, { ...entry, action: 'sync.run-now', target: ws.accountId });
    // Another workspace's account id as a target here: its name must not show.
    await recordAudit(handle.db, { ...entry, action: 'accounts.disconnect', target: other.accountId });
    await recordAudit(handle.db, { ...entry, action: 'inbound.send.cancel', target: 'not-a-uuid' });
  });
  afterAll(() => handle.close());

  it('shows each target in words, keeps the raw target, and names a removed user', async () => {
    const { rows } = await listAuditEntries(handle.db, ws.workspaceId, all);
    const byAction = Object.fromEntries(rows.map((r) => [r.action, r]));
    expect(byAction['orders.refresh']).toMatchObject({ target: orderId, targetLabel: `Order ${orderId} (Labels A seller)` });
    expect(byAction['users.change-role']).toMatchObject({ targetLabel: 'User Jane (jane@labels.example), removed', userName: 'Jane', userRemoved: true });
    expect(byAction['sync.run-now']!.targetLabel).toBe('Amazon account Labels A seller');
    expect(byAction['accounts.disconnect']!.targetLabel).toBe(`Amazon account ${other.accountId.slice(0, 8)}…`);
    expect(byAction['inbound.send.cancel']!.targetLabel).toBe('Inbound plan not-a-uuid');
  });
});
