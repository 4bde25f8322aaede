/**
 * The pick list and packing slips for the orders ticked on the list, as a PDF the seller prints
 * before packing merchant-fulfilled orders. Pure: rows in, PDF bytes out (pick-pack.ts reads the
 * rows of one workspace). Only orders the seller still ships (merchant-fulfilled, unshipped or
 * partly shipped, not in-store pick-up) are printed, with the units still to ship; every other
 * selected order is named on a last page with the reason, so nothing drops silently. A slip
 * carries no buyer name or address: those are read only under a Restricted Data Token and never
 * stored (buyer-details.ts); the address label comes from the carrier or Buy Shipping.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { FulfilledBy, OrderStatus } from '@/db/schema/order-vocabulary';
import { formatDayIn, plural } from '@/lib/format';
import { marketplaceTimeZone } from '@/lib/sp-api/types';
import { orderStatusLabel } from './list-filters';
import { MAX_SELECTED_ORDERS } from './selection';

export const PRINT_KINDS = ['pick-list', 'packing-slips'] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

export interface PrintOrderItem {
  sellerSku: string | null;
  asin: string;
  title: string | null;
  quantityOrdered: number;
  quantityShipped: number;
}

export interface PrintOrder {
  amazonOrderId: string;
  marketplaceId: string;
  purchaseDate: Date;
  orderStatus: OrderStatus;
  fulfilledBy: FulfilledBy | null;
  isIspu: boolean;
  items: PrintOrderItem[];
}

/** A line still to ship: the SKU (or, without one, the ASIN) and its units. */
export interface ToShipLine {
  sku: string;
  asin: string;
  title: string;
  units: number;
}

export interface PrintableOrder {
  amazonOrderId: string;
  purchaseDay: string;
  lines: ToShipLine[];
}

export interface PickListLine extends ToShipLine {
  orderIds: string[];
}

export interface PrintSheet {
  printable: PrintableOrder[];
  /** Selected orders left out, in the order selected, with the reason in the seller's words. */
  notIncluded: { amazonOrderId: string; reason: string }[];
  /** "All matching" held more orders than one selection: only the first MAX_SELECTED_ORDERS are here. */
  capped?: boolean;
}

const SHIPPABLE: readonly OrderStatus[] = ['UNSHIPPED', 'PARTIALLY_SHIPPED'];

function toShipLines(items: readonly PrintOrderItem[]): ToShipLine[] {
  return items
    .map((i) => ({ sku: i.sellerSku ?? `ASIN ${i.asin}`, asin: i.asin, title: i.title ?? '', units: i.quantityOrdered - i.quantityShipped }))
    .filter((l) => l.units > 0);
}

/** Why an order is not packed by the seller now; null when it is. */
export function notPrintableReason(order: PrintOrder): string | null {
  if (order.fulfilledBy === 'AMAZON') return 'FBA order: Amazon picks, packs and ships it.';
  if (order.fulfilledBy !== 'MERCHANT') return 'Not yet known who fulfills it: wait for the next sync.';
  if (order.isIspu) return 'The buyer collects this order in store.';
  if (order.orderStatus === 'SHIPPED') return 'Already shipped.';
  if (!SHIPPABLE.includes(order.orderStatus)) return `This order is ${orderStatusLabel(order.orderStatus)}: only unshipped orders are packed.`;
  if (!order.items.length) return 'Its items have not synced yet: open the order to read them from Amazon.';
  if (!toShipLines(order.items).length) return 'Already shipped: every item has gone out.';
  return null;
}

/** The selection split into what is printed and what is not; ids not found in the workspace are "not found", never looked up elsewhere. */
export function printSheet(selectedIds: readonly string[], found: readonly PrintOrder[]): PrintSheet {
  const byId = new Map(found.map((o) => [o.amazonOrderId, o]));
  const sheet: PrintSheet = { printable: [], notIncluded: [] };
  for (const id of selectedIds) {
    const order = byId.get(id);
    if (!order) {
      sheet.notIncluded.push({ amazonOrderId: id, reason: 'Not found in this workspace.' });
      continue;
    }
    const reason = notPrintableReason(order);
    if (reason) sheet.notIncluded.push({ amazonOrderId: id, reason });
    else
      sheet.printable.push({
        amazonOrderId: id,
        purchaseDay: formatDayIn(order.purchaseDate, marketplaceTimeZone(order.marketplaceId)),
        lines: toShipLines(order.items),
      });
  }
  return sheet;
}

/** Each SKU's units across the printable orders, with the orders that want it, sorted by SKU. */
export function pickListLines(printable: readonly PrintableOrder[]): PickListLine[] {
  const bySku = new Map<string, PickListLine>();
  for (const order of printable)
    for (const line of order.lines) {
      const pick = bySku.get(line.sku) ?? { ...line, units: 0, orderIds: [] };
      pick.units += line.units;
      if (!pick.title && line.title) pick.title = line.title;
      if (!pick.orderIds.includes(order.amazonOrderId)) pick.orderIds.push(order.amazonOrderId);
      bySku.set(line.sku, pick);
    }
  return [...bySku.values()].sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
}

const MARGIN = 50;
const GREY = '#555555';

function heading(doc: PDFKit.PDFDocument, title: string, subtitle: string) {
  doc.font(BOLD).fontSize(18).fillColor('black').text(title);
  doc.font(BODY).fontSize(10).fillColor(GREY).text(subtitle).moveDown(1);
}

function drawPickList(doc: PDFKit.PDFDocument, sheet: PrintSheet) {
  const lines = pickListLines(sheet.printable);
  const units = lines.reduce((sum, l) => sum + l.units, 0);
  doc.addPage();
  heading(doc, 'Pick list', `${plural(sheet.printable.length, 'order')}, ${plural(units, 'unit')} to pick.`);
  if (!lines.length) doc.font(BODY).fontSize(11).fillColor('black').text('Nothing to pick: none of the selected orders is waiting for you to ship it.');
  for (const line of lines) {
    doc.font(BOLD).fontSize(12).fillColor('black').text(`${line.units} × ${line.sku}`);
    if (line.title) doc.font(BODY).fontSize(10).text(line.title);
    doc
      .fontSize(9)
      .fillColor(GREY)
      .text(`ASIN ${line.asin}. For ${plural(line.orderIds.length, 'order')}: ${line.orderIds.join(', ')}`)
      .moveDown(0.6);
  }
}

function drawPackingSlips(doc: PDFKit.PDFDocument, sheet: PrintSheet) {
  for (const order of sheet.printable) {
    doc.addPage();
    heading(doc, 'Packing slip', 'No buyer details here: the address label comes from your carrier or Amazon Buy Shipping.');
    doc.font(BOLD).fontSize(13).fillColor('black').text(`Order ${order.amazonOrderId}`);
    doc.font(BODY).fontSize(10).text(`Purchased ${order.purchaseDay}`).moveDown(1);
    doc.font(BOLD).fontSize(11).text('In this package').moveDown(0.3);
    for (const line of order.lines) {
      doc.font(BOLD).fontSize(11).fillColor('black').text(`${line.units} × ${line.sku}`);
      if (line.title) doc.font(BODY).fontSize(10).text(line.title);
      doc.fontSize(9).fillColor(GREY).text(`ASIN ${line.asin}`).moveDown(0.5);
    }
    const units = order.lines.reduce((sum, l) => sum + l.units, 0);
    doc
      .font(BODY)
      .fontSize(10)
      .fillColor('black')
      .text(`${plural(units, 'unit')} in total.`);
  }
  if (!sheet.printable.length) {
    doc.addPage();
    heading(doc, 'Packing slips', 'Nothing to pack: none of the selected orders is waiting for you to ship it.');
  }
}

function drawNotIncluded(doc: PDFKit.PDFDocument, sheet: PrintSheet) {
  if (!sheet.notIncluded.length && !sheet.capped) return;
  doc.addPage();
  heading(doc, 'Not included', `${plural(sheet.notIncluded.length, 'selected order')} not printed, and why.`);
  if (sheet.capped)
    doc
      .font(BOLD)
      .fontSize(11)
      .fillColor('black')
      .text(`More orders match the filter: the first ${MAX_SELECTED_ORDERS} in the list's order are printed. Ship these, then print again for the rest.`)
      .moveDown(0.5);
  for (const { amazonOrderId, reason } of sheet.notIncluded) {
    doc.font(BOLD).fontSize(11).fillColor('black').text(amazonOrderId, { continued: true });
    doc.font(BODY).text(`: ${reason}`);
  }
}

/**
 * DejaVu Sans (lib/orders/fonts, Bitstream Vera licence): item titles come in the marketplace's
 * language, and PDF's built-in Helvetica has no glyphs beyond Latin-1 (Polish, Turkish, Greek,
 * Cyrillic titles came out garbled). pdfkit embeds only the glyphs a document uses.
 */
const BODY = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';
let fonts: { body: Buffer; bold: Buffer } | undefined;
function loadFonts() {
  const dir = path.join(process.cwd(), 'lib/orders/fonts');
  fonts ??= { body: readFileSync(path.join(dir, 'DejaVuSans.ttf')), bold: readFileSync(path.join(dir, 'DejaVuSans-Bold.ttf')) };
  return fonts;
}

/** The PDF's bytes: the pick list (one list, as many pages as it runs to) or one slip page per order, then the "Not included" page when any was left out. */
export function orderPrintPdf(kind: PrintKind, sheet: PrintSheet): Promise<Buffer> {
  const title = kind === 'pick-list' ? 'Pick list' : 'Packing slips';
  const doc = new PDFDocument({ size: 'LETTER', margin: MARGIN, autoFirstPage: false, info: { Title: title } });
  const { body, bold } = loadFonts();
  doc.registerFont(BODY, body);
  doc.registerFont(BOLD, bold);
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      if (kind === 'pick-list') drawPickList(doc, sheet);
      else drawPackingSlips(doc, sheet);
      drawNotIncluded(doc, sheet);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}
