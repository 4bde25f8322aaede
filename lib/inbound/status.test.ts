import { describe, expect, it } from 'vitest';
import { labelRequestProblems, labelsInput, buildLabelsParams } from './labels-input';
import { canCancelShipment, canEditShipment, canPrintLabels, isTransportSettling, timelineOf } from './status';

describe('shipment status rules', () => {
  it('edits only working shipments and cancels until delivery', () => {
    expect(canEditShipment('WORKING')).toBe(true);
    expect(canEditShipment('SHIPPED')).toBe(false);
    expect(['WORKING', 'SHIPPED', 'IN_TRANSIT'].every(canCancelShipment)).toBe(true);
    expect(['DELIVERED', 'RECEIVING', 'CLOSED', 'DELETED'].some(canCancelShipment)).toBe(false);
    expect(canPrintLabels('DELETED')).toBe(false);
    expect(canPrintLabels('WORKING')).toBe(true);
  });

  it('marks the timeline up to the current status', () => {
    expect(timelineOf('IN_TRANSIT').map((s) => s.state)).toEqual(['done', 'done', 'current', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
    expect(timelineOf('CLOSED').every((s) => s.state === 'done')).toBe(true);
    expect(timelineOf('CANCELLED').every((s) => s.state === 'upcoming')).toBe(true);
  });

  it('keeps polling only while Amazon works on the booking', () => {
    expect(['ESTIMATING', 'CONFIRMING', 'VOIDING'].every(isTransportSettling)).toBe(true);
    expect(['ESTIMATED', 'CONFIRMED', 'VOIDED', 'WORKING'].some(isTransportSettling)).toBe(false);
  });
});

describe('label requests', () => {
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
    expect(buildLabelsParams('FBA1', ok)).toEqual({ shipmentId: 'FBA1', PageType: 'PackageLabel_Letter_6', LabelType: 'UNIQUE', NumberOfPackages: 40, PageSize: 20, PageStartIndex: 0 });
  });

  it('prints chosen package ids instead of a count', () => {
    const input = parse({ pageType: 'PackageLabel_Plain_Paper', labelType: 'UNIQUE', packageIds: 'FBA1U000001, FBA1U000003' });
    expect(buildLabelsParams('FBA1', input)).toEqual({ shipmentId: 'FBA1', PageType: 'PackageLabel_Plain_Paper', LabelType: 'UNIQUE', PackageLabelsToPrint: ['FBA1U000001', 'FBA1U000003'] });
  });

  it('rejects page types and label types the model does not list', () => {
    expect(labelsInput.safeParse({ pageType: 'PackageLabel_Letter_8', labelType: 'UNIQUE' }).success).toBe(false);
    expect(labelsInput.safeParse({ pageType: 'PackageLabel_Thermal', labelType: 'QR' }).success).toBe(false);
  });
});
