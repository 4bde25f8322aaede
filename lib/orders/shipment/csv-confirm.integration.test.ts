/**
 * Confirming shipments from a CSV against the simulator, on PGlite and PostgreSQL: the check
 * (dry run) says which lines can go and sends nothing; the confirm ships every unshipped unit of
 * each order in one package through confirmPackage, an order not in the workspace fails on its
 * own line, and running the same lines again confirms nothing new ("already confirmed").
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { orderItems, orders, shipmentConfirmations } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/client';
import type { Tenant } from '@/lib/tenancy';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases } from '@/test/support/databases';
import { seedDemoAccount, simControl, simulatorClient } from '@/test/support/demo-account';
import { reshapeOrder } from '../reshape';
import { writeOrders } from '../upsert';
import { confirmShipmentLines } from './csv-confirm';
import type { ShipmentLineInput } from './csv-lines';

interface SimOrderSummary {
  amazonOrderId: string;
  isIspu: boolean;
}

const SYSTEM = null as unknown as string;

let sim: RunningSimulator;
let unshipped: SimOrderSummary[] = [];
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 29, orders: 3000, clockScale: 0, enforceQuotas: false });
  const list = (await simControl(sim, 'GET', '/_sim/state/order-list?sellerId=A1DEMOSELLERNA&channel=MFN&status=Unshipped&limit=40')) as {
    orders: SimOrderSummary[];
  };
  unshipped = list.orders.filter((o) => !o.isIspu);
});
afterAll(() => sim.close());

describe.each(testDatabases)('confirm shipments from a CSV on $name', (database) => {
  let handle: DbHandle;
  let tenant: Tenant;
  let client: SpApiClient;
  let picked: SimOrderSummary[];

  beforeAll(async () => {
    handle = await database.open();
    tenant = await seedDemoAccount(handle.db);
    client = simulatorClient(sim);
    await client.sellers.getMarketplaceParticipations().catch(() => client.sellers.getMarketplaceParticipations());
    picked = unshipped.splice(0, 3);
    expect(picked).toHaveLength(3);
    for (const o of picked) {
      const { order } = await client.orders20260101.getOrder({ orderId: o.amazonOrderId, includedData: ['FULFILLMENT', 'PROCEEDS'] });
      await writeOrders(handle.db, [reshapeOrder(order, tenant)]);
    }
  });
  afterAll(() => handle.close());

  it('checks, confirms two orders whole, fails an unknown order on its own line, and confirms nothing twice', async () => {
    const [a, b] = picked as [SimOrderSummary, SimOrderSummary, SimOrderSummary];
    const today = new Date().toISOString().slice(0, 10);
    const line = (n: number, orderId: string, trackingNumber: string, carrierCode = 'UPS', carrierName = ''): ShipmentLineInput => ({
      line: n,
      orderId,
      carrierCode,
      carrierName,
      trackingNumber,
      shipDate: today,
      shippingMethod: 'Ground',
    });
    const lines = [
      line(2, a.amazonOrderId, '1ZCSV0000000000001'),
      line(3, '999-9999999-9999999', 'T3'),
      line(4, b.amazonOrderId, 'ACME-42', 'Other', 'Acme Post'),
    ];
    const clientFor = async () => client;

    const checked = await confirmShipmentLines(handle.db, tenant.workspaceId, SYSTEM, lines, { dryRun: true, clientFor });
    expect(checked.map((r) => [r.line, r.outcome])).toEqual([
      [2, 'ready'],
      [3, 'failed'],
      [4, 'ready'],
    ]);
    expect(checked[1]!.message).toBe('This order is not in your workspace.');
    expect(checked[2]!.message).toMatch(/^Ready: \d+ units? in one package, Acme Post ACME-42\.$/);
    expect(await handle.db.select().from(shipmentConfirmations)).toHaveLength(0);

    const first = await confirmShipmentLines(handle.db, tenant.workspaceId, SYSTEM, lines, { dryRun: false, clientFor });
    expect(first.map((r) => [r.line, r.outcome])).toEqual([
      [2, 'confirmed'],
      [3, 'failed'],
      [4, 'confirmed'],
    ]);
    expect(first[0]!.message).toMatch(/The order is now Shipped\.$/);
    for (const o of [a, b]) {
      const [stored] = await handle.db.select().from(orders).where(eq(orders.amazonOrderId, o.amazonOrderId));
      expect(stored!.orderStatus).toBe('SHIPPED');
      const items = await handle.db.select().from(orderItems).where(eq(orderItems.amazonOrderId, o.amazonOrderId));
      expect(items.every((i) => i.quantityShipped === i.quantityOrdered)).toBe(true);
    }
    const confirmations = await handle.db.select().from(shipmentConfirmations);
    expect(confirmations.map((c) => [c.amazonOrderId, c.packageReferenceId, c.carrierCode, c.carrierName, c.trackingNumber]).sort()).toEqual(
      [
        [a.amazonOrderId, '1', 'UPS', null, '1ZCSV0000000000001'],
        [b.amazonOrderId, '1', 'Other', 'Acme Post', 'ACME-42'],
      ].sort(),
    );
    // Amazon has the shipment too.
    const { order: onAmazon } = await client.orders20260101.getOrder({ orderId: a.amazonOrderId, includedData: ['FULFILLMENT', 'PROCEEDS'] });
    expect(reshapeOrder(onAmazon, tenant).order.orderStatus).toBe('SHIPPED');

    // The same file again: nothing new is confirmed.
    const again = await confirmShipmentLines(handle.db, tenant.workspaceId, SYSTEM, lines, { dryRun: false, clientFor });
    expect(again.map((r) => [r.line, r.outcome])).toEqual([
      [2, 'already'],
      [3, 'failed'],
      [4, 'already'],
    ]);
    expect(again[0]!.message).toBe('Already confirmed with UPS 1ZCSV0000000000001.');
    expect(await handle.db.select().from(shipmentConfirmations)).toHaveLength(2);
  });

  it('confirms once when the same file runs twice at the same moment (two tabs): the other run says already confirmed', async () => {
    const c = picked[2]!;
    const today = new Date().toISOString().slice(0, 10);
    const lines: ShipmentLineInput[] = [
      { line: 2, orderId: c.amazonOrderId, carrierCode: 'USPS', carrierName: '', trackingNumber: '9400CSV000002', shipDate: today, shippingMethod: '' },
    ];
    const clientFor = async () => client;
    const runs = await Promise.all([0, 1].map(() => confirmShipmentLines(handle.db, tenant.workspaceId, SYSTEM, lines, { dryRun: false, clientFor })));
    expect(runs.map((r) => r[0]!.outcome).sort()).toEqual(['already', 'confirmed']);
    const confirmations = await handle.db.select().from(shipmentConfirmations).where(eq(shipmentConfirmations.amazonOrderId, c.amazonOrderId));
    expect(confirmations).toHaveLength(1);
    const { order: onAmazon } = await client.orders20260101.getOrder({ orderId: c.amazonOrderId, includedData: ['FULFILLMENT', 'PACKAGES'] });
    expect(onAmazon.packages ?? []).toHaveLength(1);
  });
});
