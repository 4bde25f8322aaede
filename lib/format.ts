/**
 * Dates and counts as sellers read them. An instant is always shown in a named zone: the user's
 * (components/ui/date-time.tsx) or a marketplace's (ship-by days), so server and browser render
 * the same text. A calendar day has no zone.
 */
const dateOnly = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** A calendar day ('2025-01-21' or a Date) as "Jan 21, 2025". */
export function formatDate(value: Date | string): string {
  return dateOnly.format(typeof value === 'string' ? new Date(value) : value);
}

const zoned = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();
function zonedFormats(timeZone: string) {
  let formats = zoned.get(timeZone);
  if (!formats) {
    formats = {
      day: new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone }),
      time: new Intl.DateTimeFormat('en-US', {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'short',
      }),
    };
    zoned.set(timeZone, formats);
  }
  return formats;
}

/** The day an instant falls on in a place ("Dec 7, 2026"): a marketplace's ship-by day. */
export function formatDayIn(value: Date, timeZone: string): string {
  return zonedFormats(timeZone).day.format(value);
}

/** An instant as read in a place, with its zone ("Dec 6, 2026, 11:59 PM PST"). */
export function formatDateTimeIn(value: Date, timeZone: string): string {
  return zonedFormats(timeZone).time.format(value);
}

/** "1 order", "1,200 orders": a count with its noun, in the seller's words. */
export function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

/** "SOME_NEW_CODE" -> "Some new code": an unknown code, readable; other text (a v0 "Std US D2D Dom") stays as it is. */
export function codeInWords(code: string): string {
  if (!/^[A-Z0-9]+(_[A-Z0-9]+)*$/.test(code)) return code;
  const words = code.replaceAll('_', ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A label lookup that shows a code it has no words for as it is (its title still says the code). */
export const wordsOr =
  (labels: Record<string, string>) =>
  (code: string): string =>
    labels[code] ?? code;
