/**
 * The pick list and packing slips read only the user's workspace, on PGlite and PostgreSQL: an
 * order id of another workspace is "not found" and nothing of it is printed, even when the same
 * Amazon order id is stored in both (two sellers' accounts never share orders, but a copy must
 * not leak through the items either).
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { orderItems, orders } from '@/db/schema';
import { testDatabases } from '@/test/support/databases';
import { seedWorkspaceWithAccount, US } from '@/test/support/seed-orders';
import { orderPrintFor, printableOrdersOf } from './pick-pack';

const SHARED = '111-0000001-0000001';
const ALPHA_ONLY = '111-0000002-0000002';
const BETA_ONLY = '222-0000003-0000003';

const textOf = (pdf: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8');
const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.each(testDatabases)('printing selected orders on $name', (database) => {
  let handle: DbHandle;
  let alpha: { workspaceId: string; accountId: string };
  let beta: { workspaceId: string; accountId: string };

  async function store(tenant: typeof alpha, amazonOrderId: string, sellerSku: string) {
    const at = new Date('2026-12-01T15:00:00Z');
    await handle.db.insert(orders).values({
      ...tenant,
      amazonOrderId,
      marketplaceId: US,
      orderStatus: 'UNSHIPPED',
      fulfilledBy: 'MERCHANT',
      purchaseDate: at,
      lastUpdateDate: at,
    });
    await handle.db.insert(orderItems).values({
      ...tenant,
      amazonOrderId,
      orderItemId: `${amazonOrderId.replace(/-/g, '')}0`,
      sellerSku,
      asin: 'B000000001',
      title: `Item ${sellerSku}`,
      quantityOrdered: 2,
      quantityShipped: 0,
    });
  }

  beforeAll(async () => {
    handle = await database.open();
    alpha = await seedWorkspaceWithAccount(handle.db, 'Alpha');
    beta = await seedWorkspaceWithAccount(handle.db, 'Beta');
    await store(alpha, SHARED, 'ALPHA-MUG');
    await store(alpha, ALPHA_ONLY, 'ALPHA-CUP');
    await store(beta, SHARED, 'BETA-SECRET');
    await store(beta, BETA_ONLY, 'BETA-OTHER');
  });
  afterAll(() => handle?.close());

  it('reads only the workspace’s orders and their own items', async () => {
    const found = await printableOrdersOf(handle.db, alpha.workspaceId, [SHARED, ALPHA_ONLY, BETA_ONLY]);
    expect(found.map((o) => [o.amazonOrderId, o.items.map((i) => i.sellerSku)]).sort()).toEqual([
      [SHARED, ['ALPHA-MUG']],
      [ALPHA_ONLY, ['ALPHA-CUP']],
    ]);
  });

  it.skipIf(!hasPoppler)('prints another workspace’s order as not found and none of its items', async () => {
    const text = textOf(await orderPrintFor(handle.db, alpha.workspaceId, 'pick-list', [SHARED, BETA_ONLY]));
    expect(text).toContain('ALPHA-MUG');
    expect(text).toContain(`${BETA_ONLY}: Not found in this workspace.`);
    expect(text).not.toMatch(/BETA-/);
    const slips = textOf(await orderPrintFor(handle.db, beta.workspaceId, 'packing-slips', [SHARED, ALPHA_ONLY]));
    expect(slips).toContain('BETA-SECRET');
    expect(slips).not.toMatch(/ALPHA-/);
  });
});
