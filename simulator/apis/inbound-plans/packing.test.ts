/**
 * boxProblems: the checks setPackingInformation runs on one packing group's boxes (Amazon's
 * box limits, items only in BOX_CONTENT_PROVIDED boxes, units that add up to the group's).
 */
import { describe, expect, it } from 'vitest';
import type { BoxInput, ItemInput } from '../../../lib/sp-api/generated/fulfillment-inbound-2024-03-20.js';
import { boxProblems, MAX_BOX_LB, MAX_BOX_SIDE_IN } from './packing.js';
import type { PackingGroupRecord, PlanItem } from './records.js';

const GROUP_ID = 'pg00000000-0000-0000-0000-000000000001';

function planItem(msku: string, quantity: number, expiration?: string): PlanItem {
  return { msku, asin: `B0${msku}`, fnsku: `X00${msku}`, quantity, labelOwner: 'SELLER', prepOwner: 'NONE', ...(expiration ? { expiration } : {}) };
}

function group(...items: PlanItem[]): PackingGroupRecord {
  return { packingGroupId: GROUP_ID, items };
}

function item(msku: string, quantity: number, expiration?: string): ItemInput {
  return { msku, quantity, labelOwner: 'SELLER', prepOwner: 'NONE', ...(expiration ? { expiration } : {}) };
}

function box(items: ItemInput[], overrides: Partial<BoxInput> = {}): BoxInput {
  return {
    contentInformationSource: 'BOX_CONTENT_PROVIDED',
    quantity: 1,
    dimensions: { length: 20, width: 14, height: 10, unitOfMeasurement: 'IN' },
    weight: { value: 20, unit: 'LB' },
    items,
    ...overrides,
  };
}

const codes = (g: PackingGroupRecord, boxes: BoxInput[]) => boxProblems(g, boxes).map((p) => p.code);

describe('boxProblems', () => {
  const tenOfA = group(planItem('A', 10));

  it('accepts boxes within the limits that hold the group exactly, box quantity multiplying the items', () => {
    const g = group(planItem('A', 10), planItem('B', 6));
    expect(boxProblems(g, [box([item('A', 4), item('B', 3)], { quantity: 2 }), box([item('A', 2)])])).toEqual([]);
  });

  it('reports every problem as an ERROR, so the operation fails', () => {
    const problems = boxProblems(tenOfA, [box([item('A', 10)], { weight: { value: 0, unit: 'LB' } })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'BOX_WEIGHT_MISSING', severity: 'ERROR', details: `packingGroupId: ${GROUP_ID}` });
  });

  describe('weight (at most 50 lb)', () => {
    it('takes exactly the limit in pounds and refuses anything above it', () => {
      expect(MAX_BOX_LB).toBe(50);
      expect(codes(tenOfA, [box([item('A', 10)], { weight: { value: 50, unit: 'LB' } })])).toEqual([]);
      const over = boxProblems(tenOfA, [box([item('A', 10)], { weight: { value: 50.01, unit: 'LB' } })]);
      expect(over.map((p) => p.code)).toEqual(['BOX_OVERWEIGHT']);
      expect(over[0]!.message).toContain('Box 1 weighs 50.01 LB');
    });

    it('converts kilograms: 22.67 kg (49.98 lb) passes, 22.7 kg (50.04 lb) does not', () => {
      expect(codes(tenOfA, [box([item('A', 10)], { weight: { value: 22.67, unit: 'KG' } })])).toEqual([]);
      expect(codes(tenOfA, [box([item('A', 10)], { weight: { value: 22.7, unit: 'KG' } })])).toEqual(['BOX_OVERWEIGHT']);
      // 30 taken as pounds would pass; as kilograms (66 lb) it is over.
      expect(codes(tenOfA, [box([item('A', 10)], { weight: { value: 30, unit: 'KG' } })])).toEqual(['BOX_OVERWEIGHT']);
    });

    it('needs a weight above zero', () => {
      expect(codes(tenOfA, [box([item('A', 10)], { weight: { value: 0, unit: 'KG' } })])).toEqual(['BOX_WEIGHT_MISSING']);
    });
  });

  describe('dimensions (at most 25 in per side)', () => {
    const sized = (length: number, width: number, height: number, unitOfMeasurement: 'IN' | 'CM') =>
      box([item('A', 10)], { dimensions: { length, width, height, unitOfMeasurement } });

    it('takes exactly 25 inches and refuses any one side above it', () => {
      expect(MAX_BOX_SIDE_IN).toBe(25);
      expect(codes(tenOfA, [sized(25, 25, 25, 'IN')])).toEqual([]);
      expect(codes(tenOfA, [sized(25.1, 10, 10, 'IN')])).toEqual(['BOX_OVERSIZE']);
      expect(codes(tenOfA, [sized(10, 25.1, 10, 'IN')])).toEqual(['BOX_OVERSIZE']);
      expect(codes(tenOfA, [sized(10, 10, 25.1, 'IN')])).toEqual(['BOX_OVERSIZE']);
    });

    it('converts centimetres: 63.5 cm (25 in) passes, 64 cm does not', () => {
      expect(codes(tenOfA, [sized(63.5, 63.5, 63.5, 'CM')])).toEqual([]);
      expect(codes(tenOfA, [sized(64, 30, 30, 'CM')])).toEqual(['BOX_OVERSIZE']);
      // 40 taken as inches would be over; as centimetres (15.7 in) it passes.
      expect(codes(tenOfA, [sized(40, 40, 40, 'CM')])).toEqual([]);
    });

    it('needs all three sides above zero', () => {
      expect(codes(tenOfA, [sized(0, 10, 10, 'IN')])).toEqual(['BOX_DIMENSIONS_MISSING']);
      expect(codes(tenOfA, [sized(10, 10, 0, 'CM')])).toEqual(['BOX_DIMENSIONS_MISSING']);
    });

    it('names the box by its position in the request', () => {
      const problems = boxProblems(tenOfA, [
        box([item('A', 5)]),
        box([item('A', 5)], { dimensions: { length: 30, width: 10, height: 10, unitOfMeasurement: 'IN' } }),
      ]);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.message).toMatch(/^Box 2 /);
    });
  });

  describe('boxes without listed contents', () => {
    it('refuses items in MANUAL_PROCESS and BARCODE_2D boxes', () => {
      const manual = boxProblems(tenOfA, [box([item('A', 10)], { contentInformationSource: 'MANUAL_PROCESS' })]);
      expect(manual.map((p) => p.code)).toEqual(['BOX_ITEMS_NOT_ALLOWED']);
      expect(manual[0]!.message).toContain('MANUAL_PROCESS');
      expect(codes(tenOfA, [box([item('A', 10)], { contentInformationSource: 'BARCODE_2D' })])).toEqual(['BOX_ITEMS_NOT_ALLOWED']);
    });

    it('takes them empty, without checking units (Amazon counts them at receipt)', () => {
      expect(codes(tenOfA, [box([], { contentInformationSource: 'MANUAL_PROCESS', quantity: 3 })])).toEqual([]);
      expect(
        codes(tenOfA, [box([], { contentInformationSource: 'BARCODE_2D' }), { ...box([]), items: undefined, contentInformationSource: 'MANUAL_PROCESS' }]),
      ).toEqual([]);
    });

    it('does not count units in a group that mixes them with listed boxes (the unlisted ones carry the rest)', () => {
      expect(codes(tenOfA, [box([item('A', 4)]), box([], { contentInformationSource: 'MANUAL_PROCESS' })])).toEqual([]);
    });
  });

  describe('units (BOX_CONTENT_PROVIDED boxes must hold the group exactly)', () => {
    it('reports too few and too many units per MSKU', () => {
      const g = group(planItem('A', 10), planItem('B', 6));
      const problems = boxProblems(g, [box([item('A', 9), item('B', 4)], { quantity: 1 }), box([item('B', 3)])]);
      expect(problems.map((p) => [p.code, p.details])).toEqual([
        ['BOX_QUANTITY_MISMATCH', 'msku: A'],
        ['BOX_QUANTITY_MISMATCH', 'msku: B'],
      ]);
      expect(problems[0]!.message).toBe('The boxes hold 9 units of MSKU A; the packing group has 10.');
      expect(problems[1]!.message).toBe('The boxes hold 7 units of MSKU B; the packing group has 6.');
    });

    it('counts a box with quantity n as n boxes', () => {
      expect(codes(tenOfA, [box([item('A', 5)], { quantity: 2 })])).toEqual([]);
      expect(codes(tenOfA, [box([item('A', 5)], { quantity: 3 })])).toEqual(['BOX_QUANTITY_MISMATCH']);
    });

    it('reports an MSKU the group does not have, and an MSKU missing from the boxes', () => {
      const problems = boxProblems(tenOfA, [box([item('A', 10), item('Z', 1)])]);
      expect(problems.map((p) => [p.code, p.message])).toEqual([['BOX_QUANTITY_MISMATCH', 'MSKU Z is not in this packing group.']]);
      expect(boxProblems(group(planItem('A', 10), planItem('B', 2)), [box([item('A', 10)])]).map((p) => p.details)).toEqual(['msku: B']);
    });

    it('reports boxes that list no items at all', () => {
      expect(codes(tenOfA, [box([])])).toEqual(['BOX_QUANTITY_MISMATCH']);
      expect(codes(tenOfA, [{ ...box([]), items: undefined }])).toEqual(['BOX_QUANTITY_MISMATCH']);
    });

    it('keys units by MSKU and expiration', () => {
      const g = group(planItem('A', 6, '2026-09-01'), planItem('A', 4, '2026-12-01'));
      expect(codes(g, [box([item('A', 6, '2026-09-01')]), box([item('A', 2, '2026-12-01')], { quantity: 2 })])).toEqual([]);
      // Ten units of A in all, but five of each expiration: both lots are off.
      expect(codes(g, [box([item('A', 5, '2026-09-01'), item('A', 5, '2026-12-01')])])).toEqual(['BOX_QUANTITY_MISMATCH', 'BOX_QUANTITY_MISMATCH']);
      // Units without the expiration do not count for either lot.
      expect(codes(g, [box([item('A', 10)])])).toEqual(['BOX_QUANTITY_MISMATCH', 'BOX_QUANTITY_MISMATCH', 'BOX_QUANTITY_MISMATCH']);
    });
  });

  it('reports every problem of every box together', () => {
    const problems = boxProblems(tenOfA, [
      box([item('A', 4)], { weight: { value: 51, unit: 'LB' }, dimensions: { length: 26, width: 10, height: 10, unitOfMeasurement: 'IN' } }),
      box([item('A', 4)], { dimensions: { length: 10, width: 0, height: 10, unitOfMeasurement: 'IN' } }),
    ]);
    expect(problems.map((p) => p.code)).toEqual(['BOX_OVERWEIGHT', 'BOX_OVERSIZE', 'BOX_DIMENSIONS_MISSING', 'BOX_QUANTITY_MISMATCH']);
  });
});
