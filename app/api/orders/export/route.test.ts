/**
 * The orders CSV export under hostile parameters and failures: the session, database and
 * cookie view are the test's (a PGlite database with seeded orders).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { orders } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';
import { testDatabases } from '@/test/support/databases';
import { seedOrders, seedWorkspaceWithAccount } from '@/test/support/seed-orders';

const state: { user: CurrentUser | null; db: DbHandle['db'] | null } = { user: null, db: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => state.user }));
vi.mock('@/db', () => ({ getDb: async () => state.db }));
vi.mock('@/lib/accounts/selection', async (original) => ({
  ...(await original<object>()),
  readAccountView: async () => ({ accountId: null, marketplaceId: null }),
}));
const batches = vi.hoisted(() => ({ fail: null as null | 'before' | 'after-first' }));
vi.mock('@/lib/orders/queries', async (original) => {
  const actual = await original<typeof import('@/lib/orders/queries')>();
  return {
    ...actual,
    async *orderBatchesForExport(...args: Parameters<typeof actual.orderBatchesForExport>) {
      if (batches.fail === 'before') throw new Error('database unavailable');
      let first = true;
      for await (const batch of actual.orderBatchesForExport(args[0], args[1], args[2], { ...args[3], batchSize: 50 })) {
        if (!first && batches.fail === 'after-first') throw new Error('connection lost');
        first = false;
        yield batch;
      }
    },
  };
});

const { GET } = await import('./route');

/** Reads the body as far as it goes: the text, and whether it ended cleanly. */
async function readAll(response: Response): Promise<{ text: string; complete: boolean }> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text, complete: true };
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    return { text, complete: false };
  }
}

describe.each(testDatabases)('GET /api/orders/export on $name', (database) => {
  let handle: DbHandle;
  let mine: string[];
  let theirs: string[];

  beforeAll(async () => {
    handle = await database.open();
    state.db = handle.db;
    const tenant = await seedWorkspaceWithAccount(handle.db, 'Export', 'AEXPORT1');
    await seedOrders(handle.db, tenant, { count: 120, seed: 9, idPrefix: '114', skuCount: 10 });
    const other = await seedWorkspaceWithAccount(handle.db, 'Elsewhere', 'AEXPORT2');
    await seedOrders(handle.db, other, { count: 5, seed: 4, idPrefix: '115', skuCount: 3 });
    const idsOf = async (workspaceId: string) =>
      (await handle.db.select({ id: orders.amazonOrderId }).from(orders).where(eq(orders.workspaceId, workspaceId)).orderBy(orders.amazonOrderId)).map(
        (r) => r.id,
      );
    mine = await idsOf(tenant.workspaceId);
    theirs = await idsOf(other.workspaceId);
    state.user = { id: '00000000-0000-4000-8000-000000000001', email: 'v@example.com', name: 'V', role: 'viewer', workspaceId: tenant.workspaceId };
  });
  afterAll(() => handle.close());
  beforeEach(() => {
    batches.fail = null;
  });

  const get = (query: string) => GET(new Request(`http://localhost/api/orders/export${query}`));

  it('?q=%00 and a huge page export the whole view, complete', async () => {
    const response = await get('?status=all&q=%00&page=99999999999999999999');
    expect(response.status).toBe(200);
    const { text, complete } = await readAll(response);
    expect(complete).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(121);
  });

  it('a query that fails before the first row answers an error, not a 200', async () => {
    batches.fail = 'before';
    const response = await get('');
    expect(response.status).toBe(500);
    expect(await response.text()).toMatch(/could not be prepared/);
  });

  it('a failure mid-stream never looks like a complete file', async () => {
    batches.fail = 'after-first';
    const response = await get('?status=all');
    expect(response.status).toBe(200);
    const { text, complete } = await readAll(response);
    expect(complete).toBe(false);
    expect(text.trim().split('\r\n').at(-1)).toMatch(/^EXPORT INCOMPLETE/);
  });

  it('?ids= exports just the selected orders of the workspace, whatever the filter says', async () => {
    const picked = [mine[3]!, mine[70]!, mine[118]!];
    const response = await get(`?status=CANCELLED&q=nothing-matches&ids=${[...picked, theirs[0]!].join(',')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/orders-selected-\d{4}-\d{2}-\d{2}\.csv/);
    const { text, complete } = await readAll(response);
    expect(complete).toBe(true);
    const ids = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    // Another workspace's order is not exported, even named by id.
    expect(ids.sort()).toEqual([...picked].sort());
  });

  it('a malformed or oversized selection is refused whole', async () => {
    const bad = await get(`?ids=${mine[0]},DROP TABLE`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe('“DROP TABLE” is not an Amazon order id.');
    const many = await get(`?ids=${mine.slice(0, 101).join(',')}`);
    expect(many.status).toBe(400);
  });
});
