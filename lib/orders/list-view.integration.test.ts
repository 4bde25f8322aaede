/**
 * A selection as the bulk pages and the print route read it, on PGlite and PostgreSQL: the ticked
 * ids as given, or "all matching" as the first MAX_SELECTED_ORDERS orders of the view in the
 * list's order, saying when more matched; never another workspace's orders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { testDatabases } from '@/test/support/databases';
import { seedOrders, seedWorkspaceWithAccount } from '@/test/support/seed-orders';
import { parseOrderFilters } from './read-list-filters';
import type { OrderListView } from './list-view';
import { selectedInView } from './list-view';
import { loadOrderList } from './queries';
import { MAX_SELECTED_ORDERS } from './selection';

describe.each(testDatabases)('selected orders of a view on $name', (database) => {
  let handle: DbHandle;
  let alpha: { workspaceId: string; accountId: string };
  let beta: { workspaceId: string; accountId: string };
  const viewOf = (tenant: typeof alpha, raw: Record<string, string>): OrderListView => ({
    accounts: [],
    filters: parseOrderFilters({ account: 'all', marketplace: 'all', ...raw }).filters,
    problems: [],
    scope: { workspaceId: tenant.workspaceId, accountIds: [tenant.accountId] },
  });

  beforeAll(async () => {
    handle = await database.open();
    alpha = await seedWorkspaceWithAccount(handle.db, 'Alpha');
    beta = await seedWorkspaceWithAccount(handle.db, 'Beta');
    await seedOrders(handle.db, alpha, { count: 160, idPrefix: '111', seed: 3 });
    await seedOrders(handle.db, beta, { count: 20, idPrefix: '222', seed: 4 });
  });
  afterAll(() => handle?.close());

  it('takes the first orders of "all matching" in the list’s order, and says when more matched', async () => {
    const view = viewOf(alpha, { status: 'all', pageSize: '100' });
    const selected = await selectedInView(handle.db, view, {});
    expect(selected).toMatchObject({ ok: true, capped: true });
    if (!selected.ok) return;
    expect(selected.ids).toHaveLength(MAX_SELECTED_ORDERS);
    const firstPage = await loadOrderList(handle.db, view.scope, view.filters);
    expect(selected.ids).toEqual(firstPage.rows.map((r) => r.amazonOrderId));
    expect(selected.ids.every((id) => id.startsWith('111-'))).toBe(true);
  });

  it('takes every order of a smaller filter, not capped', async () => {
    const all = await loadOrderList(handle.db, viewOf(beta, { status: 'all' }).scope, viewOf(beta, { status: 'all' }).filters);
    const selected = await selectedInView(handle.db, viewOf(beta, { status: 'all' }), {});
    expect(selected).toEqual({ ok: true, ids: expect.any(Array), capped: false });
    if (selected.ok) expect(selected.ids).toHaveLength(all.total);
  });

  it('takes ticked ids as given, and refuses a malformed list whole', async () => {
    const view = viewOf(alpha, { status: 'all' });
    expect(await selectedInView(handle.db, view, { ids: '111-0000001-0000001,222-0000002-0000002' })).toEqual({
      ok: true,
      ids: ['111-0000001-0000001', '222-0000002-0000002'],
      capped: false,
    });
    expect(await selectedInView(handle.db, view, { ids: '111-0000001-0000001,<script>' })).toMatchObject({
      ok: false,
      problem: expect.stringContaining('is not an Amazon order id'),
    });
  });
});
