import { describe, expect, it } from 'vitest';
import { CARRIERS, carrierCodeOf, carrierLabel } from './carriers';
import { buildConfirmShipmentBody, checkManualQuantities, fbaPackagesToConfirm, manualConfirmInput, statusAfterShipping } from './confirm-body';

const items = [
  { orderItemId: '44001', quantityOrdered: 2, quantityShipped: 0 },
  { orderItemId: '44002', quantityOrdered: 1, quantityShipped: 0 },
];

const shipment = (
  status: string,
  packages: Array<{ packageNumber: number; carrierCode: string; trackingNumber?: string }>,
  lines: Array<{ id: string; quantity: number; packageNumber?: number }>,
) => ({
  amazonShipmentId: 'T1',
  fulfillmentCenterId: 'PHX6',
  fulfillmentShipmentStatus: status as 'SHIPPED',
  shippingDate: '2026-11-21T08:00:00Z',
  fulfillmentShipmentItem: lines.map((l) => ({
    sellerSku: `SKU-${l.id}`,
    sellerFulfillmentOrderItemId: l.id,
    quantity: l.quantity,
    ...(l.packageNumber ? { packageNumber: l.packageNumber } : {}),
  })),
  fulfillmentShipmentPackage: packages,
});

describe('confirmShipment body', () => {
  it('follows the model: package detail with carrier, tracking, ship date and items', () => {
    expect(
      buildConfirmShipmentBody('ATVPDKIKX0DER', {
        packageReferenceId: '123456789',
        carrierCode: 'UPS',
        trackingNumber: '1Z999',
        shipDate: new Date('2026-11-21T08:00:00.500Z'),
        items: [
          { orderItemId: '44001', quantity: 2 },
          { orderItemId: '44002', quantity: 0 },
        ],
      }),
    ).toEqual({
      marketplaceId: 'ATVPDKIKX0DER',
      packageDetail: {
        packageReferenceId: '123456789',
        carrierCode: 'UPS',
        trackingNumber: '1Z999',
        shipDate: '2026-11-21T08:00:00Z',
        orderItems: [{ orderItemId: '44001', quantity: 2 }],
      },
    });
    expect(
      buildConfirmShipmentBody('X', {
        packageReferenceId: '1',
        carrierCode: 'Other',
        carrierName: 'Local Courier',
        trackingNumber: 'T',
        shipDate: new Date(),
        items: [],
      }).packageDetail.carrierName,
    ).toBe('Local Courier');
  });

  it('takes shipped FBA packages with their carrier and tracking, skipping pending and confirmed ones', () => {
    const detail = {
      shipments: [
        shipment(
          'SHIPPED',
          [{ packageNumber: 111, carrierCode: 'AMZN_US', trackingNumber: 'TBA1' }],
          [
            { id: '44001', quantity: 2 },
            { id: '44002', quantity: 1 },
          ],
        ),
        shipment('PENDING', [{ packageNumber: 222, carrierCode: 'UPS', trackingNumber: '1Z' }], [{ id: '44002', quantity: 1 }]),
      ],
    };
    const packages = fbaPackagesToConfirm('MCF-1', detail, items, new Set());
    expect(packages).toEqual([
      {
        sellerFulfillmentOrderId: 'MCF-1',
        packageNumber: 111,
        packageReferenceId: '111',
        carrierCode: 'AMZN_US',
        trackingNumber: 'TBA1',
        shipDate: new Date('2026-11-21T08:00:00Z'),
        items: [
          { orderItemId: '44001', quantity: 2 },
          { orderItemId: '44002', quantity: 1 },
        ],
      },
    ]);
    expect(fbaPackagesToConfirm('MCF-1', detail, items, new Set([111]))).toEqual([]);
    // Units already shipped on the order are not confirmed again.
    expect(
      fbaPackagesToConfirm(
        'MCF-1',
        detail,
        [
          { ...items[0]!, quantityShipped: 1 },
          { ...items[1]!, quantityShipped: 1 },
        ],
        new Set(),
      )[0]!.items,
    ).toEqual([{ orderItemId: '44001', quantity: 1 }]);
  });

  it('splits lines by package number when a shipment has several packages', () => {
    const detail = {
      shipments: [
        shipment(
          'SHIPPED',
          [
            { packageNumber: 1, carrierCode: 'UPS', trackingNumber: 'A' },
            { packageNumber: 2, carrierCode: 'UPS', trackingNumber: 'B' },
          ],
          [
            { id: '44001', quantity: 2, packageNumber: 1 },
            { id: '44002', quantity: 1, packageNumber: 2 },
          ],
        ),
      ],
    };
    expect(fbaPackagesToConfirm('MCF-1', detail, items, new Set()).map((p) => [p.trackingNumber, p.items])).toEqual([
      ['A', [{ orderItemId: '44001', quantity: 2 }]],
      ['B', [{ orderItemId: '44002', quantity: 1 }]],
    ]);
  });

  it('derives partially and fully shipped', () => {
    expect(statusAfterShipping(items)).toBe('UNSHIPPED');
    expect(statusAfterShipping([{ ...items[0]!, quantityShipped: 2 }, items[1]!])).toBe('PARTIALLY_SHIPPED');
    expect(
      statusAfterShipping([
        { ...items[0]!, quantityShipped: 2 },
        { ...items[1]!, quantityShipped: 1 },
      ]),
    ).toBe('SHIPPED');
  });
});

describe('manual confirmation form', () => {
  const valid = {
    orderId: '112-1234567-7654321',
    carrierCode: 'UPS',
    trackingNumber: '1Z999AA10123456784',
    shipDate: new Date().toISOString().slice(0, 10),
    packageReferenceId: '1',
  };

  it('accepts a complete package and names every bad field', () => {
    expect(manualConfirmInput.safeParse(valid).success).toBe(true);
    const bad = manualConfirmInput.safeParse({ ...valid, carrierCode: '', trackingNumber: 'has space', shipDate: '2999-01-01', packageReferenceId: '0' });
    expect(bad.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['carrierCode', 'packageReferenceId', 'shipDate', 'trackingNumber']);
    const other = manualConfirmInput.safeParse({ ...valid, carrierCode: 'Other' });
    expect(other.error!.issues.map((i) => i.path.join('.'))).toEqual(['carrierName']);
    expect(manualConfirmInput.safeParse({ ...valid, shipDate: '21/11/2026' }).success).toBe(false);
  });

  it("takes only Amazon's listed carriers, however they are typed, and Other with a name", () => {
    expect(manualConfirmInput.parse({ ...valid, carrierCode: ' ups ' }).carrierCode).toBe('UPS');
    expect(manualConfirmInput.parse({ ...valid, carrierCode: 'blue dart' }).carrierCode).toBe('BlueDart');
    expect(manualConfirmInput.parse({ ...valid, carrierCode: 'Royal  Mail' }).carrierCode).toBe('Royal Mail');
    const unknown = manualConfirmInput.safeParse({ ...valid, carrierCode: 'UPSS' });
    expect(unknown.error!.issues).toEqual([
      expect.objectContaining({
        path: ['carrierCode'],
        message: "“UPSS” is not a carrier Amazon knows. Choose one from the list, or choose Other and type the carrier's name.",
      }),
    ]);
    expect(manualConfirmInput.parse({ ...valid, carrierCode: 'other', carrierName: 'Local Courier' })).toMatchObject({
      carrierCode: 'Other',
      carrierName: 'Local Courier',
    });
    expect(carrierLabel('BlueDart')).toBe('Blue Dart');
    expect(carrierLabel('Other', 'Local Courier')).toBe('Local Courier');
    // Every listed carrier is found by its code and by its name.
    for (const c of CARRIERS) {
      expect(carrierCodeOf(c.code.toLowerCase())).toBe(c.code);
      if (c.name) expect(carrierCodeOf(c.name.toUpperCase())).toBe(c.code);
    }
  });

  it('checks quantities against what is still unshipped', () => {
    expect(checkManualQuantities({ 'quantity.44001': '2', 'quantity.44002': '0' }, items)).toEqual({
      items: [{ orderItemId: '44001', quantity: 2 }],
      fieldErrors: {},
    });
    expect(checkManualQuantities({ 'quantity.44001': '3', 'quantity.44002': '-1' }, items).fieldErrors).toEqual({
      'quantity.44001': ['At most 2 (still unshipped).'],
      'quantity.44002': ['Enter a whole number.'],
    });
    expect(checkManualQuantities({ 'quantity.44001': '0' }, items).fieldErrors).toEqual({ _items: ['Enter the quantity shipped for at least one item.'] });
  });
});
