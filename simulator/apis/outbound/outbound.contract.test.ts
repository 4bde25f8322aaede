/**
 * Every Fulfillment Outbound operation over HTTP, success and error cases, each response body
 * checked strictly (no unknown fields) against the official model.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SELLERS } from '../../core/contract.js';
import { catalog } from '../../state/catalog.js';
import { SimTestClient } from '../../testing/harness.js';
import { validateResponse } from '../../testing/model-validator.js';
import outbound from './index.js';

const MODEL = 'fulfillmentOutbound_2020-07-01.json';
const US = 'ATVPDKIKX0DER';
const BASE = '/fba/outbound/2020-07-01';
const SELLER = DEMO_SELLERS.na.sellerId;
const ADDRESS = { name: 'Jane Doe', addressLine1: '1 Main St', city: 'Seattle', stateOrRegion: 'WA', postalCode: '98101', countryCode: 'US' };

let sim: SimTestClient;
let token: string;
let sku: string;
let scarceSku: string;

/** Response bodies, loosely typed: the model validator is what checks their shape. */
type Json = any;

async function call(
  operationId: string,
  method: string,
  path: string,
  expected: number,
  options: { body?: unknown; query?: Record<string, string> } = {},
): Promise<Json> {
  const res = await sim.call<Json>(method, `${BASE}${path}`, { token, ...options });
  expect({ operationId, status: res.status, body: res.status === expected ? 'ok' : res.body }).toEqual({ operationId, status: expected, body: 'ok' });
  expect(validateResponse(MODEL, operationId, res.status, res.body)).toEqual([]);
  return res.body;
}

/** Access tokens live an hour of simulated time: fetch a fresh one after moving the clock. */
async function advance(seconds: number): Promise<void> {
  await sim.advance(seconds);
  token = await sim.accessToken('na');
}

const orderBody = (id: string, sellerSku: string, quantity: number, extra: Record<string, unknown> = {}) => ({
  sellerFulfillmentOrderId: id,
  displayableOrderId: id,
  displayableOrderDate: new Date().toISOString(),
  displayableOrderComment: 'Thank you!',
  shippingSpeedCategory: 'Standard',
  destinationAddress: ADDRESS,
  items: [{ sellerSku, sellerFulfillmentOrderItemId: `${id}-1`, quantity }],
  ...extra,
});

beforeAll(async () => {
  sim = await SimTestClient.start({ start: new Date('2025-06-02T15:00:00Z'), modules: [outbound] });
  token = await sim.accessToken('na');
  const skus = catalog.list(SELLER);
  sku = skus.find((s) => s.qty.fulfillable >= 20 && s.features.BLANK_BOX)?.sellerSku ?? '';
  scarceSku = skus.find((s) => s.qty.fulfillable > 0 && s.qty.fulfillable < 5)?.sellerSku ?? '';
  expect(sku).not.toBe('');
  expect(scarceSku).not.toBe('');
});
afterAll(() => sim.close());

describe('Fulfillment Outbound contract', () => {
  it('features: list, inventory, per SKU', async () => {
    const features = await call('getFeatures', 'GET', '/features', 200, { query: { marketplaceId: US } });
    expect(features.payload.features.map((f: Json) => f.featureName)).toEqual(['BLANK_BOX', 'BLOCK_AMZL']);
    // Another region's marketplace is refused by the core (403); an id that is no marketplace by the operation (400).
    await call('getFeatures', 'GET', '/features', 403, { query: { marketplaceId: 'A1PA6795UKMFR9' } });
    await call('getFeatures', 'GET', '/features', 400, { query: { marketplaceId: 'NOTAMARKETPLACE' } });
    const inventory = await call('getFeatureInventory', 'GET', '/features/inventory/BLANK_BOX', 200, { query: { marketplaceId: US } });
    expect(inventory.payload.featureSkus.length).toBeGreaterThan(0);
    if (inventory.payload.nextToken) {
      await call('getFeatureInventory', 'GET', '/features/inventory/BLANK_BOX', 200, { query: { marketplaceId: US, nextToken: inventory.payload.nextToken } });
    }
    await call('getFeatureInventory', 'GET', '/features/inventory/TELEPORT', 400, { query: { marketplaceId: US } });
    const one = await call('getFeatureSKU', 'GET', `/features/inventory/BLANK_BOX/${encodeURIComponent(sku)}`, 200, { query: { marketplaceId: US } });
    expect(one.payload.isEligible).toBe(true);
    const none = await call('getFeatureSKU', 'GET', '/features/inventory/BLANK_BOX/NO-SUCH-SKU', 200, { query: { marketplaceId: US } });
    expect(none.payload.ineligibleReasons).toEqual(['INVALID_SKU']);
  });

  it('getFulfillmentPreview and deliveryOffers', async () => {
    const preview = await call('getFulfillmentPreview', 'POST', '/fulfillmentOrders/preview', 200, {
      body: {
        address: ADDRESS,
        items: [
          { sellerSku: sku, quantity: 2, sellerFulfillmentOrderItemId: 'a' },
          { sellerSku: 'NO-SUCH-SKU', quantity: 1, sellerFulfillmentOrderItemId: 'b' },
        ],
      },
    });
    expect(preview.payload.fulfillmentPreviews).toHaveLength(3);
    expect(preview.payload.fulfillmentPreviews[0].unfulfillablePreviewItems[0].itemUnfulfillableReasons).toEqual(['InvalidSKU']);
    for (const [marketplaceId, status] of [
      ['A1F83G8C2ARO7P', 403],
      ['NOTAMARKETPLACE', 400],
    ] as const) {
      await call('getFulfillmentPreview', 'POST', '/fulfillmentOrders/preview', status, {
        body: { marketplaceId, address: ADDRESS, items: [{ sellerSku: sku, quantity: 1, sellerFulfillmentOrderItemId: 'a' }] },
      });
    }
    const offerBody = (merchantSku: string) => ({
      product: { productIdentifier: { merchantSku }, amount: { unitOfMeasure: 'Eaches', value: '1' } },
      terms: { origin: { countryCode: 'US' }, destination: { deliveryAddress: { postalCode: '98101', countryCode: 'US' } } },
    });
    const offers = await call('deliveryOffers', 'POST', '/deliveryOffers', 200, { body: offerBody(sku) });
    expect(offers.payload.deliveryOffers).toHaveLength(1);
    await call('deliveryOffers', 'POST', '/deliveryOffers', 400, { body: offerBody('NO-SUCH-SKU') });
  });

  it('creates, lists, updates, cancels, ships, tracks and returns an order', async () => {
    const before = catalog.get(SELLER, sku)?.qty.fulfillable ?? 0;
    await call('createFulfillmentOrder', 'POST', '/fulfillmentOrders', 200, { body: orderBody('CT-1', sku, 2) });
    expect(catalog.get(SELLER, sku)?.qty.fulfillable).toBe(before - 2);
    await call('createFulfillmentOrder', 'POST', '/fulfillmentOrders', 200, { body: orderBody('CT-2', sku, 1) });
    const unknown = await call('createFulfillmentOrder', 'POST', '/fulfillmentOrders', 400, { body: orderBody('CT-X', 'NO-SUCH-SKU', 1) });
    expect(unknown.errors[0]).toMatchObject({ code: 'InvalidInput', message: 'the SellerSKU for Item Id: CT-X-1 is invalid.' });
    const kill = await call('createFulfillmentOrder', 'POST', '/fulfillmentOrders', 400, { body: orderBody('CT-K', scarceSku, 50) });
    expect(kill.errors[0].message).toContain('Insufficient inventory');
    await call('createFulfillmentOrder', 'POST', '/fulfillmentOrders', 400, { body: orderBody('CT-1', sku, 3) });
    // A body the model rejects never reaches the module, and still gets SP-API's error shape.
    await call('createFulfillmentOrder', 'POST', '/fulfillmentOrders', 400, { body: { sellerFulfillmentOrderId: 'CT-bad' } });

    const received = await call('getFulfillmentOrder', 'GET', '/fulfillmentOrders/CT-1', 200);
    expect(received.payload.fulfillmentOrder.fulfillmentOrderStatus).toBe('Received');
    await call('getFulfillmentOrder', 'GET', '/fulfillmentOrders/NOPE', 404);

    const list = await call('listAllFulfillmentOrders', 'GET', '/fulfillmentOrders', 200);
    const ids = list.payload.fulfillmentOrders.map((o: Json) => o.sellerFulfillmentOrderId);
    expect(ids).toContain('CT-1');
    expect(ids.length).toBeGreaterThan(2); // seeded history
    await call('listAllFulfillmentOrders', 'GET', '/fulfillmentOrders', 400, { query: { nextToken: 'garbage' } });

    await call('updateFulfillmentOrder', 'PUT', '/fulfillmentOrders/CT-1', 200, { body: { displayableOrderComment: 'Updated comment' } });
    await call('cancelFulfillmentOrder', 'PUT', '/fulfillmentOrders/CT-2/cancel', 200);
    const cancelled = await call('getFulfillmentOrder', 'GET', '/fulfillmentOrders/CT-2', 200);
    expect(cancelled.payload.fulfillmentOrder.fulfillmentOrderStatus).toBe('Cancelled');

    await advance(31 * 60);
    const processing = await call('getFulfillmentOrder', 'GET', '/fulfillmentOrders/CT-1', 200);
    expect(processing.payload.fulfillmentOrder.fulfillmentOrderStatus).toBe('Processing');
    const noCancel = await call('cancelFulfillmentOrder', 'PUT', '/fulfillmentOrders/CT-1/cancel', 400);
    expect(noCancel.errors[0].message).toContain('cannot be cancelled');
    await call('updateFulfillmentOrder', 'PUT', '/fulfillmentOrders/CT-1', 400, { body: { displayableOrderComment: 'too late' } });
    await call('cancelFulfillmentOrder', 'PUT', '/fulfillmentOrders/NOPE/cancel', 404);

    const noReturn = await call('createFulfillmentReturn', 'PUT', '/fulfillmentOrders/CT-1/return', 200, {
      body: {
        items: [
          {
            sellerReturnItemId: 'r0',
            sellerFulfillmentOrderItemId: 'CT-1-1',
            amazonShipmentId: processing.payload.fulfillmentShipments[0].amazonShipmentId,
            returnReasonCode: 'CR-UNWANTED_ITEM',
          },
        ],
      },
    });
    expect(noReturn.payload.invalidReturnItems[0].invalidItemReason.invalidItemReasonCode).toBe('NoCompletedShipItems');

    await advance(4 * 3600);
    const shipped = await call('getFulfillmentOrder', 'GET', '/fulfillmentOrders/CT-1', 200);
    expect(shipped.payload.fulfillmentOrder.fulfillmentOrderStatus).toBe('Complete');
    const shipment = shipped.payload.fulfillmentShipments[0];
    expect(shipment.fulfillmentShipmentStatus).toBe('SHIPPED');
    const packageNumber = String(shipment.fulfillmentShipmentPackage[0].packageNumber);
    const inTransit = await call('getPackageTrackingDetails', 'GET', '/tracking', 200, { query: { packageNumber } });
    expect(inTransit.payload.currentStatus).toBe('IN_TRANSIT');
    await call('getPackageTrackingDetails', 'GET', '/tracking', 404, { query: { packageNumber: '7' } });

    const reasons = await call('listReturnReasonCodes', 'GET', '/returnReasonCodes', 200, {
      query: { sellerSku: sku, language: 'de_DE', sellerFulfillmentOrderId: 'CT-1' },
    });
    const code = reasons.payload.reasonCodeDetails[0].returnReasonCode as string;
    await call('listReturnReasonCodes', 'GET', '/returnReasonCodes', 400, { query: { sellerSku: 'NO-SUCH-SKU' } });

    const ret = await call('createFulfillmentReturn', 'PUT', '/fulfillmentOrders/CT-1/return', 200, {
      body: {
        items: [
          {
            sellerReturnItemId: 'r1',
            sellerFulfillmentOrderItemId: 'CT-1-1',
            amazonShipmentId: shipment.amazonShipmentId,
            returnReasonCode: code,
            returnComment: 'Too small',
          },
          { sellerReturnItemId: 'r2', sellerFulfillmentOrderItemId: 'CT-9-9', amazonShipmentId: shipment.amazonShipmentId, returnReasonCode: code },
        ],
      },
    });
    expect(ret.payload.returnItems).toHaveLength(1);
    expect(ret.payload.invalidReturnItems).toHaveLength(1);
    expect(ret.payload.returnAuthorizations).toHaveLength(1);
    await call('createFulfillmentReturn', 'PUT', '/fulfillmentOrders/NOPE/return', 404, {
      body: { items: [{ sellerReturnItemId: 'r9', sellerFulfillmentOrderItemId: 'x', amazonShipmentId: 'x', returnReasonCode: code }] },
    });

    await advance(8 * 86_400);
    const delivered = await call('getPackageTrackingDetails', 'GET', '/tracking', 200, { query: { packageNumber } });
    expect(delivered.payload.currentStatus).toBe('DELIVERED');
    const after = await call('getFulfillmentOrder', 'GET', '/fulfillmentOrders/CT-1', 200);
    expect(after.payload.returnItems[0]).toMatchObject({ status: 'Processed', sellerReturnItemId: 'r1' });
    expect(after.payload.fulfillmentShipments[0].fulfillmentShipmentPackage[0].deliveryInformation).toBeDefined();
  });

  it('holds, releases and force-updates status (sandbox operation)', async () => {
    await call('createFulfillmentOrder', 'POST', '/fulfillmentOrders', 200, {
      body: orderBody('CT-H', sku, 1, { fulfillmentAction: 'Hold', fulfillmentPolicy: 'FillAllAvailable', notificationEmails: ['buyer@example.com'] }),
    });
    await call('submitFulfillmentOrderStatusUpdate', 'PUT', '/fulfillmentOrders/CT-H/status', 200, { body: { fulfillmentOrderStatus: 'Complete' } });
    const complete = await call('getFulfillmentOrder', 'GET', '/fulfillmentOrders/CT-H', 200);
    expect(complete.payload.fulfillmentOrder).toMatchObject({ fulfillmentOrderStatus: 'Complete', fulfillmentAction: 'Ship' });
    await call('submitFulfillmentOrderStatusUpdate', 'PUT', '/fulfillmentOrders/CT-H/status', 400, { body: { fulfillmentOrderStatus: 'Planning' } });
    await call('submitFulfillmentOrderStatusUpdate', 'PUT', '/fulfillmentOrders/NOPE/status', 404, { body: { fulfillmentOrderStatus: 'Complete' } });

    const partial = orderBody('CT-P', scarceSku, 40, { fulfillmentPolicy: 'FillAllAvailable' });
    await call('createFulfillmentOrder', 'POST', '/fulfillmentOrders', 200, { body: partial });
    const order = await call('getFulfillmentOrder', 'GET', '/fulfillmentOrders/CT-P', 200);
    expect(order.payload.fulfillmentOrderItems[0].unfulfillableQuantity).toBeGreaterThan(0);
  });
});
