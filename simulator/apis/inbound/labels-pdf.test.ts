import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readCode128, rasterisePdf } from './label-scanning.js';
import { findOperation } from '../../core/models.js';
import { buildLabelsPdf, labelCell, labelsPerPage, packageLabelId, palletLabelId, type LabelDocument, type PageType } from './labels-pdf.js';

/** Every PageType getLabels accepts, read from the model itself. */
const PAGE_TYPES = findOperation('fulfillmentInboundV0.json', 'getLabels').parameters.find((p) => p.name === 'PageType')?.enum as PageType[];

const hasPdftoppm = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const address = { Name: 'Demo Seller', AddressLine1: '1 Main St', City: 'Seattle', StateOrProvinceCode: 'WA', CountryCode: 'US', PostalCode: '98101' };

function labelDocument(pageType: PageType, ids: string[], extra: Partial<LabelDocument> = {}): LabelDocument {
  return {
    pageType,
    labelType: 'UNIQUE',
    shipmentId: 'FBA15DJ9S3J5',
    shipmentName: 'Spring restock',
    destinationFulfillmentCenterId: 'ABE8',
    shipFrom: address,
    shipTo: { ...address, Name: 'Amazon ABE8', City: 'Florence', StateOrProvinceCode: 'NJ', PostalCode: '08518' },
    labels: ids.map((id, index) => ({ barcodeText: id, caption: `Box ${index + 1} of ${ids.length}` })),
    ...extra,
  };
}

/** Reads every label cell of every page, in print order. */
function scanLabels(pdf: Uint8Array, pageType: PageType, count: number, dpi = 200): (string | undefined)[] {
  const pages = rasterisePdf(pdf, dpi);
  const perPage = labelsPerPage(pageType);
  expect(pages).toHaveLength(Math.ceil(count / perPage));
  return Array.from({ length: count }, (_, index) => {
    const page = pages[Math.floor(index / perPage)];
    return page && readCode128(page, labelCell(pageType, index % perPage), dpi);
  });
}

describe.skipIf(!hasPdftoppm)('label PDFs (needs poppler-utils)', () => {
  it('prints one scannable label per package on Letter_6 sheets', async () => {
    const ids = Array.from({ length: 7 }, (_, i) => packageLabelId('FBA15DJ9S3J5', i + 1));
    const pdf = await buildLabelsPdf(labelDocument('PackageLabel_Letter_6', ids));
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(scanLabels(pdf, 'PackageLabel_Letter_6', ids.length)).toEqual(ids);
  });

  it.each(PAGE_TYPES)('lays out readable labels on %s', async (pageType) => {
    const ids = Array.from({ length: labelsPerPage(pageType) + 1 }, (_, i) => packageLabelId('FBA15DJ9S3J5', i + 1));
    const pdf = await buildLabelsPdf(
      labelDocument(pageType, ids, {
        labels: ids.map((id, i) => ({
          barcodeText: id,
          caption: `Box ${i + 1}`,
          carrier: { name: 'UNITED_PARCEL_SERVICE_INC', trackingId: `1Z00000000A${i}` },
        })),
      }),
    );
    expect(scanLabels(pdf, pageType, ids.length)).toEqual(ids);
  });

  it('keeps the Code 128 readable next to the BARCODE_2D box-content symbol', async () => {
    const ids = [1, 2, 3].map((n) => packageLabelId('FBA15DJ9S3J5', n));
    const pdf = await buildLabelsPdf(
      labelDocument('PackageLabel_Letter_4', ids, {
        labelType: 'BARCODE_2D',
        labels: ids.map((id) => ({ barcodeText: id, caption: 'Box', contents2d: 'AMZN,PO:FBA15DJ9S3J5,FNSKU:X001ABCDEF,QTY:12' })),
      }),
    );
    expect(scanLabels(pdf, 'PackageLabel_Letter_4', ids.length)).toEqual(ids);
  });

  it('prints pallet ids on thermal labels', async () => {
    const ids = [1, 1, 1, 1, 2, 2, 2, 2].map((n) => palletLabelId('FBA15DJ9S3J5', n));
    const pdf = await buildLabelsPdf(labelDocument('PackageLabel_Thermal', ids, { labelType: 'PALLET' }));
    expect(scanLabels(pdf, 'PackageLabel_Thermal', ids.length)).toEqual(ids);
  });
});
