/**
 * FNSKU unit labels: one label per unit on the sheet asked for, in order, each with a Code 128
 * of its FNSKU that a scanner reads from the printed page (rasterised as a printer would).
 */
import { describe, expect, it } from 'vitest';
import { rasterisePdf, readCode128 } from '../inbound/label-scanning.js';
import { buildItemLabelsPdf } from './item-labels-pdf.js';

const POINTS_PER_INCH = 72;
const pagesOf = (pdf: Uint8Array) =>
  (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b/g) ?? []
  ).length;

describe('FNSKU labels', () => {
  it('fills Letter 30 sheets in order, one label a unit, each barcode readable', async () => {
    const labels = [
      ...Array.from({ length: 29 }, () => ({ fnsku: 'X00FIRST01', title: 'Blue mug' })),
      ...Array.from({ length: 3 }, () => ({ fnsku: 'X00SECOND2', title: 'Red mug with a rather long title that does not fit' })),
    ];
    const pdf = await buildItemLabelsPdf(labels, { kind: 'sheet', pageType: 'Letter_30' });
    expect(pagesOf(pdf)).toBe(2);
    const dpi = 200;
    const [first, second] = rasterisePdf(pdf, dpi);
    // Letter 30: 3 columns of 10 rows; the barcode sits in the upper half of a cell.
    const cell = (page: NonNullable<typeof first>, slot: number) => {
      const width = (8.5 * POINTS_PER_INCH) / 3;
      const height = (11 * POINTS_PER_INCH) / 10;
      return readCode128(page, { x: (slot % 3) * width, y: Math.floor(slot / 3) * height, width, height: height * 0.6 }, dpi);
    };
    expect([cell(first!, 0), cell(first!, 28), cell(first!, 29), cell(second!, 1)]).toEqual(['X00FIRST01', 'X00FIRST01', 'X00SECOND2', 'X00SECOND2']);
    expect(cell(second!, 2)).toBeUndefined();
  });

  it('prints one thermal label a page at the size asked for', async () => {
    const pdf = await buildItemLabelsPdf(
      Array.from({ length: 3 }, () => ({ fnsku: 'X00THERMAL', title: 'Mug' })),
      { kind: 'thermal', widthMm: 50, heightMm: 25 },
    );
    expect(pagesOf(pdf)).toBe(3);
    const [page] = rasterisePdf(pdf, 300);
    const mm = POINTS_PER_INCH / 25.4;
    expect(readCode128(page!, { x: 0, y: 0, width: 50 * mm, height: 15 * mm }, 300)).toBe('X00THERMAL');
  });
});
