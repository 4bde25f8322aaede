/**
 * Importing a shop's order file against the simulator, on PGlite (and PostgreSQL when
 * TEST_DATABASE_URL is set): the file is parsed and grouped as the page does, checked against
 * the synced stock, previewed and created through the one create path; an order with a SKU the
 * account does not stock fails with its reason, and importing the same file again creates
 * nothing new.
 */
import { and, between, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { fulfillmentOrders, inventorySummaries, users } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/client';
import { runSync } from '@/lib/sync/runner';
import { seedDemoAccount, simulatorClient } from '@/test/support/demo-account';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases } from '@/test/support/databases';
import { parseCsv } from './import-csv';
import { groupOrders, presetMapping } from './import-mapping';
import type { ImportOptions } from './import-order';
import { checkImportedOrders, createImportedOrders, importMappings, previewImportedOrders, rememberImportMapping } from './import-service';

const US = 'ATVPDKIKX0DER';
let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 12, orders: 50, clockScale: 0, enforceQuotas: false });
});
afterAll(() => sim.close());

const shopifyFile = (skuA: string, skuB: string) =>
  [
    'Name,Email,Created at,Lineitem quantity,Lineitem name,Lineitem sku,Shipping Name,Shipping Address1,Shipping Address2,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone',
    `#2001,a@example.com,2026-11-20 10:15:00 -0500,1,Item A,${skuA},Jane Doe,1 Main St,,Seattle,98101,WA,US,`,
    `#2001,a@example.com,2026-11-20 10:15:00 -0500,1,Item B,${skuB},,,,,,,,`,
    `#2002,b@example.com,2026-11-20 11:00:00 -0500,2,Item A,${skuA},Joe Roe,"2 Side St, Unit 4",,Austin,73301,TX,US,+1 512 555 0100`,
    `#2003,c@example.com,2026-11-21 09:00:00 -0500,1,Mystery,NOT-A-REAL-SKU,Ann Lee,5 Elm St,,Portland,97201,OR,US,`,
  ].join('\r\n');

describe.each(testDatabases)('outbound import on $name', (database) => {
  let handle: DbHandle;
  let tenant: { workspaceId: string; accountId: string; userId: null };
  let client: SpApiClient;
  let options: ImportOptions;
  let skus: string[];

  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(() => handle.close());
  beforeEach(async () => {
    tenant = { ...(await seedDemoAccount(handle.db)), userId: null };
    client = simulatorClient(sim);
    const sync = await runSync(
      handle.db,
      { ...tenant, kind: 'inventory' },
      { clientFor: async () => client, now: () => sim.runtime.clock.now(), settings: { initialLookbackDays: 365 }, intervalMinutes: 15 },
    );
    expect(sync.status).toBe('ok');
    const rows = await handle.db
      .select({ sellerSku: inventorySummaries.sellerSku, fulfillable: inventorySummaries.fulfillable })
      .from(inventorySummaries)
      .where(and(eq(inventorySummaries.accountId, tenant.accountId), eq(inventorySummaries.marketplaceId, US)));
    skus = rows
      .filter((r) => r.fulfillable >= 20)
      .map((r) => r.sellerSku)
      .sort();
    options = { accountId: tenant.accountId, marketplaceId: US, shop: 'shopify', shippingSpeedCategory: 'Standard', displayableOrderComment: 'Thanks!' };
  });

  const ordersOfFile = () => {
    const parsed = parseCsv(shopifyFile(skus[0]!, skus[1]!));
    if (!parsed.ok) throw new Error(parsed.message);
    const { orders } = groupOrders(parsed.table, presetMapping('shopify', parsed.table.header));
    expect(orders.every((o) => !o.problems.length)).toBe(true);
    return orders.map((o) => o.order);
  };
  const stored = async () => (await handle.db.select({ n: count() }).from(fulfillmentOrders).where(eq(fulfillmentOrders.accountId, tenant.accountId)))[0]!.n;

  it('creates the two good orders of three, says why the third failed, and creates nothing on the second import', async () => {
    const orders = ordersOfFile();
    const checks = await checkImportedOrders(handle.db, tenant, options, orders);
    expect(checks.map((c) => c.status)).toEqual(['ready', 'ready', 'problem']);
    expect(checks[2]).toMatchObject({ problems: ["NOT-A-REAL-SKU is not a SKU of this account's FBA inventory in this marketplace."] });

    const previews = await previewImportedOrders(client, options, orders.slice(0, 2));
    expect(previews.map((p) => p.status)).toEqual(['ok', 'ok']);
    expect(previews[0]).toMatchObject({ fee: { currency: 'USD' } });
    expect(await stored()).toBe(0);

    // The page sends only ready orders; the service refuses an unknown SKU on its own too.
    const first = await createImportedOrders(handle.db, client, tenant, options, orders);
    expect(first.map((r) => [r.reference, r.status])).toEqual([
      ['SHOPIFY-2001', 'created'],
      ['SHOPIFY-2002', 'created'],
      ['SHOPIFY-2003', 'failed'],
    ]);
    expect(first[2]).toMatchObject({ problems: [expect.stringContaining('NOT-A-REAL-SKU is not a SKU')] });
    expect(await stored()).toBe(2);
    const amazon = await client.fulfillmentOutbound.getFulfillmentOrder({ sellerFulfillmentOrderId: 'SHOPIFY-2002' });
    expect(amazon.payload?.fulfillmentOrder).toMatchObject({
      displayableOrderId: '#2002',
      destinationAddress: { addressLine1: '2 Side St, Unit 4', city: 'Austin' },
    });

    // The same file again: the references are claimed, Amazon gets nothing new.
    const again = await checkImportedOrders(handle.db, tenant, options, ordersOfFile());
    expect(again.map((c) => c.status)).toEqual(['exists', 'exists', 'problem']);
    const second = await createImportedOrders(handle.db, client, tenant, options, ordersOfFile());
    expect(second.map((r) => r.status)).toEqual(['exists', 'exists', 'failed']);
    expect(await stored()).toBe(2);
    const listed = await client.fulfillmentOutbound.listAllFulfillmentOrders({ queryStartDate: new Date(sim.runtime.clock.nowMs() - 3_600_000).toISOString() });
    expect(listed.payload?.fulfillmentOrders?.filter((o) => o.sellerFulfillmentOrderId.startsWith('SHOPIFY-200'))).toHaveLength(2);

    // Changed details under a number already sent are refused, not sent as a second order.
    const changed = ordersOfFile().map((o) => (o.orderNumber === '#2002' ? { ...o, city: 'Dallas' } : o));
    const third = await createImportedOrders(handle.db, client, tenant, options, changed.slice(1, 2));
    expect(third[0]).toMatchObject({ status: 'failed', problems: [expect.stringContaining('already sent to Amazon as SHOPIFY-2002')] });
  });

  it('weighs the stock across the file: a later order that would overdraw it is a problem', async () => {
    // A SKU whose stock two orders of at most 250 units can overdraw.
    const [row] = await handle.db
      .select({ sellerSku: inventorySummaries.sellerSku, fulfillable: inventorySummaries.fulfillable })
      .from(inventorySummaries)
      .where(and(eq(inventorySummaries.accountId, tenant.accountId), eq(inventorySummaries.marketplaceId, US), between(inventorySummaries.fulfillable, 2, 499)))
      .limit(1);
    const { sellerSku, fulfillable } = row!;
    const base = ordersOfFile()[0]!;
    const half = Math.min(Math.ceil((fulfillable + 1) / 2), 250);
    const orders = [
      { ...base, orderNumber: 'A', items: [{ sellerSku, quantity: half }] },
      { ...base, orderNumber: 'B', items: [{ sellerSku, quantity: half }] },
    ];
    const checks = await checkImportedOrders(handle.db, tenant, options, orders);
    expect(checks[0]!.status).toBe('ready');
    expect(checks[1]).toMatchObject({ status: 'problem', problems: [expect.stringContaining('once the orders above it in the file are shipped')] });
  });

  it('remembers the columns per workspace and shop', async () => {
    const [user] = await handle.db
      .insert(users)
      .values({ workspaceId: tenant.workspaceId, email: `import-${tenant.workspaceId}@example.com`, name: 'Op', passwordHash: 'x', role: 'operator' })
      .returning({ id: users.id });
    const header = [
      'Name',
      'Created at',
      'Lineitem sku',
      'Lineitem quantity',
      'Shipping Name',
      'Shipping Address1',
      'Shipping City',
      'Shipping Zip',
      'Shipping Country',
    ];
    const mapping = presetMapping('shopify', header);
    await rememberImportMapping(handle.db, tenant.workspaceId, user!.id, 'shopify', mapping);
    await rememberImportMapping(handle.db, tenant.workspaceId, user!.id, 'shopify', { ...mapping, phone: 'Tel' });
    expect(await importMappings(handle.db, tenant.workspaceId)).toEqual({ shopify: { ...mapping, phone: 'Tel' } });
    const other = await seedDemoAccount(handle.db);
    expect(await importMappings(handle.db, other.workspaceId)).toEqual({});
  });
});
