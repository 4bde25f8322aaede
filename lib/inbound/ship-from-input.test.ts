import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ADDRESS_LIMITS, addressInput, shipFromChoice } from './ship-from-input';

const address = {
  fromName: 'Acme',
  fromAddressLine1: '1 Main St',
  fromCity: 'Seattle',
  fromStateOrProvinceCode: 'WA',
  fromPostalCode: '98101',
  fromCountryCode: 'us',
};

const form = z
  .object({ shipFromAddressId: z.string() })
  .passthrough()
  .transform((input, ctx) => shipFromChoice(input, ctx));

const errorsOf = (input: Record<string, unknown>) => {
  const parsed = form.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('ship-from address', () => {
  it('takes a new address with the country code in capitals', () => {
    const parsed = form.parse({ shipFromAddressId: 'new', ...address });
    expect(parsed.newAddress).toMatchObject({ name: 'Acme', city: 'Seattle', countryCode: 'US' });
    expect(parsed.savedAddressId).toBeUndefined();
  });

  it('needs every required field of a new address, each at its field', () => {
    const errors = errorsOf({ shipFromAddressId: 'new', ...address, fromCity: '', fromCountryCode: 'USA' });
    expect(errors.fromCity).toBe('Enter the city.');
    expect(errors.fromCountryCode).toMatch(/two-letter/);
  });

  it('takes a saved address by id and ignores the address fields', () => {
    const id = '6f1c1f3e-8d8b-4d6c-9a51-7d7b8f0e9a12';
    expect(form.parse({ shipFromAddressId: id, fromCity: '' })).toMatchObject({ savedAddressId: id, newAddress: undefined });
    expect(errorsOf({ shipFromAddressId: 'not-an-id' }).shipFromAddressId).toBe('Choose a saved address or enter a new one.');
  });

  it("holds every field to the model's AddressInput maxLength", () => {
    const at = (n: number) => 'x'.repeat(n);
    const full = {
      ...address,
      fromName: at(ADDRESS_LIMITS.name),
      fromAddressLine1: at(ADDRESS_LIMITS.addressLine1),
      fromAddressLine2: at(ADDRESS_LIMITS.addressLine2),
      fromDistrictOrCounty: at(ADDRESS_LIMITS.districtOrCounty),
      fromCity: at(ADDRESS_LIMITS.city),
      fromPostalCode: at(ADDRESS_LIMITS.postalCode),
    };
    expect(addressInput.safeParse(full).success).toBe(true);
    const over = Object.fromEntries(Object.entries(full).map(([k, v]) => [k, k === 'fromCountryCode' || k === 'fromStateOrProvinceCode' ? v : `${v}x`]));
    const errors = errorsOf({ shipFromAddressId: 'new', ...over });
    expect(Object.keys(errors).sort()).toEqual(['fromAddressLine1', 'fromAddressLine2', 'fromCity', 'fromDistrictOrCounty', 'fromName', 'fromPostalCode']);
    expect(errors.fromName).toBe('Use at most 50 characters.');
    expect(ADDRESS_LIMITS).toMatchObject({ districtOrCounty: 50, postalCode: 32, city: 30 });
  });
});
