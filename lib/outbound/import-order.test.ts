import { describe, expect, it } from 'vitest';
import type { ImportedOrder } from './import-mapping';
import { importBatchInput, importedCreateInput, type ImportOptions } from './import-order';

const options: ImportOptions = {
  accountId: '6f1c2a43-31d5-4a47-9d4c-0a5e1f0b6b11',
  marketplaceId: 'ATVPDKIKX0DER',
  shop: 'shopify',
  shippingSpeedCategory: 'Standard',
  displayableOrderComment: 'Thank you for your order.',
};
const order = (overrides: Partial<ImportedOrder> = {}): ImportedOrder => ({
  orderNumber: '#1001',
  orderDate: '2026-11-20 10:15:00 -0500',
  name: 'Jane Doe',
  addressLine1: '1 Main St',
  addressLine2: '',
  city: 'Seattle',
  stateOrRegion: 'WA',
  postalCode: '98101',
  countryCode: 'us',
  phone: '',
  items: [{ sellerSku: 'MUG-1', quantity: 2 }],
  ...overrides,
});

describe('importedCreateInput', () => {
  it('makes the outbound form’s order: derived reference, the shop’s number and day', () => {
    const made = importedCreateInput(order(), options);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.input).toMatchObject({
      sellerFulfillmentOrderId: 'SHOPIFY-1001',
      displayableOrderId: '#1001',
      displayableOrderDate: '2026-11-20',
      countryCode: 'US',
      fulfillmentPolicy: 'FillOrKill',
      items: [{ sellerSku: 'MUG-1', quantity: 2 }],
    });
  });

  it('says what Amazon’s rules refuse, once each', () => {
    const made = importedCreateInput(
      order({ orderDate: 'yesterday', name: '', city: '', countryCode: 'USA', items: [{ sellerSku: 'MUG-1', quantity: 300 }], orderNumber: 'N'.repeat(41) }),
      options,
    );
    expect(made).toEqual({
      ok: false,
      problems: expect.arrayContaining([
        'The order date "yesterday" is not a date such as 2026-11-20.',
        'Enter the recipient name.',
        'Use the two-letter country code, such as US or GB.',
        'At most 250 units.',
        'The order number can be at most 40 characters for Amazon.',
      ]),
    });
    // Japan needs no city; elsewhere it is required.
    expect(importedCreateInput(order({ city: '' }), options)).toEqual({ ok: false, problems: ['Enter the city.'] });
    expect(importedCreateInput(order({ city: '', countryCode: 'JP' }), options).ok).toBe(true);
  });
});

describe('importBatchInput', () => {
  const form = (orders: unknown) => ({ ...options, orders: JSON.stringify(orders) });
  it('refuses a batch with hostile text whole, and more orders than a batch', () => {
    expect(importBatchInput.safeParse(form([order()])).success).toBe(true);
    expect(importBatchInput.safeParse(form([order({ name: 'Jane\u0000Doe' })])).success).toBe(false);
    expect(importBatchInput.safeParse(form(Array.from({ length: 6 }, (_, i) => order({ orderNumber: `#${i}` })))).success).toBe(false);
    expect(importBatchInput.safeParse(form([])).success).toBe(false);
  });
});
