/** The outbound list as CSV (RFC 4180), with cells that a spreadsheet would run as formulas defused. */
import type { OutboundListRow } from './queries';

const HEADER = ['Reference', 'Order number', 'Account', 'Marketplace', 'Status', 'Status updated', 'Received', 'Speed', 'Policy', 'Country', 'City'];

export function csvCell(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function outboundCsv(rows: OutboundListRow[]): string {
  const lines = rows.map((r) =>
    [
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
      .join(','),
  );
  return [HEADER.join(','), ...lines].join('\r\n') + '\r\n';
}
