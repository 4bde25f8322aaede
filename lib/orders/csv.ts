/**
 * CSV for the orders export (RFC 4180). A field that starts like a formula (=, +, -, @, tab,
 * carriage return) gets a leading apostrophe, so opening the file in a spreadsheet never runs
 * what a buyer or a listing put in a text field. Status and fulfilled by are Amazon's codes as
 * stored (`UNSHIPPED`, `MERCHANT`), not the seller's labels, so a spreadsheet that filters on
 * them keeps working when a label is reworded.
 */
import type { OrderListRow } from './queries';

export function csvField(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: ReadonlyArray<string | number | boolean | Date | null | undefined>): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export const ORDER_CSV_HEADER = [
  'Amazon order id',
  'Purchase date',
  'Last update',
  'Status',
  'Fulfilled by',
  'Marketplace',
  'Order total',
  'Currency',
  'Items shipped',
  'Items unshipped',
  'Ship service level',
  'Prime',
  'Ship country',
  'Ship by',
  'Deliver by',
] as const;

export function orderCsvRow(row: OrderListRow, marketplaceCode: (id: string) => string): string {
  return csvRow([
    row.amazonOrderId,
    row.purchaseDate,
    row.lastUpdateDate,
    row.orderStatus,
    row.fulfilledBy,
    marketplaceCode(row.marketplaceId),
    row.orderTotalAmount,
    row.orderTotalCurrency,
    row.itemsShipped,
    row.itemsUnshipped,
    row.shipServiceLevel,
    row.isPrime ? 'yes' : 'no',
    row.shipCountry,
    row.latestShipDate,
    row.latestDeliveryDate,
  ]);
}
