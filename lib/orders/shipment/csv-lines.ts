/**
 * Confirming shipments from a CSV of tracking numbers: the file is read in the browser, each
 * line checked on its own (carrier Amazon knows, tracking number, ship date), and only the
 * lines travel to the server, a few at a time, where the order itself is checked and confirmed
 * through the one confirmation service. Each line ships ALL the order's still-unshipped units in
 * one package. Client-safe and pure.
 */
import { z } from 'zod';
import { parseCsv } from '@/lib/outbound/types';
import { carrierCodeOf, carrierLabel, OTHER_CARRIER } from './carriers';

export const MAX_SHIPMENT_CSV_BYTES = 500_000;
export const MAX_SHIPMENT_CSV_ROWS = 500;
/** Lines per server action: small, so the page shows progress and a slow Amazon never holds a request long. */
export const SHIPMENT_CSV_BATCH = 5;

export interface ShipmentLine {
  /** Line in the file (the header is line 1). */
  line: number;
  orderId: string;
  /** Amazon's carrier code (Other for a carrier it does not list). */
  carrierCode: string;
  carrierName: string;
  trackingNumber: string;
  /** YYYY-MM-DD. */
  shipDate: string;
  shippingMethod: string;
  /** Why this line cannot be confirmed, in the seller's words; null when it can go. */
  problem: string | null;
}

export type ShipmentCsvResult = { ok: true; lines: ShipmentLine[] } | { ok: false; message: string };

type Column = 'orderId' | 'carrier' | 'carrierName' | 'trackingNumber' | 'shipDate' | 'shippingMethod';

const HEADER_NAMES: Record<string, Column> = {
  orderid: 'orderId',
  amazonorderid: 'orderId',
  order: 'orderId',
  carrier: 'carrier',
  carriercode: 'carrier',
  carriername: 'carrierName',
  trackingnumber: 'trackingNumber',
  tracking: 'trackingNumber',
  trackingid: 'trackingNumber',
  shipdate: 'shipDate',
  shippingdate: 'shipDate',
  shippingmethod: 'shippingMethod',
  shipmethod: 'shippingMethod',
  method: 'shippingMethod',
};

const REQUIRED: Array<[Column, string]> = [
  ['orderId', 'order id'],
  ['carrier', 'carrier'],
  ['trackingNumber', 'tracking number'],
];

export const TRACKING_PATTERN = /^[A-Za-z0-9-]{1,64}$/;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function realDay(day: string): boolean {
  if (!DAY_PATTERN.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** The carrier cell: a listed carrier's code or name, or "Other" with the name in its own column or after a colon ("Other: Acme Post"). */
export function readCarrier(cell: string, nameCell: string): { code: string; name: string } | { problem: string } {
  const typed = cell.trim();
  if (!typed) return { problem: 'The carrier is missing.' };
  const colon = typed.match(/^other\s*[:\-–]\s*(.+)$/i);
  if (colon) return { code: OTHER_CARRIER, name: colon[1]!.trim().slice(0, 64) };
  const code = carrierCodeOf(typed);
  if (!code) return { problem: `“${typed}” is not a carrier Amazon knows. Use one from the carrier list, or “Other: <carrier name>”.` };
  if (code === OTHER_CARRIER) {
    const name = nameCell.trim();
    return name ? { code, name: name.slice(0, 64) } : { problem: 'Name the carrier when it is Other (“Other: <carrier name>”).' };
  }
  return { code, name: '' };
}

/** One line's own checks (the order itself is checked on the server). `today` is the seller's day, YYYY-MM-DD. */
export function checkShipmentLine(
  fields: Omit<ShipmentLine, 'problem' | 'carrierCode' | 'carrierName'> & { carrier: string; carrierName: string },
  today: string,
): ShipmentLine {
  const base = {
    line: fields.line,
    orderId: fields.orderId.trim(),
    trackingNumber: fields.trackingNumber.trim(),
    shipDate: fields.shipDate.trim() || today,
    shippingMethod: fields.shippingMethod.trim(),
  };
  const carrier = readCarrier(fields.carrier, fields.carrierName);
  const withCarrier = { ...base, carrierCode: 'code' in carrier ? carrier.code : fields.carrier.trim(), carrierName: 'name' in carrier ? carrier.name : '' };
  const problem = (p: string): ShipmentLine => ({ ...withCarrier, problem: p });
  if (!base.orderId) return problem('The order id is missing.');
  if (!/^\d{3}-\d{7}-\d{7}$/.test(base.orderId)) return problem(`“${base.orderId.slice(0, 40)}” is not an Amazon order id (like 123-1234567-1234567).`);
  if ('problem' in carrier) return problem(carrier.problem);
  if (!base.trackingNumber) return problem('The tracking number is missing.');
  if (!TRACKING_PATTERN.test(base.trackingNumber)) return problem('The tracking number may hold letters, digits and hyphens only (64 at most).');
  if (!realDay(base.shipDate)) return problem(`The ship date “${base.shipDate.slice(0, 20)}” is not a date written YYYY-MM-DD.`);
  if (base.shipDate > today) return problem('The ship date is in the future.');
  if (base.shippingMethod.length > 64) return problem('The shipping method is longer than 64 characters.');
  return { ...withCarrier, problem: null };
}

/** The whole file: its header names the columns (any order, any case); each data line is checked; an order twice is refused on its second line. */
export function parseShipmentCsv(text: string, today: string): ShipmentCsvResult {
  const parsed = parseCsv(text, { maxBytes: MAX_SHIPMENT_CSV_BYTES, maxRows: MAX_SHIPMENT_CSV_ROWS });
  if (!parsed.ok) return parsed;
  const { header, rows, lines } = parsed.table;
  const columns = new Map<Column, number>();
  header.forEach((name, i) => {
    const column = HEADER_NAMES[name.toLowerCase().replace(/[^a-z]/g, '')];
    if (column && !columns.has(column)) columns.set(column, i);
  });
  const missing = REQUIRED.filter(([c]) => !columns.has(c)).map(([, label]) => label);
  if (missing.length)
    return {
      ok: false,
      message: `The first line must name the columns; ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. Expected: order id, carrier, tracking number, ship date (optional), shipping method (optional).`,
    };
  if (!rows.length) return { ok: false, message: 'The file has no lines under its header.' };
  const cell = (row: string[], column: Column) => {
    const i = columns.get(column);
    return i === undefined ? '' : (row[i] ?? '');
  };
  const seen = new Map<string, number>();
  const out = rows.map((row, i) => {
    const checked = checkShipmentLine(
      {
        line: lines[i]!,
        orderId: cell(row, 'orderId'),
        carrier: cell(row, 'carrier'),
        carrierName: cell(row, 'carrierName'),
        trackingNumber: cell(row, 'trackingNumber'),
        shipDate: cell(row, 'shipDate'),
        shippingMethod: cell(row, 'shippingMethod'),
      },
      today,
    );
    const first = seen.get(checked.orderId);
    if (!checked.problem && first !== undefined)
      return { ...checked, problem: `This order is on line ${first} already: each order is confirmed once, in one package.` };
    if (checked.orderId && first === undefined) seen.set(checked.orderId, checked.line);
    return checked;
  });
  return { ok: true, lines: out };
}

/** The carrier as the seller reads it. */
export function shipmentLineCarrier(line: { carrierCode: string; carrierName?: string | null }): string {
  return carrierLabel(line.carrierCode, line.carrierName);
}

export type ShipmentLineOutcome = 'ready' | 'confirmed' | 'already' | 'failed';

export interface ShipmentLineResult {
  line: number;
  orderId: string;
  outcome: ShipmentLineOutcome;
  /** What happened or would happen, in the seller's words (the reason, for a failure). */
  message: string;
}

/** What the page sends for a batch: the checked lines, as JSON. The server checks each again. */
export const shipmentLinesInput = z
  .string()
  .max(SHIPMENT_CSV_BATCH * 600)
  .transform((text, ctx) => {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'The lines were not understood.' });
      return z.NEVER;
    }
    const shape = z
      .array(
        z.object({
          line: z.number().int().min(2).max(1_000_000),
          orderId: z.string().max(40),
          carrierCode: z.string().max(64),
          carrierName: z.string().max(64),
          trackingNumber: z.string().max(64),
          shipDate: z.string().regex(DAY_PATTERN),
          shippingMethod: z.string().max(64),
        }),
      )
      .min(1)
      .max(SHIPMENT_CSV_BATCH);
    const lines = shape.safeParse(raw);
    if (!lines.success) {
      ctx.addIssue({ code: 'custom', message: `Send between 1 and ${SHIPMENT_CSV_BATCH} lines at a time.` });
      return z.NEVER;
    }
    return lines.data;
  });

export type ShipmentLineInput = z.output<typeof shipmentLinesInput>[number];

/** The failures as a CSV the seller can fix and upload again. */
export function failuresCsv(lines: ShipmentLine[], results: ShipmentLineResult[]): string {
  const cellOf = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const failed = new Map(results.filter((r) => r.outcome === 'failed').map((r) => [r.line, r.message]));
  const rows = lines
    .filter((l) => l.problem || failed.has(l.line))
    .map((l) =>
      [
        l.orderId,
        l.carrierCode === OTHER_CARRIER ? `Other: ${l.carrierName}` : l.carrierCode,
        l.trackingNumber,
        l.shipDate,
        l.shippingMethod,
        l.problem ?? failed.get(l.line) ?? '',
      ]
        .map(cellOf)
        .join(','),
    );
  return ['order id,carrier,tracking number,ship date,shipping method,reason', ...rows].join('\r\n') + '\r\n';
}
