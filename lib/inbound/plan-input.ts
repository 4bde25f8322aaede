/**
 * The New plan form: its zod schema (checked before anything is sent to Amazon) and the
 * createInboundShipmentPlan body built from it. The model forbids sending both a destination
 * country and a subdivision, so the form refuses that next to both fields.
 */
import { z } from 'zod';
import type {
  CreateInboundShipmentPlanRequest,
  Condition,
  LabelPrepPreference,
  PrepInstruction,
  PrepOwner,
} from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import type { ShipFromAddress } from '@/db/schema';
import { afterTextRules, optionalText as optionalTextField, requiredText, textField } from '@/lib/validation/text-input';
import { asinInput, marketplaceIdInput, SELLER_SKU_MAX_LENGTH } from '@/lib/validation/amazon-identifiers';
import { jsonArray } from './json-array-input';

export const LABEL_PREP_PREFERENCES = ['SELLER_LABEL', 'AMAZON_LABEL_ONLY', 'AMAZON_LABEL_PREFERRED'] as const satisfies readonly LabelPrepPreference[];

export const PREP_INSTRUCTIONS = [
  'Polybagging',
  'BubbleWrapping',
  'Taping',
  'BlackShrinkWrapping',
  'Labeling',
  'HangGarment',
  'SetCreation',
  'Boxing',
  'RemoveFromHanger',
  'Debundle',
  'SuffocationStickering',
  'CapSealing',
  'SetStickering',
  'BlankStickering',
  'NoPrep',
] as const satisfies readonly PrepInstruction[];

export const PREP_OWNERS = ['SELLER', 'AMAZON'] as const satisfies readonly PrepOwner[];

export const CONDITIONS = [
  'NewItem',
  'NewWithWarranty',
  'NewOEM',
  'NewOpenBox',
  'UsedLikeNew',
  'UsedVeryGood',
  'UsedGood',
  'UsedAcceptable',
  'UsedPoor',
  'UsedRefurbished',
  'CollectibleLikeNew',
  'CollectibleVeryGood',
  'CollectibleGood',
  'CollectibleAcceptable',
  'CollectiblePoor',
  'RefurbishedWithWarranty',
  'Refurbished',
  'Club',
] as const satisfies readonly Condition[];

/** The model's Address maxLength per field (StateOrProvinceCode and CountryCode have none; kept short). */
export const ADDRESS_LIMITS = {
  name: 50,
  addressLine1: 180,
  addressLine2: 60,
  districtOrCounty: 25,
  city: 30,
  stateOrProvinceCode: 10,
  postalCode: 30,
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

export const planItemInput = z
  .object({
    sellerSku: requiredText('Choose a SKU.', { max: SELLER_SKU_MAX_LENGTH, tooLong: `A SKU has at most ${SELLER_SKU_MAX_LENGTH} characters.` }),
    asin: asinInput('This SKU has no ASIN yet; sync inventory first.'),
    condition: z.enum(CONDITIONS, { error: 'This SKU has a condition Amazon does not accept for inbound.' }),
    quantity: z.coerce.number({ error: 'Enter a quantity.' }).int('Use whole units.').positive('Enter at least 1 unit.').max(1_000_000),
    quantityInCase: z.coerce.number().int('Use whole units.').positive('Enter the units in each case.').optional(),
    prepDetails: z.array(z.object({ prepInstruction: z.enum(PREP_INSTRUCTIONS), prepOwner: z.enum(PREP_OWNERS) })).default([]),
  })
  .superRefine((item, ctx) => {
    if (item.quantityInCase !== undefined && item.quantity % item.quantityInCase !== 0) {
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: `Ship whole cases: a multiple of ${item.quantityInCase} units.` });
    }
  });

export type PlanItemInput = z.output<typeof planItemInput>;

/**
 * SKU lines of one plan. The v0 model sets no maxItems (the 2024-03-20 model allows 2,000 for
 * bulk uploads); a plan built by hand in this form stays far below 200, and getInboundGuidance
 * advises at most 50 SKUs a call.
 */
export const MAX_PLAN_LINES = 200;

export const planInput = z
  .object({
    accountId: z.uuid('Choose an Amazon account.'),
    marketplaceId: marketplaceIdInput(),
    /** A saved address id, or "new" to use the address fields. */
    shipFromAddressId: textField({ max: 36 }).default('new'),
    saveAddress: z.enum(['on']).optional(),
    labelPrepPreference: z.enum(LABEL_PREP_PREFERENCES, { error: 'Choose who labels the units.' }),
    packing: z.enum(['individual', 'case'], { error: 'Choose individual units or case-packed boxes.' }),
    shipToCountryCode: textField({ max: 2, tooLong: 'Use a two-letter country code, such as US.' })
      .toUpperCase()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(
        z
          .string()
          .regex(/^[A-Z]{2}$/, 'Use a two-letter country code, such as US.')
          .optional(),
      ),
    shipToCountrySubdivisionCode: textField({ max: 6, tooLong: 'Use an ISO 3166-2 code, such as IN-MH.' })
      .toUpperCase()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(
        z
          .string()
          .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'Use an ISO 3166-2 code, such as IN-MH.')
          .optional(),
      ),
    items: jsonArray(planItemInput, 'Add at least one SKU to the plan.', {
      max: MAX_PLAN_LINES,
      message: `A plan can have at most ${MAX_PLAN_LINES} SKUs; split it into several plans.`,
    }),
  })
  .catchall(z.unknown())
  .transform((input, ctx) => {
    if (input.shipToCountryCode && input.shipToCountrySubdivisionCode) {
      const message = 'Give a destination country or a subdivision, not both: Amazon refuses plans with both.';
      ctx.addIssue({ code: 'custom', path: ['shipToCountryCode'], message });
      ctx.addIssue({ code: 'custom', path: ['shipToCountrySubdivisionCode'], message });
    }
    const skus = new Set<string>();
    input.items.forEach((item, index) => {
      if (skus.has(item.sellerSku)) ctx.addIssue({ code: 'custom', path: ['items', index, 'sellerSku'], message: 'This SKU is already in the plan.' });
      skus.add(item.sellerSku);
      if (input.packing === 'case' && item.quantityInCase === undefined) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'quantityInCase'], message: 'Enter the units in each case.' });
      }
    });
    return {
      accountId: input.accountId,
      marketplaceId: input.marketplaceId,
      ...shipFromChoice(input, ctx),
      labelPrepPreference: input.labelPrepPreference,
      packing: input.packing,
      shipToCountryCode: input.shipToCountryCode,
      shipToCountrySubdivisionCode: input.shipToCountrySubdivisionCode,
      items: input.items,
    };
  });

export type PlanInput = z.output<typeof planInput>;

export function buildPlanRequest(input: {
  shipFrom: ShipFromAddress;
  labelPrepPreference: LabelPrepPreference;
  packing: 'individual' | 'case';
  shipToCountryCode?: string | undefined;
  shipToCountrySubdivisionCode?: string | undefined;
  items: PlanItemInput[];
}): CreateInboundShipmentPlanRequest {
  if (input.shipToCountryCode && input.shipToCountrySubdivisionCode) {
    throw new Error('A plan goes to a country or a subdivision, not both.');
  }
  return {
    ShipFromAddress: toAmazonAddress(input.shipFrom),
    LabelPrepPreference: input.labelPrepPreference,
    ...(input.shipToCountryCode ? { ShipToCountryCode: input.shipToCountryCode } : {}),
    ...(input.shipToCountrySubdivisionCode ? { ShipToCountrySubdivisionCode: input.shipToCountrySubdivisionCode } : {}),
    InboundShipmentPlanRequestItems: input.items.map((item) => ({
      SellerSKU: item.sellerSku,
      ASIN: item.asin,
      Condition: item.condition,
      Quantity: item.quantity,
      // Case-packed or not applies to the whole plan: Amazon refuses a mix.
      ...(input.packing === 'case' && item.quantityInCase ? { QuantityInCase: item.quantityInCase } : {}),
      ...(item.prepDetails.length ? { PrepDetailsList: item.prepDetails.map((p) => ({ PrepInstruction: p.prepInstruction, PrepOwner: p.prepOwner })) } : {}),
    })),
  };
}

export function toAmazonAddress(a: ShipFromAddress) {
  return {
    Name: a.name,
    AddressLine1: a.addressLine1,
    ...(a.addressLine2 ? { AddressLine2: a.addressLine2 } : {}),
    ...(a.districtOrCounty ? { DistrictOrCounty: a.districtOrCounty } : {}),
    City: a.city,
    StateOrProvinceCode: a.stateOrProvinceCode,
    CountryCode: a.countryCode,
    PostalCode: a.postalCode,
  };
}
