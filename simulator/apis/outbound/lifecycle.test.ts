import { beforeEach, describe, expect, it } from 'vitest';
import { createOutboundModule } from './index.js';
import { ADDRESS, caller, DAY, FakeCatalog, HOUR, makeSku, ManualClock, MIN, orderBody, SELLER } from './test-fixtures.js';

let catalog: FakeCatalog;
let clock: ManualClock;
let api: ReturnType<typeof caller>;

beforeEach(() => {
  catalog = new FakeCatalog();
  catalog.put(makeSku('SKU-A', 10));
  catalog.put(makeSku('SKU-B', 1));
  clock = new ManualClock(new Date('2025-03-01T12:00:00Z'));
  api = caller(createOutboundModule(catalog), clock);
});

const qty = (sku: string) => catalog.get(SELLER, sku)?.qty;
const detail = (id: string) => api.call('getFulfillmentOrder', { path: { sellerFulfillmentOrderId: id } }).payload;
const status = (id: string) => detail(id).fulfillmentOrder.fulfillmentOrderStatus;

describe('fulfillment order life cycle', () => {
  it('moves Received -> Planning -> Processing -> Complete on the clock, reserving then shipping stock', () => {
    expect(api.call('createFulfillmentOrder', { body: orderBody('O-1', [{ sku: 'SKU-A', qty: 2 }]) })).toEqual({});
    expect(qty('SKU-A')).toMatchObject({ fulfillable: 8, reservedCustomerOrders: 2 });
    expect(status('O-1')).toBe('Received');
    expect(detail('O-1').fulfillmentShipments).toBeUndefined();

    clock.advance(2 * MIN);
    expect(status('O-1')).toBe('Planning');

    clock.advance(28 * MIN);
    const processing = detail('O-1');
    expect(processing.fulfillmentOrder.fulfillmentOrderStatus).toBe('Processing');
    expect(processing.fulfillmentShipments[0].fulfillmentShipmentStatus).toBe('PENDING');
    expect(processing.fulfillmentShipments[0].fulfillmentShipmentPackage).toBeUndefined();
    expect(qty('SKU-A')?.reservedCustomerOrders).toBe(2);

    clock.advance(3.5 * HOUR);
    const done = detail('O-1');
    expect(done.fulfillmentOrder.fulfillmentOrderStatus).toBe('Complete');
    expect(done.fulfillmentOrder.statusUpdatedDate).toBe('2025-03-01T16:00:00Z');
    const shipment = done.fulfillmentShipments[0];
    expect(shipment.fulfillmentShipmentStatus).toBe('SHIPPED');
    expect(shipment.fulfillmentShipmentPackage[0]).toMatchObject({ carrierCode: 'AMZN_US', trackingNumber: expect.stringMatching(/^TBA\d{12}$/) });
    expect(qty('SKU-A')).toMatchObject({ fulfillable: 8, reservedCustomerOrders: 0 });
    expect(done.fulfillmentOrderItems[0]).toMatchObject({ quantity: 2, cancelledQuantity: 0, unfulfillableQuantity: 0 });
  });

  it('reveals tracking events as the clock passes them until delivered', () => {
    api.call('createFulfillmentOrder', { body: orderBody('O-T', [{ sku: 'SKU-A', qty: 1 }]) });
    clock.advance(1 * HOUR);
    expect(detail('O-T').fulfillmentShipments[0].fulfillmentShipmentPackage).toBeUndefined();
    clock.advance(3 * HOUR + 2 * HOUR);
    const packageNumber = detail('O-T').fulfillmentShipments[0].fulfillmentShipmentPackage[0].packageNumber as number;
    const early = api.call('getPackageTrackingDetails', { query: { packageNumber: String(packageNumber) } }).payload;
    expect(early.currentStatus).toBe('IN_TRANSIT');
    expect(early.trackingEvents.map((e: { eventCode: string }) => e.eventCode)).toEqual(['EVENT_102', 'EVENT_101']);
    expect(early.shipToAddress).toEqual({ city: 'Seattle', state: 'WA', country: 'US' });

    clock.advance(3 * DAY - 6 * HOUR); // t0 + 3 d: an hour after out-for-delivery (delivery at t0 + 4 h + 3 d)
    const out = api.call('getPackageTrackingDetails', { query: { packageNumber: String(packageNumber) } }).payload;
    expect(out.currentStatus).toBe('OUT_FOR_DELIVERY');
    expect(out.deliveryWindow).toBeDefined();

    clock.advance(4 * HOUR);
    const delivered = api.call('getPackageTrackingDetails', { query: { packageNumber: String(packageNumber) } }).payload;
    expect(delivered.currentStatus).toBe('DELIVERED');
    expect(delivered.trackingEvents[0]).toMatchObject({ eventCode: 'EVENT_301', eventAddress: { city: 'Seattle' } });
    expect(delivered.trackingEvents).toHaveLength(7);
  });

  it('has no tracking for an unknown or unshipped package', () => {
    api.call('createFulfillmentOrder', { body: orderBody('O-U', [{ sku: 'SKU-A', qty: 1 }]) });
    expect(api.fail('getPackageTrackingDetails', { query: { packageNumber: '42' } }).status).toBe(404);
  });
});

describe('createFulfillmentOrder validation and policies', () => {
  it('rejects an unknown SKU with the item id in the message', () => {
    const error = api.fail('createFulfillmentOrder', { body: orderBody('O-X', [{ sku: 'NOPE', qty: 1, itemId: 'line-7' }]) });
    expect(error).toMatchObject({ status: 400, code: 'InvalidInput', message: 'the SellerSKU for Item Id: line-7 is invalid.' });
  });

  it('FillOrKill (the default) rejects an order above fulfillable stock and moves nothing', () => {
    const error = api.fail('createFulfillmentOrder', {
      body: orderBody('O-K', [
        { sku: 'SKU-A', qty: 1 },
        { sku: 'SKU-B', qty: 3 },
      ]),
    });
    expect(error.status).toBe(400);
    expect(error.message).toContain('Insufficient inventory for SellerSKU SKU-B');
    expect(error.message).toContain('requested 3, fulfillable 1');
    expect(qty('SKU-A')?.fulfillable).toBe(10);
    expect(qty('SKU-B')?.fulfillable).toBe(1);
  });

  it('FillAllAvailable ships what is there and marks the rest unfulfillable', () => {
    api.call('createFulfillmentOrder', { body: orderBody('O-FA', [{ sku: 'SKU-B', qty: 3 }], { fulfillmentPolicy: 'FillAllAvailable' }) });
    expect(qty('SKU-B')).toMatchObject({ fulfillable: 0, reservedCustomerOrders: 1 });
    expect(detail('O-FA').fulfillmentOrderItems[0]).toMatchObject({ quantity: 3, unfulfillableQuantity: 2 });
    clock.advance(4 * HOUR);
    expect(status('O-FA')).toBe('CompletePartialled');
    expect(detail('O-FA').fulfillmentShipments[0].fulfillmentShipmentItem[0].quantity).toBe(1);
  });

  it('FillAll keeps the order Processing for 24 hours before giving up on missing units', () => {
    api.call('createFulfillmentOrder', { body: orderBody('O-FL', [{ sku: 'SKU-B', qty: 3 }], { fulfillmentPolicy: 'FillAll' }) });
    clock.advance(5 * HOUR);
    const mid = detail('O-FL');
    expect(mid.fulfillmentOrder.fulfillmentOrderStatus).toBe('Processing');
    expect(mid.fulfillmentShipments[0].fulfillmentShipmentStatus).toBe('SHIPPED');
    expect(mid.fulfillmentOrderItems[0].unfulfillableQuantity).toBe(0);
    clock.advance(19 * HOUR);
    const end = detail('O-FL');
    expect(end.fulfillmentOrder.fulfillmentOrderStatus).toBe('CompletePartialled');
    expect(end.fulfillmentOrderItems[0].unfulfillableQuantity).toBe(2);
  });

  it('an order with nothing in stock under FillAll ends Unfulfillable after 24 hours', () => {
    catalog.put(makeSku('SKU-EMPTY', 0));
    api.call('createFulfillmentOrder', { body: orderBody('O-E', [{ sku: 'SKU-EMPTY', qty: 1 }], { fulfillmentPolicy: 'FillAll' }) });
    clock.advance(23 * HOUR);
    expect(status('O-E')).toBe('Planning');
    clock.advance(1 * HOUR);
    expect(status('O-E')).toBe('Unfulfillable');
    expect(detail('O-E').fulfillmentOrderItems[0].unfulfillableQuantity).toBe(1);
  });

  it('treats an identical resubmission as a no-op and a different one with the same id as a duplicate', () => {
    const body = orderBody('O-D', [{ sku: 'SKU-A', qty: 2 }]);
    api.call('createFulfillmentOrder', { body });
    expect(api.call('createFulfillmentOrder', { body: JSON.parse(JSON.stringify(body)) })).toEqual({});
    expect(qty('SKU-A')?.fulfillable).toBe(8);
    const error = api.fail('createFulfillmentOrder', { body: orderBody('O-D', [{ sku: 'SKU-A', qty: 3 }]) });
    expect(error).toMatchObject({ status: 400, code: 'InvalidInput' });
    expect(error.message).toContain('Duplicate request');
  });

  it('rejects destinations the seller region cannot serve and Required features a SKU lacks', () => {
    const foreign = orderBody('O-DE', [{ sku: 'SKU-A', qty: 1 }], { destinationAddress: { ...ADDRESS, countryCode: 'DE' } });
    expect(api.fail('createFulfillmentOrder', { body: foreign }).status).toBe(400);
    const blocked = orderBody('O-AM', [{ sku: 'SKU-A', qty: 1 }], {
      featureConstraints: [{ featureName: 'BLOCK_AMZL', featureFulfillmentPolicy: 'Required' }],
    });
    expect(api.fail('createFulfillmentOrder', { body: blocked }).details).toBe('SKU_NOT_ELIGIBLE');
  });

  it('uses a non-Amazon carrier when BLOCK_AMZL is required', () => {
    catalog.put(makeSku('SKU-NOAMZL', 5, { features: { BLANK_BOX: true, BLOCK_AMZL: true } }));
    const body = orderBody('O-UPS', [{ sku: 'SKU-NOAMZL', qty: 1 }], {
      featureConstraints: [{ featureName: 'BLOCK_AMZL', featureFulfillmentPolicy: 'Required' }],
    });
    api.call('createFulfillmentOrder', { body });
    clock.advance(4 * HOUR);
    expect(detail('O-UPS').fulfillmentShipments[0].fulfillmentShipmentPackage[0].carrierCode).toBe('UPS');
  });
});

describe('hold, update and cancel', () => {
  it('a Hold order reserves stock, waits in Received, and starts its timeline when released', () => {
    api.call('createFulfillmentOrder', { body: orderBody('O-H', [{ sku: 'SKU-A', qty: 1 }], { fulfillmentAction: 'Hold' }) });
    expect(qty('SKU-A')?.reservedCustomerOrders).toBe(1);
    clock.advance(2 * DAY);
    expect(status('O-H')).toBe('Received');
    expect(detail('O-H').fulfillmentOrder.fulfillmentAction).toBe('Hold');
    api.call('updateFulfillmentOrder', { path: { sellerFulfillmentOrderId: 'O-H' }, body: { fulfillmentAction: 'Ship' } });
    clock.advance(3 * MIN);
    expect(status('O-H')).toBe('Planning');
    clock.advance(4 * HOUR);
    expect(status('O-H')).toBe('Complete');
  });

  it('cancels a Hold order automatically after 14 days and releases its stock', () => {
    api.call('createFulfillmentOrder', { body: orderBody('O-H14', [{ sku: 'SKU-A', qty: 3 }], { fulfillmentAction: 'Hold' }) });
    clock.advance(14 * DAY);
    expect(status('O-H14')).toBe('Cancelled');
    expect(qty('SKU-A')).toMatchObject({ fulfillable: 10, reservedCustomerOrders: 0 });
    expect(detail('O-H14').fulfillmentOrderItems[0].cancelledQuantity).toBe(3);
  });

  it('updates quantities and address while Planning, moving stock to match', () => {
    api.call('createFulfillmentOrder', { body: orderBody('O-UP', [{ sku: 'SKU-A', qty: 2 }]) });
    clock.advance(5 * MIN);
    api.call('updateFulfillmentOrder', {
      path: { sellerFulfillmentOrderId: 'O-UP' },
      body: { destinationAddress: { ...ADDRESS, city: 'Tacoma' }, items: [{ sellerFulfillmentOrderItemId: 'O-UP-1', quantity: 5 }] },
    });
    expect(qty('SKU-A')).toMatchObject({ fulfillable: 5, reservedCustomerOrders: 5 });
    api.call('updateFulfillmentOrder', {
      path: { sellerFulfillmentOrderId: 'O-UP' },
      body: { items: [{ sellerFulfillmentOrderItemId: 'O-UP-1', quantity: 1 }] },
    });
    expect(qty('SKU-A')).toMatchObject({ fulfillable: 9, reservedCustomerOrders: 1 });
    expect(detail('O-UP').fulfillmentOrder.destinationAddress.city).toBe('Tacoma');
  });

  it('refuses updates once Processing', () => {
    api.call('createFulfillmentOrder', { body: orderBody('O-UX', [{ sku: 'SKU-A', qty: 1 }]) });
    clock.advance(31 * MIN);
    const error = api.fail('updateFulfillmentOrder', { path: { sellerFulfillmentOrderId: 'O-UX' }, body: { displayableOrderComment: 'late' } });
    expect(error).toMatchObject({ status: 400, code: 'InvalidInput' });
    expect(error.message).toContain('status is Processing');
  });

  it('cancels while Planning (stock back to fulfillable) but not once Processing', () => {
    api.call('createFulfillmentOrder', { body: orderBody('O-C1', [{ sku: 'SKU-A', qty: 2 }]) });
    api.call('createFulfillmentOrder', { body: orderBody('O-C2', [{ sku: 'SKU-A', qty: 3 }]) });
    clock.advance(10 * MIN);
    expect(api.call('cancelFulfillmentOrder', { path: { sellerFulfillmentOrderId: 'O-C1' } })).toEqual({});
    expect(status('O-C1')).toBe('Cancelled');
    expect(detail('O-C1').fulfillmentOrderItems[0].cancelledQuantity).toBe(2);
    expect(qty('SKU-A')).toMatchObject({ fulfillable: 7, reservedCustomerOrders: 3 });
    // Cancelling again is harmless.
    expect(api.call('cancelFulfillmentOrder', { path: { sellerFulfillmentOrderId: 'O-C1' } })).toEqual({});

    clock.advance(25 * MIN);
    const error = api.fail('cancelFulfillmentOrder', { path: { sellerFulfillmentOrderId: 'O-C2' } });
    expect(error).toMatchObject({ status: 400, code: 'InvalidInput' });
    expect(error.message).toBe('Fulfillment order O-C2 cannot be cancelled because its status is Processing.');
    expect(api.fail('cancelFulfillmentOrder', { path: { sellerFulfillmentOrderId: 'missing' } }).status).toBe(404);
  });

  it('the sandbox status update jumps an order forward and ships it', () => {
    api.call('createFulfillmentOrder', { body: orderBody('O-S', [{ sku: 'SKU-A', qty: 1 }]) });
    api.call('submitFulfillmentOrderStatusUpdate', { path: { sellerFulfillmentOrderId: 'O-S' }, body: { fulfillmentOrderStatus: 'Processing' } });
    expect(status('O-S')).toBe('Processing');
    api.call('submitFulfillmentOrderStatusUpdate', { path: { sellerFulfillmentOrderId: 'O-S' }, body: { fulfillmentOrderStatus: 'Complete' } });
    expect(status('O-S')).toBe('Complete');
    expect(qty('SKU-A')).toMatchObject({ fulfillable: 9, reservedCustomerOrders: 0 });
    const error = api.fail('submitFulfillmentOrderStatusUpdate', { path: { sellerFulfillmentOrderId: 'O-S' }, body: { fulfillmentOrderStatus: 'Planning' } });
    expect(error.status).toBe(400);
  });
});

describe('returns', () => {
  it('accepts returns only for shipped units, once per unit, and shows them on the order', () => {
    api.call('createFulfillmentOrder', { body: orderBody('O-R', [{ sku: 'SKU-A', qty: 1 }]) });
    const shipmentId = () => detail('O-R').fulfillmentShipments?.[0]?.amazonShipmentId as string;
    clock.advance(1 * HOUR);
    const early = api.call('createFulfillmentReturn', {
      path: { sellerFulfillmentOrderId: 'O-R' },
      body: { items: [{ sellerReturnItemId: 'R1', sellerFulfillmentOrderItemId: 'O-R-1', amazonShipmentId: shipmentId(), returnReasonCode: 'CR-DEFECTIVE' }] },
    }).payload;
    expect(early.invalidReturnItems[0].invalidItemReason.invalidItemReasonCode).toBe('NoCompletedShipItems');

    clock.advance(3 * DAY + 4 * HOUR);
    const codes = api.call('listReturnReasonCodes', { query: { sellerSku: 'SKU-A', language: 'de_DE' } }).payload.reasonCodeDetails;
    expect(codes.map((c: { returnReasonCode: string }) => c.returnReasonCode)).toContain('CR-UNWANTED_ITEM');
    const accepted = api.call('createFulfillmentReturn', {
      path: { sellerFulfillmentOrderId: 'O-R' },
      body: {
        items: [
          { sellerReturnItemId: 'R1', sellerFulfillmentOrderItemId: 'O-R-1', amazonShipmentId: shipmentId(), returnReasonCode: 'CR-UNWANTED_ITEM' },
          { sellerReturnItemId: 'R2', sellerFulfillmentOrderItemId: 'O-R-1', amazonShipmentId: shipmentId(), returnReasonCode: 'CR-UNWANTED_ITEM' },
          { sellerReturnItemId: 'R3', sellerFulfillmentOrderItemId: 'nope', amazonShipmentId: shipmentId(), returnReasonCode: 'CR-UNWANTED_ITEM' },
        ],
      },
    }).payload;
    expect(accepted.returnItems).toHaveLength(1);
    expect(accepted.returnItems[0]).toMatchObject({ sellerReturnItemId: 'R1', status: 'New' });
    expect(accepted.invalidReturnItems.map((i: { invalidItemReason: { invalidItemReasonCode: string } }) => i.invalidItemReason.invalidItemReasonCode)).toEqual(
      ['NoReturnableQuantity', 'InvalidValues'],
    );
    expect(accepted.returnAuthorizations[0].returnToAddress.countryCode).toBe('US');
    const again = api.call('createFulfillmentReturn', {
      path: { sellerFulfillmentOrderId: 'O-R' },
      body: {
        items: [{ sellerReturnItemId: 'R1', sellerFulfillmentOrderItemId: 'O-R-1', amazonShipmentId: shipmentId(), returnReasonCode: 'CR-UNWANTED_ITEM' }],
      },
    }).payload;
    expect(again.invalidReturnItems[0].invalidItemReason.invalidItemReasonCode).toBe('DuplicateRequest');

    const onOrder = detail('O-R');
    expect(onOrder.returnItems).toHaveLength(1);
    expect(onOrder.returnAuthorizations).toHaveLength(1);

    clock.advance(7 * DAY);
    const processed = detail('O-R').returnItems[0];
    expect(processed).toMatchObject({ status: 'Processed', returnReceivedCondition: 'Sellable' });
    expect(qty('SKU-A')?.fulfillable).toBe(10);
  });
});
