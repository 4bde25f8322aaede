/**
 * Send to Amazon through the services against the simulator, on PGlite (and PostgreSQL when
 * TEST_DATABASE_URL is set): a plan is created, fails on a SKU without a prep category and is
 * fixed, packed, placed, booked (partnered small parcel and own carrier with a delivery window),
 * labelled and tracked; a step is never sent twice while Amazon works on the last one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db, DbHandle } from '@/db/client';
import { sendToAmazonPlans } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/client';
import { captureSpApiRequests } from '@/lib/sp-api/request-capture';
import { UserFacingError } from '@/lib/user-facing-error';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { seedDemoAccount, simControl, simulatorClient } from '@/test/support/demo-account';
import { testDatabases } from '@/test/support/databases';
import { SOURCE_ADDRESS, skusByPrepCategory } from '@/test/support/send-to-amazon';
import { OPERATION_DELAY_S } from '@/simulator/apis/inbound-plans';
import {
  cancelPlan,
  confirmDeliveryWindow,
  confirmPacking,
  confirmPlacement,
  confirmTransportation,
  followPlan,
  loadPlan,
  planOfShipment,
  prepDetailsOf,
  renamePlan,
  renameShipment,
  requestDeliveryWindows,
  requestPlacementOptions,
  requestTransportation,
  sendTracking,
  setBoxes,
  setPlanPrepCategory,
  startPlan,
  type SendToAmazonPlan,
} from './service';
import { cancelAppointment, requestAppointmentSlots, scheduleAppointment } from './appointments';
import { confirmContentUpdate, previewContentUpdate } from './content-updates';
import { syncSendToAmazonPlans } from './import-plans';
import { openProblems } from './problems';
import { planStep } from './step';

const US = 'ATVPDKIKX0DER';
const MX = 'A1AM78C64UM0Y8';
const SOURCE = SOURCE_ADDRESS;
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 5, orders: 50, clockScale: 0, enforceQuotas: false });
});
afterAll(() => sim.close());

const advance = (seconds: number) => simControl(sim, 'POST', '/_sim/clock', { advanceSeconds: seconds });

/** Lets Amazon finish the operation in flight, then follows the plan as the page does. */
const follower = (db: Db, client: SpApiClient, workspaceId: string) => async (plan: SendToAmazonPlan) => {
  await advance(OPERATION_DELAY_S);
  return followPlan(db, client, await loadPlan(db, workspaceId, plan.id));
};

describe.each(testDatabases)('Send to Amazon on $name', (database) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(() => handle.close());

  it('walks a plan from SKUs to shipped boxes, one Amazon operation at a time', async () => {
    const db = handle.db;
    const tenant = await seedDemoAccount(db);
    const client = simulatorClient(sim);
    const { plain, unknown } = await skusByPrepCategory(client, db, tenant);
    const follow = follower(db, client, tenant.workspaceId);

    // A SKU without a prep category fails the plan with Amazon's problem, named by SKU.
    const failed = await startPlan(
      db,
      client,
      { ...tenant, userId: null },
      {
        marketplaceId: US,
        sourceAddress: SOURCE,
        saveAddress: true,
        items: [{ msku: unknown[0]!, quantity: 4, labelOwner: 'SELLER', prepOwner: 'SELLER' }],
      },
    );
    expect(planStep(failed).key).toBe('working');
    const afterFailure = await follow(failed);
    expect(afterFailure.status).toBe('ERRORED');
    expect(afterFailure.problems).toEqual([
      expect.objectContaining({ code: 'PREP_CATEGORY_MISSING', details: `msku: ${unknown[0]}`, operation: 'createInboundPlan' }),
    ]);
    expect(planStep(afterFailure).key).toBe('failed');
    // The plan form shows Amazon's prep category per SKU; the one Amazon lacks is set from there.
    expect(await prepDetailsOf(client, US, [plain[0]!, unknown[0]!])).toMatchObject([
      { msku: plain[0], prepCategory: 'NONE' },
      { msku: unknown[0], prepCategory: 'UNKNOWN' },
    ]);
    // Set from the refused plan: Amazon's problem about that SKU is fixed, so the page stops showing it.
    await setPlanPrepCategory(db, client, afterFailure, unknown[0]!, 'FRAGILE');
    const fixed = await loadPlan(db, tenant.workspaceId, afterFailure.id);
    expect(openProblems(fixed.problems)).toEqual([]);
    expect(fixed.problems).toEqual([expect.objectContaining({ code: 'PREP_CATEGORY_MISSING', resolved: true })]);
    expect(planStep(fixed).key).toBe('failed');
    await advance(OPERATION_DELAY_S);
    expect(await prepDetailsOf(client, US, [unknown[0]!])).toMatchObject([{ msku: unknown[0], prepCategory: 'FRAGILE' }]);

    let plan = await startPlan(
      db,
      client,
      { ...tenant, userId: null },
      {
        marketplaceId: US,
        name: 'March restock',
        sourceAddress: SOURCE,
        saveAddress: false,
        items: [
          { msku: plain[0]!, quantity: 10, labelOwner: 'SELLER', prepOwner: 'NONE' },
          { msku: plain[1]!, quantity: 6, labelOwner: 'SELLER', prepOwner: 'NONE' },
        ],
      },
    );
    // Two tabs follow the plan at once: the next step is started once, and neither clears it.
    await advance(OPERATION_DELAY_S * 2);
    const stored = await loadPlan(db, tenant.workspaceId, plan.id);
    await Promise.all([followPlan(db, client, stored), followPlan(db, client, stored)]);
    plan = await loadPlan(db, tenant.workspaceId, plan.id);
    expect(plan.pendingOperation).toMatchObject({ operation: 'generatePackingOptions', operationId: expect.any(String) });
    plan = await follow(plan);
    expect(planStep(plan).key).toBe('pack');
    const option = plan.snapshot!.packingOptions[0]!;
    expect(option.groups[0]!.items.map((i) => i.quantity)).toEqual([10, 6]);

    // A second click while Amazon works is refused, and sends nothing.
    await confirmPacking(db, client, plan, option.packingOptionId);
    const { requests } = await captureSpApiRequests(async () => {
      await expect(confirmPacking(db, client, plan, option.packingOptionId)).rejects.toThrow(UserFacingError);
    });
    expect(requests).toEqual([]);
    plan = await follow(plan);
    expect(planStep(plan).key).toBe('boxes');

    const group = plan.snapshot!.packingOptions.find((o) => o.status === 'ACCEPTED')!.groups[0]!;
    const box = (items: Array<[string, number]>, count: number) => ({
      count,
      unit: 'IN' as const,
      length: 18,
      width: 14,
      height: 10,
      weightUnit: 'LB' as const,
      weight: 20,
      items: items.map(([msku, quantity]) => ({ msku, quantity })),
    });
    await expect(setBoxes(db, client, plan, group.packingGroupId, [box([[plain[0]!, 5]], 1)])).rejects.toMatchObject({
      fieldErrors: { boxes: [`${plain[0]}: the boxes hold 5 units; the plan sends 10.`, `${plain[1]}: the boxes hold 0 units; the plan sends 6.`] },
    });
    await setBoxes(db, client, plan, group.packingGroupId, [
      box(
        [
          [plain[0]!, 5],
          [plain[1]!, 3],
        ],
        2,
      ),
    ]);
    plan = await follow(plan); // boxes set; placement options asked for
    plan = await follow(plan);
    expect(planStep(plan).key).toBe('place');
    // Asked again by hand (as after a lost automatic request): new offers replace the old ones.
    await requestPlacementOptions(db, client, plan);
    plan = await follow(plan);
    const placements = plan.snapshot!.placementOptions;
    expect(placements.map((p) => p.shipmentIds.length)).toEqual([2, 2, 1]);
    const minimal = placements[2]!;
    await confirmPlacement(db, client, plan, minimal.placementOptionId);
    plan = await follow(plan);
    expect(planStep(plan).key).toBe('transport');
    const [shipment] = plan.snapshot!.shipments;
    expect(shipment!.confirmationId).toMatch(/^FBA1/);
    expect(plan.snapshot!.boxes.map((b) => b.boxId)).toEqual([`${shipment!.confirmationId}U000001`, `${shipment!.confirmationId}U000002`]);

    // Renamed at Amazon and here at once; Amazon's next read agrees.
    await renamePlan(db, client, plan, 'March restock, Seattle');
    await renameShipment(db, client, await loadPlan(db, tenant.workspaceId, plan.id), shipment!.shipmentId, 'Seattle pallet 1');
    plan = await loadPlan(db, tenant.workspaceId, plan.id);
    expect([plan.name, plan.snapshot!.shipments[0]!.name]).toEqual(['March restock, Seattle', 'Seattle pallet 1']);
    const atAmazon = await client.fulfillmentInbound20240320.getShipment({ inboundPlanId: plan.inboundPlanId, shipmentId: shipment!.shipmentId });
    expect(atAmazon.name).toBe('Seattle pallet 1');
    expect((await client.fulfillmentInbound20240320.getInboundPlan({ inboundPlanId: plan.inboundPlanId })).name).toBe('March restock, Seattle');
    await expect(renameShipment(db, client, plan, `sh${'0'.repeat(36)}`, 'Nope')).rejects.toThrow('That shipment is not part of this plan.');
    // The FBA shipment's own page finds its plan; another workspace's does not.
    expect(await planOfShipment(db, tenant, shipment!.confirmationId!)).toEqual({ id: plan.id, name: 'March restock, Seattle', cancelled: false });
    const other = await seedDemoAccount(db);
    expect(await planOfShipment(db, other, shipment!.confirmationId!)).toBeUndefined();

    await requestTransportation(db, client, plan, {
      readyToShip: new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10),
      shipments: [{ shipmentId: shipment!.shipmentId, pallets: 0 }],
    });
    plan = await follow(plan);
    const options = plan.snapshot!.shipments[0]!.transportationOptions;
    const own = options.find((o) => o.shippingSolution === 'USE_YOUR_OWN_CARRIER')!;
    expect(options.find((o) => o.shippingSolution === 'AMAZON_PARTNERED_CARRIER')?.cost?.amount).toBeGreaterThan(0);

    // Own carrier: refused without a delivery window, before anything is sent.
    await expect(
      confirmTransportation(db, client, plan, [{ shipmentId: shipment!.shipmentId, transportationOptionId: own.transportationOptionId }]),
    ).rejects.toMatchObject({
      fieldErrors: { selections: [expect.stringContaining('choose a delivery window first')] },
    });
    await requestDeliveryWindows(db, client, plan, shipment!.shipmentId);
    plan = await follow(plan);
    const window = plan.snapshot!.shipments[0]!.deliveryWindows[0]!;
    await confirmDeliveryWindow(db, client, plan, shipment!.shipmentId, window.deliveryWindowOptionId);
    plan = await follow(plan);
    expect(plan.snapshot!.shipments[0]!.selectedDeliveryWindow?.deliveryWindowOptionId).toBe(window.deliveryWindowOptionId);
    await confirmTransportation(db, client, plan, [{ shipmentId: shipment!.shipmentId, transportationOptionId: own.transportationOptionId }]);
    plan = await follow(plan);
    expect(plan.snapshot!.shipments[0]!.status).toBe('READY_TO_SHIP');
    expect(planStep(plan).key).toBe('ship');

    await expect(
      sendTracking(db, client, plan, { shipmentId: shipment!.shipmentId, boxes: [{ boxId: plan.snapshot!.boxes[0]!.boxId!, trackingId: '1ZA' }] }),
    ).rejects.toMatchObject({
      fieldErrors: { boxes: [expect.stringContaining(plan.snapshot!.boxes[1]!.boxId!)] },
    });
    await sendTracking(db, client, plan, {
      shipmentId: shipment!.shipmentId,
      boxes: plan.snapshot!.boxes.map((b, i) => ({ boxId: b.boxId!, trackingId: `1ZTRACK${i}` })),
    });
    plan = await follow(plan);
    expect(plan.snapshot!.shipments[0]).toMatchObject({ status: 'SHIPPED', tracking: { boxes: [{ trackingId: '1ZTRACK0' }, { trackingId: '1ZTRACK1' }] } });
    expect(planStep(plan).key).toBe('shipped');
    expect(plan.status).toBe('SHIPPED');

    // Stored while active and shipped since (say, from Seller Central): Amazon no longer lists it
    // as active, and the sync reads it again so the list stops showing it in progress.
    await db.update(sendToAmazonPlans).set({ status: 'ACTIVE' }).where(eq(sendToAmazonPlans.id, plan.id));
    await syncSendToAmazonPlans(db, client, tenant, [US]);
    expect((await loadPlan(db, tenant.workspaceId, plan.id)).status).toBe('SHIPPED');
  });

  it('packs boxes whose contents Amazon reads from 2D barcodes, gets freight quotes for pallets with their class and value, then changes the booked shipment’s contents through a priced preview', async () => {
    const db = handle.db;
    const tenant = await seedDemoAccount(db);
    const client = simulatorClient(sim);
    const { plain } = await skusByPrepCategory(client, db, tenant);
    const follow = follower(db, client, tenant.workspaceId);
    let plan = await startPlan(
      db,
      client,
      { ...tenant, userId: null },
      { marketplaceId: US, sourceAddress: SOURCE, saveAddress: false, items: [{ msku: plain[2]!, quantity: 9, labelOwner: 'SELLER', prepOwner: 'NONE' }] },
    );
    plan = await follow(await follow(plan));
    const option = plan.snapshot!.packingOptions[0]!;
    expect(option.boxPackingMethods).toEqual(['BOX_CONTENT_PROVIDED', 'BARCODE_2D', 'MANUAL_PROCESS']);
    await confirmPacking(db, client, plan, option.packingOptionId);
    plan = await follow(plan);
    const group = plan.snapshot!.packingOptions.find((o) => o.status === 'ACCEPTED')!.groups[0]!;
    const sealed = { count: 3, unit: 'IN' as const, length: 12, width: 10, height: 8, weightUnit: 'LB' as const, weight: 9, items: [] };
    // Amazon refuses items in a 2D-barcode box (BOX_ITEMS_NOT_ALLOWED), so its taking the boxes shows none were sent.
    await setBoxes(db, client, plan, group.packingGroupId, [sealed], 'BARCODE_2D');
    plan = await follow(await follow(plan));
    expect(planStep(plan).key).toBe('place');
    expect(plan.snapshot!.boxes.map((b) => [b.contentSource, b.items.length])).toEqual([
      ['BARCODE_2D', 0],
      ['BARCODE_2D', 0],
      ['BARCODE_2D', 0],
    ]);

    // Booked with the partnered carrier, then changed before it leaves: 8 units in 2 listed boxes.
    const single = plan.snapshot!.placementOptions.find((o) => o.shipmentIds.length === 1)!;
    await confirmPlacement(db, client, plan, single.placementOptionId);
    plan = await follow(plan);
    const shipmentId = plan.snapshot!.shipments[0]!.shipmentId;
    // Pallets with a freight class and the declared value (in the marketplace's currency): the partnered freight carrier quotes too.
    const pallets = { unit: 'IN' as const, length: 48, width: 40, height: 50, weightUnit: 'LB' as const, weight: 600, stackable: false };
    await requestTransportation(db, client, plan, {
      readyToShip: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
      shipments: [{ shipmentId, pallets: 2, ...pallets, freightClass: 'FC_85', declaredValue: 3000 }],
    });
    plan = await follow(plan);
    const atAmazon = await client.fulfillmentInbound20240320.getShipment({ inboundPlanId: plan.inboundPlanId, shipmentId });
    expect(atAmazon.freightInformation).toEqual({ freightClass: 'FC_85', declaredValue: { amount: 3000, code: 'USD' } });
    const ltl = plan.snapshot!.shipments[0]!.transportationOptions.find(
      (o) => o.shippingMode === 'FREIGHT_LTL' && o.shippingSolution === 'AMAZON_PARTNERED_CARRIER',
    );
    expect(ltl?.cost).toEqual({ amount: 246.6, currency: 'USD' });
    const partnered = plan.snapshot!.shipments[0]!.transportationOptions.find(
      (o) => o.shippingMode === 'GROUND_SMALL_PARCEL' && o.shippingSolution === 'AMAZON_PARTNERED_CARRIER',
    )!;
    await confirmTransportation(db, client, plan, [{ shipmentId, transportationOptionId: partnered.transportationOptionId }]);
    plan = await follow(plan);
    expect(plan.snapshot!.shipments[0]!.status).toBe('READY_TO_SHIP');
    const listedBox = (msku: string, quantity: number) => ({ ...sealed, count: 2, weight: 6, items: [{ msku, quantity }] });
    const { requests } = await captureSpApiRequests(() =>
      expect(previewContentUpdate(db, client, plan, shipmentId, [listedBox(plain[3]!, 4)])).rejects.toMatchObject({
        fieldErrors: { boxes: [`${plain[3]} is not in this shipment.`] },
      }),
    );
    expect(requests).toEqual([]);
    await previewContentUpdate(db, client, plan, shipmentId, [listedBox(plain[2]!, 4)]);
    plan = await follow(plan);
    const [preview] = plan.snapshot!.shipments[0]!.contentUpdatePreviews!;
    expect(preview).toMatchObject({ boxCount: 2, items: [{ msku: plain[2], quantity: 8 }] });
    expect(preview!.transportationOption.cost!.amount).not.toBe(partnered.cost!.amount);
    await confirmContentUpdate(db, client, plan, shipmentId, preview!.contentUpdatePreviewId);
    plan = await follow(plan);
    const changed = plan.snapshot!.shipments[0]!;
    expect(changed).toMatchObject({ status: 'READY_TO_SHIP', selectedTransportationOptionId: preview!.transportationOption.transportationOptionId });
    expect(changed.contentUpdatePreviews).toBeUndefined();
    expect(changed.items).toEqual([{ msku: plain[2], quantity: 8 }]);
    expect(plan.snapshot!.boxes.map((b) => [b.boxId, b.contentSource, b.items])).toEqual([
      [`${changed.confirmationId}U000001`, 'BOX_CONTENT_PROVIDED', [{ msku: plain[2], quantity: 4 }]],
      [`${changed.confirmationId}U000002`, 'BOX_CONTENT_PROVIDED', [{ msku: plain[2], quantity: 4 }]],
    ]);
    expect(planStep(plan).key).toBe('ship');
    // Drop-off appointments are for own carriers in the marketplaces that have them: nothing is sent.
    const refused = await captureSpApiRequests(() => expect(requestAppointmentSlots(db, client, plan, shipmentId)).rejects.toBeInstanceOf(UserFacingError));
    expect(refused.requests).toEqual([]);
  });

  it('creates a plan once when Amazon’s answer is lost: the next try takes up the plan Amazon made; a deliberate repeat makes another', async () => {
    const db = handle.db;
    const tenant = await seedDemoAccount(db);
    const client = simulatorClient(sim);
    const { plain } = await skusByPrepCategory(client, db, tenant);
    const input = {
      marketplaceId: US,
      name: `Lost answer ${database.name}`,
      sourceAddress: SOURCE,
      saveAddress: false,
      items: [{ msku: plain[4]!, quantity: 7, labelOwner: 'SELLER' as const, prepOwner: 'NONE' as const }],
    };
    const atAmazon = async () =>
      (await client.fulfillmentInbound20240320.listInboundPlans({ status: 'ACTIVE', pageSize: 30 })).inboundPlans!.filter((p) => p.name === input.name);
    const byUser = { ...tenant, userId: null };

    // Amazon makes the plan, but its answer is cut off.
    await simControl(sim, 'POST', '/_sim/faults', { truncatedProbability: 1, operations: ['createInboundPlan'] });
    await expect(startPlan(db, client, byUser, input)).rejects.toThrow(/did not answer whether it made the plan/);
    await simControl(sim, 'DELETE', '/_sim/faults');
    expect(await atAmazon()).toHaveLength(1);
    // While Amazon is still making it (the plan lists no items yet), a second try waits.
    await expect(startPlan(db, client, byUser, input)).rejects.toThrow(/has not yet shown the plan from your last try/);
    await advance(OPERATION_DELAY_S);

    const takenUp = await startPlan(db, client, byUser, input);
    const [made] = await atAmazon();
    expect(await atAmazon()).toHaveLength(1);
    expect(takenUp).toMatchObject({ inboundPlanId: made!.inboundPlanId, origin: 'dashboard', pendingOperation: null, items: input.items });
    expect(takenUp.snapshot!.items.map((i) => [i.msku, i.quantity])).toEqual([[plain[4], 7]]);
    expect(planStep(takenUp).key).toBe('pack');

    // The same plan sent again on purpose is a new plan.
    const again = await startPlan(db, client, byUser, input);
    expect(again.inboundPlanId).not.toBe(made!.inboundPlanId);
    expect(again.pendingOperation?.operation).toBe('createInboundPlan');
    expect(await atAmazon()).toHaveLength(2);
  });

  it('books, moves and cancels the warehouse drop-off of an own-carrier shipment to Mexico, then cancels the plan', async () => {
    const db = handle.db;
    const tenant = await seedDemoAccount(db);
    const client = simulatorClient(sim);
    const follow = follower(db, client, tenant.workspaceId);
    const { plain } = await skusByPrepCategory(client, db, tenant, MX);
    const source = { ...SOURCE, city: 'Ciudad de México', stateOrProvinceCode: 'CDMX', countryCode: 'MX', postalCode: '06600' };
    let plan = await startPlan(
      db,
      client,
      { ...tenant, userId: null },
      { marketplaceId: MX, sourceAddress: source, saveAddress: false, items: [{ msku: plain[0]!, quantity: 4, labelOwner: 'SELLER', prepOwner: 'NONE' }] },
    );
    plan = await follow(await follow(plan));
    await confirmPacking(db, client, plan, plan.snapshot!.packingOptions[0]!.packingOptionId);
    plan = await follow(plan);
    const group = plan.snapshot!.packingOptions.find((o) => o.status === 'ACCEPTED')!.groups[0]!;
    const box = {
      count: 1,
      unit: 'CM' as const,
      length: 40,
      width: 30,
      height: 20,
      weightUnit: 'KG' as const,
      weight: 5,
      items: [{ msku: plain[0]!, quantity: 4 }],
    };
    await setBoxes(db, client, plan, group.packingGroupId, [box]);
    plan = await follow(await follow(plan));
    await confirmPlacement(db, client, plan, plan.snapshot!.placementOptions.find((o) => o.shipmentIds.length === 1)!.placementOptionId);
    plan = await follow(plan);
    const shipmentId = plan.snapshot!.shipments[0]!.shipmentId;
    await requestTransportation(db, client, plan, {
      readyToShip: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
      shipments: [{ shipmentId, pallets: 0 }],
    });
    plan = await follow(plan);
    const own = plan.snapshot!.shipments[0]!.transportationOptions.find((o) => o.shippingSolution === 'USE_YOUR_OWN_CARRIER')!;
    await requestDeliveryWindows(db, client, plan, shipmentId);
    plan = await follow(plan);
    await confirmDeliveryWindow(db, client, plan, shipmentId, plan.snapshot!.shipments[0]!.deliveryWindows[0]!.deliveryWindowOptionId);
    plan = await follow(plan);
    await confirmTransportation(db, client, plan, [{ shipmentId, transportationOptionId: own.transportationOptionId }]);
    plan = await follow(plan);
    const ready = plan.snapshot!.shipments[0]!;
    expect([ready.status, ready.appointment, ready.appointmentSlots]).toEqual(['READY_TO_SHIP', undefined, undefined]);

    await requestAppointmentSlots(db, client, plan, shipmentId);
    plan = await follow(plan);
    const offered = plan.snapshot!.shipments[0]!.appointmentSlots!;
    expect(offered.slots).toHaveLength(10);
    expect(Date.parse(offered.slots[0]!.startTime)).toBeGreaterThan(Date.now());
    plan = await scheduleAppointment(db, client, plan, shipmentId, offered.slots[1]!.slotId);
    const booked = plan.snapshot!.shipments[0]!;
    expect(booked.appointment).toMatchObject({ status: 'ARRIVAL_SCHEDULED', startTime: offered.slots[1]!.startTime, endTime: offered.slots[1]!.endTime });
    expect(booked.appointmentSlots!.slots.map((s) => s.slotId)).not.toContain(offered.slots[1]!.slotId);
    // A slot no longer offered is refused before anything is sent; another one moves the booking.
    const stale = await captureSpApiRequests(() =>
      expect(scheduleAppointment(db, client, plan, shipmentId, offered.slots[1]!.slotId)).rejects.toBeInstanceOf(UserFacingError),
    );
    expect(stale.requests).toEqual([]);
    plan = await scheduleAppointment(db, client, plan, shipmentId, offered.slots[3]!.slotId);
    expect(plan.snapshot!.shipments[0]!.appointment).toMatchObject({ status: 'ARRIVAL_SCHEDULED', startTime: offered.slots[3]!.startTime });
    expect(plan.snapshot!.shipments[0]!.appointment!.appointmentId).not.toBe(booked.appointment!.appointmentId);

    await cancelAppointment(db, client, plan, shipmentId, 'VEHICLE_DELAY');
    plan = await follow(plan);
    expect(plan.snapshot!.shipments[0]!.appointment).toMatchObject({ status: 'CANCELLED' });
    await expect(cancelAppointment(db, client, plan, shipmentId, 'OTHER')).rejects.toBeInstanceOf(UserFacingError);

    // Cancelled: the FBA shipment's page says so from the moment Amazon starts, instead of offering labels.
    const confirmationId = plan.snapshot!.shipments[0]!.confirmationId!;
    expect((await planOfShipment(db, tenant, confirmationId))?.cancelled).toBe(false);
    await cancelPlan(db, client, plan);
    expect((await planOfShipment(db, tenant, confirmationId))?.cancelled).toBe(true);
    plan = await follow(plan);
    expect(plan.status).toBe('VOIDED');
    expect(await planOfShipment(db, tenant, confirmationId)).toEqual({ id: plan.id, name: plan.name, cancelled: true });
  });
});
