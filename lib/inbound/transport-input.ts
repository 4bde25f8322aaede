/**
 * The Transport form: small parcel or LTL, Amazon-partnered carrier or the seller's own. Each
 * of the four combinations needs its own fields (the model's TransportDetailInput holds
 * exactly one member), checked here before putTransportDetails is sent.
 */
import { z } from 'zod';
import type { PutTransportDetailsRequest, SellerFreightClass } from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import { afterTextRules, optionalText, requiredText, textField } from '@/lib/validation/text-input';
import { jsonArray } from './json-array-input';

export const FREIGHT_CLASSES = [
  '50',
  '55',
  '60',
  '65',
  '70',
  '77.5',
  '85',
  '92.5',
  '100',
  '110',
  '125',
  '150',
  '175',
  '200',
  '250',
  '300',
  '400',
  '500',
] as const satisfies readonly SellerFreightClass[];
export const DIMENSION_UNITS = ['inches', 'centimeters'] as const;
export const WEIGHT_UNITS = ['pounds', 'kilograms'] as const;
export const CURRENCIES = ['USD', 'GBP'] as const;

const UK_MARKETPLACE = 'A1F83G8C2ARO7P';

/** The currency an LTL declared value is in by default: the shipment's marketplace (Amazon.co.uk in pounds, else dollars). */
export function declaredCurrencyFor(marketplaceId: string): (typeof CURRENCIES)[number] {
  return marketplaceId === UK_MARKETPLACE ? 'GBP' : 'USD';
}

/** Past any box or pallet in either unit; keeps a slip like 1e21 from reaching Amazon. */
const MAX_MEASURE = 9_999;

const positive = (what: string) =>
  z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z.coerce
      .number({ error: `Enter the ${what}.` })
      .positive(`Enter the ${what}, above 0.`)
      .max(MAX_MEASURE, `Enter the ${what}, up to ${MAX_MEASURE}.`),
  );

const inches = (value: number, unit: (typeof DIMENSION_UNITS)[number]) => Math.round(unit === 'centimeters' ? value / 2.54 : value);

export const boxInput = z.object({
  length: positive('length'),
  width: positive('width'),
  height: positive('height'),
  dimensionUnit: z.enum(DIMENSION_UNITS).default('inches'),
  weight: positive('weight'),
  weightUnit: z.enum(WEIGHT_UNITS).default('pounds'),
});
export type BoxInput = z.output<typeof boxInput>;

export const palletInput = z
  .object({
    length: positive('length'),
    width: positive('width'),
    height: positive('height'),
    dimensionUnit: z.enum(DIMENSION_UNITS).default('inches'),
    weight: z.preprocess(
      (v) => (v === '' || v === null ? undefined : v),
      z.coerce.number().positive('Enter a weight above 0, or leave it empty.').max(MAX_MEASURE, `Enter a weight up to ${MAX_MEASURE}.`).optional(),
    ),
    weightUnit: z.enum(WEIGHT_UNITS).default('pounds'),
    stacked: z.boolean().default(false),
  })
  // Amazon's partnered LTL carries standard pallets only, and refuses the booking otherwise.
  .refine((p) => [inches(p.length, p.dimensionUnit), inches(p.width, p.dimensionUnit)].sort((a, b) => a - b).join('x') === '40x48', {
    message: 'Amazon-partnered LTL takes standard pallets only: 40 by 48 inches (102 by 122 cm).',
    path: ['length'],
  });
export type PalletInput = z.output<typeof palletInput>;

const text = (message: string, max = 200) => requiredText(message, { max });

const partneredSmallParcel = z.object({
  carrierName: optionalText({ max: 200 }),
  packages: jsonArray(boxInput, 'Add at least one box with its dimensions and weight.'),
});

const ownSmallParcel = z.object({
  carrierName: text('Enter the carrier.'),
  // One tracking number per line (a textarea) or separated by commas.
  trackingIds: textField({ max: 999 * 31, multiline: true }, 'Enter a tracking number for each box.')
    .transform((v) =>
      v
        .split(/[\s,]+/)
        .map((t) => t.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(30, 'A tracking number has at most 30 characters.')).min(1, 'Enter a tracking number for each box.')),
});

const partneredLtl = (today: string) =>
  z.object({
    // Contact limits from the model: Name and Email 50, Phone and Fax 20.
    contactName: text('Enter the contact name.', 50),
    contactPhone: text('Enter the contact phone number.', 20),
    contactEmail: textField({ max: 50 }).pipe(z.email('Enter the contact email address.')),
    contactFax: optionalText({ max: 20 }),
    boxCount: z.coerce.number({ error: 'Enter the number of boxes.' }).int('Use a whole number of boxes.').min(1, 'Enter at least 1 box.'),
    freightReadyDate: z
      .string({ error: 'Enter the date the freight is ready.' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date the freight is ready.')
      .refine((d) => d >= today, 'The freight ready date cannot be in the past.'),
    sellerFreightClass: z
      .string()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(z.enum(FREIGHT_CLASSES, { error: 'Choose a freight class.' }).optional()),
    pallets: jsonArray(palletInput, 'Add at least one pallet.'),
    declaredValue: z.coerce.number({ error: 'Enter the declared value.' }).positive('Enter the declared value of the goods, above 0.'),
    declaredCurrency: z.enum(CURRENCIES, { error: 'Choose a currency.' }),
  });

const ownLtl = z.object({
  carrierName: text('Enter the carrier.'),
  proNumber: textField({ max: 10, tooLong: 'Enter the PRO number the carrier gave you (7 to 10 letters or digits).' }, 'Enter the PRO number.').regex(
    /^[A-Za-z0-9-]{7,10}$/,
    { message: 'Enter the PRO number the carrier gave you (7 to 10 letters or digits).', ...afterTextRules },
  ),
});

export type TransportChoice =
  | { mode: 'SP-partnered'; carrierName?: string | undefined; packages: BoxInput[] }
  | { mode: 'SP-own'; carrierName: string; trackingIds: string[] }
  | {
      mode: 'LTL-partnered';
      contactName: string;
      contactPhone: string;
      contactEmail: string;
      contactFax?: string | undefined;
      boxCount: number;
      freightReadyDate: string;
      sellerFreightClass?: SellerFreightClass | undefined;
      pallets: PalletInput[];
      declaredValue: number;
      declaredCurrency: (typeof CURRENCIES)[number];
    }
  | { mode: 'LTL-own'; carrierName: string; proNumber: string };

/** `today` (YYYY-MM-DD, UTC) is passed in so the rule can be tested. */
export function transportInput(today: string) {
  return z
    .object({
      accountId: z.uuid(),
      shipmentId: requiredText('Choose a shipment.', { max: 40 }),
      shipmentType: z.enum(['SP', 'LTL'], { error: 'Choose small parcel or LTL.' }),
      partnered: z.enum(['yes', 'no'], { error: 'Choose an Amazon-partnered carrier or your own.' }),
    })
    .catchall(z.unknown())
    .transform((input, ctx) => {
      const mode = `${input.shipmentType}-${input.partnered === 'yes' ? 'partnered' : 'own'}` as TransportChoice['mode'];
      const schema = { 'SP-partnered': partneredSmallParcel, 'SP-own': ownSmallParcel, 'LTL-partnered': partneredLtl(today), 'LTL-own': ownLtl }[mode];
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
        return z.NEVER;
      }
      return { accountId: input.accountId, shipmentId: input.shipmentId, choice: { mode, ...parsed.data } as TransportChoice };
    });
}

export function buildTransportRequest(choice: TransportChoice): PutTransportDetailsRequest {
  switch (choice.mode) {
    case 'SP-partnered':
      return {
        IsPartnered: true,
        ShipmentType: 'SP',
        TransportDetails: {
          PartneredSmallParcelData: {
            ...(choice.carrierName ? { CarrierName: choice.carrierName } : {}),
            PackageList: choice.packages.map((box) => ({
              Dimensions: { Length: box.length, Width: box.width, Height: box.height, Unit: box.dimensionUnit },
              Weight: { Value: box.weight, Unit: box.weightUnit },
            })),
          },
        },
      };
    case 'SP-own':
      return {
        IsPartnered: false,
        ShipmentType: 'SP',
        TransportDetails: {
          NonPartneredSmallParcelData: { CarrierName: choice.carrierName, PackageList: choice.trackingIds.map((TrackingId) => ({ TrackingId })) },
        },
      };
    case 'LTL-partnered':
      return {
        IsPartnered: true,
        ShipmentType: 'LTL',
        TransportDetails: {
          PartneredLtlData: {
            Contact: {
              Name: choice.contactName,
              Phone: choice.contactPhone,
              Email: choice.contactEmail,
              ...(choice.contactFax ? { Fax: choice.contactFax } : {}),
            },
            BoxCount: choice.boxCount,
            ...(choice.sellerFreightClass ? { SellerFreightClass: choice.sellerFreightClass } : {}),
            FreightReadyDate: choice.freightReadyDate,
            PalletList: choice.pallets.map((p) => ({
              Dimensions: { Length: p.length, Width: p.width, Height: p.height, Unit: p.dimensionUnit },
              ...(p.weight ? { Weight: { Value: p.weight, Unit: p.weightUnit } } : {}),
              IsStacked: p.stacked,
            })),
            SellerDeclaredValue: { Value: choice.declaredValue, CurrencyCode: choice.declaredCurrency },
          },
        },
      };
    case 'LTL-own':
      return {
        IsPartnered: false,
        ShipmentType: 'LTL',
        TransportDetails: { NonPartneredLtlData: { CarrierName: choice.carrierName, ProNumber: choice.proNumber } },
      };
  }
}
