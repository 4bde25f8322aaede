import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/actions/authorized-action';
import { createInput, generateSellerFulfillmentOrderId, previewInput, returnInput, updateInput } from './order-input';

const valid = {
  accountId: '5d1f0c7e-8a2b-4c3d-9e4f-0a1b2c3d4e5f',
  marketplaceId: 'ATVPDKIKX0DER',
  sellerFulfillmentOrderId: 'MCF-20261120-ABCD2345',
  displayableOrderId: 'WEB-1001',
  displayableOrderDate: '2026-11-20',
  displayableOrderComment: 'Thank you for your order.',
  shippingSpeedCategory: 'Standard',
  fulfillmentPolicy: 'FillOrKill',
  name: 'Jane Doe',
  addressLine1: '1 Main St',
  city: 'Seattle',
  stateOrRegion: 'WA',
  postalCode: '98101',
  countryCode: 'us',
  items: JSON.stringify([{ sellerSku: 'SKU-1', quantity: '2' }]),
};

const errorsOf = (input: Record<string, unknown>) => {
  const parsed = createInput.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe('the create form, as the model requires', () => {
  it('accepts a complete order and normalises it', () => {
    const parsed = createInput.parse({ ...valid, blankBox: 'on', phone: '' });
    expect(parsed.countryCode).toBe('US');
    expect(parsed.items).toEqual([{ sellerSku: 'SKU-1', quantity: 2 }]);
    expect(parsed.blankBox).toBe(true);
    expect(parsed.blockAmzl).toBe(false);
    expect(parsed.phone).toBeUndefined();
    expect(parsed.hold).toBe(false);
  });

  it('requires name, first line, postal code, a two-letter country and (outside Japan) a city', () => {
    const errors = errorsOf({ ...valid, name: ' ', addressLine1: '', postalCode: '', countryCode: 'USA', city: '' });
    expect(Object.keys(errors).sort()).toEqual(['addressLine1', 'city', 'countryCode', 'name', 'postalCode']);
    expect(errors.countryCode).toEqual(['Use the two-letter country code, such as US or GB.']);
    expect(errorsOf({ ...valid, countryCode: 'JP', city: '' }).city).toBeUndefined();
  });

  it('enforces the model lengths', () => {
    expect(errorsOf({ ...valid, sellerFulfillmentOrderId: 'x'.repeat(41) }).sellerFulfillmentOrderId).toEqual(['The reference can be at most 40 characters.']);
    expect(errorsOf({ ...valid, displayableOrderId: 'x'.repeat(41) }).displayableOrderId).toBeDefined();
    expect(errorsOf({ ...valid, displayableOrderComment: 'x'.repeat(751) }).displayableOrderComment).toBeDefined();
    expect(errorsOf({ ...valid, displayableOrderComment: '' }).displayableOrderComment).toBeDefined();
    expect(errorsOf({ ...valid, items: JSON.stringify([{ sellerSku: 'S'.repeat(51), quantity: 1 }]) })['items.0.sellerSku']).toBeDefined();
    expect(errorsOf({ ...valid, addressLine1: 'x'.repeat(61) }).addressLine1).toBeDefined();
  });

  it("holds every text field to the model (or Amazon's published MCF) limit", () => {
    expect(errorsOf({ ...valid, marketplaceId: 'ATVPDKIKX0DER'.repeat(8) }).marketplaceId).toEqual(['Choose a marketplace.']);
    expect(errorsOf({ ...valid, marketplaceId: 'not a marketplace' }).marketplaceId).toEqual(['Choose a marketplace.']);
    const limits: Record<string, number> = {
      name: 50,
      addressLine1: 60,
      addressLine2: 60,
      addressLine3: 60,
      city: 50,
      districtOrCounty: 150,
      stateOrRegion: 150,
      postalCode: 20,
      displayableOrderId: 40,
      displayableOrderComment: 750,
    };
    for (const [field, max] of Object.entries(limits)) {
      expect(errorsOf({ ...valid, [field]: 'x'.repeat(max) })[field], field).toBeUndefined();
      expect(errorsOf({ ...valid, [field]: 'x'.repeat(max + 1) })[field], field).toBeDefined();
    }
    const ret = {
      accountId: valid.accountId,
      sellerFulfillmentOrderId: 'X',
      sellerFulfillmentOrderItemId: '1',
      amazonShipmentId: 'T1',
      returnReasonCode: 'DAMAGED',
      quantity: '1',
    };
    expect(returnInput.safeParse({ ...ret, returnComment: 'x'.repeat(1000) }).success).toBe(true);
    expect(
      Object.keys(
        fieldErrorsOf(
          returnInput.safeParse({ ...ret, returnComment: 'x'.repeat(1001), amazonShipmentId: 'T'.repeat(100_000), returnReasonCode: 'R'.repeat(100_000) })
            .error!,
        ),
      ).sort(),
    ).toEqual(['amazonShipmentId', 'returnComment', 'returnReasonCode']);
  });

  it('checks the item lines', () => {
    expect(errorsOf({ ...valid, items: '[]' }).items).toEqual(['Add at least one item.']);
    expect(errorsOf({ ...valid, items: 'not json' }).items).toEqual(['Add at least one item.']);
    expect(errorsOf({ ...valid, items: JSON.stringify([{ sellerSku: 'A', quantity: 0 }]) })['items.0.quantity']).toEqual(['Ship at least 1 unit.']);
    expect(
      errorsOf({
        ...valid,
        items: JSON.stringify([
          { sellerSku: 'A', quantity: 1 },
          { sellerSku: 'A', quantity: 2 },
        ]),
      })['items.1.sellerSku'],
    ).toBeDefined();
    expect(
      errorsOf({
        ...valid,
        items: JSON.stringify([
          { sellerSku: 'A', quantity: 200 },
          { sellerSku: 'B', quantity: 60 },
        ]),
      }).items?.[0],
    ).toMatch(/at most 250 units; this one has 260/);
  });

  it('previews need only the address and items', () => {
    const { sellerFulfillmentOrderId: _id, displayableOrderId: _d, ...rest } = valid;
    expect(previewInput.safeParse(rest).success).toBe(true);
  });

  it('returns need a reason and at least one unit', () => {
    const parsed = returnInput.safeParse({
      accountId: valid.accountId,
      sellerFulfillmentOrderId: 'X',
      sellerFulfillmentOrderItemId: '1',
      amazonShipmentId: 'T1',
      returnReasonCode: '',
      quantity: '0',
    });
    expect(parsed.success).toBe(false);
    expect(Object.keys(fieldErrorsOf(parsed.error!)).sort()).toEqual(['quantity', 'returnReasonCode']);
  });

  it('updates read one quantity field per line', () => {
    const base = { accountId: valid.accountId, sellerFulfillmentOrderId: 'X', shippingSpeedCategory: 'Priority', displayableOrderComment: 'Rush' };
    expect(updateInput.parse({ ...base, 'quantity.1': '3', release: 'on' })).toEqual({
      ...base,
      release: true,
      quantities: [{ sellerFulfillmentOrderItemId: '1', quantity: 3 }],
    });
    const parsed = updateInput.safeParse({ ...base, 'quantity.1': '0' });
    expect(parsed.success).toBe(false);
    expect(Object.keys(fieldErrorsOf(parsed.error!))).toEqual(['quantity.1']);
  });

  it('a new address on update is checked like the create form’s', () => {
    const base = { accountId: valid.accountId, sellerFulfillmentOrderId: 'X', shippingSpeedCategory: 'Standard', displayableOrderComment: 'x' };
    // Without the box ticked the address fields are ignored.
    expect(updateInput.parse({ ...base, name: '' }).destinationAddress).toBeUndefined();
    const bad = updateInput.safeParse({ ...base, changeAddress: 'on', name: 'A', addressLine1: '', city: 'Austin', postalCode: '73301', countryCode: 'USA' });
    expect(Object.keys(fieldErrorsOf(bad.error!)).sort()).toEqual(['addressLine1', 'countryCode']);
    const good = updateInput.parse({ ...base, changeAddress: 'on', name: 'A', addressLine1: '2 St', city: 'Austin', postalCode: '73301', countryCode: 'us' });
    expect(good.destinationAddress).toMatchObject({ name: 'A', addressLine1: '2 St', countryCode: 'US' });
  });

  it('generates references that fit the model', () => {
    const id = generateSellerFulfillmentOrderId(new Date('2026-11-20T10:00:00Z'), () => 0.5);
    expect(id).toBe('MCF-20261120-SSSSSSSS');
    expect(createInput.safeParse({ ...valid, sellerFulfillmentOrderId: generateSellerFulfillmentOrderId() }).success).toBe(true);
  });
});
