import { describe, expect, it } from 'vitest';
import { AUDIT_DETAIL_SHOWN, auditDetailCodes, describeAuditDetail } from './detail-text';

describe("an audit entry's detail as the page shows it", () => {
  it('reads as pairs in words, never the stored keys and codes', () => {
    expect(describeAuditDetail({ fulfillmentPolicy: 'FillOrKill', role: 'operator' })).toBe('Fill policy: Fill or kill; Role: Operator');
    const text = describeAuditDetail({ fulfillmentPolicy: 'FillOrKill', lowStockChoice: 'cancel-unavailable', role: 'operator', reason: 'CR-DEFECTIVE' });
    expect(text).toBe(
      'Fill policy: Fill or kill; Low-stock choice: Ship what is available and cancel the unavailable units; Role: Operator; Reason: CR-DEFECTIVE',
    );
    expect(text).not.toMatch(/fulfillmentPolicy|FillOrKill|lowStockChoice|cancel-unavailable|operator/);
    expect(describeAuditDetail(null)).toBe('');
  });

  it('puts the codes of the other domains in their words', () => {
    expect(describeAuditDetail({ contentSource: 'BARCODE_2D', prepCategory: 'FRAGILE' })).toBe(
      'Box contents: 2D barcodes on the boxes; Prep category: Fragile (bubble wrap)',
    );
    expect(describeAuditDetail({ orderStatus: 'PARTIALLY_SHIPPED', shipmentStatus: 'ReadyForPickup' })).toBe(
      'Order status: Partially shipped; Pick-up status: Ready for pick-up',
    );
    expect(describeAuditDetail({ lowStockChoice: 'backorder' })).toBe('Low-stock choice: Backorder');
    // Its words hold a semicolon, which must not pass for the start of the next pair.
    expect(describeAuditDetail({ lowStockChoice: 'notify-buyer', blankBox: false })).toBe(
      'Low-stock choice: Do not ship yet, tell the buyer about the delay; Blank box: no',
    );
    expect(describeAuditDetail({ mode: 'automatic', timeZone: 'browser', kind: 'inventory', shop: 'shopify' })).toBe(
      "Confirm FBA shipments: Automatically after each sync; Time zone: The browser's zone; Sync: FBA inventory; Shop: Shopify",
    );
    expect(describeAuditDetail({ marketplaceId: 'ATVPDKIKX0DER' })).toBe('Marketplace: Amazon.com');
    // A carrier from Amazon's list for a shipment confirmed by hand, and an FBA package's.
    expect(describeAuditDetail({ carrierCode: 'USPS' })).toBe('Carrier: USPS');
    expect(describeAuditDetail({ carrierCode: 'AMZN_US' })).toBe('Carrier: Amazon Logistics');
  });

  it('names a key by the action it was recorded under when that says more', () => {
    expect(describeAuditDetail({ reason: 'CR-DEFECTIVE', units: 2 }, 'outbound.return')).toBe('Return reason: Defective; Units: 2');
    expect(describeAuditDetail({ reason: 'VEHICLE_DELAY' }, 'inbound.send.cancel-appointment')).toBe('Reason: The vehicle is delayed');
    expect(describeAuditDetail({ threshold: null }, 'inventory.set-low-stock-threshold')).toBe('Low-stock threshold: the default');
    expect(describeAuditDetail({ threshold: 25 }, 'inventory.set-low-stock-threshold')).toBe('Low-stock threshold: 25');
  });

  it('reads keys it does not know in words and values it does not know as stored, lists and nested pairs included', () => {
    expect(describeAuditDetail({ someNewSetting: 'X-1', role: 'superuser' })).toBe('Some new setting: X-1; Role: superuser');
    expect(describeAuditDetail({ skus: ['A', 'B'], appointmentId: null, packages: [{ packageNumber: 1, carrierCode: 'UPS' }] })).toBe(
      'SKUs: A, B; Drop-off: none; Packages: (Package number: 1, Carrier: UPS)',
    );
    // A map keyed by ids keeps its ids.
    expect(describeAuditDetail({ quantities: { 'item-1': 2 } })).toBe('Quantities: (item-1: 2)');
  });

  it('says what each Amazon call did, not a wall of JSON', () => {
    expect(
      describeAuditDetail({
        mode: 'manual',
        spApiCalls: [
          { operation: 'fulfillmentOutbound.createFulfillmentOrder', status: 200, requestId: 'r1' },
          { operation: 'fulfillmentOutbound.getFulfillmentOrder', status: 429, requestId: null },
        ],
      }),
    ).toBe('Confirm FBA shipments: On a click; Amazon calls: createFulfillmentOrder (succeeded), getFulfillmentOrder (failed, HTTP 429)');
  });

  it('keeps the stored keys and codes for the hover text', () => {
    const detail = { fulfillmentPolicy: 'FillOrKill', role: 'operator' };
    expect(auditDetailCodes(detail)).toBe('{"fulfillmentPolicy":"FillOrKill","role":"operator"}');
    expect(auditDetailCodes(null)).toBe('');
    expect(auditDetailCodes({ message: 'x'.repeat(100_000) }).length).toBeLessThanOrEqual(AUDIT_DETAIL_SHOWN);
  });

  it('shows at most AUDIT_DETAIL_SHOWN characters of an old, huge entry, marked as cut', () => {
    const text = describeAuditDetail({ message: 'x'.repeat(100_000) });
    expect(text.length).toBeLessThanOrEqual(AUDIT_DETAIL_SHOWN);
    expect(text).toMatch(/^Message: x+… \(truncated\)$/);
  });
});
