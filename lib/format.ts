/** Dates as sellers read them. Fixed to UTC so server and browser render the same text. */
const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const dateOnly = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDateTime(value: Date | string): string {
  return `${dateTime.format(typeof value === 'string' ? new Date(value) : value)} UTC`;
}

/** A calendar day ('2025-01-21' or a Date) as "Jan 21, 2025". */
export function formatDate(value: Date | string): string {
  return dateOnly.format(typeof value === 'string' ? new Date(value) : value);
}
