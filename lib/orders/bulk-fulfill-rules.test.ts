import { describe, expect, it } from 'vitest';
import { ordersToSend, sendingFeeTotals, type BulkPreviewResult } from './bulk-fulfill-rules';

const fee = (amount: string, currency: string) => ({ name: 'FBAPerUnitFulfillmentFee', amount, currency });

function preview(amazonOrderId: string, fulfillable: boolean, fees: Array<{ name: string; amount: string; currency: string }> = []): BulkPreviewResult {
  return {
    amazonOrderId,
    fulfillable,
    fees,
    feeTotals: [],
    earliestShipDate: null,
    latestShipDate: null,
    earliestArrivalDate: null,
    latestArrivalDate: null,
    problems: fulfillable ? [] : [{ text: 'FBA does not deliver to this address', codes: ['InvalidDestinationAddress'] }],
  };
}

describe('after the bulk preview', () => {
  it('sends only the ready orders Amazon said it can fulfill, in the list order', () => {
    const ready = ['111-0000001-0000001', '111-0000002-0000002', '111-0000003-0000003', '111-0000004-0000004'];
    const previews = [
      preview('111-0000003-0000003', true),
      preview('111-0000001-0000001', true),
      preview('111-0000002-0000002', false),
      // A preview for an order no longer ready (sent from another tab, say) is not a reason to send it.
      preview('111-0000009-0000009', true),
    ];
    expect(ordersToSend(ready, previews)).toEqual(['111-0000001-0000001', '111-0000003-0000003']);
    // Not previewed yet (the fourth): not sent.
    expect(ordersToSend(ready, [])).toEqual([]);
  });

  it('totals the fees of the orders that go, per currency, leaving out those that do not', () => {
    const previews = [
      preview('111-0000001-0000001', true, [fee('6.55', 'USD'), fee('1.00', 'USD')]),
      preview('111-0000002-0000002', false, [fee('99.00', 'USD')]),
      preview('111-0000003-0000003', true, [fee('4.10', 'GBP')]),
      preview('111-0000004-0000004', true, [fee('0.45', 'USD')]),
    ];
    expect(sendingFeeTotals(previews)).toEqual([
      { amount: '4.10', currency: 'GBP' },
      { amount: '8.00', currency: 'USD' },
    ]);
    expect(sendingFeeTotals([preview('111-0000002-0000002', false)])).toEqual([]);
  });
});
