import { describe, expect, it } from 'vitest';
import { buildPlanRequest, planInput } from './plan-input';

const address = {
  fromName: 'Acme',
  fromAddressLine1: '1 Main St',
  fromCity: 'Seattle',
  fromStateOrProvinceCode: 'WA',
  fromPostalCode: '98101',
  fromCountryCode: 'us',
};
const item = { sellerSku: 'SKU-1', asin: 'B000000001', condition: 'NewItem', quantity: '12', prepDetails: [] };
const base = {
  accountId: '6f1c1f3e-8d8b-4d6c-9a51-7d7b8f0e9a11',
  marketplaceId: 'ATVPDKIKX0DER',
  labelPrepPreference: 'SELLER_LABEL',
  packing: 'individual',
  items: JSON.stringify([item]),
  ...address,
};

const errorsOf = (input: Record<string, unknown>) => {
  const parsed = planInput.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('plan form', () => {
  it('accepts a new address and normalises the country codes', () => {
    const parsed = planInput.parse({ ...base, shipToCountryCode: 'us' });
    expect(parsed.newAddress).toMatchObject({ name: 'Acme', countryCode: 'US' });
    expect(parsed.shipToCountryCode).toBe('US');
    expect(parsed.items[0]!.quantity).toBe(12);
  });

  it('refuses a destination country together with a subdivision, on both fields', () => {
    const errors = errorsOf({ ...base, shipToCountryCode: 'IN', shipToCountrySubdivisionCode: 'IN-MH' });
    expect(errors.shipToCountryCode).toMatch(/not both/);
    expect(errors.shipToCountrySubdivisionCode).toMatch(/not both/);
  });

  it('checks the subdivision format', () => {
    expect(errorsOf({ ...base, shipToCountrySubdivisionCode: 'Maharashtra' }).shipToCountrySubdivisionCode).toMatch(/ISO 3166-2/);
    expect(errorsOf({ ...base, shipToCountrySubdivisionCode: 'in-mh' })).toEqual({});
  });

  it("holds the plan to Amazon's limits: SKU 40, ASIN 10, marketplace id 20, at most 200 lines", () => {
    expect(errorsOf({ ...base, items: JSON.stringify([{ ...item, sellerSku: 'S'.repeat(40) }]) })).toEqual({});
    expect(errorsOf({ ...base, items: JSON.stringify([{ ...item, sellerSku: 'S'.repeat(41) }]) })['items.0.sellerSku']).toBe(
      'A SKU has at most 40 characters.',
    );
    expect(errorsOf({ ...base, items: JSON.stringify([{ ...item, asin: 'B0000000011' }]) })['items.0.asin']).toBe('An ASIN has 10 letters and digits.');
    expect(errorsOf({ ...base, items: JSON.stringify([{ ...item, asin: 'b000-00001' }]) })['items.0.asin']).toBe('An ASIN has 10 letters and digits.');
    expect(errorsOf({ ...base, marketplaceId: 'ATVPDKIKX0DER'.repeat(8) }).marketplaceId).toBe('Choose a marketplace.');
    const lines = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => ({ ...item, sellerSku: `SKU-${i}` })));
    expect(errorsOf({ ...base, items: lines(200) })).toEqual({});
    expect(errorsOf({ ...base, items: lines(201) }).items).toBe('A plan can have at most 200 SKUs; split it into several plans.');
  });

  it('needs at least one item, positive quantities and no repeated SKU', () => {
    expect(errorsOf({ ...base, items: '[]' }).items).toMatch(/at least one SKU/);
    expect(errorsOf({ ...base, items: JSON.stringify([{ ...item, quantity: '0' }]) })['items.0.quantity']).toBeDefined();
    expect(errorsOf({ ...base, items: JSON.stringify([item, item]) })['items.1.sellerSku']).toMatch(/already/);
  });

  it('case-packed plans need units per case that divide the quantity', () => {
    expect(errorsOf({ ...base, packing: 'case' })['items.0.quantityInCase']).toMatch(/units in each case/);
    expect(errorsOf({ ...base, packing: 'case', items: JSON.stringify([{ ...item, quantityInCase: '5' }]) })['items.0.quantity']).toMatch(/multiple of 5/);
    expect(errorsOf({ ...base, packing: 'case', items: JSON.stringify([{ ...item, quantityInCase: '6' }]) })).toEqual({});
  });

  it('needs every address field when no saved address is chosen', () => {
    const errors = errorsOf({ ...base, fromCity: '', fromCountryCode: 'USA' });
    expect(errors.fromCity).toBe('Enter the city.');
    expect(errors.fromCountryCode).toMatch(/two-letter/);
    expect(errorsOf({ ...base, fromCity: '', shipFromAddressId: '6f1c1f3e-8d8b-4d6c-9a51-7d7b8f0e9a12' })).toEqual({});
  });
});

describe('createInboundShipmentPlan body', () => {
  const shipFrom = { name: 'Acme', addressLine1: '1 Main St', city: 'Seattle', stateOrProvinceCode: 'WA', countryCode: 'US', postalCode: '98101' };
  const items = [
    {
      sellerSku: 'A',
      asin: 'B1',
      condition: 'NewItem' as const,
      quantity: 12,
      quantityInCase: 6,
      prepDetails: [{ prepInstruction: 'Polybagging' as const, prepOwner: 'AMAZON' as const }],
    },
  ];

  it('sends the country or the subdivision, never both', () => {
    expect(buildPlanRequest({ shipFrom, labelPrepPreference: 'SELLER_LABEL', packing: 'individual', shipToCountryCode: 'US', items })).toMatchObject({
      ShipToCountryCode: 'US',
    });
    expect(
      buildPlanRequest({ shipFrom, labelPrepPreference: 'SELLER_LABEL', packing: 'individual', shipToCountrySubdivisionCode: 'IN-MH', items }),
    ).not.toHaveProperty('ShipToCountryCode');
    expect(() =>
      buildPlanRequest({
        shipFrom,
        labelPrepPreference: 'SELLER_LABEL',
        packing: 'individual',
        shipToCountryCode: 'IN',
        shipToCountrySubdivisionCode: 'IN-MH',
        items,
      }),
    ).toThrow();
  });

  it('adds QuantityInCase only for case-packed plans, and the prep details as the model names them', () => {
    const individual = buildPlanRequest({ shipFrom, labelPrepPreference: 'AMAZON_LABEL_ONLY', packing: 'individual', items });
    expect(individual.InboundShipmentPlanRequestItems[0]).toEqual({
      SellerSKU: 'A',
      ASIN: 'B1',
      Condition: 'NewItem',
      Quantity: 12,
      PrepDetailsList: [{ PrepInstruction: 'Polybagging', PrepOwner: 'AMAZON' }],
    });
    expect(buildPlanRequest({ shipFrom, labelPrepPreference: 'SELLER_LABEL', packing: 'case', items }).InboundShipmentPlanRequestItems[0]!.QuantityInCase).toBe(
      6,
    );
    expect(individual.ShipFromAddress).toEqual({
      Name: 'Acme',
      AddressLine1: '1 Main St',
      City: 'Seattle',
      StateOrProvinceCode: 'WA',
      CountryCode: 'US',
      PostalCode: '98101',
    });
  });

  it('holds every address field to the model Address maxLength', () => {
    const at = (n: number) => 'x'.repeat(n);
    const ok = errorsOf({
      ...base,
      fromName: at(50),
      fromAddressLine1: at(180),
      fromAddressLine2: at(60),
      fromDistrictOrCounty: at(25),
      fromCity: at(30),
      fromPostalCode: at(30),
    });
    expect(ok).toEqual({});
    const errors = errorsOf({
      ...base,
      fromName: at(51),
      fromAddressLine1: at(181),
      fromAddressLine2: at(61),
      fromDistrictOrCounty: at(26),
      fromCity: at(31),
      fromPostalCode: at(31),
    });
    expect(Object.keys(errors).sort()).toEqual(['fromAddressLine1', 'fromAddressLine2', 'fromCity', 'fromDistrictOrCounty', 'fromName', 'fromPostalCode']);
    expect(errors.fromName).toBe('Use at most 50 characters.');
  });

  it('accepts only the model Condition values', () => {
    expect(errorsOf({ ...base, items: JSON.stringify([{ ...item, condition: 'UsedGood' }]) })).toEqual({});
    expect(errorsOf({ ...base, items: JSON.stringify([{ ...item, condition: 'Mint' }]) })['items.0.condition']).toMatch(/condition/);
  });
});
