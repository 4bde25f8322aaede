/**
 * The ship-from address of a Send to Amazon plan as the form sends it: a saved address or a new
 * one, each field within the model's Address limits, every problem reported at its field.
 */
import { z } from 'zod';
import type { ShipFromAddress } from '@/db/schema';
import { afterTextRules, optionalText as optionalTextField, requiredText, textField } from '@/lib/validation/text-input';

/** The maxLength of each field of the model's AddressInput (Fulfillment Inbound 2024-03-20). */
export const ADDRESS_LIMITS = {
  name: 50,
  addressLine1: 180,
  addressLine2: 60,
  districtOrCounty: 50,
  city: 30,
  stateOrProvinceCode: 64,
  postalCode: 32,
} as const;

const trimmed = (message: string, max: number) => requiredText(message, { max });
const optionalText = (max: number) => optionalTextField({ max });

/** The address fields as the form names them (prefix `from`). */
export const addressInput = z.object({
  fromName: trimmed('Enter the name of the business or person shipping.', ADDRESS_LIMITS.name),
  fromAddressLine1: trimmed('Enter the street address.', ADDRESS_LIMITS.addressLine1),
  fromAddressLine2: optionalText(ADDRESS_LIMITS.addressLine2),
  fromDistrictOrCounty: optionalText(ADDRESS_LIMITS.districtOrCounty),
  fromCity: trimmed('Enter the city.', ADDRESS_LIMITS.city),
  fromStateOrProvinceCode: trimmed('Enter the state or province code.', ADDRESS_LIMITS.stateOrProvinceCode),
  fromPostalCode: trimmed('Enter the postal code.', ADDRESS_LIMITS.postalCode),
  fromCountryCode: textField({ max: 2, tooLong: 'Enter a two-letter country code, such as US.' })
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { message: 'Enter a two-letter country code, such as US.', ...afterTextRules }),
});

export function addressFromInput(input: z.output<typeof addressInput>): ShipFromAddress {
  return {
    name: input.fromName,
    addressLine1: input.fromAddressLine1,
    addressLine2: input.fromAddressLine2,
    districtOrCounty: input.fromDistrictOrCounty,
    city: input.fromCity,
    stateOrProvinceCode: input.fromStateOrProvinceCode,
    countryCode: input.fromCountryCode,
    postalCode: input.fromPostalCode,
  };
}

/**
 * The ship-from part of a plan form: a saved address id, or "new" with the address fields; each
 * problem reported at its field. `saveAddress` is the form's checkbox.
 */
export function shipFromChoice(
  input: { shipFromAddressId: string; saveAddress?: 'on' | undefined } & Record<string, unknown>,
  ctx: z.RefinementCtx,
): { savedAddressId: string | undefined; newAddress: ShipFromAddress | undefined; saveAddress: boolean } {
  let newAddress: ShipFromAddress | undefined;
  if (input.shipFromAddressId === 'new') {
    const address = addressInput.safeParse(input);
    if (address.success) newAddress = addressFromInput(address.data);
    else for (const issue of address.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  } else if (!z.uuid().safeParse(input.shipFromAddressId).success) {
    ctx.addIssue({ code: 'custom', path: ['shipFromAddressId'], message: 'Choose a saved address or enter a new one.' });
  }
  return { savedAddressId: input.shipFromAddressId === 'new' ? undefined : input.shipFromAddressId, newAddress, saveAddress: input.saveAddress === 'on' };
}
