import { describe, expect, it } from 'vitest';
import { CONTROL_CHARACTER_MESSAGE } from '@/lib/validation/text-input';
import { buildLabelsParams, labelRequestProblems, labelsInput, withKnownCounts } from './labels-input';

const parse = (input: Record<string, unknown>) => labelsInput.parse(input);
const ownLtl = { shipmentType: 'LTL' as const, isPartnered: false };

describe('label request', () => {
  it('asks for page size and start index for every non-partnered LTL request, pallet labels included', () => {
    const pallet = parse({ pageType: 'PackageLabel_Letter_4', labelType: 'PALLET', numberOfPallets: '2' });
    expect(Object.keys(labelRequestProblems(pallet, ownLtl)).sort()).toEqual(['pageSize', 'pageStartIndex']);
    const withPage = parse({ pageType: 'PackageLabel_Letter_4', labelType: 'PALLET', numberOfPallets: '2', pageSize: '4', pageStartIndex: '0' });
    expect(labelRequestProblems(withPage, ownLtl)).toEqual({});
    expect(buildLabelsParams('FBA1', withPage)).toMatchObject({ NumberOfPallets: 2, PageSize: 4, PageStartIndex: 0 });
    // Partnered LTL does not page.
    expect(labelRequestProblems(pallet, { shipmentType: 'LTL', isPartnered: true })).toEqual({});
  });

  it('prints at most 999 chosen package ids, as the model allows', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `FBA1U${String(i + 1).padStart(6, '0')}`).join(',');
    expect(labelsInput.safeParse({ pageType: 'PackageLabel_Letter_2', labelType: 'UNIQUE', packageIds: ids(999) }).success).toBe(true);
    const tooMany = labelsInput.safeParse({ pageType: 'PackageLabel_Letter_2', labelType: 'UNIQUE', packageIds: ids(1000) });
    expect(tooMany.success).toBe(false);
    expect(tooMany.error?.issues[0]?.message).toMatch(/at most 999/);
  });

  it("holds package ids to the shared text rules: no control character reaches Amazon's query string", () => {
    const parsed = labelsInput.safeParse({ pageType: 'PackageLabel_Letter_2', labelType: 'UNIQUE', packageIds: 'FBA1U000001\u0000,FBA1U000002' });
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['packageIds', CONTROL_CHARACTER_MESSAGE]]);
    expect(labelsInput.parse({ pageType: 'PackageLabel_Letter_2', labelType: 'UNIQUE', packageIds: 'FBA1U000001\r\n\tFBA1U000002' }).packageIds).toEqual([
      'FBA1U000001',
      'FBA1U000002',
    ]);
  });
});

describe('label request form', () => {
  const parse = (q: Record<string, string>) => labelsInput.parse(q);

  it('needs a package count or ids for package labels and a pallet count for pallet labels', () => {
    const sp = { shipmentType: 'SP' as const, isPartnered: true };
    expect(labelRequestProblems(parse({ pageType: 'PackageLabel_Thermal', labelType: 'UNIQUE' }), sp)).toHaveProperty('numberOfPackages');
    expect(labelRequestProblems(parse({ pageType: 'PackageLabel_Thermal', labelType: 'PALLET' }), sp)).toHaveProperty('numberOfPallets');
    expect(labelRequestProblems(parse({ pageType: 'PackageLabel_Thermal', labelType: 'PALLET', numberOfPallets: '2' }), sp)).toHaveProperty('labelType');
    expect(labelRequestProblems(parse({ pageType: 'PackageLabel_A4_4', labelType: 'BARCODE_2D', numberOfPackages: '3' }), sp)).toEqual({});
  });

  it('needs page size and start index for non-partnered LTL', () => {
    const own = { shipmentType: 'LTL' as const, isPartnered: false };
    const problems = labelRequestProblems(parse({ pageType: 'PackageLabel_Letter_6', labelType: 'UNIQUE', numberOfPackages: '40' }), own);
    expect(Object.keys(problems).sort()).toEqual(['pageSize', 'pageStartIndex']);
    const ok = parse({ pageType: 'PackageLabel_Letter_6', labelType: 'UNIQUE', numberOfPackages: '40', pageSize: '20', pageStartIndex: '0' });
    expect(labelRequestProblems(ok, own)).toEqual({});
    expect(buildLabelsParams('FBA1', ok)).toEqual({
      shipmentId: 'FBA1',
      PageType: 'PackageLabel_Letter_6',
      LabelType: 'UNIQUE',
      NumberOfPackages: 40,
      PageSize: 20,
      PageStartIndex: 0,
    });
  });

  it('prints chosen package ids instead of a count', () => {
    const input = parse({ pageType: 'PackageLabel_Plain_Paper', labelType: 'UNIQUE', packageIds: 'FBA1U000001, FBA1U000003' });
    expect(buildLabelsParams('FBA1', input)).toEqual({
      shipmentId: 'FBA1',
      PageType: 'PackageLabel_Plain_Paper',
      LabelType: 'UNIQUE',
      PackageLabelsToPrint: ['FBA1U000001', 'FBA1U000003'],
    });
  });

  it('rejects page types and label types the model does not list', () => {
    expect(labelsInput.safeParse({ pageType: 'PackageLabel_Letter_8', labelType: 'UNIQUE' }).success).toBe(false);
    expect(labelsInput.safeParse({ pageType: 'PackageLabel_Thermal', labelType: 'QR' }).success).toBe(false);
  });
});

describe('labels of a shipment whose boxes and pallets Amazon already knows', () => {
  const known = { shipmentType: 'LTL' as const, isPartnered: true, packageCount: 12, palletCount: 2 };

  it('takes the number of boxes and pallets from the booking instead of asking again', () => {
    const boxes = withKnownCounts(parse({ pageType: 'PackageLabel_Letter_4', labelType: 'UNIQUE' }), known);
    expect(labelRequestProblems(boxes, known)).toEqual({});
    expect(buildLabelsParams('FBA1', boxes)).toMatchObject({ LabelType: 'UNIQUE', NumberOfPackages: 12 });
    const pallets = withKnownCounts(parse({ pageType: 'PackageLabel_Letter_4', labelType: 'PALLET' }), known);
    expect(labelRequestProblems(pallets, known)).toEqual({});
    expect(buildLabelsParams('FBA1', pallets)).toMatchObject({ LabelType: 'PALLET', NumberOfPallets: 2 });
  });

  it('still asks when nothing is known, and prints chosen package ids as chosen', () => {
    const none = { shipmentType: 'SP' as const, isPartnered: false, packageCount: 0, palletCount: 0 };
    expect(labelRequestProblems(withKnownCounts(parse({ pageType: 'PackageLabel_Letter_4', labelType: 'UNIQUE' }), none), none)).toHaveProperty(
      'numberOfPackages',
    );
    const ids = withKnownCounts(parse({ pageType: 'PackageLabel_Letter_4', labelType: 'UNIQUE', packageIds: 'FBA1U000002' }), known);
    expect(buildLabelsParams('FBA1', ids)).toEqual({
      shipmentId: 'FBA1',
      PageType: 'PackageLabel_Letter_4',
      LabelType: 'UNIQUE',
      PackageLabelsToPrint: ['FBA1U000002'],
    });
  });
});
