'use client';

import { useTimeZone } from '@/components/shell/time-zone';
import { formatDateTimeIn } from '@/lib/format';

/** An instant in the user's time zone, named ("Dec 6, 2026, 3:04 PM PST"); the machine-readable instant in `dateTime`. */
export function DateTime({ value }: { value: Date | string }) {
  const zone = useTimeZone();
  const date = typeof value === 'string' ? new Date(value) : value;
  return <time dateTime={date.toISOString()}>{formatDateTimeIn(date, zone)}</time>;
}
