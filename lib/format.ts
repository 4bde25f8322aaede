/** Dates as sellers read them. Fixed to UTC so server and browser render the same text. */
const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function formatDateTime(value: Date | string): string {
  return `${dateTime.format(typeof value === 'string' ? new Date(value) : value)} UTC`;
}
