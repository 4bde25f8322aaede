import { describe, expect, it } from 'vitest';
import { previewShortfall, reasonLabel, reshapePreview, unfulfillableReasons } from './preview';

describe('preview options', () => {
  it('totals the fees and spans the ship and arrival windows', () => {
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
        {
          earliestShipDate: '2026-11-20T00:00:00Z',
          latestShipDate: '2026-11-21T00:00:00Z',
          earliestArrivalDate: '2026-11-22T10:00:00Z',
          latestArrivalDate: '2026-11-23T10:00:00Z',
          fulfillmentPreviewItems: [],
        },
        { earliestArrivalDate: '2026-11-21T10:00:00Z', latestArrivalDate: '2026-11-24T10:00:00Z', fulfillmentPreviewItems: [] },
      ],
    });
    expect(option).toMatchObject({
      speed: 'Expedited',
      isFulfillable: true,
      totalFee: { amount: '10.05', currency: 'USD' },
      earliestShipDate: '2026-11-20T00:00:00Z',
      latestShipDate: '2026-11-21T00:00:00Z',
      earliestArrivalDate: '2026-11-21T10:00:00Z',
      latestArrivalDate: '2026-11-24T10:00:00Z',
      weight: '1.2 POUNDS',
      unfulfillableItems: [],
    });
    expect(unfulfillableReasons(option)).toEqual([]);
  });

  it('gives no total for fees in two currencies', () => {
    const option = reshapePreview({
      shippingSpeedCategory: 'Standard',
      isFulfillable: true,
      isCODCapable: false,
      marketplaceId: 'A1F83G8C2ARO7P',
      estimatedFees: [
        { name: 'FBAPerUnitFulfillmentFee', amount: { currencyCode: 'GBP', value: '3.00' } },
        { name: 'FBATransportationFee', amount: { currencyCode: 'EUR', value: '1.00' } },
      ],
    });
    expect(option.totalFee).toBeNull();
    expect(option.fees).toHaveLength(2);
  });

  it('says why a speed cannot ship, and which lines fall short', () => {
    const option = reshapePreview({
      shippingSpeedCategory: 'Priority',
      isFulfillable: false,
      isCODCapable: false,
      marketplaceId: 'ATVPDKIKX0DER',
      orderUnfulfillableReasons: ['InvalidDestinationAddress'],
      unfulfillablePreviewItems: [
        { sellerSku: 'SKU-1', quantity: 3, sellerFulfillmentOrderItemId: '44002', itemUnfulfillableReasons: ['InventoryUnavailable'] },
      ],
    });
    expect(option.totalFee).toBeNull();
    expect(option.earliestArrivalDate).toBeNull();
    expect(option.unfulfillableItems).toEqual([{ sellerSku: 'SKU-1', sellerFulfillmentOrderItemId: '44002', quantity: 3, reasons: ['InventoryUnavailable'] }]);
    expect(unfulfillableReasons(option)).toEqual(['InvalidDestinationAddress', 'SKU-1: InventoryUnavailable']);
    expect(reasonLabel('InventoryUnavailable')).toBe('Not enough fulfillable stock at FBA');
    expect(reasonLabel('SomethingNew')).toBe('SomethingNew');
    // The largest shortfall any speed reports, per line.
    const smaller = { ...option, unfulfillableItems: [{ ...option.unfulfillableItems[0]!, quantity: 1 }] };
    expect(previewShortfall([smaller, option, { ...option, unfulfillableItems: [] }])).toEqual({ '44002': 3 });
  });
});
