/**
 * The audit log is append-only through the app's connection (migration 0014): entries go in,
 * nothing changes or removes them, except the schema's own cascades when a user or a
 * workspace is removed.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, users, workspaces } from '@/db/schema';
import { seedWorkspaceWithAccount } from '@/test/support/seed-orders';
import { testDatabases } from '@/test/support/databases';
import { recordAudit } from './record';

/** The database's refusal, wherever the driver puts it (postgres.js on the error, drizzle on its cause). */
async function refusal(run: () => Promise<unknown>): Promise<string> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the database refused').toBeDefined();
  const messages = [error, (error as { cause?: unknown }).cause].map((e) => (e instanceof Error ? e.message : String(e)));
  return messages.join(' | ');
}

describe.each(testDatabases)('append-only audit log on $name', (database) => {
  let handle: DbHandle;
  let workspaceId: string;
  let userId: string;

  beforeAll(async () => {
    handle = await database.open();
    workspaceId = (await seedWorkspaceWithAccount(handle.db, 'Append only', 'AAPPEND')).workspaceId;
    [{ id: userId }] = (await handle.db
      .insert(users)
      .values({ workspaceId, email: 'ann@append.example', name: 'Ann', role: 'owner', passwordHash: 'x' })
      .returning({ id: users.id })) as [{ id: string }];
  });
  afterAll(() => handle.close());

  const entries = () => handle.db.select().from(auditLog).where(eq(auditLog.workspaceId, workspaceId)).orderBy(auditLog.createdAt);

  it('takes new entries, refuses to change or remove them, through the ORM and plain SQL alike', async () => {
    await recordAudit(handle.db, { workspaceId, userId, action: 'orders.refresh-items', target: 'T-1', result: 'ok' });
    await handle.db.insert(auditLog).values({ workspaceId, userId, action: 'orders.refresh-items', target: 'T-2', result: 'error' });
    const [first] = await entries();

    expect(await refusal(() => handle.db.update(auditLog).set({ result: 'ok' }).where(eq(auditLog.target, 'T-2')))).toMatch(
      /audit_log is append-only: UPDATE refused/,
    );
    expect(await refusal(() => handle.db.update(auditLog).set({ userId: null }).where(eq(auditLog.id, first!.id)))).toMatch(/append-only: UPDATE refused/);
    expect(await refusal(() => handle.db.delete(auditLog).where(eq(auditLog.id, first!.id)))).toMatch(/append-only: DELETE refused/);
    expect(await refusal(() => handle.db.execute(sql`delete from audit_log`))).toMatch(/append-only: DELETE refused/);
    expect(await refusal(() => handle.db.execute(sql`truncate audit_log`))).toMatch(/append-only: TRUNCATE refused/);

    expect((await entries()).map((e) => [e.target, e.result, e.userId])).toEqual([
      ['T-1', 'ok', userId],
      ['T-2', 'error', userId],
    ]);
  });

  it('lets the schema clear a removed user from entries, and remove a removed workspace with its entries', async () => {
    await handle.db.delete(users).where(eq(users.id, userId));
    expect((await entries()).map((e) => e.userId)).toEqual([null, null]);

    await handle.db.delete(workspaces).where(eq(workspaces.id, workspaceId));
    expect(await entries()).toEqual([]);
  });
});
