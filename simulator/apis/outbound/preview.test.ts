import { beforeEach, describe, expect, it } from 'vitest';
import { createOutboundModule, type OutboundModule } from './index.js';
import { estimateFees, unitShippingWeight } from './preview.js';
import { MARKETPLACES } from './reference.js';
import { ADDRESS, caller, DAY, FakeCatalog, HOUR, makeSku, ManualClock, orderBody, SELLER, US } from './test-fixtures.js';

let catalog: FakeCatalog;
let clock: ManualClock;
let module: OutboundModule;
let api: ReturnType<typeof caller>;

beforeEach(() => {
  catalog = new FakeCatalog();
  catalog.put(makeSku('LIGHT', 50));
  catalog.put(makeSku('HEAVY', 50, { weightLb: 7.4, dimensionsIn: { length: 18, width: 11, height: 3 }, features: { BLANK_BOX: false, BLOCK_AMZL: true } }));
  catalog.put(makeSku('BULKY', 50, { weightLb: 0.5, dimensionsIn: { length: 25, width: 6, height: 6 } }));
  catalog.put(makeSku('FEW', 1));
  clock = new ManualClock(new Date('2025-03-01T12:00:00Z'));
  module = createOutboundModule(catalog);
  api = caller(module, clock);
});

const previewBody = (items: { sku: string; qty: number }[], extra: Record<string, unknown> = {}) => ({
  address: ADDRESS,
  items: items.map((i, n) => ({ sellerSku: i.sku, quantity: i.qty, sellerFulfillmentOrderItemId: `p-${n}` })),
  ...extra,
});
const fee = (preview: { estimatedFees: { name: string; amount: { value: string } }[] }, name: string) =>
  Number(preview.estimatedFees.find((f) => f.name === name)?.amount.value);

describe('shipping weight and fees', () => {
  it('uses the larger of actual and dimensional weight', () => {
    expect(unitShippingWeight({ weightLb: 1, dimensionsIn: { length: 6, width: 4, height: 2 } })).toEqual({ pounds: 1, method: 'Package' });
    expect(unitShippingWeight({ weightLb: 0.5, dimensionsIn: { length: 25, width: 6, height: 6 } })).toEqual({ pounds: 6.48, method: 'Dimensional' });
  });

  it('scales the per-unit fee with weight and speed, in the marketplace currency', () => {
    const us = MARKETPLACES[US]!;
    const light = estimateFees('Standard', [{ quantity: 1, weight: { pounds: 1, method: 'Package' } }], us, false);
    const heavy = estimateFees('Standard', [{ quantity: 1, weight: { pounds: 7.4, method: 'Package' } }], us, false);
    const fast = estimateFees('Priority', [{ quantity: 1, weight: { pounds: 1, method: 'Package' } }], us, false);
    const perUnit = (lines: typeof light) => Number(lines.find((l) => l.name === 'FBAPerUnitFulfillmentFee')?.amount.value);
    expect(perUnit(light)).toBe(6);
    expect(perUnit(heavy)).toBeCloseTo(6 + 0.55 * 7, 2);
    expect(perUnit(fast)).toBeGreaterThan(perUnit(light));
    const gb = estimateFees('Standard', [{ quantity: 1, weight: { pounds: 1, method: 'Package' } }], MARKETPLACES.A1F83G8C2ARO7P!, false);
    expect(gb[0]?.amount.currencyCode).toBe('GBP');
  });
});

describe('getFulfillmentPreview', () => {
  it('previews Standard, Expedited and Priority by default, with dates on the simulated clock', () => {
    const previews = api.call('getFulfillmentPreview', {
      body: previewBody([
        { sku: 'LIGHT', qty: 2 },
        { sku: 'HEAVY', qty: 1 },
      ]),
    }).payload.fulfillmentPreviews;
    expect(previews.map((p: { shippingSpeedCategory: string }) => p.shippingSpeedCategory)).toEqual(['Standard', 'Expedited', 'Priority']);
    const [standard, expedited, priority] = previews;
    expect(standard).toMatchObject({ isFulfillable: true, isCODCapable: false, marketplaceId: US, estimatedShippingWeight: { unit: 'POUNDS', value: '9.40' } });
    expect(fee(standard, 'FBAPerUnitFulfillmentFee')).toBeCloseTo(2 * 6 + 6 + 0.55 * 7, 2);
    expect(fee(priority, 'FBAPerUnitFulfillmentFee')).toBeGreaterThan(fee(expedited, 'FBAPerUnitFulfillmentFee'));
    const shipment = standard.fulfillmentPreviewShipments[0];
    expect(shipment.earliestShipDate).toBe('2025-03-01T16:00:00Z');
    expect(shipment.earliestArrivalDate).toBe('2025-03-04T16:00:00Z');
    expect(priority.fulfillmentPreviewShipments[0].earliestArrivalDate).toBe('2025-03-02T14:00:00Z');
    expect(shipment.fulfillmentPreviewItems[1]).toMatchObject({
      sellerSku: 'HEAVY',
      estimatedShippingWeight: { unit: 'POUNDS', value: '7.40' },
      shippingWeightCalculationMethod: 'Package',
    });
  });

  it('names unfulfillable items and unserviceable destinations', () => {
    const [standard] = api.call('getFulfillmentPreview', {
      body: previewBody(
        [
          { sku: 'LIGHT', qty: 1 },
          { sku: 'FEW', qty: 3 },
          { sku: 'GHOST', qty: 1 },
        ],
        { shippingSpeedCategories: ['Standard'] },
      ),
    }).payload.fulfillmentPreviews;
    expect(standard.isFulfillable).toBe(false);
    expect(standard.unfulfillablePreviewItems).toEqual([
      { sellerSku: 'FEW', quantity: 3, sellerFulfillmentOrderItemId: 'p-1', itemUnfulfillableReasons: ['InventoryUnavailable'] },
      { sellerSku: 'GHOST', quantity: 1, sellerFulfillmentOrderItemId: 'p-2', itemUnfulfillableReasons: ['InvalidSKU'] },
    ]);
    expect(standard.fulfillmentPreviewShipments[0].fulfillmentPreviewItems).toHaveLength(1);

    const [abroad] = api.call('getFulfillmentPreview', {
      body: previewBody([{ sku: 'LIGHT', qty: 1 }], { address: { ...ADDRESS, countryCode: 'DE' }, marketplaceId: US, shippingSpeedCategories: ['Standard'] }),
    }).payload.fulfillmentPreviews;
    expect(abroad).toMatchObject({ isFulfillable: false, orderUnfulfillableReasons: ['InvalidDestinationAddress'] });
    expect(abroad.estimatedFees).toBeUndefined();

    const [scheduled] = api.call('getFulfillmentPreview', { body: previewBody([{ sku: 'LIGHT', qty: 1 }], { shippingSpeedCategories: ['ScheduledDelivery'] }) })
      .payload.fulfillmentPreviews;
    expect(scheduled.orderUnfulfillableReasons).toEqual(['DeliverySLAUnavailable']);
  });

  it('reports the dimensional weight method and feature ineligibility', () => {
    const [standard] = api.call('getFulfillmentPreview', {
      body: previewBody(
        [
          { sku: 'BULKY', qty: 1 },
          { sku: 'HEAVY', qty: 1 },
        ],
        {
          shippingSpeedCategories: ['Standard'],
          featureConstraints: [{ featureName: 'BLANK_BOX', featureFulfillmentPolicy: 'Required' }],
        },
      ),
    }).payload.fulfillmentPreviews;
    expect(standard.fulfillmentPreviewShipments[0].fulfillmentPreviewItems[0].shippingWeightCalculationMethod).toBe('Dimensional');
    expect(standard.unfulfillablePreviewItems[0]).toMatchObject({ sellerSku: 'HEAVY', itemUnfulfillableReasons: ['SKU_NOT_ELIGIBLE'] });
  });

  it('rejects a marketplace the seller does not sell in', () => {
    expect(api.fail('getFulfillmentPreview', { body: previewBody([{ sku: 'LIGHT', qty: 1 }], { marketplaceId: 'A1F83G8C2ARO7P' }) }).status).toBe(400);
  });
});

describe('deliveryOffers', () => {
  const offerBody = (sku: string, value = '1', countryCode = 'US') => ({
    product: { productIdentifier: { merchantSku: sku }, amount: { unitOfMeasure: 'Eaches', value } },
    terms: { origin: { countryCode: 'US' }, destination: { deliveryAddress: { postalCode: '98101', countryCode } } },
  });

  it('offers a delivery range that expires, or none without stock', () => {
    const [offer] = api.call('deliveryOffers', { body: offerBody('LIGHT') }).payload.deliveryOffers;
    expect(offer).toMatchObject({
      expiresAt: '2025-03-01T12:15:00Z',
      dateRange: { earliest: '2025-03-04T16:00:00Z', latest: '2025-03-05T16:00:00Z' },
      policy: { message: { locale: 'en_US' } },
    });
    expect(api.call('deliveryOffers', { body: offerBody('FEW', '5') }).payload.deliveryOffers).toEqual([]);
    expect(api.call('deliveryOffers', { body: offerBody('LIGHT', '1', 'FR') }).payload.deliveryOffers).toEqual([]);
    expect(api.fail('deliveryOffers', { body: offerBody('GHOST') }).status).toBe(400);
  });
});

describe('features', () => {
  it('lists features with seller eligibility', () => {
    const features = api.call('getFeatures', { query: { marketplaceId: US } }).payload.features;
    expect(features).toEqual([
      expect.objectContaining({ featureName: 'BLANK_BOX', sellerEligible: true }),
      expect.objectContaining({ featureName: 'BLOCK_AMZL', sellerEligible: true }),
    ]);
    expect(api.fail('getFeatures', { query: { marketplaceId: 'A1PA6795UKMFR9' } }).status).toBe(400);
  });

  it('lists eligible inventory and answers per SKU', () => {
    const inventory = api.call('getFeatureInventory', { path: { featureName: 'BLOCK_AMZL' }, query: { marketplaceId: US } }).payload;
    expect(inventory).toMatchObject({ marketplaceId: US, featureName: 'BLOCK_AMZL' });
    expect(inventory.featureSkus).toEqual([expect.objectContaining({ sellerSku: 'HEAVY', skuCount: 50 })]);

    const yes = api.call('getFeatureSKU', { path: { featureName: 'BLOCK_AMZL', sellerSku: 'HEAVY' }, query: { marketplaceId: US } }).payload;
    expect(yes).toMatchObject({ isEligible: true, sellerSku: 'HEAVY', skuCount: 50 });
    const no = api.call('getFeatureSKU', { path: { featureName: 'BLOCK_AMZL', sellerSku: 'LIGHT' }, query: { marketplaceId: US } }).payload;
    expect(no).toEqual({ marketplaceId: US, featureName: 'BLOCK_AMZL', isEligible: false, ineligibleReasons: ['SKU_NOT_ELIGIBLE'] });
    const unknown = api.call('getFeatureSKU', { path: { featureName: 'BLANK_BOX', sellerSku: 'GHOST' }, query: { marketplaceId: US } }).payload;
    expect(unknown.ineligibleReasons).toEqual(['INVALID_SKU']);
    expect(api.fail('getFeatureInventory', { path: { featureName: 'TELEPORT' }, query: { marketplaceId: US } }).status).toBe(400);
  });
});

describe('listAllFulfillmentOrders', () => {
  it('filters by last status change, defaults to 36 hours and pages by 50', () => {
    catalog.put(makeSku('LIGHT', 100));
    for (let i = 0; i < 60; i++) {
      api.call('createFulfillmentOrder', { body: orderBody(`L-${String(i).padStart(2, '0')}`, [{ sku: 'LIGHT', qty: 1 }], { fulfillmentAction: 'Hold' }) });
    }
    const first = api.call('listAllFulfillmentOrders').payload;
    expect(first.fulfillmentOrders).toHaveLength(50);
    expect(first.nextToken).toBeTypeOf('string');
    const second = api.call('listAllFulfillmentOrders', { query: { nextToken: first.nextToken } }).payload;
    expect(second.fulfillmentOrders).toHaveLength(10);
    expect(second.nextToken).toBeUndefined();

    clock.advance(2 * DAY);
    expect(api.call('listAllFulfillmentOrders').payload.fulfillmentOrders).toHaveLength(0);
    expect(api.call('listAllFulfillmentOrders', { query: { queryStartDate: '2025-03-01T00:00:00Z' } }).payload.fulfillmentOrders).toHaveLength(50);
    expect(api.fail('listAllFulfillmentOrders', { query: { nextToken: 'garbage' } }).status).toBe(400);
    expect(api.fail('listAllFulfillmentOrders', { query: { queryStartDate: 'yesterday' } }).status).toBe(400);
  });
});

describe('seeded history', () => {
  it('gives each demo seller orders in every stage on reset, reserving stock for open ones', () => {
    for (let i = 0; i < 5; i++) catalog.put(makeSku(`SEED-${i}`, 20));
    const before = catalog.list(SELLER).reduce((n, s) => n + s.qty.reservedCustomerOrders, 0);
    module.reset?.({ seed: 7, clock, options: {} });
    const after = catalog.list(SELLER).reduce((n, s) => n + s.qty.reservedCustomerOrders, 0);
    expect(after).toBeGreaterThan(before);
    const orders = api.call('listAllFulfillmentOrders', { query: { queryStartDate: '2024-01-01T00:00:00Z' } }).payload.fulfillmentOrders;
    const statuses = new Set(orders.map((o: { fulfillmentOrderStatus: string }) => o.fulfillmentOrderStatus));
    expect([...statuses].sort()).toEqual(['Cancelled', 'Complete', 'Planning', 'Processing', 'Received']);
    expect(api.call('listAllFulfillmentOrders').payload.fulfillmentOrders.length).toBeGreaterThanOrEqual(3);

    // The same seed gives the same history.
    const again = createOutboundModule(catalog);
    again.reset?.({ seed: 7, clock, options: {} });
    expect(again.store.list(SELLER).map((o) => o.sellerFulfillmentOrderId)).toEqual(module.store.list(SELLER).map((o) => o.sellerFulfillmentOrderId));
    clock.advance(4 * HOUR);
    expect(
      api.call('getFulfillmentOrder', { path: { sellerFulfillmentOrderId: orders[orders.length - 1].sellerFulfillmentOrderId } }).payload.fulfillmentOrder
        .fulfillmentOrderStatus,
    ).toBe('Complete');
  });
});
