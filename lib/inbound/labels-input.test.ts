import { describe, expect, it } from 'vitest';
import { buildLabelsParams, labelRequestProblems, labelsInput } from './labels-input';

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
});
