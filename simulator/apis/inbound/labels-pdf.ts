/**
 * Printable FBA package and pallet labels: one label per package (or four per pallet, as the
 * model says), laid out on the sheet the PageType names, each with a Code 128 barcode of the
 * package or pallet id. BARCODE_2D labels add a PDF417 symbol with the box contents.
 */
import bwipjs from 'bwip-js/node';
import PDFDocument from 'pdfkit';
import type { Address, GetLabelsParams } from '../../../lib/sp-api/generated/fulfillment-inbound-v0.js';

export type PageType = GetLabelsParams['PageType'];
export type LabelType = GetLabelsParams['LabelType'];

const INCH = 72;
const LETTER = { width: 8.5 * INCH, height: 11 * INCH };
const A4 = { width: 595.28, height: 841.89 };
const THERMAL = { width: 4 * INCH, height: 6 * INCH };

export interface LabelLayout {
  pageWidth: number;
  pageHeight: number;
  columns: number;
  rows: number;
  margin: number;
  /** Where the carrier block sits for partnered small parcel labels. */
  carrierPosition: 'top' | 'left' | 'bottom';
}

const layouts: Record<PageType, LabelLayout> = {
  PackageLabel_Letter_2: { ...page(LETTER), columns: 1, rows: 2, margin: 18, carrierPosition: 'top' },
  PackageLabel_Letter_4: { ...page(LETTER), columns: 2, rows: 2, margin: 18, carrierPosition: 'top' },
  PackageLabel_Letter_6: { ...page(LETTER), columns: 2, rows: 3, margin: 18, carrierPosition: 'top' },
  PackageLabel_Letter_6_CarrierLeft: { ...page(LETTER), columns: 2, rows: 3, margin: 18, carrierPosition: 'left' },
  PackageLabel_A4_2: { ...page(A4), columns: 1, rows: 2, margin: 18, carrierPosition: 'top' },
  PackageLabel_A4_4: { ...page(A4), columns: 2, rows: 2, margin: 18, carrierPosition: 'top' },
  PackageLabel_Plain_Paper: { ...page(LETTER), columns: 1, rows: 1, margin: 36, carrierPosition: 'top' },
  PackageLabel_Plain_Paper_CarrierBottom: { ...page(LETTER), columns: 1, rows: 1, margin: 36, carrierPosition: 'bottom' },
  PackageLabel_Thermal: { ...page(THERMAL), columns: 1, rows: 1, margin: 8, carrierPosition: 'top' },
  PackageLabel_Thermal_Unified: { ...page(THERMAL), columns: 1, rows: 1, margin: 8, carrierPosition: 'top' },
  PackageLabel_Thermal_NonPCP: { ...page(THERMAL), columns: 1, rows: 1, margin: 8, carrierPosition: 'top' },
  PackageLabel_Thermal_No_Carrier_Rotation: { ...page(THERMAL), columns: 1, rows: 1, margin: 8, carrierPosition: 'top' },
};

function page(size: { width: number; height: number }) {
  return { pageWidth: size.width, pageHeight: size.height };
}

export function labelLayout(pageType: PageType): LabelLayout {
  return layouts[pageType];
}

/** The rectangle (PDF points, origin top-left) of the n-th label on its page. */
export function labelCell(pageType: PageType, indexOnPage: number): { x: number; y: number; width: number; height: number } {
  const layout = layouts[pageType];
  const width = (layout.pageWidth - 2 * layout.margin) / layout.columns;
  const height = (layout.pageHeight - 2 * layout.margin) / layout.rows;
  const column = indexOnPage % layout.columns;
  const row = Math.floor(indexOnPage / layout.columns);
  return { x: layout.margin + column * width, y: layout.margin + row * height, width, height };
}

export function labelsPerPage(pageType: PageType): number {
  const layout = layouts[pageType];
  return layout.columns * layout.rows;
}

export const packageLabelId = (shipmentId: string, packageNumber: number) => `${shipmentId}U${String(packageNumber).padStart(6, '0')}`;
export const palletLabelId = (shipmentId: string, palletNumber: number) => `${shipmentId}PLT${String(palletNumber).padStart(3, '0')}`;

export interface LabelSpec {
  /** Encoded in the Code 128 barcode: the carton id (package) or pallet id. */
  barcodeText: string;
  /** e.g. "Box 2 of 5" or "Pallet 1 of 2 (label 3 of 4)". */
  caption: string;
  /** BARCODE_2D only: box contents for the PDF417 symbol. */
  contents2d?: string;
  carrier?: { name: string; trackingId: string };
}

export interface LabelDocument {
  pageType: PageType;
  labelType: LabelType;
  shipmentId: string;
  shipmentName: string;
  destinationFulfillmentCenterId: string;
  shipFrom: Address;
  shipTo: Address;
  labels: LabelSpec[];
}

export async function barcodePng(bcid: 'code128' | 'pdf417', text: string): Promise<Buffer> {
  return bwipjs.toBuffer({
    bcid,
    text,
    scale: 3,
    height: bcid === 'code128' ? 15 : 8,
    ...(bcid === 'pdf417' ? { columns: 4 } : {}),
    includetext: false,
    paddingwidth: bcid === 'code128' ? 12 : 2,
    paddingheight: 2,
    backgroundcolor: 'FFFFFF',
  });
}

/** Modules of white either side of a Code 128 symbol (the standard asks for at least 10). */
const QUIET_ZONE = 10;

/**
 * Code 128 drawn as vector bars, fitted into the box and centred in it with its quiet zone: print-exact
 * at any size, and far cheaper than an image per label (a 200-box sheet has 200 different ids).
 */
export function drawCode128(doc: PDFKit.PDFDocument, text: string, box: { x: number; y: number; width: number; height: number }): void {
  const [symbol] = bwipjs.raw('code128', text, '') as Array<{ sbs: number[] }>;
  const widths = symbol!.sbs;
  const moduleWidth = box.width / (widths.reduce((sum, w) => sum + w, 0) + 2 * QUIET_ZONE);
  let x = box.x + QUIET_ZONE * moduleWidth;
  // sbs alternates bar, space, bar, ... in modules.
  widths.forEach((w, i) => {
    if (i % 2 === 0) doc.rect(x, box.y, w * moduleWidth, box.height);
    x += w * moduleWidth;
  });
  doc.fill('#000000');
}

/** Runs a pdfkit document to completion and returns its bytes. */
export function renderPdf(size: [number, number], draw: (doc: PDFKit.PDFDocument) => Promise<void>): Promise<Uint8Array> {
  const doc = new PDFDocument({ size, margin: 0, autoFirstPage: false, info: { Title: 'FBA', Producer: 'SP-API simulator' } });
  const chunks: Buffer[] = [];
  return new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    draw(doc).then(() => doc.end(), reject);
  });
}

export function formatAddress(address: Address): string {
  return [
    address.Name,
    address.AddressLine1,
    address.AddressLine2,
    `${address.City}, ${address.StateOrProvinceCode} ${address.PostalCode}`,
    address.CountryCode,
  ]
    .filter(Boolean)
    .join('\n');
}

export async function buildLabelsPdf(input: LabelDocument): Promise<Uint8Array> {
  const layout = layouts[input.pageType];
  const perPage = labelsPerPage(input.pageType);
  return renderPdf([layout.pageWidth, layout.pageHeight], async (doc) => {
    for (const [index, label] of input.labels.entries()) {
      if (index % perPage === 0) doc.addPage({ size: [layout.pageWidth, layout.pageHeight], margin: 0 });
      const cell = labelCell(input.pageType, index % perPage);
      const twoD = label.contents2d ? await barcodePng('pdf417', label.contents2d) : undefined;
      drawLabel(doc, input, label, cell, layout, twoD);
    }
  });
}

function drawLabel(
  doc: PDFKit.PDFDocument,
  input: LabelDocument,
  label: LabelSpec,
  cell: { x: number; y: number; width: number; height: number },
  layout: LabelLayout,
  pdf417: Buffer | undefined,
): void {
  const pad = Math.max(6, Math.min(cell.width, cell.height) * 0.04);
  doc
    .lineWidth(0.75)
    .rect(cell.x + 2, cell.y + 2, cell.width - 4, cell.height - 4)
    .stroke('#000000');
  let inner = { x: cell.x + pad, y: cell.y + pad, width: cell.width - 2 * pad, height: cell.height - 2 * pad };
  const small = Math.max(5.5, Math.min(9, inner.height / 28));

  if (label.carrier && layout.carrierPosition === 'left') {
    const carrierWidth = inner.width * 0.22;
    doc
      .fontSize(small)
      .fillColor('#000000')
      .text(`${label.carrier.name}\n${label.carrier.trackingId}`, inner.x, inner.y, { width: carrierWidth - 4 });
    inner = { ...inner, x: inner.x + carrierWidth, width: inner.width - carrierWidth };
  }

  doc
    .font('Helvetica-Bold')
    .fontSize(small * 1.6)
    .fillColor('#000000')
    .text(input.labelType === 'PALLET' ? 'FBA PALLET' : 'FBA', inner.x, inner.y, { width: inner.width });
  doc.font('Helvetica').fontSize(small).text('PLEASE LEAVE THIS LABEL UNCOVERED', { width: inner.width });
  const addressTop = doc.y + small * 0.5;
  const half = inner.width / 2 - 4;
  doc.font('Helvetica-Bold').text('SHIP FROM:', inner.x, addressTop, { width: half });
  doc.font('Helvetica').text(formatAddress(input.shipFrom), { width: half });
  const fromBottom = doc.y;
  doc.font('Helvetica-Bold').text('SHIP TO:', inner.x + half + 8, addressTop, { width: half });
  doc.font('Helvetica').text(`${formatAddress(input.shipTo)}\n${input.destinationFulfillmentCenterId}`, { width: half });
  let top = Math.max(fromBottom, doc.y) + small * 0.5;

  if (label.carrier && layout.carrierPosition === 'top') {
    doc.font('Helvetica-Bold').text(`${label.carrier.name}  TRACKING #: ${label.carrier.trackingId}`, inner.x, top, { width: inner.width });
    top = doc.y + small * 0.5;
  }
  const bottomReserve = label.carrier && layout.carrierPosition === 'bottom' ? small * 3 : 0;
  const textBelow = small * 4.2;
  const available = inner.y + inner.height - top - textBelow - bottomReserve;
  // With a 2D symbol the Code 128 keeps the full width and the PDF417 takes the space below the text.
  const barcodeHeight = Math.max(18, Math.min(pdf417 ? available * 0.45 : available, inner.height * 0.3));
  // As wide as a 4-inch label's barcode at most, so every sheet prints bars a scanner reads alike.
  const barcodeWidth = Math.min(inner.width, 3.6 * INCH);
  drawCode128(doc, label.barcodeText, { x: inner.x + (inner.width - barcodeWidth) / 2, y: top, width: barcodeWidth, height: barcodeHeight });
  const textTop = top + barcodeHeight + small * 0.4;
  doc
    .font('Courier-Bold')
    .fontSize(small * 1.3)
    .text(label.barcodeText, inner.x, textTop, { width: inner.width, align: 'center' });
  doc.font('Helvetica').fontSize(small).text(`${input.shipmentName} - ${input.shipmentId}\n${label.caption}`, inner.x, doc.y, {
    width: inner.width,
    align: 'center',
  });
  if (pdf417) {
    const twoDTop = doc.y + small * 0.5;
    const twoDHeight = inner.y + inner.height - bottomReserve - twoDTop;
    if (twoDHeight > 12) {
      doc.image(pdf417, inner.x + inner.width * 0.15, twoDTop, { fit: [inner.width * 0.7, twoDHeight], align: 'center' });
    }
  }
  if (label.carrier && layout.carrierPosition === 'bottom') {
    doc
      .font('Helvetica-Bold')
      .text(`${label.carrier.name}  TRACKING #: ${label.carrier.trackingId}`, inner.x, inner.y + inner.height - bottomReserve, { width: inner.width });
  }
}
