import { describe, expect, it } from 'vitest';
import { reshapePreview } from './service';

describe('preview options', () => {
  it('totals the fees and spans the arrival window', () => {
    const option = reshapePreview({
      shippingSpeedCategory: 'Expedited',
      isFulfillable: true,
      isCODCapable: false,
      marketplaceId: 'ATVPDKIKX0DER',
      estimatedShippingWeight: { unit: 'POUNDS', value: '1.2' },
      estimatedFees: [
        { name: 'FBAPerUnitFulfillmentFee', amount: { currencyCode: 'USD', value: '8.50' } },
        { name: 'FBAPerOrderFulfillmentFee', amount: { currencyCode: 'USD', value: '1.55' } },
      ],
      fulfillmentPreviewShipments: [
        { earliestArrivalDate: '2026-11-22T10:00:00Z', latestArrivalDate: '2026-11-23T10:00:00Z', fulfillmentPreviewItems: [] },
        { earliestArrivalDate: '2026-11-21T10:00:00Z', latestArrivalDate: '2026-11-24T10:00:00Z', fulfillmentPreviewItems: [] },
      ],
    });
    expect(option).toMatchObject({ speed: 'Expedited', fulfillable: true, total: '10.05', currency: 'USD', earliestArrival: '2026-11-21T10:00:00Z', latestArrival: '2026-11-24T10:00:00Z', weight: '1.2 POUNDS', reasons: [] });
  });

  it('says why a speed cannot be offered', () => {
    const option = reshapePreview({
      shippingSpeedCategory: 'Priority',
      isFulfillable: false,
      isCODCapable: false,
      marketplaceId: 'ATVPDKIKX0DER',
      orderUnfulfillableReasons: ['InvalidDestinationAddress'],
      unfulfillablePreviewItems: [{ sellerSku: 'SKU-1', quantity: 3, sellerFulfillmentOrderItemId: '1', itemUnfulfillableReasons: ['InventoryUnavailable'] }],
    });
    expect(option.total).toBeNull();
    expect(option.reasons).toEqual(['InvalidDestinationAddress', 'SKU-1: InventoryUnavailable']);
  });
});
