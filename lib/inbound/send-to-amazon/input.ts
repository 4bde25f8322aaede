/**
 * What the Send to Amazon forms may send, checked before anything reaches Amazon: the model's
 * limits (2,000 SKU lines, 500,000 units a line, 40-character plan names, 38-character ids)
 * and Amazon's box limits (50 lb and 25 inches a side for a standard box), each refused at the
 * field it concerns.
 */
import { z } from 'zod';
import { shipFromChoice } from '@/lib/inbound/ship-from-input';
import { jsonArray } from '@/lib/inbound/json-array-input';
import { FREIGHT_CLASSES, MAX_PALLET_HEIGHT_IN, MAX_PALLET_LB } from './freight';
import { HSN_CODE, INDIA_MARKETPLACE_ID } from './compliance';
import { CHOOSABLE_PREP_CATEGORIES } from './prep';
import { CM_PER_IN, KG_PER_LB, MAX_BOX_LB, MAX_BOX_SIDE_IN, MAX_PLAN_ITEMS, MAX_UNITS_PER_LINE } from './limits';
import { marketplaceIdInput } from '@/lib/validation/amazon-identifiers';
import { afterTextRules, optionalText, requiredText, textField } from '@/lib/validation/text-input';

/** The model's MSKU limit. */
const MSKU_MAX = 255;

/** Amazon's 38-character ids (wf…, po…, pg…, pl…, sh…, to…) and 36-38 for delivery windows. */
export const amazonPlanId = (what: string) =>
  requiredText(`This ${what} is not one Amazon gave.`, { max: 38 }).regex(/^[a-zA-Z0-9-]{36,38}$/, {
    message: `This ${what} is not one Amazon gave.`,
    ...afterTextRules,
  });

const OWNERS = ['SELLER', 'AMAZON', 'NONE'] as const;

export const planItemLine = z.object({
  msku: requiredText('Choose a SKU.', { max: MSKU_MAX }),
  quantity: z.coerce
    .number({ error: 'Enter a quantity.' })
    .int('Use whole units.')
    .positive('Enter at least 1 unit.')
    .max(MAX_UNITS_PER_LINE, `At most ${MAX_UNITS_PER_LINE.toLocaleString('en-US')} units a line.`),
  labelOwner: z.enum(OWNERS, { error: 'Choose who labels the units.' }),
  prepOwner: z.enum(OWNERS, { error: 'Choose who preps the units.' }),
  expiration: optionalText({ max: 10 }).pipe(
    z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Use a date such as 2027-06-30.')
      .optional(),
  ),
  manufacturingLotCode: optionalText({ max: 256 }),
});

export type PlanItemLine = z.output<typeof planItemLine>;

export const startPlanInput = z
  .object({
    accountId: z.uuid('Choose an Amazon account.'),
    marketplaceId: marketplaceIdInput(),
    name: optionalText({ max: 40, tooLong: 'A plan name has at most 40 characters.' }),
    shipFromAddressId: textField({ max: 36 }).default('new'),
    saveAddress: z.enum(['on']).optional(),
    phoneNumber: requiredText('Enter a phone number Amazon and the carrier can call.', { max: 20 }).regex(/^\+?[0-9 ()./-]{6,20}$/, {
      message: 'Enter a phone number such as +1 206 555 0100.',
      ...afterTextRules,
    }),
    items: jsonArray(planItemLine, 'Add at least one SKU to the plan.', {
      max: MAX_PLAN_ITEMS,
      message: `A plan can have at most ${MAX_PLAN_ITEMS} SKUs; split it into several plans.`,
    }),
  })
  .catchall(z.unknown())
  .transform((input, ctx) => {
    const seen = new Set<string>();
    input.items.forEach((item, index) => {
      const key = `${item.msku}|${item.expiration ?? ''}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['items', index, 'msku'], message: 'This SKU is already in the plan (with this expiration).' });
      seen.add(key);
    });
    return {
      accountId: input.accountId,
      marketplaceId: input.marketplaceId,
      name: input.name,
      ...shipFromChoice(input, ctx),
      phoneNumber: input.phoneNumber,
      items: input.items,
    };
  });

export type StartPlanInput = z.output<typeof startPlanInput>;

export const planRef = z.object({ planId: z.uuid('This plan does not exist.') });

const positive = (what: string, max: number, unit: string) =>
  z.coerce
    .number({ error: `Enter the ${what}.` })
    .positive(`Enter the ${what} (more than 0).`)
    .max(max, `The ${what} can be at most ${max} ${unit}.`);

/** A box's size and weight, as the boxes form and the box templates take them. */
const boxSize = {
  unit: z.enum(['IN', 'CM'], { error: 'Choose inches or centimetres.' }),
  length: positive('length', 1000, 'units'),
  width: positive('width', 1000, 'units'),
  height: positive('height', 1000, 'units'),
  weightUnit: z.enum(['LB', 'KG'], { error: 'Choose pounds or kilograms.' }),
  weight: positive('weight', 10_000, 'units'),
};

/** Amazon's limits for a standard box, each at its field. */
function withinBoxLimits(box: z.output<z.ZodObject<typeof boxSize>>, ctx: z.RefinementCtx): void {
  const inches = (v: number) => (box.unit === 'CM' ? v / CM_PER_IN : v);
  for (const side of ['length', 'width', 'height'] as const) {
    if (inches(box[side]) > MAX_BOX_SIDE_IN + 1e-9) {
      ctx.addIssue({
        code: 'custom',
        path: [side],
        message: `A box side can be at most ${MAX_BOX_SIDE_IN} in (${(MAX_BOX_SIDE_IN * CM_PER_IN).toFixed(1)} cm).`,
      });
    }
  }
  const pounds = box.weightUnit === 'KG' ? box.weight / KG_PER_LB : box.weight;
  if (pounds > MAX_BOX_LB + 1e-9) {
    ctx.addIssue({ code: 'custom', path: ['weight'], message: `A box can weigh at most ${MAX_BOX_LB} lb (${(MAX_BOX_LB * KG_PER_LB).toFixed(1)} kg).` });
  }
}

const boxItems = z.array(
  z.object({
    msku: requiredText('Choose a SKU.', { max: MSKU_MAX }),
    quantity: z.coerce.number().int('Use whole units.').min(0, 'Units cannot be negative.').max(MAX_UNITS_PER_LINE),
  }),
);

/** One line of identical boxes: how many, their size and weight, and the units of each SKU in one box. */
const boxSizeLine = z
  .object({
    count: z.coerce
      .number({ error: 'Enter how many such boxes.' })
      .int('Use whole boxes.')
      .min(1, 'Enter at least 1 box.')
      .max(10_000, 'At most 10,000 boxes a line.'),
    ...boxSize,
    items: boxItems,
  })
  .superRefine(withinBoxLimits);

const holdsUnits = (box: { items: Array<{ quantity: number }> }) => box.items.some((i) => i.quantity > 0);

/** A line of boxes whose contents the seller gives Amazon (BOX_CONTENT_PROVIDED). */
export const boxLine = boxSizeLine.superRefine((box, ctx) => {
  if (!holdsUnits(box)) ctx.addIssue({ code: 'custom', path: ['items'], message: 'Put at least one unit in the box.' });
});

/** A box saved by name for the workspace's next plans; `planId` is the page to refresh. */
export const boxTemplateInput = z
  .object({
    planId: z.uuid('This plan does not exist.'),
    name: requiredText('Name the box, such as "Large carton".', { max: 60, tooLong: 'A box name has at most 60 characters.' }),
    ...boxSize,
  })
  .superRefine(withinBoxLimits);

export const deleteBoxTemplateInput = z.object({ planId: z.uuid('This plan does not exist.'), templateId: z.uuid('That saved box no longer exists.') });

export type BoxLine = z.output<typeof boxLine>;

/**
 * How Amazon learns what each box holds (BoxContentInformationSource): the seller's list, a 2D
 * barcode on the box, or Amazon opening it (manual processing, for a fee).
 */
export const BOX_CONTENT_SOURCES = ['BOX_CONTENT_PROVIDED', 'BARCODE_2D', 'MANUAL_PROCESS'] as const;
export type BoxContentSource = (typeof BOX_CONTENT_SOURCES)[number];

export const boxesInput = planRef
  .extend({
    packingGroupId: amazonPlanId('packing group'),
    contentSource: z.enum(BOX_CONTENT_SOURCES, { error: 'Choose how Amazon learns what is in the boxes.' }).default('BOX_CONTENT_PROVIDED'),
    boxes: jsonArray(boxSizeLine, 'Add at least one box.', { max: 5000, message: 'At most 5,000 box lines a packing group.' }),
  })
  .superRefine((input, ctx) => {
    if (input.contentSource !== 'BOX_CONTENT_PROVIDED') return;
    input.boxes.forEach((box, index) => {
      if (!holdsUnits(box)) ctx.addIssue({ code: 'custom', path: ['boxes', index, 'items'], message: 'Put at least one unit in the box.' });
    });
  });

export const choosePackingInput = planRef.extend({ packingOptionId: amazonPlanId('packing option') });
export const choosePlacementInput = planRef.extend({ placementOptionId: amazonPlanId('placement option') });

/** A number the form may leave empty (a shipment without pallets has no pallet size). */
const optionalNumber = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number({ error: 'Enter a number.' }).optional());

/**
 * A shipment's pallets (all alike) and its freight details. With pallets, their size and weight are
 * needed; freight class and declared value go together (Amazon's partnered carrier needs both).
 */
export const palletLine = z
  .object({
    shipmentId: amazonPlanId('shipment'),
    pallets: z.coerce.number().int('Use whole pallets.').min(0, 'Pallets cannot be negative.').max(100, 'At most 100 pallets a shipment.'),
    unit: z.enum(['IN', 'CM'], { error: 'Choose inches or centimetres.' }).default('IN'),
    length: optionalNumber,
    width: optionalNumber,
    height: optionalNumber,
    weightUnit: z.enum(['LB', 'KG'], { error: 'Choose pounds or kilograms.' }).default('LB'),
    weight: optionalNumber,
    stackable: z.boolean().default(true),
    freightClass: z.enum(FREIGHT_CLASSES, { error: 'Choose a freight class.' }).optional(),
    declaredValue: optionalNumber,
  })
  .superRefine((line, ctx) => {
    if (line.pallets === 0) return;
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    for (const side of ['length', 'width', 'height'] as const) {
      const value = line[side];
      if (value === undefined || value <= 0) issue(side, `Enter the pallet ${side} (more than 0).`);
    }
    if (line.height !== undefined && (line.unit === 'CM' ? line.height / CM_PER_IN : line.height) > MAX_PALLET_HEIGHT_IN + 1e-9)
      issue('height', `A pallet can be at most ${MAX_PALLET_HEIGHT_IN} in (${Math.floor(MAX_PALLET_HEIGHT_IN * CM_PER_IN)} cm) high.`);
    if (line.weight === undefined || line.weight <= 0) issue('weight', 'Enter the weight of one pallet (more than 0).');
    else if ((line.weightUnit === 'KG' ? line.weight / KG_PER_LB : line.weight) > MAX_PALLET_LB + 1e-9)
      issue('weight', `A pallet can weigh at most ${MAX_PALLET_LB.toLocaleString('en-US')} lb (${Math.floor(MAX_PALLET_LB * KG_PER_LB)} kg).`);
    if (line.declaredValue !== undefined && (line.declaredValue <= 0 || line.declaredValue > 10_000_000))
      issue('declaredValue', 'Enter the value of the goods (more than 0).');
    if (line.freightClass && line.declaredValue === undefined) issue('declaredValue', 'Enter the value of the goods to go with the freight class.');
    if (!line.freightClass && line.declaredValue !== undefined) issue('freightClass', 'Choose a freight class to go with the value.');
  });

export type PalletLine = z.output<typeof palletLine>;

export const transportationRequestInput = planRef.extend({
  readyToShip: requiredText('Enter the day the boxes are ready.', { max: 10 }).regex(/^\d{4}-\d{2}-\d{2}$/, {
    message: 'Use a date such as 2027-03-04.',
    ...afterTextRules,
  }),
  shipments: jsonArray(palletLine, 'The plan has no shipments yet.', { max: 200, message: 'Too many shipments.' }),
});

export const deliveryWindowsInput = planRef.extend({ shipmentId: amazonPlanId('shipment') });
export const chooseDeliveryWindowInput = deliveryWindowsInput.extend({ deliveryWindowOptionId: amazonPlanId('delivery window') });

export const confirmTransportationInput = planRef.extend({
  selections: jsonArray(
    z.object({ shipmentId: amazonPlanId('shipment'), transportationOptionId: amazonPlanId('transportation option') }),
    'Choose how each shipment travels.',
    { max: 200, message: 'Too many shipments.' },
  ),
});

export const trackingInput = deliveryWindowsInput.extend({
  /** Small parcel: one tracking id per box, keyed by Amazon's box id. */
  boxes: jsonArray(
    z.object({
      boxId: requiredText('Missing box.', { max: 40 }),
      trackingId: requiredText('Enter the tracking number.', { max: 100 }).regex(/^[A-Za-z0-9-]+$/, {
        message: 'Tracking numbers hold letters, digits and dashes.',
        ...afterTextRules,
      }),
    }),
    'Enter a tracking number for each box.',
    { max: 5000, message: 'Too many boxes.' },
  ).optional(),
  /** LTL: the carrier's PRO (freight bill) number. */
  freightBillNumber: optionalText({ max: 100 }),
});

/** The boxes a booked shipment would carry instead; their units become its units. */
export const contentUpdateInput = deliveryWindowsInput.extend({
  boxes: jsonArray(boxLine, 'Add at least one box.', { max: 5000, message: 'At most 5,000 box lines a shipment.' }),
});
export const confirmContentUpdateInput = deliveryWindowsInput.extend({ contentUpdatePreviewId: amazonPlanId('content change') });

/** Self-ship drop-off: slots from a day, one slot booked, a booking cancelled with Amazon's reason. */
export const appointmentSlotsInput = deliveryWindowsInput.extend({
  from: optionalText({ max: 10 }).pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2027-03-04.')
      .optional(),
  ),
});
export const scheduleAppointmentInput = deliveryWindowsInput.extend({ slotId: amazonPlanId('drop-off slot') });
export const APPOINTMENT_CANCEL_REASONS = [
  'APPOINTMENT_REQUESTED_BY_MISTAKE',
  'VEHICLE_DELAY',
  'SLOT_NOT_SUITABLE',
  'OUTSIDE_CARRIER_BUSINESS_HOURS',
  'UNFAVOURABLE_EXTERNAL_CONDITIONS',
  'PROCUREMENT_DELAY',
  'SHIPPING_PLAN_CHANGED',
  'INCREASED_QUANTITY',
  'OTHER',
] as const;
export const cancelAppointmentInput = deliveryWindowsInput.extend({ reason: z.enum(APPOINTMENT_CANCEL_REASONS, { error: 'Choose why.' }) });

export const renamePlanInput = planRef.extend({
  name: requiredText('Give the plan a name.', { max: 40, tooLong: 'A plan name has at most 40 characters.' }),
});

export const renameShipmentInput = deliveryWindowsInput.extend({
  name: requiredText('Give the shipment a name.', { max: 100, tooLong: 'A shipment name has at most 100 characters.' }),
});

const prepCategory = z.enum(CHOOSABLE_PREP_CATEGORIES, { error: 'Choose a prep category.' });

export const prepCategoryInput = planRef.extend({ msku: requiredText('Choose a SKU.', { max: MSKU_MAX }), prepCategory });

/** A SKU's prep details, asked for or set while the plan is being filled in (no plan yet). */
const skuScope = { accountId: z.uuid('Choose an Amazon account.'), marketplaceId: marketplaceIdInput() };
export const skuPrepDetailsInput = z.object({
  ...skuScope,
  mskus: jsonArray(requiredText('Choose a SKU.', { max: MSKU_MAX }), 'Choose a SKU.', { max: MAX_PLAN_ITEMS, message: 'Too many SKUs.' }),
});
export const skuPrepCategoryInput = z.object({ ...skuScope, msku: requiredText('Choose a SKU.', { max: MSKU_MAX }), prepCategory });

/** A SKU's compliance details, asked for while the plan is being filled in (India only). */
export const skuComplianceDetailsInput = skuPrepDetailsInput;

/** The largest declared value the form takes, in rupees: a guard against a slipped key, not Amazon's rule. */
const MAX_DECLARED_VALUE_INR = 10_000_000;

/** A SKU's HSN code and declared value (updateItemComplianceDetails), only for India. */
export const skuComplianceInput = z.object({
  accountId: skuScope.accountId,
  marketplaceId: marketplaceIdInput().refine((id) => id === INDIA_MARKETPLACE_ID, 'Amazon asks for HSN codes only in India.'),
  msku: requiredText('Choose a SKU.', { max: MSKU_MAX }),
  hsnCode: requiredText('Enter the HSN code.', { max: 16, tooLong: 'An HSN code has 4, 6 or 8 digits.' })
    .transform((code) => code.replace(/[\s.]/g, ''))
    .refine((code) => HSN_CODE.test(code), 'An HSN code has 4, 6 or 8 digits.'),
  declaredValue: z.coerce
    .number({ error: 'Enter the declared value in rupees.' })
    .positive('Enter the declared value in rupees (more than 0).')
    .max(MAX_DECLARED_VALUE_INR, `The declared value can be at most ₹${MAX_DECLARED_VALUE_INR.toLocaleString('en-IN')}.`)
    .multipleOf(0.01, 'Use at most two decimals (paise).'),
});
