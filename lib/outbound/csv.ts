/** The outbound list as CSV (RFC 4180), with cells that a spreadsheet would run as formulas defused. */
import type { OutboundListRow } from './queries';

export const OUTBOUND_CSV_HEADER = 'Reference,Order number,Account,Marketplace,Status,Status updated,Received,Speed,Policy,Country,City\r\n';

export function csvCell(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV lines, each ending with a line break. */
export function outboundCsvLines(rows: OutboundListRow[]): string {
  return rows
    .map(
      (r) =>
        `${[
          r.sellerFulfillmentOrderId,
          r.displayableOrderId,
          r.accountName,
          r.marketplaceId,
          r.status,
          r.statusUpdatedAt.toISOString(),
          r.receivedAt.toISOString(),
          r.shippingSpeedCategory,
          r.fulfillmentPolicy,
          r.destinationCountry,
          r.destinationCity,
        ]
          .map(csvCell)
          .join(',')}\r\n`,
    )
    .join('');
}

export function outboundCsv(rows: OutboundListRow[]): string {
  return OUTBOUND_CSV_HEADER + outboundCsvLines(rows);
}
