import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { users } from '@/db/schema';
import { seedWorkspaceWithAccount } from '@/test/support/seed-orders';
import { testDatabases } from '@/test/support/databases';
import { AUDIT_PAGE_SIZE, listAuditActions, listAuditEntries, parseAuditFilters } from './queries';
import { recordAudit } from './record';

describe.each(testDatabases)('audit log queries on $name', (database) => {
  let handle: DbHandle;
  let ws: string;
  let otherWs: string;
  let alice: string;
  let bob: string;
  const f = (raw: Record<string, string>) => parseAuditFilters(raw).filters;

  beforeAll(async () => {
    handle = await database.open();
    ws = (await seedWorkspaceWithAccount(handle.db, 'Audit A', 'AAUDA')).workspaceId;
    otherWs = (await seedWorkspaceWithAccount(handle.db, 'Audit B', 'AAUDB')).workspaceId;
    const made = await handle.db
      .insert(users)
      .values([
        { workspaceId: ws, email: 'alice@a.example', name: 'Alice', role: 'owner', passwordHash: 'x' },
        { workspaceId: ws, email: 'bob@a.example', name: 'Bob', role: 'operator', passwordHash: 'x' },
      ])
      .returning({ id: users.id });
    alice = made[0]!.id;
    bob = made[1]!.id;
    for (let i = 0; i < 60; i++) {
      await recordAudit(handle.db, {
        workspaceId: ws,
        userId: i % 2 ? bob : alice,
        action: i % 3 ? 'inventory.set-low-stock-threshold' : 'orders.refresh-items',
        target: `T${i}`,
        result: i % 10 ? 'ok' : 'error',
        requestId: i % 10 ? null : `req-${i}`,
      });
    }
    await recordAudit(handle.db, { workspaceId: otherWs, userId: null, action: 'secret.other-workspace', result: 'ok' });
  });
  afterAll(() => handle.close());

  it('stores at most 2,000 characters of any text in an entry, marked as cut (a 100 kB Amazon message made a 906 kB page)', async () => {
    const target = `huge-${Date.now()}`;
    await recordAudit(handle.db, {
      workspaceId: otherWs,
      userId: null,
      action: 'outbound.create',
      target,
      result: 'error',
      detail: { message: `Amazon refused: ${'x'.repeat(100_000)}`, spApiCalls: [{ operation: 'y'.repeat(5_000) }] },
    });
    const [entry] = (await listAuditEntries(handle.db, otherWs, f({ target }))).rows;
    const detail = entry!.detail as { message: string; spApiCalls: Array<{ operation: string }> };
    expect(detail.message.length).toBeLessThanOrEqual(2_000);
    expect(detail.message).toMatch(/^Amazon refused: x+… \(truncated\)$/);
    expect(detail.spApiCalls[0]!.operation).toMatch(/… \(truncated\)$/);
    expect(JSON.stringify(detail).length).toBeLessThan(5_000);
  });

  it('lists the workspace’s entries newest first, with who did them, paged', async () => {
    const page = await listAuditEntries(handle.db, ws, f({}));
    expect(page.total).toBe(60);
    expect(page.rows).toHaveLength(AUDIT_PAGE_SIZE);
    // Entries written in the same microsecond tie on time, so the newest is one of the first tie.
    const newest = page.rows.filter((r) => r.createdAt.getTime() === page.rows[0]!.createdAt.getTime());
    expect(newest.find((r) => r.target === 'T59')).toMatchObject({ userName: 'Bob', userEmail: 'bob@a.example' });
    const times = page.rows.map((r) => r.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const last = await listAuditEntries(handle.db, ws, f({ page: '2' }));
    expect(last.rows).toHaveLength(10);
    expect(page.rows.some((r) => r.action === 'secret.other-workspace')).toBe(false);
    expect(await listAuditActions(handle.db, ws)).toEqual(['inventory.set-low-stock-threshold', 'orders.refresh-items']);
  });

  it('filters by action, user, result and date', async () => {
    expect((await listAuditEntries(handle.db, ws, f({ action: 'orders.refresh-items' }))).total).toBe(20);
    expect((await listAuditEntries(handle.db, ws, f({ user: alice }))).total).toBe(30);
    const errors = await listAuditEntries(handle.db, ws, f({ result: 'error' }));
    expect(errors.total).toBe(6);
    expect(errors.rows.every((r) => r.requestId?.startsWith('req-'))).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEntries(handle.db, ws, f({ from: today, to: today }))).total).toBe(60);
    expect((await listAuditEntries(handle.db, ws, f({ to: '2000-01-01' }))).total).toBe(0);
    const one = await listAuditEntries(handle.db, ws, f({ target: 'T7' }));
    expect(one.rows.map((r) => r.target)).toEqual(['T7']);
    expect((await listAuditEntries(handle.db, otherWs, f({ target: 'T7' }))).total).toBe(0);
  });

  it('ignores bad filter values with a message', () => {
    const { filters, problems } = parseAuditFilters({ result: 'maybe', user: 'root', from: 'last week', page: '0' });
    expect(filters).toEqual({ action: null, userId: null, result: null, target: null, from: null, to: null, page: 1 });
    expect(problems).toHaveLength(4);
  });
});
