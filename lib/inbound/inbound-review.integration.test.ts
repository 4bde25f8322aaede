/**
 * The review's findings, against the simulator: tenancy through the real actions and route
 * handlers (two workspaces), nothing sent to Amazon for an unchecked id, idempotent shipment
 * creation, writes that Amazon accepted reported as such when the re-read fails, addresses saved
 * once and only after Amazon answers, and plans listed per account before the limit.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import {
  inboundPlanShipments,
  inboundPlans,
  inboundShipmentItems,
  inboundShipments,
  sellerAccountMarketplaces,
  sellerAccounts,
  shipFromAddresses,
} from '@/db/schema';
import { idleState } from '@/lib/actions/action-state';
import type { CurrentUser } from '@/lib/auth/session';
import type { SpApiClient } from '@/lib/sp-api/client';
import { SpApiError } from '@/lib/sp-api/errors';
import type { Condition } from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import { captureSpApiRequests } from '@/lib/sp-api/request-capture';
import { seedDemoAccount, simControl, simulatorClient } from '@/test/support/demo-account';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases } from '@/test/support/databases';

const session = vi.hoisted(() => ({ user: null as CurrentUser | null, db: null as unknown, client: null as unknown }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
vi.mock('@/db', () => ({ getDb: async () => session.db }));
vi.mock('@/lib/accounts/sp-api-for-account', () => ({ spApiForAccount: vi.fn(async () => session.client) }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const { spApiForAccount } = await import('@/lib/accounts/sp-api-for-account');
const actions = await import('@/lib/inbound/actions');
const transportRoute = await import('@/app/api/inbound/shipments/[accountId]/[shipmentId]/transport/route');
const labelsRoute = await import('@/app/api/inbound/shipments/[accountId]/[shipmentId]/labels/route');
const { createPlan, listPlans } = await import('./plans');
const { countInboundShipments, listInboundShipments } = await import('./queries');
const { createShipmentFromPlan, labelPrepPreferenceOf, CREATE_CLAIM_TIMEOUT_MS } = await import('./shipments');
const { confirmTransport, estimateTransport, putTransport, readStoredTransport, transportForPage, voidTransport } = await import('./transport');
const { fetchLabelsPdf } = await import('./documents');

const US = 'ATVPDKIKX0DER';
const shipFrom = { name: 'Acme Warehouse', addressLine1: '1 Main St', city: 'Seattle', stateOrProvinceCode: 'WA', countryCode: 'US', postalCode: '98101' };
const box = { length: 12, width: 10, height: 8, dimensionUnit: 'inches' as const, weight: 5, weightUnit: 'pounds' as const };
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 11, orders: 20, clockScale: 0, enforceQuotas: false });
});
afterAll(() => sim.close());

const advance = (seconds: number) => simControl(sim, 'POST', '/_sim/clock', { advanceSeconds: seconds });

async function catalogSkus(client: SpApiClient, n: number, skip = 0) {
  const { payload } = await client.fbaInventory.getInventorySummaries({
    granularityType: 'Marketplace',
    granularityId: US,
    marketplaceIds: [US],
    details: true,
  });
  return (payload?.inventorySummaries ?? [])
    .filter((s) => s.sellerSku && s.asin && s.condition)
    .slice(skip, skip + n)
    .map((s) => ({ sellerSku: s.sellerSku!, asin: s.asin!, condition: s.condition! as Condition, quantity: 12, prepDetails: [] }));
}

/** The same client, with some operations failing as if Amazon were unreachable. */
function failing(client: SpApiClient, operations: string[]): SpApiClient {
  const api: Record<string, unknown> = { ...client.fulfillmentInboundV0 };
  for (const operation of operations) {
    api[operation] = async () => {
      throw new SpApiError({
        kind: 'ServerError',
        code: 'InternalFailure',
        message: 'Amazon is unavailable.',
        status: 503,
        operation: `fulfillmentInboundV0.${operation}`,
      });
    };
  }
  return { ...client, fulfillmentInboundV0: api } as unknown as SpApiClient;
}

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};

const userOf = (workspaceId: string, role: CurrentUser['role']) =>
  ({ id: null as unknown as string, workspaceId, role, email: `${role}@acme.example`, name: role }) as CurrentUser;
const routeParams = (accountId: string, shipmentId: string) => ({ params: Promise.resolve({ accountId, shipmentId }) });

describe.each(testDatabases)('inbound review findings on $name', (database) => {
  let handle: DbHandle;
  let client: SpApiClient;
  beforeAll(async () => {
    handle = await database.open();
    session.db = handle.db;
    client = simulatorClient(sim);
  });
  afterAll(() => handle.close());
  beforeEach(() => {
    session.client = client;
    vi.mocked(spApiForAccount).mockClear();
  });

  /** A workspace with one WORKING shipment created from a plan. */
  async function workspaceWithShipment(skip: number, labelPrepPreference: 'SELLER_LABEL' | 'AMAZON_LABEL_ONLY' = 'SELLER_LABEL') {
    const db = handle.db;
    const tenant = await seedDemoAccount(db);
    const items = await catalogSkus(client, 1, skip);
    const plan = await createPlan(
      db,
      client,
      { ...tenant, userId: null },
      { marketplaceId: US, shipFrom, labelPrepPreference, packing: 'individual', shipToCountryCode: undefined, shipToCountrySubdivisionCode: undefined, items },
    );
    const shipmentId = plan.shipmentIds[0]!;
    await createShipmentFromPlan(db, client, tenant, { planId: plan.planId, shipmentId, name: `Review ${shipmentId}` });
    return { tenant, plan, shipmentId };
  }

  it('another workspace cannot reach a shipment through the actions or the route handlers, and nothing is sent to Amazon', async () => {
    const a = await workspaceWithShipment(0);
    await putTransport(handle.db, client, a.tenant, a.shipmentId, { mode: 'SP-partnered', packages: [box] });
    const b = await seedDemoAccount(handle.db);
    session.user = userOf(b.workspaceId, 'owner');

    for (const accountId of [a.tenant.accountId, b.accountId]) {
      const ref = { accountId, shipmentId: a.shipmentId };
      const { result: estimate, requests } = await captureSpApiRequests(() => actions.estimateTransportAction(idleState, form(ref)));
      expect(estimate).toMatchObject({ status: 'error', message: 'That inbound shipment was not found.' });
      const confirm = await actions.confirmTransportAction(idleState, form(ref));
      expect(confirm).toMatchObject({ status: 'error', message: 'That inbound shipment was not found.' });
      const cancel = await actions.cancelShipmentAction(idleState, form(ref));
      expect(cancel).toMatchObject({ status: 'error', message: 'That inbound shipment was not found.' });
      expect(requests).toEqual([]);
      expect((await transportRoute.GET(new Request('http://app/x'), routeParams(accountId, a.shipmentId))).status).toBe(404);
      const labels = await labelsRoute.GET(
        new Request('http://app/x?pageType=PackageLabel_Thermal&labelType=UNIQUE&numberOfPackages=1'),
        routeParams(accountId, a.shipmentId),
      );
      expect(labels.status).toBe(404);
    }
    // No SP-API client was even made for the other workspace's ids.
    expect(spApiForAccount).not.toHaveBeenCalled();
    expect((await readStoredTransport(handle.db, a.tenant, a.shipmentId))!.status).toBe('WORKING');
  });

  it('a viewer calling an action is refused before anything runs', async () => {
    const a = await workspaceWithShipment(1);
    await putTransport(handle.db, client, a.tenant, a.shipmentId, { mode: 'SP-partnered', packages: [box] });
    session.user = userOf(a.tenant.workspaceId, 'viewer');
    const state = await actions.estimateTransportAction(idleState, form({ accountId: a.tenant.accountId, shipmentId: a.shipmentId }));
    expect(state).toMatchObject({ status: 'error', message: 'Your role does not allow this action.' });
    expect(spApiForAccount).not.toHaveBeenCalled();
    expect((await readStoredTransport(handle.db, a.tenant, a.shipmentId))!.status).toBe('WORKING');
  });

  it('estimates only a stored partnered booking that can be estimated', async () => {
    const a = await workspaceWithShipment(2);
    const { requests } = await captureSpApiRequests(async () => {
      await expect(estimateTransport(handle.db, client, a.tenant, a.shipmentId)).rejects.toThrow(/partnered carrier details first/);
      await expect(estimateTransport(handle.db, client, a.tenant, 'FBANOTOURS1')).rejects.toThrow(/not found/);
    });
    expect(requests).toEqual([]);
    await putTransport(handle.db, client, a.tenant, a.shipmentId, { mode: 'SP-own', carrierName: 'UPS', trackingIds: ['1Z999AA10123456784'] });
    await expect(estimateTransport(handle.db, client, a.tenant, a.shipmentId)).rejects.toThrow(/partnered carrier details first/);
  });

  it('the page asks Amazon for the booking only while Amazon works on it', async () => {
    const a = await workspaceWithShipment(3);
    const shipment = { shipmentId: a.shipmentId, marketplaceId: US };
    const noBooking = await captureSpApiRequests(() => transportForPage(handle.db, client, a.tenant, shipment));
    expect(noBooking.result).toBeNull();
    expect(noBooking.requests).toEqual([]);
    await putTransport(handle.db, client, a.tenant, a.shipmentId, { mode: 'SP-partnered', packages: [box] });
    const working = await captureSpApiRequests(() => transportForPage(handle.db, client, a.tenant, shipment));
    expect(working.result!.status).toBe('WORKING');
    expect(working.requests).toEqual([]);
    await estimateTransport(handle.db, client, a.tenant, a.shipmentId);
    await advance(60);
    const settling = await captureSpApiRequests(() => transportForPage(handle.db, client, a.tenant, shipment));
    expect(settling.requests.map((r) => r.operation)).toContain('fulfillmentInboundV0.getTransportDetails');
    expect(settling.result!.status).toBe('ESTIMATED');
    const settled = await captureSpApiRequests(() => transportForPage(handle.db, client, a.tenant, shipment));
    expect(settled.requests).toEqual([]);
  });

  it('reports a write Amazon accepted as accepted when the re-read fails, and keeps polling from the new state', async () => {
    const a = await workspaceWithShipment(4);
    await putTransport(handle.db, client, a.tenant, a.shipmentId, { mode: 'SP-partnered', packages: [box] });
    session.user = userOf(a.tenant.workspaceId, 'operator');
    session.client = failing(client, ['getTransportDetails', 'getShipments', 'getShipmentItemsByShipmentId']);
    const ref = { accountId: a.tenant.accountId, shipmentId: a.shipmentId };
    const estimated = await actions.estimateTransportAction(idleState, form(ref));
    expect(estimated).toMatchObject({ status: 'success', message: 'Amazon accepted the change; the status will update shortly.' });
    // Stored as estimating, so the page's polling asks Amazon (which now answers).
    expect((await readStoredTransport(handle.db, a.tenant, a.shipmentId))!.status).toBe('ESTIMATING');
    await advance(60);
    expect((await transportForPage(handle.db, client, a.tenant, { shipmentId: a.shipmentId, marketplaceId: US }))!.status).toBe('ESTIMATED');

    const [item] = await handle.db.select().from(inboundShipmentItems).where(eq(inboundShipmentItems.shipmentId, a.shipmentId));
    const updated = await actions.updateShipmentAction(idleState, form({ ...ref, name: 'Renamed while Amazon is slow', [`qty_${item!.sellerSku}`]: '10' }));
    expect(updated).toMatchObject({ status: 'success', message: 'Amazon accepted the change; the status will update shortly.' });
    const [row] = await handle.db.select().from(inboundShipments).where(eq(inboundShipments.shipmentId, a.shipmentId));
    expect(row!.name).toBe('Renamed while Amazon is slow');
  });

  it('creates a shipment once: a second submit is refused, an earlier create that went through is read back', async () => {
    const db = handle.db;
    const tenant = await seedDemoAccount(db);
    const items = await catalogSkus(client, 1, 5);
    const plan = await createPlan(
      db,
      client,
      { ...tenant, userId: null },
      {
        marketplaceId: US,
        shipFrom,
        labelPrepPreference: 'AMAZON_LABEL_ONLY',
        packing: 'individual',
        shipToCountryCode: undefined,
        shipToCountrySubdivisionCode: undefined,
        items,
      },
    );
    const shipmentId = plan.shipmentIds[0]!;
    const input = { planId: plan.planId, shipmentId, name: 'Once' };

    // A create Amazon refused releases the claim, so the seller can try again.
    await expect(createShipmentFromPlan(db, failing(client, ['createInboundShipment']), tenant, input)).rejects.toThrow(/temporary problem/);
    const [released] = await db.select().from(inboundPlanShipments).where(eq(inboundPlanShipments.shipmentId, shipmentId));
    expect(released!.creatingAt).toBeNull();
    expect(released!.createdShipmentAt).toBeNull();

    // Two submits at once: exactly one createInboundShipment reaches Amazon.
    const { result: outcomes, requests } = await captureSpApiRequests(() =>
      Promise.allSettled([createShipmentFromPlan(db, client, tenant, input), createShipmentFromPlan(db, client, tenant, input)]),
    );
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(requests.filter((r) => r.operation === 'fulfillmentInboundV0.createInboundShipment')).toHaveLength(1);
    const [stored] = await db
      .select()
      .from(inboundShipments)
      .where(and(eq(inboundShipments.accountId, tenant.accountId), eq(inboundShipments.shipmentId, shipmentId)));
    // The preference is the plan's, kept through the re-read (Amazon never reports it).
    expect(stored!.labelPrepPreference).toBe('AMAZON_LABEL_ONLY');
    expect(labelPrepPreferenceOf(stored!)).toBe('AMAZON_LABEL_ONLY');

    // The create went through on Amazon but our request died before marking the plan (a stale claim).
    const [planned] = await db.select().from(inboundPlanShipments).where(eq(inboundPlanShipments.shipmentId, shipmentId));
    await db
      .update(inboundPlanShipments)
      .set({ createdShipmentAt: null, creatingAt: new Date(Date.now() - CREATE_CLAIM_TIMEOUT_MS - 1000) })
      .where(and(eq(inboundPlanShipments.planId, planned!.planId), eq(inboundPlanShipments.shipmentId, shipmentId)));
    await db.delete(inboundShipments).where(and(eq(inboundShipments.accountId, tenant.accountId), eq(inboundShipments.shipmentId, shipmentId)));
    await createShipmentFromPlan(db, client, tenant, input);
    const [again] = await db.select().from(inboundPlanShipments).where(eq(inboundPlanShipments.shipmentId, shipmentId));
    expect(again!.createdShipmentAt).not.toBeNull();
    expect(again!.creatingAt).toBeNull();
    const [readBack] = await db
      .select()
      .from(inboundShipments)
      .where(and(eq(inboundShipments.accountId, tenant.accountId), eq(inboundShipments.shipmentId, shipmentId)));
    expect(readBack!.status).toBe('WORKING');

    expect(readBack!.labelPrepPreference).toBe('AMAZON_LABEL_ONLY');
  });

  it('saves a new ship-from address once, and only after Amazon accepted the plan', async () => {
    const db = handle.db;
    const tenant = await seedDemoAccount(db);
    const items = await catalogSkus(client, 1, 6);
    const plan = {
      marketplaceId: US,
      labelPrepPreference: 'SELLER_LABEL' as const,
      packing: 'individual' as const,
      shipToCountryCode: undefined,
      shipToCountrySubdivisionCode: undefined,
      items,
      saveAddress: true,
    };
    await expect(createPlan(db, failing(client, ['createInboundShipmentPlan']), { ...tenant, userId: null }, { ...plan, shipFrom })).rejects.toThrow();
    const saved = () => db.select().from(shipFromAddresses).where(eq(shipFromAddresses.workspaceId, tenant.workspaceId));
    expect(await saved()).toEqual([]);
    await createPlan(db, client, { ...tenant, userId: null }, { ...plan, shipFrom });
    await createPlan(db, client, { ...tenant, userId: null }, { ...plan, shipFrom: { ...shipFrom, name: ' acme  WAREHOUSE ', city: 'SEATTLE' } });
    expect(await saved()).toHaveLength(1);
  });

  it('refuses a plan for a marketplace the account does not sell in, before sending', async () => {
    const tenant = await seedDemoAccount(handle.db);
    const items = await catalogSkus(client, 1, 7);
    const { requests } = await captureSpApiRequests(async () => {
      await expect(
        createPlan(
          handle.db,
          client,
          { ...tenant, userId: null },
          {
            marketplaceId: 'A1F83G8C2ARO7P',
            shipFrom,
            labelPrepPreference: 'SELLER_LABEL',
            packing: 'individual',
            shipToCountryCode: undefined,
            shipToCountrySubdivisionCode: undefined,
            items,
          },
        ),
      ).rejects.toMatchObject({ fieldErrors: { marketplaceId: ['This account does not sell in that marketplace.'] } });
    });
    expect(requests).toEqual([]);
  });

  it('lists the latest plans of the accounts in view, filtered before the limit', async () => {
    const db = handle.db;
    const tenant = await seedDemoAccount(db);
    const [other] = await db
      .insert(sellerAccounts)
      .values({ workspaceId: tenant.workspaceId, sellingPartnerId: 'A1OTHER', region: 'na', name: 'Other' })
      .returning({ id: sellerAccounts.id });
    await db.insert(sellerAccountMarketplaces).values({
      accountId: other!.id,
      marketplaceId: US,
      countryCode: 'US',
      name: 'Amazon.com',
      currencyCode: 'USD',
      domainName: 'www.amazon.com',
      participating: true,
    });
    const plan = (accountId: string, createdAt: Date) => ({
      workspaceId: tenant.workspaceId,
      accountId,
      marketplaceId: US,
      shipFromAddress: shipFrom,
      labelPrepPreference: 'SELLER_LABEL',
      requestItems: [],
      createdAt,
    });
    await db
      .insert(inboundPlans)
      .values([plan(tenant.accountId, new Date('2026-01-01')), plan(other!.id, new Date('2026-01-02')), plan(other!.id, new Date('2026-01-03'))]);
    const listed = await listPlans(db, tenant.workspaceId, [tenant.accountId], 2);
    expect(listed.map((p) => p.accountId)).toEqual([tenant.accountId]);
    expect(await listPlans(db, tenant.workspaceId, [], 2)).toEqual([]);
  });

  it('pages the list and says how many shipments match', async () => {
    const db = handle.db;
    const tenant = await seedDemoAccount(db);
    await db
      .insert(inboundShipments)
      .values(['FBALIMIT1', 'FBALIMIT2', 'FBALIMIT3'].map((shipmentId) => ({ ...tenant, shipmentId, marketplaceId: US, status: 'WORKING' })));
    const first = await listInboundShipments(db, tenant.workspaceId, {}, 1, 2);
    const second = await listInboundShipments(db, tenant.workspaceId, {}, 2, 2);
    expect(first).toHaveLength(2);
    expect(second).toHaveLength(1);
    expect(new Set([...first, ...second].map((s) => s.shipmentId))).toEqual(new Set(['FBALIMIT1', 'FBALIMIT2', 'FBALIMIT3']));
    expect(await countInboundShipments(db, tenant.workspaceId, {})).toBe(3);
    expect(await countInboundShipments(db, tenant.workspaceId, { q: 'LIMIT3' })).toBe(1);
  });

  it('a confirm or a void Amazon already took, its answer never stored, is done: stored as Amazon has it, not refused', async () => {
    const a = await workspaceWithShipment(9);
    const shipment = { shipmentId: a.shipmentId, marketplaceId: US };
    const stored = async () => (await readStoredTransport(handle.db, a.tenant, a.shipmentId))!.status;
    const now = () => new Date(sim.runtime.clock.nowMs());
    await putTransport(handle.db, client, a.tenant, a.shipmentId, { mode: 'SP-partnered', packages: [box] });
    await estimateTransport(handle.db, client, a.tenant, a.shipmentId);
    await advance(60);
    expect((await transportForPage(handle.db, client, a.tenant, shipment))!.status).toBe('ESTIMATED');

    // An earlier confirm reached Amazon, and its process died before storing the answer: Amazon
    // refuses a second one (it is no longer ESTIMATED), which must not leave ESTIMATED stored.
    await client.fulfillmentInboundV0.confirmTransport({ shipmentId: a.shipmentId });
    expect((await confirmTransport(handle.db, client, a.tenant, a.shipmentId, now())).transport!.status).toBe('CONFIRMING');
    expect(await stored()).toBe('CONFIRMING');

    await advance(60);
    expect((await transportForPage(handle.db, client, a.tenant, shipment))!.status).toBe('CONFIRMED');
    await client.fulfillmentInboundV0.voidTransport({ shipmentId: a.shipmentId });
    expect((await voidTransport(handle.db, client, a.tenant, a.shipmentId, now())).transport!.status).toBe('VOIDING');
    expect(await stored()).toBe('VOIDING');
  });

  it('downloads documents only from a trusted origin and refuses oversized ones', async () => {
    const a = await workspaceWithShipment(8);
    const params = { shipmentId: a.shipmentId, PageType: 'PackageLabel_Letter_2' as const, LabelType: 'UNIQUE' as const, NumberOfPackages: 1 };
    const origin = new URL(sim.url).origin;
    // The simulator's http link is neither an Amazon https host nor the configured endpoint here.
    await expect(fetchLabelsPdf(client, params, { allowedOrigin: 'https://sim.example' })).rejects.toThrow(/does not trust/);
    await expect(fetchLabelsPdf(client, params, { allowedOrigin: origin, maxBytes: 200 })).rejects.toThrow(/too large/);
    const pdf = await fetchLabelsPdf(client, params, { allowedOrigin: origin });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  });
});
