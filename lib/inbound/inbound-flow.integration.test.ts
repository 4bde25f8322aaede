/**
 * Plan -> shipments -> transport -> labels against the simulator, on PGlite (and PostgreSQL
 * when TEST_DATABASE_URL is set): the services write what Amazon answered to the database.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { inboundPlanShipments, inboundShipmentItems, inboundShipments, inboundTransports } from '@/db/schema';
import { seedDemoAccount, simControl, simulatorClient } from '@/test/support/demo-account';
import type { SpApiClient } from '@/lib/sp-api/client';
import type { Condition } from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import { palletLabelId } from '@/simulator/apis/inbound/labels-pdf';
import { scanLabelPdf } from '@/simulator/apis/inbound/label-scanning';
import { captureSpApiRequests } from '@/lib/sp-api/request-capture';
import { UserFacingError } from '@/lib/user-facing-error';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases } from '@/test/support/databases';
import { fetchBillOfLadingPdf, fetchLabelsPdf } from './documents';
import { createPlan, getPlan } from './plans';
import { listInboundShipments } from './queries';
import { cancelShipment, confirmPreorder, createShipmentFromPlan, readPreorderInfo, updateShipmentItems } from './shipments';
import { confirmTransport, estimateTransport, putTransport, refreshTransport, voidTransport } from './transport';

const US = 'ATVPDKIKX0DER';
const shipFrom = { name: 'Acme Warehouse', addressLine1: '1 Main St', city: 'Seattle', stateOrProvinceCode: 'WA', countryCode: 'US', postalCode: '98101' };
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 5, orders: 50, clockScale: 0, enforceQuotas: false });
});
afterAll(() => sim.close());

async function catalogSkus(client: SpApiClient, n: number) {
  const { payload } = await client.fbaInventory.getInventorySummaries({
    granularityType: 'Marketplace',
    granularityId: US,
    marketplaceIds: [US],
    details: true,
  });
  return (payload?.inventorySummaries ?? [])
    .filter((s) => s.sellerSku && s.asin && s.condition)
    .slice(0, n)
    .map((s) => ({ sellerSku: s.sellerSku!, asin: s.asin!, condition: s.condition! as Condition, quantity: 12, prepDetails: [] }));
}

/** The simulator's document links are on its own origin, trusted like SPAPI_ENDPOINT's in the app. */
const documents = {
  get allowedOrigin() {
    return new URL(sim.url).origin;
  },
};

const advance = (seconds: number) => simControl(sim, 'POST', '/_sim/clock', { advanceSeconds: seconds });

describe.each(testDatabases)('inbound plan to labels on $name', (database) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(() => handle.close());

  it('plans several SKUs, creates the shipments, books partnered small parcel, voids within the deadline, rebooks and prints one label per box', async () => {
    const db = handle.db;
    const tenant = await seedDemoAccount(db);
    const client = simulatorClient(sim);
    const items = await catalogSkus(client, 4);
    expect(items.length).toBe(4);

    const { result: plan, requests: planCalls } = await captureSpApiRequests(() =>
      createPlan(
        db,
        client,
        { ...tenant, userId: null },
        {
          marketplaceId: US,
          shipFrom,
          labelPrepPreference: 'SELLER_LABEL',
          packing: 'individual',
          shipToCountryCode: undefined,
          shipToCountrySubdivisionCode: undefined,
          items,
        },
      ),
    );
    expect(planCalls.map((c) => c.operation)).toEqual(['fulfillmentInboundV0.createInboundShipmentPlan']);
    expect(planCalls[0]!.requestId).toBeTruthy();
    const stored = await getPlan(db, tenant.workspaceId, plan.planId);
    expect(stored!.plan.requestId).toBe(planCalls[0]!.requestId);
    expect(stored!.shipments.map((s) => s.shipmentId).sort()).toEqual([...plan.shipmentIds].sort());
    expect(stored!.shipments.flatMap((s) => s.items).reduce((sum, i) => sum + i.quantity, 0)).toBe(48);
    // Another workspace cannot read the plan.
    const other = await seedDemoAccount(db);
    expect(await getPlan(db, other.workspaceId, plan.planId)).toBeNull();

    for (const s of stored!.shipments)
      await createShipmentFromPlan(db, client, tenant, { planId: plan.planId, shipmentId: s.shipmentId, name: `Test ${s.shipmentId}` });
    const listed = await listInboundShipments(db, tenant.workspaceId, { accountId: tenant.accountId });
    expect(listed.filter((r) => plan.shipmentIds.includes(r.shipmentId)).every((r) => r.status === 'WORKING')).toBe(true);
    expect(await listInboundShipments(db, other.workspaceId, {})).toEqual([]);
    await expect(createShipmentFromPlan(db, client, tenant, { planId: plan.planId, shipmentId: plan.shipmentIds[0]!, name: 'again' })).rejects.toThrow(
      UserFacingError,
    );

    const shipmentId = plan.shipmentIds[0]!;
    const [firstItem] = await db.select().from(inboundShipmentItems).where(eq(inboundShipmentItems.shipmentId, shipmentId));
    await updateShipmentItems(db, client, tenant, { shipmentId, name: 'Renamed', quantities: { [firstItem!.sellerSku]: 6 } });
    const [renamed] = await db.select().from(inboundShipments).where(eq(inboundShipments.shipmentId, shipmentId));
    expect(renamed!.name).toBe('Renamed');
    const [updatedItem] = await db
      .select()
      .from(inboundShipmentItems)
      .where(and(eq(inboundShipmentItems.shipmentId, shipmentId), eq(inboundShipmentItems.sellerSku, firstItem!.sellerSku)));
    expect(updatedItem!.quantityShipped).toBe(6);

    const box = { length: 12, width: 10, height: 8, dimensionUnit: 'inches' as const, weight: 5, weightUnit: 'pounds' as const };
    await putTransport(db, client, tenant, shipmentId, { mode: 'SP-partnered', packages: [box, box, box] });
    await estimateTransport(db, client, tenant, shipmentId);
    await advance(60);
    let transport = await refreshTransport(db, client, tenant, shipmentId);
    expect(transport!.status).toBe('ESTIMATED');
    // Estimating again is refused before sending: only a working, failed or voided booking is estimated.
    await expect(estimateTransport(db, client, tenant, shipmentId)).rejects.toThrow(/cannot be estimated now/);
    expect(Number(transport!.estimateAmount)).toBeGreaterThan(0);
    expect(transport!.packageCount).toBe(3);

    const now = () => new Date(sim.runtime.clock.nowMs());
    await confirmTransport(db, client, tenant, shipmentId, now());
    await advance(60);
    transport = await refreshTransport(db, client, tenant, shipmentId);
    expect(transport!.status).toBe('CONFIRMED');
    expect(transport!.voidDeadline!.getTime() - now().getTime()).toBeGreaterThan(23 * 3600_000);

    await voidTransport(db, client, tenant, shipmentId, now());
    await advance(60);
    transport = await refreshTransport(db, client, tenant, shipmentId);
    expect(transport!.status).toBe('VOIDED');

    await putTransport(db, client, tenant, shipmentId, { mode: 'SP-partnered', packages: [box, box] });
    await estimateTransport(db, client, tenant, shipmentId);
    await advance(60);
    await refreshTransport(db, client, tenant, shipmentId);
    await confirmTransport(db, client, tenant, shipmentId, now());
    await advance(60);
    transport = await refreshTransport(db, client, tenant, shipmentId);
    expect(transport!.status).toBe('CONFIRMED');

    // Past the void deadline (the shipment still WORKING, so the deadline itself decides) the void is refused here, before anything is sent.
    const { requests: voidCalls } = await captureSpApiRequests(async () => {
      await expect(voidTransport(db, client, tenant, shipmentId, new Date(transport!.voidDeadline!.getTime() + 1000))).rejects.toThrow(
        /void deadline passed at/,
      );
    });
    expect(voidCalls).toEqual([]);

    const pdf = await fetchLabelsPdf(client, { shipmentId, PageType: 'PackageLabel_Letter_2', LabelType: 'UNIQUE', NumberOfPackages: 2 }, documents);
    expect(scanLabelPdf(pdf, 'PackageLabel_Letter_2')).toEqual([`${shipmentId}U000001`, `${shipmentId}U000002`]);

    // Cancelling another shipment of the plan deletes it on Amazon and in the database.
    const second = plan.shipmentIds[1];
    if (second) {
      await cancelShipment(db, client, tenant, second);
      const [cancelled] = await db.select().from(inboundShipments).where(eq(inboundShipments.shipmentId, second));
      expect(['DELETED', 'CANCELLED']).toContain(cancelled!.status);
    }
    const [planned] = await db.select().from(inboundPlanShipments).where(eq(inboundPlanShipments.shipmentId, shipmentId));
    expect(planned!.createdShipmentAt).not.toBeNull();
  });

  it('books partnered LTL through to its bill of lading', async () => {
    const db = handle.db;
    const tenant = await seedDemoAccount(db);
    const client = simulatorClient(sim);
    const items = await catalogSkus(client, 1);
    const plan = await createPlan(
      db,
      client,
      { ...tenant, userId: null },
      {
        marketplaceId: US,
        shipFrom,
        labelPrepPreference: 'SELLER_LABEL',
        packing: 'individual',
        shipToCountryCode: undefined,
        shipToCountrySubdivisionCode: undefined,
        items,
      },
    );
    const shipmentId = plan.shipmentIds[0]!;
    await createShipmentFromPlan(db, client, tenant, { planId: plan.planId, shipmentId, name: 'LTL' });
    const tomorrow = new Date(sim.runtime.clock.nowMs() + 86_400_000).toISOString().slice(0, 10);
    await putTransport(db, client, tenant, shipmentId, {
      mode: 'LTL-partnered',
      contactName: 'Pat',
      contactPhone: '2065550100',
      contactEmail: 'pat@acme.example',
      boxCount: 20,
      freightReadyDate: tomorrow,
      pallets: [{ length: 48, width: 40, height: 50, dimensionUnit: 'inches', weightUnit: 'pounds', stacked: false }],
      declaredValue: 1000,
      declaredCurrency: 'USD',
    });
    await estimateTransport(db, client, tenant, shipmentId);
    await advance(60);
    await refreshTransport(db, client, tenant, shipmentId);
    await confirmTransport(db, client, tenant, shipmentId, new Date(sim.runtime.clock.nowMs()));
    await advance(60);
    const transport = await refreshTransport(db, client, tenant, shipmentId);
    expect(transport!.status).toBe('CONFIRMED');
    expect(transport!.shipmentType).toBe('LTL');
    expect(transport!.voidDeadline!.getTime() - sim.runtime.clock.nowMs()).toBeLessThanOrEqual(3600_000);
    const [row] = await db.select().from(inboundTransports).where(eq(inboundTransports.shipmentId, shipmentId));
    expect(row!.palletCount).toBe(1);
    const bol = await fetchBillOfLadingPdf(client, shipmentId, documents);
    expect(Buffer.from(bol.subarray(0, 5)).toString()).toBe('%PDF-');
    const pallets = await fetchLabelsPdf(client, { shipmentId, PageType: 'PackageLabel_Letter_4', LabelType: 'PALLET', NumberOfPallets: 1 }, documents);
    // Four labels per pallet, each with the pallet id in its barcode.
    expect(scanLabelPdf(pallets, 'PackageLabel_Letter_4')).toEqual(Array(4).fill(palletLabelId(shipmentId, 1)));
  });

  it('case-packs a plan and confirms a pre-order with the need-by date Amazon gives', async () => {
    const db = handle.db;
    const tenant = await seedDemoAccount(db);
    const client = simulatorClient(sim);
    // 1 SKU in 8 is pre-orderable in the simulator: plan every SKU, then look for one.
    const items = (await catalogSkus(client, 50)).map((i) => ({ ...i, quantity: 12, quantityInCase: 6 }));
    const plan = await createPlan(
      db,
      client,
      { ...tenant, userId: null },
      {
        marketplaceId: US,
        shipFrom,
        labelPrepPreference: 'AMAZON_LABEL_PREFERRED',
        packing: 'case',
        shipToCountryCode: 'US',
        shipToCountrySubdivisionCode: undefined,
        items,
      },
    );
    let preorderable: { shipmentId: string; needByDate: string } | undefined;
    for (const shipmentId of plan.shipmentIds) {
      await createShipmentFromPlan(db, client, tenant, { planId: plan.planId, shipmentId, name: `Case ${shipmentId}` });
      const [row] = await db.select().from(inboundShipments).where(eq(inboundShipments.shipmentId, shipmentId));
      expect(row!.areCasesRequired).toBe(true);
      const info = await readPreorderInfo(db, client, tenant, shipmentId);
      if (info.containsPreorderableItems && info.needByDate) {
        preorderable = { shipmentId, needByDate: info.needByDate };
        break;
      }
    }
    expect(preorderable).toBeDefined();
    const [caseItem] = await db.select().from(inboundShipmentItems).where(eq(inboundShipmentItems.shipmentId, preorderable!.shipmentId));
    expect(caseItem!.quantityInCase).toBe(6);
    // Quantities of a case-packed shipment stay whole cases: refused before anything is sent.
    const { requests: refusedCalls } = await captureSpApiRequests(async () => {
      await expect(
        updateShipmentItems(db, client, tenant, { shipmentId: preorderable!.shipmentId, name: 'x', quantities: { [caseItem!.sellerSku]: 7 } }),
      ).rejects.toThrow(/Check the highlighted fields/);
    });
    expect(refusedCalls).toEqual([]);
    await confirmPreorder(db, client, tenant, preorderable!.shipmentId, preorderable!.needByDate);
    const [confirmed] = await db.select().from(inboundShipments).where(eq(inboundShipments.shipmentId, preorderable!.shipmentId));
    expect(confirmed!.confirmedNeedByDate).toBe(preorderable!.needByDate);
    expect((await readPreorderInfo(db, client, tenant, preorderable!.shipmentId)).confirmed).toBe(true);
  });

  it('tells Amazon about the own carrier of the seller, with nothing to estimate or void', async () => {
    const db = handle.db;
    const tenant = await seedDemoAccount(db);
    const client = simulatorClient(sim);
    const items = await catalogSkus(client, 1);
    const plan = await createPlan(
      db,
      client,
      { ...tenant, userId: null },
      {
        marketplaceId: US,
        shipFrom,
        labelPrepPreference: 'SELLER_LABEL',
        packing: 'individual',
        shipToCountryCode: undefined,
        shipToCountrySubdivisionCode: undefined,
        items,
      },
    );
    const shipmentId = plan.shipmentIds[0]!;
    await createShipmentFromPlan(db, client, tenant, { planId: plan.planId, shipmentId, name: 'Own carrier' });
    const { transport } = await putTransport(db, client, tenant, shipmentId, {
      mode: 'SP-own',
      carrierName: 'UPS',
      trackingIds: ['1Z999AA10123456784', '1Z999AA10123456785'],
    });
    expect(transport).toMatchObject({ isPartnered: false, shipmentType: 'SP', packageCount: 2, carrierName: 'UPS' });
    await expect(voidTransport(db, client, tenant, shipmentId, new Date())).rejects.toThrow(/Amazon-partnered/);
    // Switching to own LTL freight: labels then need a page size and start index (checked in labels-input).
    const { transport: ltl } = await putTransport(db, client, tenant, shipmentId, { mode: 'LTL-own', carrierName: 'ABF', proNumber: '1234567' });
    expect(ltl).toMatchObject({ isPartnered: false, shipmentType: 'LTL' });
    const pdf = await fetchLabelsPdf(
      client,
      { shipmentId, PageType: 'PackageLabel_Plain_Paper', LabelType: 'UNIQUE', NumberOfPackages: 3, PageSize: 2, PageStartIndex: 0 },
      documents,
    );
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  });
});
