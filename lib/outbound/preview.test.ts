import { describe, expect, it } from 'vitest';
import { feeTotals, previewProblems, previewShortfall, reasonLabel, reshapePreview, speedVerdict, verdictProblem } from './preview';

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
    expect(option.orderUnfulfillableReasons).toEqual([]);
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
    expect(previewProblems(option)).toEqual([
      { text: reasonLabel('InvalidDestinationAddress'), codes: ['InvalidDestinationAddress'] },
      { text: 'SKU-1: Not enough fulfillable stock at FBA', codes: ['InventoryUnavailable'] },
    ]);
    expect(reasonLabel('InventoryUnavailable')).toBe('Not enough fulfillable stock at FBA');
    expect(reasonLabel('SomethingNew')).toBe('SomethingNew');
    // The largest shortfall any speed reports, per line.
    const smaller = { ...option, unfulfillableItems: [{ ...option.unfulfillableItems[0]!, quantity: 1 }] };
    expect(previewShortfall([smaller, option, { ...option, unfulfillableItems: [] }])).toEqual({ '44002': 3 });
  });

  it('adds fees up per currency, never across currencies, to the cent', () => {
    expect(feeTotals([])).toEqual([]);
    expect(
      feeTotals([
        { amount: '0.10', currency: 'USD' },
        { amount: '0.20', currency: 'USD' },
        { amount: '3.00', currency: 'GBP' },
        { amount: '1.05', currency: 'EUR' },
        { amount: '2.40', currency: 'GBP' },
      ]),
    ).toEqual([
      { amount: '1.05', currency: 'EUR' },
      { amount: '5.40', currency: 'GBP' },
      // 0.1 + 0.2 as floats is 0.30000000000000004: summed in cents it is exactly 0.30.
      { amount: '0.30', currency: 'USD' },
    ]);
    expect(feeTotals([{ amount: '450', currency: 'JPY' }])).toEqual([{ amount: '450.00', currency: 'JPY' }]);
  });

  it("reads one speed's verdict: fees and dates when it ships, Amazon's reasons in words (codes kept) when not", () => {
    const ships = reshapePreview({
      shippingSpeedCategory: 'Standard',
      isFulfillable: true,
      isCODCapable: false,
      marketplaceId: 'ATVPDKIKX0DER',
      estimatedFees: [
        { name: 'FBAPerUnitFulfillmentFee', amount: { currencyCode: 'USD', value: '6.00' } },
        { name: 'FBAPerOrderFulfillmentFee', amount: { currencyCode: 'USD', value: '1.00' } },
      ],
      fulfillmentPreviewShipments: [{ earliestShipDate: '2026-12-07T10:00:00Z', latestArrivalDate: '2026-12-11T10:00:00Z', fulfillmentPreviewItems: [] }],
    });
    const blocked = reshapePreview({
      shippingSpeedCategory: 'Priority',
      isFulfillable: false,
      isCODCapable: false,
      marketplaceId: 'ATVPDKIKX0DER',
      orderUnfulfillableReasons: ['InvalidDestinationAddress'],
      unfulfillablePreviewItems: [
        { sellerSku: 'SKU-1', quantity: 1, sellerFulfillmentOrderItemId: '1', itemUnfulfillableReasons: ['InventoryUnavailable', 'SKU_NOT_ELIGIBLE'] },
      ],
    });
    expect(speedVerdict([blocked, ships], 'Standard')).toEqual({
      fulfillable: true,
      fees: ships.fees,
      feeTotals: [{ amount: '7.00', currency: 'USD' }],
      earliestShipDate: '2026-12-07T10:00:00Z',
      latestShipDate: null,
      earliestArrivalDate: null,
      latestArrivalDate: '2026-12-11T10:00:00Z',
      problems: [],
    });
    const no = speedVerdict([blocked, ships], 'Priority');
    expect(no.fulfillable).toBe(false);
    expect(no.problems).toEqual([
      { text: 'FBA does not deliver to this address', codes: ['InvalidDestinationAddress'] },
      {
        text: 'SKU-1: Not enough fulfillable stock at FBA, The SKU is not eligible for the chosen features',
        codes: ['InventoryUnavailable', 'SKU_NOT_ELIGIBLE'],
      },
    ]);
    // Not fulfillable without a reason given, or no answer for the speed at all: still a reason.
    expect(previewProblems({ ...blocked, orderUnfulfillableReasons: [], unfulfillableItems: [] })).toEqual([
      { text: 'Amazon cannot ship this order at this speed.', codes: [] },
    ]);
    expect(speedVerdict([ships], 'Expedited')).toEqual(verdictProblem('Amazon gave no estimate for Expedited shipping.'));
    expect(verdictProblem('x')).toMatchObject({ fulfillable: false, fees: [], feeTotals: [], problems: [{ text: 'x', codes: [] }] });
  });
});
