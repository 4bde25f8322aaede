import { describe, expect, it } from 'vitest';
import { boxesInput, boxLine, palletLine, renamePlanInput, renameShipmentInput, skuComplianceInput, startPlanInput } from './input';
import { freightClassLabel } from './freight';
import { boxContentProblems, boxContentSourcesOf } from './box-contents';

const box = (patch: object = {}) => ({
  count: 1,
  unit: 'IN',
  length: 20,
  width: 15,
  height: 10,
  weightUnit: 'LB',
  weight: 30,
  items: [{ msku: 'A', quantity: 4 }],
  ...patch,
});
const issues = (input: unknown) => {
  const parsed = boxLine.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the boxes of a packing group', () => {
  const PLAN = '7b0bd5a4-7f37-4ae0-9d59-0a4a1d0a3c2e';
  const GROUP = 'pg' + 'a'.repeat(36);
  const parse = (contentSource: string | undefined, boxes: object[]) => {
    const parsed = boxesInput.safeParse({ planId: PLAN, packingGroupId: GROUP, boxes: JSON.stringify(boxes), ...(contentSource ? { contentSource } : {}) });
    return parsed.success ? parsed.data : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('asks for units in every box when the seller lists the contents (the default)', () => {
    expect(parse(undefined, [box(), box({ items: [] })])).toEqual({ 'boxes.1.items': 'Put at least one unit in the box.' });
    expect(parse('BOX_CONTENT_PROVIDED', [box()])).toMatchObject({ contentSource: 'BOX_CONTENT_PROVIDED', boxes: [{ items: [{ msku: 'A', quantity: 4 }] }] });
  });

  it('asks only for sizes and weights when Amazon reads 2D barcodes or counts the boxes, with the limits still at the field', () => {
    expect(parse('BARCODE_2D', [box({ items: [] })])).toMatchObject({ contentSource: 'BARCODE_2D', boxes: [{ count: 1, items: [] }] });
    expect(parse('MANUAL_PROCESS', [box({ items: [], weight: 60 })])).toEqual({ 'boxes.0.weight': 'A box can weigh at most 50 lb (22.7 kg).' });
    expect(parse('SOMETHING_ELSE', [box()])).toEqual({ contentSource: 'Choose how Amazon learns what is in the boxes.' });
  });

  it("offers the sources the packing option allows, in the model's order, and all of them when Amazon does not say", () => {
    expect(boxContentSourcesOf({ boxPackingMethods: ['MANUAL_PROCESS', 'BOX_CONTENT_PROVIDED'] })).toEqual(['BOX_CONTENT_PROVIDED', 'MANUAL_PROCESS']);
    expect(boxContentSourcesOf({})).toEqual(['BOX_CONTENT_PROVIDED', 'BARCODE_2D', 'MANUAL_PROCESS']);
  });
});

describe('a box line', () => {
  it("takes a box within Amazon's limits, in inches and pounds or centimetres and kilograms", () => {
    expect(issues(box())).toEqual({});
    expect(issues(box({ unit: 'CM', length: 63.5, width: 40, height: 30, weightUnit: 'KG', weight: 22.6 }))).toEqual({});
  });

  it('refuses an overweight or oversized box at the field concerned', () => {
    expect(issues(box({ weight: 50.5 }))).toEqual({ weight: 'A box can weigh at most 50 lb (22.7 kg).' });
    expect(issues(box({ weightUnit: 'KG', weight: 23 }))).toEqual({ weight: 'A box can weigh at most 50 lb (22.7 kg).' });
    expect(issues(box({ height: 26 }))).toEqual({ height: 'A box side can be at most 25 in (63.5 cm).' });
    expect(issues(box({ unit: 'CM', length: 64 }))).toEqual({ length: 'A box side can be at most 25 in (63.5 cm).' });
  });

  it('refuses zero, negative and missing numbers, and an empty box', () => {
    expect(issues(box({ weight: 0 }))).toHaveProperty('weight');
    expect(issues(box({ count: -1 }))).toHaveProperty('count');
    expect(issues(box({ length: 'NaN' }))).toHaveProperty('length');
    expect(issues(box({ items: [{ msku: 'A', quantity: 0 }] }))).toEqual({ items: 'Put at least one unit in the box.' });
  });
});

describe('the pallets of a shipment (LTL)', () => {
  const SHIPMENT = 'sh' + 'b'.repeat(36);
  const line = (patch: object = {}) => ({ shipmentId: SHIPMENT, pallets: '2', length: '48', width: '40', height: '50', weight: '600', ...patch });
  const parse = (input: object) => {
    const parsed = palletLine.safeParse(input);
    return parsed.success ? parsed.data : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('takes pallets with their size and weight, in inches and pounds unless told, stackable unless told, freight class and value together', () => {
    expect(parse(line())).toEqual({
      shipmentId: SHIPMENT,
      pallets: 2,
      unit: 'IN',
      length: 48,
      width: 40,
      height: 50,
      weightUnit: 'LB',
      weight: 600,
      stackable: true,
    });
    expect(
      parse(line({ unit: 'CM', height: '182', weightUnit: 'KG', weight: '680', stackable: false, freightClass: 'FC_77_5', declaredValue: '2500.50' })),
    ).toMatchObject({
      height: 182,
      weight: 680,
      stackable: false,
      freightClass: 'FC_77_5',
      declaredValue: 2500.5,
    });
    // No pallets: small parcel, nothing else asked.
    expect(parse({ shipmentId: SHIPMENT, pallets: 0, length: '', height: '', weight: '' })).toMatchObject({ pallets: 0 });
  });

  it("refuses pallets over Amazon's height and weight limits, without a size or weight, and a class or value alone, each at its field", () => {
    expect(parse(line({ height: '73' }))).toEqual({ height: 'A pallet can be at most 72 in (182 cm) high.' });
    expect(parse(line({ unit: 'CM', height: '184' }))).toEqual({ height: 'A pallet can be at most 72 in (182 cm) high.' });
    expect(parse(line({ weight: '1501' }))).toEqual({ weight: 'A pallet can weigh at most 1,500 lb (680 kg).' });
    expect(parse(line({ weightUnit: 'KG', weight: '681' }))).toEqual({ weight: 'A pallet can weigh at most 1,500 lb (680 kg).' });
    expect(parse(line({ length: '', weight: '0' }))).toEqual({
      length: 'Enter the pallet length (more than 0).',
      weight: 'Enter the weight of one pallet (more than 0).',
    });
    expect(parse(line({ freightClass: 'FC_85' }))).toEqual({ declaredValue: 'Enter the value of the goods to go with the freight class.' });
    expect(parse(line({ declaredValue: '900' }))).toEqual({ freightClass: 'Choose a freight class to go with the value.' });
    expect(parse(line({ freightClass: 'FC_45', declaredValue: '900' }))).toEqual({ freightClass: 'Choose a freight class.' });
  });

  it('names freight classes as a carrier does', () => {
    expect([freightClassLabel('FC_77_5'), freightClassLabel('FC_500'), freightClassLabel('NONE')]).toEqual(['Class 77.5', 'Class 500', 'Not classified']);
  });
});

describe('box contents against the plan', () => {
  it('names each SKU whose boxed units differ from what the group sends', () => {
    const lines = [
      boxLine.parse(
        box({
          count: 2,
          items: [
            { msku: 'A', quantity: 4 },
            { msku: 'C', quantity: 1 },
          ],
        }),
      ),
    ];
    expect(
      boxContentProblems(
        [
          { msku: 'A', quantity: 8 },
          { msku: 'B', quantity: 3 },
        ],
        lines,
      ),
    ).toEqual(['B: the boxes hold 0 units; the plan sends 3.', 'C is not in this group.']);
    expect(boxContentProblems([{ msku: 'A', quantity: 8 }], [boxLine.parse(box({ count: 2 }))])).toEqual([]);
  });
});

describe('the start form', () => {
  const form = {
    accountId: '8b0b3d4a-2f43-4c1e-9a57-53c8d2c1a001',
    marketplaceId: 'ATVPDKIKX0DER',
    phoneNumber: '+1 206 555 0100',
    fromName: 'Warehouse',
    fromAddressLine1: '1 Main St',
    fromCity: 'Seattle',
    fromStateOrProvinceCode: 'WA',
    fromPostalCode: '98101',
    fromCountryCode: 'US',
  };
  const line = { msku: 'A', quantity: 1, labelOwner: 'SELLER', prepOwner: 'NONE' };

  it('refuses the same SKU twice (unless the expiration differs), too many lines and a missing phone', () => {
    const twice = startPlanInput.safeParse({ ...form, items: JSON.stringify([line, line]) });
    expect(twice.success ? [] : twice.error.issues.map((i) => i.path.join('.'))).toEqual(['items.1.msku']);
    expect(startPlanInput.safeParse({ ...form, items: JSON.stringify([line, { ...line, expiration: '2027-01-31' }]) }).success).toBe(true);
    const many = startPlanInput.safeParse({ ...form, items: JSON.stringify(Array.from({ length: 2001 }, (_, i) => ({ ...line, msku: `S${i}` }))) });
    expect(many.success ? '' : many.error.issues[0]?.message).toBe('A plan can have at most 2000 SKUs; split it into several plans.');
    const phone = startPlanInput.safeParse({ ...form, phoneNumber: '', items: JSON.stringify([line]) });
    expect(phone.success ? [] : phone.error.issues.map((i) => i.path.join('.'))).toEqual(['phoneNumber']);
  });

  it('refuses zero and over-the-limit units, and a made-up date', () => {
    const bad = startPlanInput.safeParse({
      ...form,
      items: JSON.stringify([
        { ...line, quantity: 0 },
        { ...line, msku: 'B', quantity: 500_001 },
        { ...line, msku: 'C', expiration: '2027-13-01' },
      ]),
    });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path.join('.'))).toEqual(['items.0.quantity', 'items.1.quantity', 'items.2.expiration']);
  });
});

describe('renaming', () => {
  const planId = '6f1c1f3e-8d8b-4d6c-9a51-7d7b8f0e9a11';
  const shipmentId = `sh${'0'.repeat(34)}01`;
  const messages = (schema: typeof renamePlanInput | typeof renameShipmentInput, input: object) => {
    const parsed = schema.safeParse(input);
    return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it("holds names to the model's limits: 40 characters a plan, 100 a shipment, never blank", () => {
    expect(renamePlanInput.parse({ planId, name: `  ${'p'.repeat(40)} ` }).name).toBe('p'.repeat(40));
    expect(messages(renamePlanInput, { planId, name: 'p'.repeat(41) })).toEqual({ name: 'A plan name has at most 40 characters.' });
    expect(messages(renamePlanInput, { planId, name: '   ' })).toEqual({ name: 'Give the plan a name.' });
    expect(renameShipmentInput.parse({ planId, shipmentId, name: 's'.repeat(100) }).name).toHaveLength(100);
    expect(messages(renameShipmentInput, { planId, shipmentId, name: 's'.repeat(101) })).toEqual({ name: 'A shipment name has at most 100 characters.' });
    expect(messages(renameShipmentInput, { planId, shipmentId: 'FBA1', name: 'x' })).toEqual({ shipmentId: 'This shipment is not one Amazon gave.' });
  });
});

describe('a SKU’s HSN code and declared value', () => {
  const base = {
    accountId: '7b0bd5a4-7f37-4ae0-9d59-0a4a1d0a3c2e',
    marketplaceId: 'A21TJRUUN4KGV',
    msku: 'KURTA-1',
    hsnCode: '6109.10.00',
    declaredValue: '499.50',
  };
  const parse = (patch: object) => {
    const parsed = skuComplianceInput.safeParse({ ...base, ...patch });
    return parsed.success ? parsed.data : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('takes an HSN code of 4, 6 or 8 digits (dots and spaces dropped) and a value in rupees', () => {
    expect(parse({})).toMatchObject({ hsnCode: '61091000', declaredValue: 499.5 });
    expect(parse({ hsnCode: '6109' })).toMatchObject({ hsnCode: '6109' });
    expect(parse({ hsnCode: '610910' })).toMatchObject({ hsnCode: '610910' });
  });

  it('says at the field what is wrong', () => {
    expect(parse({ hsnCode: '' })).toEqual({ hsnCode: 'Enter the HSN code.' });
    for (const hsnCode of ['123', '12345', '610910001', 'ABCD']) expect(parse({ hsnCode })).toEqual({ hsnCode: 'An HSN code has 4, 6 or 8 digits.' });
    expect(parse({ declaredValue: '' })).toEqual({ declaredValue: 'Enter the declared value in rupees (more than 0).' });
    expect(parse({ declaredValue: 'lots' })).toEqual({ declaredValue: 'Enter the declared value in rupees.' });
    expect(parse({ declaredValue: '-5' })).toEqual({ declaredValue: 'Enter the declared value in rupees (more than 0).' });
    expect(parse({ declaredValue: '1.005' })).toEqual({ declaredValue: 'Use at most two decimals (paise).' });
    expect(parse({ declaredValue: '20000000' })).toHaveProperty('declaredValue');
  });

  it('is refused outside India', () => {
    expect(parse({ marketplaceId: 'A1F83G8C2ARO7P' })).toEqual({ marketplaceId: 'Amazon asks for HSN codes only in India.' });
  });
});
