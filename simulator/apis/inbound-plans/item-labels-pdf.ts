/**
 * FNSKU unit labels (createMarketplaceItemLabels) as a PDF: sheets of the model's page types
 * (columns x rows on A4 or Letter) or one thermal label per page at the width and height
 * asked for (millimetres). Each label: Code 128 of the FNSKU, the FNSKU, title and condition.
 */
import type { ItemLabelPageType } from '../../../lib/sp-api/generated/fulfillment-inbound-2024-03-20.js';
import { drawCode128, renderPdf } from '../inbound/labels-pdf.js';

const MM = 72 / 25.4;
const A4: [number, number] = [595.28, 841.89];
const LETTER: [number, number] = [612, 792];

/** Sheet page types: paper, columns and rows. */
const SHEETS: Record<ItemLabelPageType, { page: [number, number]; columns: number; rows: number }> = {
  A4_21: { page: A4, columns: 3, rows: 7 },
  A4_24: { page: A4, columns: 3, rows: 8 },
  A4_24_64x33: { page: A4, columns: 3, rows: 8 },
  A4_24_66x35: { page: A4, columns: 3, rows: 8 },
  A4_24_70x36: { page: A4, columns: 3, rows: 8 },
  A4_24_70x37: { page: A4, columns: 3, rows: 8 },
  A4_24i: { page: A4, columns: 3, rows: 8 },
  A4_27: { page: A4, columns: 3, rows: 9 },
  A4_40_52x29: { page: A4, columns: 4, rows: 10 },
  A4_44_48x25: { page: A4, columns: 4, rows: 11 },
  Letter_30: { page: LETTER, columns: 3, rows: 10 },
};

export interface ItemLabel {
  fnsku: string;
  title: string;
}

export type ItemLabelLayout = { kind: 'sheet'; pageType: ItemLabelPageType } | { kind: 'thermal'; widthMm: number; heightMm: number };

export async function buildItemLabelsPdf(labels: ItemLabel[], layout: ItemLabelLayout): Promise<Uint8Array> {
  const sheet = layout.kind === 'sheet' ? SHEETS[layout.pageType] : undefined;
  const page: [number, number] = sheet
    ? sheet.page
    : [layout.kind === 'thermal' ? layout.widthMm * MM : 0, layout.kind === 'thermal' ? layout.heightMm * MM : 0];
  const perPage = sheet ? sheet.columns * sheet.rows : 1;
  const cellWidth = sheet ? page[0] / sheet.columns : page[0];
  const cellHeight = sheet ? page[1] / sheet.rows : page[1];
  return renderPdf(page, async (doc) => {
    for (const [index, label] of labels.entries()) {
      const slot = index % perPage;
      if (slot === 0) doc.addPage({ size: page, margin: 0 });
      const x = sheet ? (slot % sheet.columns) * cellWidth : 0;
      const y = sheet ? Math.floor(slot / sheet.columns) * cellHeight : 0;
      const pad = Math.min(cellWidth, cellHeight) * 0.06;
      const barcodeHeight = cellHeight * 0.45;
      drawCode128(doc, label.fnsku, { x: x + pad, y: y + pad, width: cellWidth - 2 * pad, height: barcodeHeight });
      const fontSize = Math.max(5, Math.min(9, cellHeight / 9));
      doc.font('Helvetica').fontSize(fontSize);
      doc.text(label.fnsku, x + pad, y + pad + barcodeHeight + 1, { width: cellWidth - 2 * pad, align: 'center', lineBreak: false });
      doc.text(label.title, x + pad, y + pad + barcodeHeight + fontSize + 2, {
        width: cellWidth - 2 * pad,
        height: fontSize * 1.2,
        ellipsis: true,
        lineBreak: false,
      });
      doc.text('New', x + pad, y + pad + barcodeHeight + 2 * fontSize + 3, { width: cellWidth - 2 * pad, lineBreak: false });
    }
  });
}
