/**
 * HTTP contract test of Fulfillment Inbound 2024-03-20: Send to Amazon from SKU choice to a
 * shipment that ships, through the real simulator core (auth, routing, request validation,
 * the clock), every response checked against the model with unknown fields forbidden.
 * Confirmed shipments are checked through the v0 operations Amazon kept (getShipments, getLabels).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SELLERS } from '../../core/contract.js';
import { catalog } from '../../state/catalog.js';
import { SimTestClient, type SimCallResult } from '../../testing/harness.js';
import { validateResponse } from '../../testing/model-validator.js';
import { createInboundModule } from '../inbound/index.js';
import { createInboundPlansModule, OPERATION_DELAY_S } from './index.js';

const inboundV0 = createInboundModule(catalog, { seedDemoShipments: false });
const inboundPlans = createInboundPlansModule(catalog, inboundV0.store);
const MODEL = inboundPlans.model;
const V0_MODEL = inboundV0.model;
const US = 'ATVPDKIKX0DER';
const SELLER = DEMO_SELLERS.na.sellerId;
const BASE = '/inbound/fba/2024-03-20';
let client: SimTestClient;
let token: string;

const SOURCE = {
  name: 'Northwind Home Goods',
  addressLine1: '2201 Westlake Avenue',
  city: 'Seattle',
  stateOrProvinceCode: 'WA',
  countryCode: 'US',
  postalCode: '98121',
  phoneNumber: '+1 206 555 0100',
};

async function call(
  operationId: string,
  method: string,
  path: string,
  expected: number,
  options: { body?: unknown; query?: Record<string, string | string[]>; model?: string; as?: string } = {},
): Promise<any> {
  const result: SimCallResult<any> = await client.call(method, path, { token: options.as ?? token, ...options });
  expect(result.status, `${operationId} ${JSON.stringify(result.body)}`).toBe(expected);
  expect(validateResponse(options.model ?? MODEL, operationId, result.status, result.body)).toEqual([]);
  return result.body;
}

/** Waits (on the simulated clock) for an operation to finish and returns its status. */
async function finished(operationId: string): Promise<any> {
  const pending = await call('getInboundOperationStatus', 'GET', `${BASE}/operations/${operationId}`, 200);
  expect(pending.operationStatus).toBe('IN_PROGRESS');
  await client.advance(OPERATION_DELAY_S);
  return call('getInboundOperationStatus', 'GET', `${BASE}/operations/${operationId}`, 200);
}

async function succeeded(response: { operationId: string }): Promise<void> {
  const status = await finished(response.operationId);
  expect(status.operationProblems, JSON.stringify(status)).toEqual([]);
  expect(status.operationStatus).toBe('SUCCESS');
}

function skusWithPrep(category: 'NONE' | 'UNKNOWN', details: Array<{ msku: string; prepCategory: string }>) {
  return details.filter((d) => d.prepCategory === category).map((d) => d.msku);
}

beforeAll(async () => {
  client = await SimTestClient.start({ modules: [inboundV0, inboundPlans], enforceQuotas: false, start: new Date('2026-03-02T15:00:00Z'), clockScale: 0 });
  token = await client.accessToken('na');
});

afterAll(async () => {
  await client.close();
});

describe('Fulfillment Inbound 2024-03-20 over HTTP', () => {
  let plain: string[] = [];
  let unknown: string | undefined;

  it('reports prep details per MSKU, and refuses an MSKU the seller does not list', async () => {
    const mskus = catalog
      .list(SELLER)
      .slice(0, 40)
      .map((s) => s.sellerSku);
    const body = await call('listPrepDetails', 'GET', `${BASE}/items/prepDetails`, 200, { query: { marketplaceId: US, mskus } });
    expect(body.mskuPrepDetails).toHaveLength(40);
    plain = skusWithPrep('NONE', body.mskuPrepDetails);
    unknown = skusWithPrep('UNKNOWN', body.mskuPrepDetails)[0];
    expect(plain.length).toBeGreaterThanOrEqual(3);
    expect(unknown).toBeDefined();
    await call('listPrepDetails', 'GET', `${BASE}/items/prepDetails`, 400, { query: { marketplaceId: US, mskus: ['NO-SUCH-SKU'] } });
  });

  it('fails createInboundPlan with a problem per SKU, and succeeds once the prep category is set', async () => {
    const items = [
      { msku: plain[0]!, quantity: 20, labelOwner: 'SELLER', prepOwner: 'NONE' },
      { msku: unknown!, quantity: 5, labelOwner: 'SELLER', prepOwner: 'SELLER' },
      { msku: 'NO-SUCH-SKU', quantity: 1, labelOwner: 'SELLER', prepOwner: 'NONE' },
    ];
    const body = { destinationMarketplaces: [US], sourceAddress: SOURCE, items, name: 'Restock March' };
    const created = await call('createInboundPlan', 'POST', `${BASE}/inboundPlans`, 202, { body });
    const failed = await finished(created.operationId);
    expect(failed.operationStatus).toBe('FAILED');
    expect(failed.operationProblems.map((p: any) => p.code).sort()).toEqual(['MSKU_NOT_FOUND', 'PREP_CATEGORY_MISSING']);
    expect(failed.operationProblems.find((p: any) => p.code === 'PREP_CATEGORY_MISSING').details).toBe(`msku: ${unknown}`);

    const setPrep = await call('setPrepDetails', 'POST', `${BASE}/items/prepDetails`, 202, {
      body: { marketplaceId: US, mskuPrepDetails: [{ msku: unknown, prepCategory: 'FRAGILE', prepTypes: ['ITEM_BUBBLEWRAP'] }] },
    });
    await succeeded(setPrep);
    const retry = await call('createInboundPlan', 'POST', `${BASE}/inboundPlans`, 202, { body: { ...body, items: items.slice(0, 2) } });
    await succeeded(retry);
    const plan = await call('getInboundPlan', 'GET', `${BASE}/inboundPlans/${retry.inboundPlanId}`, 200);
    expect(plan).toMatchObject({ name: 'Restock March', status: 'ACTIVE', marketplaceIds: [US] });
    const listed = await call('listInboundPlanItems', 'GET', `${BASE}/inboundPlans/${retry.inboundPlanId}/items`, 200);
    expect(listed.items.map((i: any) => [i.msku, i.quantity])).toEqual([
      [plain[0], 20],
      [unknown, 5],
    ]);
    expect(listed.items[1].prepInstructions).toEqual([{ prepType: 'ITEM_BUBBLEWRAP', prepOwner: 'SELLER' }]);
    planId = retry.inboundPlanId;
  });

  let planId = '';
  let groups: string[] = [];

  it('lists the plans, newest first, with the one made in Seller Central and without the failed one', async () => {
    const body = await call('listInboundPlans', 'GET', `${BASE}/inboundPlans`, 200, { query: { sortBy: 'CREATION_TIME', sortOrder: 'DESC' } });
    expect(body.inboundPlans[0].inboundPlanId).toBe(planId);
    expect(body.inboundPlans.map((p: any) => p.name)).toContain('Spring restock (Seller Central)');
    expect(body.inboundPlans.every((p: any) => p.status === 'ACTIVE')).toBe(true);
    const firstPage = await call('listInboundPlans', 'GET', `${BASE}/inboundPlans`, 200, { query: { pageSize: '1' } });
    expect(firstPage.inboundPlans).toHaveLength(1);
    const next = await call('listInboundPlans', 'GET', `${BASE}/inboundPlans`, 200, {
      query: { pageSize: '1', paginationToken: firstPage.pagination.nextToken },
    });
    expect(next.inboundPlans[0].inboundPlanId).not.toBe(firstPage.inboundPlans[0].inboundPlanId);
  });

  it('offers packing options; the prepped SKU may be packed apart', async () => {
    await call('setPackingInformation', 'POST', `${BASE}/inboundPlans/${planId}/packingInformation`, 400, { body: { packageGroupings: [] } });
    await succeeded(await call('generatePackingOptions', 'POST', `${BASE}/inboundPlans/${planId}/packingOptions`, 202));
    const options = await call('listPackingOptions', 'GET', `${BASE}/inboundPlans/${planId}/packingOptions`, 200);
    expect(options.packingOptions.map((o: any) => o.packingGroups.length)).toEqual([1, 2]);
    const single = options.packingOptions[0];
    await succeeded(await call('confirmPackingOption', 'POST', `${BASE}/inboundPlans/${planId}/packingOptions/${single.packingOptionId}/confirmation`, 202));
    const again = await call('listPackingOptions', 'GET', `${BASE}/inboundPlans/${planId}/packingOptions`, 200);
    expect(again.packingOptions.map((o: any) => o.status)).toEqual(['ACCEPTED', 'EXPIRED']);
    groups = single.packingGroups;
    const items = await call('listPackingGroupItems', 'GET', `${BASE}/inboundPlans/${planId}/packingGroups/${groups[0]}/items`, 200);
    expect(items.items).toHaveLength(2);
  });

  it('refuses box contents that do not add up or break the box limits, then takes the right ones', async () => {
    const dimensions = { length: 20, width: 14, height: 10, unitOfMeasurement: 'IN' };
    const box = (items: Array<[string, number]>, quantity: number, weight = 22) => ({
      contentInformationSource: 'BOX_CONTENT_PROVIDED',
      quantity,
      dimensions,
      weight: { value: weight, unit: 'LB' },
      items: items.map(([msku, q]) => ({ msku, quantity: q, labelOwner: 'SELLER', prepOwner: msku === unknown ? 'SELLER' : 'NONE' })),
    });
    const wrong = await call('setPackingInformation', 'POST', `${BASE}/inboundPlans/${planId}/packingInformation`, 202, {
      body: { packageGroupings: [{ packingGroupId: groups[0], boxes: [box([[plain[0]!, 9]], 2, 61)] }] },
    });
    const failed = await finished(wrong.operationId);
    expect(failed.operationStatus).toBe('FAILED');
    expect(failed.operationProblems.map((p: any) => p.code).sort()).toEqual(['BOX_OVERWEIGHT', 'BOX_QUANTITY_MISMATCH', 'BOX_QUANTITY_MISMATCH']);

    const right = await call('setPackingInformation', 'POST', `${BASE}/inboundPlans/${planId}/packingInformation`, 202, {
      body: {
        packageGroupings: [
          {
            packingGroupId: groups[0],
            boxes: [
              box(
                [
                  [plain[0]!, 5],
                  [unknown!, 1],
                ],
                4,
              ),
              box([[unknown!, 1]], 1, 4),
            ],
          },
        ],
      },
    });
    await succeeded(right);
    const boxes = await call('listInboundPlanBoxes', 'GET', `${BASE}/inboundPlans/${planId}/boxes`, 200, { query: { pageSize: '10' } });
    expect(boxes.boxes).toHaveLength(5);
    expect(boxes.boxes[0].boxId).toBeUndefined();
  });

  let shipments: string[] = [];

  it('offers placement options with their fees; confirming one gives its shipments FBA ids in the v0 API', async () => {
    await succeeded(await call('generatePlacementOptions', 'POST', `${BASE}/inboundPlans/${planId}/placementOptions`, 202, { body: {} }));
    const options = await call('listPlacementOptions', 'GET', `${BASE}/inboundPlans/${planId}/placementOptions`, 200);
    expect(options.placementOptions.map((o: any) => [o.shipmentIds.length, o.fees[0].value.amount])).toEqual([
      [3, 0],
      [2, 3.75],
      [1, 7.5],
    ]);
    const optimized = options.placementOptions[0];
    const unconfirmed = await call('getShipment', 'GET', `${BASE}/inboundPlans/${planId}/shipments/${optimized.shipmentIds[0]}`, 200);
    expect(unconfirmed.status).toBe('UNCONFIRMED');
    expect(unconfirmed.shipmentConfirmationId).toBeUndefined();

    const confirmPath = `${BASE}/inboundPlans/${planId}/placementOptions/${optimized.placementOptionId}/confirmation`;
    const confirmation = await call('confirmPlacementOption', 'POST', confirmPath, 202);
    // Sent again while Amazon works on the first (a retry after a lost answer): confirmed once.
    await call('confirmPlacementOption', 'POST', confirmPath, 400);
    await call('generatePlacementOptions', 'POST', `${BASE}/inboundPlans/${planId}/placementOptions`, 400, { body: {} });
    await succeeded(confirmation);
    await call(
      'confirmPlacementOption',
      'POST',
      `${BASE}/inboundPlans/${planId}/placementOptions/${options.placementOptions[1].placementOptionId}/confirmation`,
      400,
    );
    shipments = optimized.shipmentIds;
    const shipment = await call('getShipment', 'GET', `${BASE}/inboundPlans/${planId}/shipments/${shipments[0]}`, 200);
    expect(shipment.status).toBe('WORKING');
    expect(shipment.shipmentConfirmationId).toMatch(/^FBA1[0-9A-Z]{8}$/);
    expect(shipment.destination.address.countryCode).toBe('US');

    const v0 = await call('getShipments', 'GET', '/fba/inbound/v0/shipments', 200, {
      model: V0_MODEL,
      query: { QueryType: 'SHIPMENT', MarketplaceId: US, ShipmentIdList: [shipment.shipmentConfirmationId] },
    });
    expect(v0.payload.ShipmentData[0]).toMatchObject({ ShipmentId: shipment.shipmentConfirmationId, ShipmentStatus: 'WORKING' });
    const boxes = await call('listShipmentBoxes', 'GET', `${BASE}/inboundPlans/${planId}/shipments/${shipments[0]}/boxes`, 200);
    expect(boxes.boxes[0].boxId).toBe(`${shipment.shipmentConfirmationId}U000001`);
    const items = await call('listShipmentItems', 'GET', `${BASE}/inboundPlans/${planId}/shipments/${shipments[0]}/items`, 200);
    expect(items.items.reduce((sum: number, i: any) => sum + i.quantity, 0)).toBe(
      boxes.boxes.reduce((sum: number, b: any) => sum + b.items.reduce((s: number, i: any) => s + i.quantity, 0), 0),
    );
  });

  it('quotes transportation per shipment; own carriers need a confirmed delivery window', async () => {
    const start = '2026-03-04T00:00:00Z';
    const configurations = shipments.map((shipmentId, index) => ({
      shipmentId,
      readyToShipWindow: { start },
      ...(index > 0
        ? { pallets: [{ quantity: 1, stackability: 'STACKABLE', dimensions: { length: 40, width: 48, height: 40, unitOfMeasurement: 'IN' } }] }
        : {}),
      // Only with the freight information does the partnered freight carrier quote.
      ...(index === 2 ? { freightInformation: { freightClass: 'FC_70', declaredValue: { amount: 2400, code: 'USD' } } } : {}),
    }));
    await succeeded(
      await call('generateTransportationOptions', 'POST', `${BASE}/inboundPlans/${planId}/transportationOptions`, 202, {
        body: {
          placementOptionId: (await call('getShipment', 'GET', `${BASE}/inboundPlans/${planId}/shipments/${shipments[0]}`, 200)).placementOptionId,
          shipmentTransportationConfigurations: configurations,
        },
      }),
    );
    const perShipment = await Promise.all(
      shipments.map((shipmentId) =>
        call('listTransportationOptions', 'GET', `${BASE}/inboundPlans/${planId}/transportationOptions`, 200, { query: { shipmentId } }),
      ),
    );
    const modes = perShipment.map((b) => b.transportationOptions.map((o: any) => `${o.shippingMode}/${o.shippingSolution}`));
    expect(modes[0]).toEqual(['GROUND_SMALL_PARCEL/AMAZON_PARTNERED_CARRIER', 'GROUND_SMALL_PARCEL/USE_YOUR_OWN_CARRIER']);
    expect(modes[1]).toContain('FREIGHT_LTL/USE_YOUR_OWN_CARRIER');
    expect(modes[1]).not.toContain('FREIGHT_LTL/AMAZON_PARTNERED_CARRIER');
    expect(modes[2]).toContain('FREIGHT_LTL/AMAZON_PARTNERED_CARRIER');
    const partneredSpd = perShipment[0].transportationOptions[0];
    expect(partneredSpd.quote.cost.amount).toBeGreaterThan(0);
    const ownSpd = perShipment[1].transportationOptions[1];
    expect(ownSpd.preconditions).toEqual(['CONFIRMED_DELIVERY_WINDOW']);
    const partneredLtl = perShipment[2].transportationOptions.find(
      (o: any) => o.shippingMode === 'FREIGHT_LTL' && o.shippingSolution === 'AMAZON_PARTNERED_CARRIER',
    );

    // One class-70 pallet: 165 + 48 x 0.7.
    expect(partneredLtl.quote.cost.amount).toBe(198.6);

    const selections = [
      { shipmentId: shipments[0], transportationOptionId: partneredSpd.transportationOptionId },
      { shipmentId: shipments[1], transportationOptionId: ownSpd.transportationOptionId },
      { shipmentId: shipments[2], transportationOptionId: partneredLtl.transportationOptionId },
    ];
    await call('confirmTransportationOptions', 'POST', `${BASE}/inboundPlans/${planId}/transportationOptions/confirmation`, 400, {
      body: { transportationSelections: selections },
    });
    await succeeded(await call('generateDeliveryWindowOptions', 'POST', `${BASE}/inboundPlans/${planId}/shipments/${shipments[1]}/deliveryWindowOptions`, 202));
    const windows = await call('listDeliveryWindowOptions', 'GET', `${BASE}/inboundPlans/${planId}/shipments/${shipments[1]}/deliveryWindowOptions`, 200);
    expect(windows.deliveryWindowOptions).toHaveLength(4);
    const window = windows.deliveryWindowOptions[0];
    await succeeded(
      await call(
        'confirmDeliveryWindowOptions',
        'POST',
        `${BASE}/inboundPlans/${planId}/shipments/${shipments[1]}/deliveryWindowOptions/${window.deliveryWindowOptionId}/confirmation`,
        202,
      ),
    );
    await call('confirmTransportationOptions', 'POST', `${BASE}/inboundPlans/${planId}/transportationOptions/confirmation`, 400, {
      body: { transportationSelections: selections.slice(0, 2) },
    });
    await succeeded(
      await call('confirmTransportationOptions', 'POST', `${BASE}/inboundPlans/${planId}/transportationOptions/confirmation`, 202, {
        body: { transportationSelections: selections },
      }),
    );
    const ready = await call('getShipment', 'GET', `${BASE}/inboundPlans/${planId}/shipments/${shipments[1]}`, 200);
    expect(ready).toMatchObject({ status: 'READY_TO_SHIP', selectedTransportationOptionId: ownSpd.transportationOptionId });
    expect(ready.selectedDeliveryWindow.deliveryWindowOptionId).toBe(window.deliveryWindowOptionId);
    const ltl = await call('getShipment', 'GET', `${BASE}/inboundPlans/${planId}/shipments/${shipments[2]}`, 200);
    expect(ltl.amazonReferenceId).toMatch(/^\d{9}$/);
    const pallets = await call('listShipmentPallets', 'GET', `${BASE}/inboundPlans/${planId}/shipments/${shipments[2]}/pallets`, 200);
    expect(pallets.pallets).toHaveLength(1);
  });

  it('prints box labels through v0 getLabels with the confirmation id, and FNSKU labels', async () => {
    const shipment = await call('getShipment', 'GET', `${BASE}/inboundPlans/${planId}/shipments/${shipments[0]}`, 200);
    const boxes = await call('listShipmentBoxes', 'GET', `${BASE}/inboundPlans/${planId}/shipments/${shipments[0]}/boxes`, 200);
    const labels = await call('getLabels', 'GET', `/fba/inbound/v0/shipments/${shipment.shipmentConfirmationId}/labels`, 200, {
      model: V0_MODEL,
      query: { PageType: 'PackageLabel_Thermal', LabelType: 'UNIQUE', NumberOfPackages: String(boxes.boxes.length) },
    });
    const pdf = await fetch(labels.payload.DownloadURL);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const fnsku = await call('createMarketplaceItemLabels', 'POST', `${BASE}/items/labels`, 200, {
      body: { marketplaceId: US, labelType: 'STANDARD_FORMAT', pageType: 'Letter_30', mskuQuantities: [{ msku: plain[0], quantity: 31 }] },
    });
    const document = await fetch(fnsku.documentDownloads[0].uri);
    const text = Buffer.from(await document.arrayBuffer()).toString('latin1');
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(2);
    await call('createMarketplaceItemLabels', 'POST', `${BASE}/items/labels`, 400, {
      body: { marketplaceId: US, labelType: 'THERMAL_PRINTING', mskuQuantities: [{ msku: plain[0], quantity: 1 }] },
    });
  });

  it('updates the contents of a shipment whose carrier is booked: a preview re-quotes the carrier, confirming it replaces boxes and units', async () => {
    const path = `${BASE}/inboundPlans/${planId}/shipments/${shipments[0]}`;
    const before = await call('getShipment', 'GET', path, 200);
    const { items } = await call('listShipmentItems', 'GET', `${path}/items`, 200, { query: { pageSize: '100' } });
    const fewer = items.map((i: any, index: number) => ({
      msku: i.msku,
      quantity: index === 0 && i.quantity > 1 ? i.quantity - 1 : i.quantity,
      labelOwner: i.labelOwner,
      prepOwner: 'NONE',
    }));
    const box = (contents: typeof fewer) => ({
      contentInformationSource: 'BOX_CONTENT_PROVIDED',
      quantity: 1,
      dimensions: { length: 20, width: 16, height: 12, unitOfMeasurement: 'IN' },
      weight: { value: 18, unit: 'LB' },
      items: contents,
    });
    // Boxes that do not hold the listed units: the operation fails with Amazon's problem.
    const mismatch = await finished(
      (
        await call('generateShipmentContentUpdatePreviews', 'POST', `${path}/contentUpdatePreviews`, 202, {
          body: { boxes: [box(items.slice(0, 1).map((i: any) => ({ ...i, quantity: 1, prepOwner: 'NONE' })))], items: fewer },
        })
      ).operationId,
    );
    expect(mismatch.operationStatus).toBe('FAILED');
    expect(mismatch.operationProblems.map((p: any) => p.code)).toContain('BOX_QUANTITY_MISMATCH');
    await succeeded(
      await call('generateShipmentContentUpdatePreviews', 'POST', `${path}/contentUpdatePreviews`, 202, { body: { boxes: [box(fewer)], items: fewer } }),
    );
    const { contentUpdatePreviews } = await call('listShipmentContentUpdatePreviews', 'GET', `${path}/contentUpdatePreviews`, 200);
    expect(contentUpdatePreviews).toHaveLength(1);
    const preview = contentUpdatePreviews[0];
    expect(preview.requestedUpdates.items).toEqual(fewer);
    // One box of 18 lb with the partnered carrier: 6.50 + 18 x 0.32.
    expect(preview.transportationOption.quote.cost.amount).toBe(12.26);
    expect(await call('getShipmentContentUpdatePreview', 'GET', `${path}/contentUpdatePreviews/${preview.contentUpdatePreviewId}`, 200)).toEqual(preview);
    await call('confirmShipmentContentUpdatePreview', 'POST', `${path}/contentUpdatePreviews/cu${'0'.repeat(36)}/confirmation`, 400);
    await succeeded(
      await call('confirmShipmentContentUpdatePreview', 'POST', `${path}/contentUpdatePreviews/${preview.contentUpdatePreviewId}/confirmation`, 202),
    );

    const after = await call('getShipment', 'GET', path, 200);
    expect(after.selectedTransportationOptionId).toBe(preview.transportationOption.transportationOptionId);
    expect(after.selectedTransportationOptionId).not.toBe(before.selectedTransportationOptionId);
    const boxes = await call('listShipmentBoxes', 'GET', `${path}/boxes`, 200);
    expect(boxes.boxes.map((b: any) => b.boxId)).toEqual([`${before.shipmentConfirmationId}U000001`]);
    const updated = await call('listShipmentItems', 'GET', `${path}/items`, 200, { query: { pageSize: '100' } });
    expect(updated.items.map((i: any) => [i.msku, i.quantity])).toEqual(fewer.map((i: any) => [i.msku, i.quantity]));
    const v0 = await call('getShipmentItemsByShipmentId', 'GET', `/fba/inbound/v0/shipments/${before.shipmentConfirmationId}/items`, 200, {
      model: V0_MODEL,
      query: { MarketplaceId: US },
    });
    expect(v0.payload.ItemData.map((i: any) => [i.SellerSKU, i.QuantityShipped])).toEqual(fewer.map((i: any) => [i.msku, i.quantity]));
    expect((await call('listShipmentContentUpdatePreviews', 'GET', `${path}/contentUpdatePreviews`, 200)).contentUpdatePreviews).toEqual([]);
  });

  it('ships: own-carrier tracking per box marks it shipped; the partnered carrier picks up when the void window closes', async () => {
    const own = await call('getShipment', 'GET', `${BASE}/inboundPlans/${planId}/shipments/${shipments[1]}`, 200);
    const boxes = await call('listShipmentBoxes', 'GET', `${BASE}/inboundPlans/${planId}/shipments/${shipments[1]}/boxes`, 200);
    await call('updateShipmentTrackingDetails', 'PUT', `${BASE}/inboundPlans/${planId}/shipments/${shipments[1]}/trackingDetails`, 400, {
      body: { trackingDetails: { spdTrackingDetail: { spdTrackingItems: [{ boxId: 'FBA1NOTMINE0U000001', trackingId: '1Z999' }] } } },
    });
    const tracking = boxes.boxes.map((b: any, i: number) => ({ boxId: b.boxId, trackingId: `1ZOWN${i}` }));
    await succeeded(
      await call('updateShipmentTrackingDetails', 'PUT', `${BASE}/inboundPlans/${planId}/shipments/${shipments[1]}/trackingDetails`, 202, {
        body: { trackingDetails: { spdTrackingDetail: { spdTrackingItems: tracking } } },
      }),
    );
    const shipped = await call('getShipment', 'GET', `${BASE}/inboundPlans/${planId}/shipments/${own.shipmentId}`, 200);
    expect(shipped.status).toBe('SHIPPED');
    expect(shipped.trackingDetails.spdTrackingDetail.spdTrackingItems[0]).toMatchObject({ boxId: tracking[0].boxId, trackingId: '1ZOWN0' });
    await call('cancelInboundPlan', 'PUT', `${BASE}/inboundPlans/${planId}/cancellation`, 400);

    expect((await call('getShipment', 'GET', `${BASE}/inboundPlans/${planId}/shipments/${shipments[0]}`, 200)).status).toBe('READY_TO_SHIP');
    const plan = () => call('getInboundPlan', 'GET', `${BASE}/inboundPlans/${planId}`, 200);
    const before = await plan();
    expect(before.status).toBe('ACTIVE');
    await client.advance(25 * 3600);
    token = await client.accessToken('na');
    expect((await call('getShipment', 'GET', `${BASE}/inboundPlans/${planId}/shipments/${shipments[0]}`, 200)).status).toBe('SHIPPED');
    // The LTL freight waits for its ready date: the plan is SHIPPED only once every shipment has left.
    expect((await plan()).status).toBe('ACTIVE');
    await client.advance(7 * 24 * 3600);
    token = await client.accessToken('na');
    const after = await plan();
    const left = ['SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'CHECKED_IN', 'RECEIVING', 'CLOSED'];
    expect(
      after.shipments.every((s: any) => left.includes(s.status)),
      JSON.stringify(after.shipments),
    ).toBe(true);
    expect(after.status).toBe('SHIPPED');
    expect(Date.parse(after.lastUpdatedAt)).toBeGreaterThan(Date.parse(before.lastUpdatedAt));
    const listed = await call('listInboundPlans', 'GET', `${BASE}/inboundPlans`, 200, { query: { status: 'SHIPPED' } });
    expect(listed.inboundPlans.map((p: any) => p.inboundPlanId)).toContain(planId);
  });

  it('cancels a plan that has not shipped, renames, and keeps another seller out', async () => {
    const seeded = (await call('listInboundPlans', 'GET', `${BASE}/inboundPlans`, 200, { query: { pageSize: '30' } })).inboundPlans.find(
      (p: any) => p.name === 'Spring restock (Seller Central)',
    );
    await call('updateInboundPlanName', 'PUT', `${BASE}/inboundPlans/${seeded.inboundPlanId}/name`, 204, { body: { name: 'Spring restock' } });
    await succeeded(await call('cancelInboundPlan', 'PUT', `${BASE}/inboundPlans/${seeded.inboundPlanId}/cancellation`, 202));
    const voided = await call('getInboundPlan', 'GET', `${BASE}/inboundPlans/${seeded.inboundPlanId}`, 200);
    expect(voided).toMatchObject({ name: 'Spring restock', status: 'VOIDED' });
    await call('generatePackingOptions', 'POST', `${BASE}/inboundPlans/${seeded.inboundPlanId}/packingOptions`, 400);

    const eu = await client.accessToken('eu');
    await call('getInboundPlan', 'GET', `${BASE}/inboundPlans/${planId}`, 404, { as: eu });
    const euPlans = await call('listInboundPlans', 'GET', `${BASE}/inboundPlans`, 200, { as: eu });
    expect(euPlans.inboundPlans.every((p: any) => p.inboundPlanId !== planId)).toBe(true);
  });
});
