import { describe, expect, it } from 'vitest';
import { fulfillmentOrderItemIdFor, sellerFulfillmentOrderIdFor, SELLER_FULFILLMENT_ORDER_ID_MAX } from './ids';
import { assessStock, LowStockPlanError, planFulfillment } from './low-stock';
import { createFulfillmentInput, featureConstraintsFor, fulfillmentOptionsInput } from './options';
import { previewShortfall, reshapePreview } from './preview';
import { AddressMappingError, buildCreateRequest, buildPreviewRequest, outboundAddressFrom } from './request';

describe('sellerFulfillmentOrderId', () => {
  it('is derived from the Amazon order id alone, the same every time', () => {
    expect(sellerFulfillmentOrderIdFor('112-1234567-7654321')).toBe('MCF-112-1234567-7654321');
    expect(sellerFulfillmentOrderIdFor('112-1234567-7654321')).toBe(sellerFulfillmentOrderIdFor('112-1234567-7654321'));
    expect(sellerFulfillmentOrderIdFor('112-1234567-7654321')).not.toBe(sellerFulfillmentOrderIdFor('112-1234567-7654322'));
  });

  it('stays within 40 characters of letters, digits and hyphens, and unique for long or odd ids', () => {
    const long = `${'9'.repeat(30)}-${'8'.repeat(30)}`;
    const odd = '112 1234567/7654321';
    for (const id of [long, odd, `${long}1`]) {
      const derived = sellerFulfillmentOrderIdFor(id);
      expect(derived.length).toBeLessThanOrEqual(SELLER_FULFILLMENT_ORDER_ID_MAX);
      expect(derived).toMatch(/^[A-Za-z0-9-]+$/);
    }
    expect(sellerFulfillmentOrderIdFor(long)).not.toBe(sellerFulfillmentOrderIdFor(`${long}1`));
    // An id that only differs in stripped characters must not collide with the clean one.
    expect(sellerFulfillmentOrderIdFor(odd)).not.toBe(sellerFulfillmentOrderIdFor('1121234567/7654321'));
    expect(() => sellerFulfillmentOrderIdFor('  ')).toThrow();
  });

  it('keeps order item ids as the MCF line id (max 50)', () => {
    expect(fulfillmentOrderItemIdFor('44012345678901')).toBe('44012345678901');
    expect(fulfillmentOrderItemIdFor('x'.repeat(80))).toHaveLength(50);
  });
});

const address = { Name: 'Ada Buyer', AddressLine1: '1 Main St', AddressLine2: ' Apt 2 ', City: 'Seattle', StateOrRegion: 'WA', PostalCode: '98101', CountryCode: 'us', Phone: '555-0100' };
const order = { amazonOrderId: '112-1234567-7654321', marketplaceId: 'ATVPDKIKX0DER', purchaseDate: new Date('2026-11-20T10:00:00.123Z') };

describe('request building', () => {
  it('maps the Orders v0 shipping address to the outbound Address', () => {
    expect(outboundAddressFrom(address)).toEqual({
      name: 'Ada Buyer',
      addressLine1: '1 Main St',
      addressLine2: 'Apt 2',
      city: 'Seattle',
      stateOrRegion: 'WA',
      postalCode: '98101',
      countryCode: 'US',
      phone: '555-0100',
    });
    // Street lines close up when the first is empty.
    expect(outboundAddressFrom({ ...address, AddressLine1: 'c/o Office', AddressLine2: undefined, AddressLine3: 'Floor 3' })).toMatchObject({ addressLine1: 'c/o Office', addressLine2: 'Floor 3' });
    expect(() => outboundAddressFrom({ ...address, PostalCode: '' })).toThrow(AddressMappingError);
    expect(() => outboundAddressFrom(undefined)).toThrow(AddressMappingError);
  });

  it('previews every speed with the chosen features', () => {
    const request = buildPreviewRequest(order, [{ orderItemId: '44001', sellerSku: 'SKU-1', quantity: 2 }], outboundAddressFrom(address), { blankBox: true, blockAmzl: false });
    expect(request).toMatchObject({
      marketplaceId: 'ATVPDKIKX0DER',
      items: [{ sellerSku: 'SKU-1', quantity: 2, sellerFulfillmentOrderItemId: '44001' }],
      shippingSpeedCategories: ['Standard', 'Expedited', 'Priority'],
      featureConstraints: [{ featureName: 'BLANK_BOX', featureFulfillmentPolicy: 'Required' }],
    });
    expect(buildPreviewRequest(order, [{ orderItemId: '1', sellerSku: 'S', quantity: 1 }], outboundAddressFrom(address), { blankBox: false, blockAmzl: false })).not.toHaveProperty('featureConstraints');
    expect(() => buildPreviewRequest(order, [], outboundAddressFrom(address), { blankBox: false, blockAmzl: false })).toThrow();
    expect(() => buildPreviewRequest(order, [{ orderItemId: '1', sellerSku: 'S', quantity: 251 }], outboundAddressFrom(address), { blankBox: false, blockAmzl: false })).toThrow(/250/);
  });

  it('creates with the policy, speed, e-mails and a repeatable body', () => {
    const input = {
      order,
      sellerFulfillmentOrderId: 'MCF-112-1234567-7654321',
      lines: [{ orderItemId: '44001', sellerSku: 'SKU-1', quantity: 1 }],
      address: outboundAddressFrom(address),
      speed: 'Expedited' as const,
      policy: 'FillAll' as const,
      options: { blankBox: false, blockAmzl: true, notificationEmails: ['ops@example.com'] },
    };
    const body = buildCreateRequest(input);
    expect(body).toMatchObject({
      sellerFulfillmentOrderId: 'MCF-112-1234567-7654321',
      displayableOrderId: '112-1234567-7654321',
      displayableOrderDate: '2026-11-20T10:00:00Z',
      shippingSpeedCategory: 'Expedited',
      fulfillmentAction: 'Ship',
      fulfillmentPolicy: 'FillAll',
      notificationEmails: ['ops@example.com'],
      featureConstraints: [{ featureName: 'BLOCK_AMZL', featureFulfillmentPolicy: 'Required' }],
      items: [{ sellerSku: 'SKU-1', sellerFulfillmentOrderItemId: '44001', quantity: 1 }],
    });
    expect(JSON.stringify(buildCreateRequest(input))).toBe(JSON.stringify(body));
    expect(buildCreateRequest({ ...input, options: { blankBox: false, blockAmzl: false, notificationEmails: [] } })).not.toHaveProperty('notificationEmails');
  });

  it('validates the options before anything is sent', () => {
    const ok = fulfillmentOptionsInput.parse({ orderId: order.amazonOrderId, fulfillmentPolicy: 'FillAllAvailable', blankBox: 'on', notificationEmails: 'a@example.com, b@example.com; a@example.com' });
    expect(ok).toMatchObject({ fulfillmentPolicy: 'FillAllAvailable', blankBox: true, blockAmzl: false, notificationEmails: ['a@example.com', 'b@example.com'] });
    const bad = fulfillmentOptionsInput.safeParse({ orderId: order.amazonOrderId, fulfillmentPolicy: 'ShipSomething', notificationEmails: 'not-an-email' });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['fulfillmentPolicy', 'notificationEmails']));
    expect(fulfillmentOptionsInput.safeParse({ orderId: order.amazonOrderId, notificationEmails: `${'a'.repeat(60)}@example.com` }).success).toBe(false);
    const create = createFulfillmentInput.safeParse({ orderId: order.amazonOrderId, shippingSpeed: 'ScheduledDelivery' });
    expect(create.error?.issues.map((i) => i.path.join('.'))).toContain('shippingSpeed');
    expect(createFulfillmentInput.safeParse({ orderId: order.amazonOrderId, shippingSpeed: 'Standard', previewShortfall: '{"x":-1}' }).success).toBe(false);
    expect(featureConstraintsFor({ blankBox: true, blockAmzl: true })).toHaveLength(2);
  });
});

describe('preview reshaping', () => {
  it('sums fees and keeps dates and unfulfillable items', () => {
    const option = reshapePreview({
      shippingSpeedCategory: 'Standard',
      isFulfillable: false,
      isCODCapable: false,
      marketplaceId: 'ATVPDKIKX0DER',
      estimatedFees: [
        { name: 'FBAPerUnitFulfillmentFee', amount: { currencyCode: 'USD', value: '6.00' } },
        { name: 'FBAPerOrderFulfillmentFee', amount: { currencyCode: 'USD', value: '1.25' } },
      ],
      fulfillmentPreviewShipments: [{ earliestShipDate: '2026-11-21T00:00:00Z', latestShipDate: '2026-11-22T00:00:00Z', earliestArrivalDate: '2026-11-24T00:00:00Z', latestArrivalDate: '2026-11-27T00:00:00Z', fulfillmentPreviewItems: [] }],
      unfulfillablePreviewItems: [{ sellerSku: 'SKU-2', quantity: 3, sellerFulfillmentOrderItemId: '44002', itemUnfulfillableReasons: ['InventoryUnavailable'] }],
    });
    expect(option.totalFee).toEqual({ amount: '7.25', currency: 'USD' });
    expect(option.earliestArrivalDate).toBe('2026-11-24T00:00:00Z');
    expect(option.unfulfillableItems).toEqual([{ sellerSku: 'SKU-2', orderItemId: '44002', quantity: 3, reasons: ['InventoryUnavailable'] }]);
    expect(previewShortfall([option, { ...option, unfulfillableItems: [] }])).toEqual({ '44002': 3 });
  });
});

describe('low stock', () => {
  const lines = [
    { orderItemId: 'a', sellerSku: 'SKU-A', needed: 2 },
    { orderItemId: 'b', sellerSku: 'SKU-B', needed: 3 },
  ];

  it('is not short when stock covers every line', () => {
    const assessment = assessStock(lines, new Map([['SKU-A', 5], ['SKU-B', 3]]));
    expect(assessment.short).toBe(false);
    expect(planFulfillment(assessment, 'FillOrKill', undefined)).toEqual({
      order: { policy: 'FillOrKill', items: [{ orderItemId: 'a', sellerSku: 'SKU-A', quantity: 2 }, { orderItemId: 'b', sellerSku: 'SKU-B', quantity: 3 }] },
      decision: null,
    });
  });

  it('before a preview uses synced stock; after one, the preview decides which lines are short', () => {
    const byStock = assessStock(lines, new Map([['SKU-A', 5], ['SKU-B', 1]]));
    expect(byStock.lines.map((l) => [l.available, l.short])).toEqual([[2, 0], [1, 2]]);
    // Amazon's preview can ship B although the synced stock (older) says 1.
    expect(assessStock(lines, new Map([['SKU-A', 5], ['SKU-B', 1]]), {}).short).toBe(false);
    // The preview flags B although the (stale) stock says 10: at least one unit is missing.
    const byPreview = assessStock(lines, new Map([['SKU-A', 5], ['SKU-B', 10]]), { b: 3 });
    expect(byPreview.lines[1]).toMatchObject({ available: 2, short: 1 });
    expect(assessStock(lines, new Map([['SKU-B', 1]]), { b: 3 }).lines[1]).toMatchObject({ available: 1, short: 2 });
    // Unknown stock and a flagged line: nothing available.
    expect(assessStock(lines, new Map(), { a: 2 }).lines[0]).toMatchObject({ available: 0, short: 2 });
    const shared = assessStock([{ orderItemId: 'x', sellerSku: 'S', needed: 2 }, { orderItemId: 'y', sellerSku: 'S', needed: 2 }], new Map([['S', 3]]));
    expect(shared.lines.map((l) => l.available)).toEqual([2, 1]);
  });

  it('turns each choice into the order to send and the decision to record', () => {
    const assessment = assessStock(lines, new Map([['SKU-A', 5], ['SKU-B', 1]]));
    expect(() => planFulfillment(assessment, 'FillOrKill', undefined)).toThrow(LowStockPlanError);

    const backorder = planFulfillment(assessment, 'FillOrKill', 'backorder');
    expect(backorder.order).toEqual({ policy: 'FillAll', items: [{ orderItemId: 'a', sellerSku: 'SKU-A', quantity: 2 }, { orderItemId: 'b', sellerSku: 'SKU-B', quantity: 3 }] });
    expect(backorder.decision?.lines[1]).toMatchObject({ needed: 3, available: 1, shipNow: 3, short: 2 });

    const cancel = planFulfillment(assessment, 'FillAll', 'cancel-unavailable');
    expect(cancel.order).toEqual({ policy: 'FillOrKill', items: [{ orderItemId: 'a', sellerSku: 'SKU-A', quantity: 2 }, { orderItemId: 'b', sellerSku: 'SKU-B', quantity: 1 }] });
    expect(cancel.decision?.lines.map((l) => l.shipNow)).toEqual([2, 1]);

    const notify = planFulfillment(assessment, 'FillOrKill', 'notify-buyer');
    expect(notify.order).toBeNull();
    expect(notify.decision?.choice).toBe('notify-buyer');

    const none = assessStock(lines, new Map([['SKU-A', 0], ['SKU-B', 0]]));
    expect(none.nothingAvailable).toBe(true);
    expect(() => planFulfillment(none, 'FillOrKill', 'cancel-unavailable')).toThrow(LowStockPlanError);
    expect(() => planFulfillment(none, 'FillOrKill', 'backorder')).toThrow(LowStockPlanError);
    expect(planFulfillment(none, 'FillOrKill', 'notify-buyer').order).toBeNull();
  });
});
