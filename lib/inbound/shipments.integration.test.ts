/**
 * Inbound shipments against the simulator, on PGlite (and PostgreSQL when TEST_DATABASE_URL is
 * set): tenancy through the real actions and route handlers (two workspaces) with nothing sent
 * to Amazon for an unchecked id, status and received units read again from Amazon and their
 * discrepancies counted, ship-from addresses saved once and only after Amazon accepted a plan,
 * plans refused before sending for a marketplace the account does not sell in, earlier plans and
 * shipments listed per account, and documents fetched only from a trusted origin.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import {
  inboundPlans,
  inboundShipmentItems,
  inboundShipments,
  inboundTransports,
  sellerAccountMarketplaces,
  sendToAmazonPlans,
  sellerAccounts,
  shipFromAddresses,
} from '@/db/schema';
import { idleState } from '@/lib/actions/action-state';
import type { CurrentUser } from '@/lib/auth/session';
import type { SpApiClient } from '@/lib/sp-api/client';
import type { GetLabelsParams } from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import { SpApiError } from '@/lib/sp-api/errors';
import { captureSpApiRequests } from '@/lib/sp-api/request-capture';
import type { Tenant } from '@/lib/tenancy';
import type { PlanSnapshot } from '@/db/schema';
import { quantityReceivedAt, shipmentStatusAt } from '@/simulator/apis/inbound/lifecycle';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases } from '@/test/support/databases';
import { seedDemoAccount, simulatorClient } from '@/test/support/demo-account';
import { SOURCE_ADDRESS, skusByPrepCategory } from '@/test/support/send-to-amazon';
import { inboundStore } from '@/test/support/simulator-truth';

const session = vi.hoisted(() => ({ user: null as CurrentUser | null, db: null as unknown, client: null as unknown }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
vi.mock('@/db', () => ({ getDb: async () => session.db }));
vi.mock('@/lib/accounts/sp-api-for-account', () => ({ spApiForAccount: vi.fn(async () => session.client) }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const { spApiForAccount } = await import('@/lib/accounts/sp-api-for-account');
const actions = await import('@/lib/inbound/actions');
const labelsRoute = await import('@/app/api/inbound/shipments/[accountId]/[shipmentId]/labels/route');
const billOfLadingRoute = await import('@/app/api/inbound/shipments/[accountId]/[shipmentId]/bill-of-lading/route');
const { listPlans } = await import('./plans');
const { countInboundShipments, listInboundShipments, receiptsOf } = await import('./queries');
const { startPlan } = await import('./send-to-amazon/service');
const { fetchLabelsPdf } = await import('./documents');

const US = 'ATVPDKIKX0DER';
const SELLER = 'A1DEMOSELLERNA';
const SOURCE = SOURCE_ADDRESS;
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 11, orders: 20, clockScale: 0, enforceQuotas: false });
});
afterAll(() => sim.close());

/** The same client, with some Send to Amazon operations failing as if Amazon were unreachable. */
function failing(client: SpApiClient, operations: string[]): SpApiClient {
  const api: Record<string, unknown> = { ...client.fulfillmentInbound20240320 };
  for (const operation of operations) {
    api[operation] = async () => {
      throw new SpApiError({
        kind: 'ServerError',
        code: 'InternalFailure',
        message: 'Amazon is unavailable.',
        status: 503,
        operation: `fulfillmentInbound20240320.${operation}`,
      });
    };
  }
  return { ...client, fulfillmentInbound20240320: api } as unknown as SpApiClient;
}

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};

const userOf = (workspaceId: string, role: CurrentUser['role']) =>
  ({ id: null as unknown as string, workspaceId, role, email: `${role}@acme.example`, name: role }) as CurrentUser;
const routeParams = (accountId: string, shipmentId: string) => ({ params: Promise.resolve({ accountId, shipmentId }) });

describe.each(testDatabases)('inbound shipments on $name', (database) => {
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

  /** A workspace holding the seller's nth shipment Amazon knows, stored with a stale status and no items. */
  async function workspaceWithShipment(nth: number): Promise<{ tenant: Tenant; shipmentId: string }> {
    const tenant = await seedDemoAccount(handle.db);
    const known = inboundStore(sim)
      .sellerShipments(SELLER)
      .filter((s) => s.marketplaceId === US);
    const shipmentId = known[nth % known.length]!.shipmentId;
    await handle.db.insert(inboundShipments).values({ ...tenant, shipmentId, marketplaceId: US, name: 'Stale', status: 'WORKING' });
    return { tenant, shipmentId };
  }

  it('another workspace cannot reach a shipment through the actions or the route handlers, and nothing is sent to Amazon', async () => {
    const a = await workspaceWithShipment(0);
    const b = await seedDemoAccount(handle.db);
    session.user = userOf(b.workspaceId, 'owner');
    for (const accountId of [a.tenant.accountId, b.accountId]) {
      const ref = { accountId, shipmentId: a.shipmentId };
      const { result, requests } = await captureSpApiRequests(() => actions.refreshShipmentAction(idleState, form(ref)));
      expect(result).toMatchObject({ status: 'error', message: 'That inbound shipment was not found.' });
      expect(requests).toEqual([]);
      const labels = await labelsRoute.GET(
        new Request('http://app/x?pageType=PackageLabel_Thermal&labelType=UNIQUE&numberOfPackages=1'),
        routeParams(accountId, a.shipmentId),
      );
      expect(labels.status).toBe(404);
      expect((await billOfLadingRoute.GET(new Request('http://app/x'), routeParams(accountId, a.shipmentId))).status).toBe(404);
    }
    // No SP-API client was even made for the other workspace's ids.
    expect(spApiForAccount).not.toHaveBeenCalled();
  });

  it('a viewer calling an action is refused before anything runs', async () => {
    const a = await workspaceWithShipment(1);
    session.user = userOf(a.tenant.workspaceId, 'viewer');
    const state = await actions.refreshShipmentAction(idleState, form({ accountId: a.tenant.accountId, shipmentId: a.shipmentId }));
    expect(state).toMatchObject({ status: 'error', message: 'Your role does not allow this action.' });
    expect(spApiForAccount).not.toHaveBeenCalled();
  });

  it('reads the status and the received units again from Amazon, as Amazon has them now', async () => {
    // The shipment Amazon has received the most of, so the quantities are not all zero.
    const now = sim.runtime.clock.now();
    const received = (s: ReturnType<ReturnType<typeof inboundStore>['sellerShipments']>[number]) =>
      s.items.reduce((sum, item) => sum + quantityReceivedAt(s, item, now), 0);
    const known = inboundStore(sim)
      .sellerShipments(SELLER)
      .filter((s) => s.marketplaceId === US)
      .sort((x, y) => received(y) - received(x))[0]!;
    const tenant = await seedDemoAccount(handle.db);
    await handle.db.insert(inboundShipments).values({ ...tenant, shipmentId: known.shipmentId, marketplaceId: US, status: 'WORKING' });
    session.user = userOf(tenant.workspaceId, 'operator');

    const state = await actions.refreshShipmentAction(idleState, form({ accountId: tenant.accountId, shipmentId: known.shipmentId }));
    expect(state).toMatchObject({ status: 'success', message: 'Updated from Amazon.' });
    const [stored] = await handle.db
      .select({ status: inboundShipments.status })
      .from(inboundShipments)
      .where(and(eq(inboundShipments.accountId, tenant.accountId), eq(inboundShipments.shipmentId, known.shipmentId)));
    expect(stored!.status).toBe(shipmentStatusAt(known, now));
    const items = await handle.db
      .select({ sku: inboundShipmentItems.sellerSku, received: inboundShipmentItems.quantityReceived })
      .from(inboundShipmentItems)
      .where(and(eq(inboundShipmentItems.accountId, tenant.accountId), eq(inboundShipmentItems.shipmentId, known.shipmentId)));
    expect(Object.fromEntries(items.map((i) => [i.sku, i.received]))).toEqual(
      Object.fromEntries(known.items.map((i) => [i.sellerSku, quantityReceivedAt(known, i, now)])),
    );
    expect(received(known)).toBeGreaterThan(0);
    const receipt = (await receiptsOf(handle.db, tenant.workspaceId, tenant.accountId, [known.shipmentId])).get(known.shipmentId);
    expect(receipt).toMatchObject({ status: shipmentStatusAt(known, now), received: received(known) });
  });

  it("counts the SKUs received differently: short only once Amazon closed the shipment, over at once; other workspaces' shipments are not read", async () => {
    const db = handle.db;
    const tenant = await seedDemoAccount(db);
    const other = await seedDemoAccount(db);
    const shipment = (t: Tenant, shipmentId: string, status: string) => ({ ...t, shipmentId, marketplaceId: US, status });
    await db
      .insert(inboundShipments)
      .values([shipment(tenant, 'FBARCPT1', 'CLOSED'), shipment(tenant, 'FBARCPT2', 'RECEIVING'), shipment(other, 'FBARCPT3', 'CLOSED')]);
    const item = (t: Tenant, shipmentId: string, sellerSku: string, quantityShipped: number, quantityReceived: number) => ({
      ...t,
      shipmentId,
      sellerSku,
      quantityShipped,
      quantityReceived,
    });
    await db
      .insert(inboundShipmentItems)
      .values([
        item(tenant, 'FBARCPT1', 'SKU-A', 10, 8),
        item(tenant, 'FBARCPT1', 'SKU-B', 5, 5),
        item(tenant, 'FBARCPT2', 'SKU-A', 10, 4),
        item(tenant, 'FBARCPT2', 'SKU-B', 5, 6),
        item(other, 'FBARCPT3', 'SKU-A', 1, 0),
      ]);
    const receipts = await receiptsOf(db, tenant.workspaceId, tenant.accountId, ['FBARCPT1', 'FBARCPT2', 'FBARCPT3', 'FBANOTSYNCED']);
    expect(Object.fromEntries(receipts)).toEqual({
      FBARCPT1: { status: 'CLOSED', shipped: 15, received: 13, discrepancies: 1 },
      FBARCPT2: { status: 'RECEIVING', shipped: 15, received: 10, discrepancies: 1 },
    });
    expect(await receiptsOf(db, tenant.workspaceId, other.accountId, ['FBARCPT3'])).toEqual(new Map());
  });

  it('prints nothing for a shipment Amazon deleted or closed, and asks Amazon nothing', async () => {
    const a = await workspaceWithShipment(3);
    await handle.db
      .update(inboundShipments)
      .set({ status: 'DELETED' })
      .where(and(eq(inboundShipments.accountId, a.tenant.accountId), eq(inboundShipments.shipmentId, a.shipmentId)));
    session.user = userOf(a.tenant.workspaceId, 'operator');
    const { result, requests } = await captureSpApiRequests(() =>
      labelsRoute.GET(
        new Request('http://app/x?pageType=PackageLabel_Thermal&labelType=UNIQUE&numberOfPackages=1'),
        routeParams(a.tenant.accountId, a.shipmentId),
      ),
    );
    expect(result.status).toBe(400);
    expect(await result.json()).toEqual({ error: 'This shipment is cancelled or closed; there is nothing to print.' });
    expect(requests).toEqual([]);
  });

  it('prints nothing once the carrier booking was voided, bill of lading included, and asks Amazon nothing', async () => {
    const a = await workspaceWithShipment(4);
    await handle.db
      .insert(inboundTransports)
      .values({ ...a.tenant, shipmentId: a.shipmentId, shipmentType: 'LTL', isPartnered: true, status: 'VOIDED', packageCount: 8, palletCount: 2 });
    session.user = userOf(a.tenant.workspaceId, 'operator');
    const { result, requests } = await captureSpApiRequests(async () => [
      await labelsRoute.GET(new Request('http://app/x?pageType=PackageLabel_Letter_4&labelType=PALLET'), routeParams(a.tenant.accountId, a.shipmentId)),
      await billOfLadingRoute.GET(new Request('http://app/x'), routeParams(a.tenant.accountId, a.shipmentId)),
    ]);
    for (const response of result) {
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'The carrier booking of this shipment was voided; its labels would be void too.' });
    }
    expect(requests).toEqual([]);
  });

  it("prints nothing for a shipment of a cancelled Send to Amazon plan, even before Amazon's list says so, and asks Amazon nothing", async () => {
    // The sync has not yet read the shipment as cancelled: only its plan says so.
    const a = await workspaceWithShipment(5);
    const plan = {
      ...a.tenant,
      inboundPlanId: 'wf-cancelled-plan',
      marketplaceId: US,
      name: 'Spring restock',
      origin: 'dashboard',
      sourceAddress: SOURCE,
      items: [],
      snapshot: { shipments: [{ confirmationId: a.shipmentId }] } as unknown as PlanSnapshot,
    };
    const [row] = await handle.db
      .insert(sendToAmazonPlans)
      .values({ ...plan, status: 'VOIDED' })
      .returning({ id: sendToAmazonPlans.id });
    session.user = userOf(a.tenant.workspaceId, 'operator');
    const { result, requests } = await captureSpApiRequests(async () => [
      await labelsRoute.GET(
        new Request('http://app/x?pageType=PackageLabel_Letter_4&labelType=UNIQUE&numberOfPackages=2'),
        routeParams(a.tenant.accountId, a.shipmentId),
      ),
      await billOfLadingRoute.GET(new Request('http://app/x'), routeParams(a.tenant.accountId, a.shipmentId)),
    ]);
    for (const response of result) {
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: "This shipment's Send to Amazon plan, Spring restock, was cancelled; there is nothing to print." });
    }
    expect(requests).toEqual([]);

    // While the plan is open, the rule does not stand in the way (Amazon answers for the labels).
    await handle.db.update(sendToAmazonPlans).set({ status: 'ACTIVE' }).where(eq(sendToAmazonPlans.id, row!.id));
    const open = await labelsRoute.GET(
      new Request('http://app/x?pageType=PackageLabel_Letter_4&labelType=UNIQUE&numberOfPackages=2'),
      routeParams(a.tenant.accountId, a.shipmentId),
    );
    expect(await open.clone().text()).not.toContain('was cancelled');
  });

  it('prints as many labels as the stored booking has boxes, without asking for the number again', async () => {
    // A shipment Amazon still prints labels for (not cancelled, deleted or closed).
    const now = sim.runtime.clock.now();
    const open = inboundStore(sim)
      .sellerShipments(SELLER)
      .filter((s) => s.marketplaceId === US)
      .findIndex((s) => !['CANCELLED', 'DELETED', 'CLOSED'].includes(shipmentStatusAt(s, now)));
    const a = await workspaceWithShipment(open);
    await handle.db
      .insert(inboundTransports)
      .values({ ...a.tenant, shipmentId: a.shipmentId, shipmentType: 'SP', isPartnered: false, status: 'WORKING', packageCount: 3 });
    session.user = userOf(a.tenant.workspaceId, 'operator');
    const asked: GetLabelsParams[] = [];
    const v0 = client.fulfillmentInboundV0;
    session.client = { ...client, fulfillmentInboundV0: { ...v0, getLabels: (params: GetLabelsParams) => (asked.push(params), v0.getLabels(params)) } };
    const result = await labelsRoute.GET(
      new Request('http://app/x?pageType=PackageLabel_Letter_2&labelType=UNIQUE'),
      routeParams(a.tenant.accountId, a.shipmentId),
    );
    expect(result.status, await result.clone().text()).toBe(200);
    expect(asked).toEqual([{ shipmentId: a.shipmentId, PageType: 'PackageLabel_Letter_2', LabelType: 'UNIQUE', NumberOfPackages: 3 }]);
  });

  it('saves a new ship-from address once, and only after Amazon accepted the plan', async () => {
    const db = handle.db;
    const tenant = await seedDemoAccount(db);
    const msku = (await skusByPrepCategory(client, db, tenant)).plain[0]!;
    const plan = {
      marketplaceId: US,
      sourceAddress: SOURCE,
      saveAddress: true,
      items: [{ msku, quantity: 2, labelOwner: 'SELLER' as const, prepOwner: 'SELLER' as const }],
    };
    await expect(startPlan(db, failing(client, ['createInboundPlan']), { ...tenant, userId: null }, plan)).rejects.toThrow();
    const saved = () => db.select().from(shipFromAddresses).where(eq(shipFromAddresses.workspaceId, tenant.workspaceId));
    expect(await saved()).toEqual([]);
    await startPlan(db, client, { ...tenant, userId: null }, plan);
    await startPlan(db, client, { ...tenant, userId: null }, { ...plan, sourceAddress: { ...SOURCE, name: ' acme  WAREHOUSE ', city: 'SEATTLE' } });
    expect(await saved()).toMatchObject([{ name: 'Acme Warehouse', phoneNumber: '+1 206 555 0100' }]);
  });

  it('refuses a plan for a marketplace the account does not sell in, before sending', async () => {
    const tenant = await seedDemoAccount(handle.db);
    const plan = {
      marketplaceId: 'A1F83G8C2ARO7P',
      sourceAddress: SOURCE,
      saveAddress: false,
      items: [{ msku: 'SKU-1', quantity: 2, labelOwner: 'SELLER' as const, prepOwner: 'SELLER' as const }],
    };
    const { requests } = await captureSpApiRequests(async () => {
      await expect(startPlan(handle.db, client, { ...tenant, userId: null }, plan)).rejects.toMatchObject({
        fieldErrors: { marketplaceId: ['This account does not sell in that marketplace.'] },
      });
    });
    expect(requests).toEqual([]);
  });

  it('refuses a SKU the account’s inventory does not know, at its line, before sending', async () => {
    const db = handle.db;
    const tenant = await seedDemoAccount(db);
    const msku = (await skusByPrepCategory(client, db, tenant)).plain[0]!;
    const line = { quantity: 2, labelOwner: 'SELLER' as const, prepOwner: 'SELLER' as const };
    const plan = {
      marketplaceId: US,
      sourceAddress: SOURCE,
      saveAddress: false,
      items: [
        { msku, ...line },
        { msku: 'NO-SUCH-SKU', ...line },
      ],
    };
    const { requests } = await captureSpApiRequests(async () => {
      await expect(startPlan(db, client, { ...tenant, userId: null }, plan)).rejects.toMatchObject({
        fieldErrors: { 'items.1.msku': [expect.stringContaining('not in the account’s FBA inventory')] },
      });
      // Another account's stock does not count for this one.
      const other = await seedDemoAccount(db);
      await expect(startPlan(db, client, { ...other, userId: null }, { ...plan, items: [{ msku, ...line }] })).rejects.toMatchObject({
        fieldErrors: { 'items.0.msku': [expect.any(String)] },
      });
    });
    expect(requests).toEqual([]);
  });

  it('lists the earlier plans of the accounts in view, filtered before the limit', async () => {
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
    const shipFromAddress = {
      name: 'Acme Warehouse',
      addressLine1: '1 Main St',
      city: 'Seattle',
      stateOrProvinceCode: 'WA',
      countryCode: 'US',
      postalCode: '98101',
    };
    const plan = (accountId: string, createdAt: Date) => ({
      workspaceId: tenant.workspaceId,
      accountId,
      marketplaceId: US,
      shipFromAddress,
      labelPrepPreference: 'SELLER_LABEL',
      requestItems: [],
      createdAt,
    });
    await db
      .insert(inboundPlans)
      .values([plan(tenant.accountId, new Date('2024-01-01')), plan(other!.id, new Date('2024-01-02')), plan(other!.id, new Date('2024-01-03'))]);
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

  it('downloads documents only from a trusted origin and refuses oversized ones', async () => {
    const a = await workspaceWithShipment(2);
    const params = { shipmentId: a.shipmentId, PageType: 'PackageLabel_Letter_2' as const, LabelType: 'UNIQUE' as const, NumberOfPackages: 1 };
    const origin = new URL(sim.url).origin;
    // The simulator's http link is neither an Amazon https host nor the configured endpoint here.
    await expect(fetchLabelsPdf(client, params, { allowedOrigin: 'https://sim.example' })).rejects.toThrow(/does not trust/);
    await expect(fetchLabelsPdf(client, params, { allowedOrigin: origin, maxBytes: 200 })).rejects.toThrow(/too large/);
    const pdf = await fetchLabelsPdf(client, params, { allowedOrigin: origin });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  });
});
