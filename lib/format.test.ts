import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTimeIn, formatDayIn, plural } from './format';

describe('formatDateTimeIn', () => {
  it('renders the same text wherever it runs, the zone named', () => {
    expect(formatDateTimeIn(new Date('2026-11-23T09:05:00Z'), 'UTC')).toBe('Nov 23, 2026, 9:05 AM UTC');
    expect(formatDateTimeIn(new Date('2026-01-02T23:59:00Z'), 'Asia/Tokyo')).toBe('Jan 3, 2026, 8:59 AM GMT+9');
  });
});

describe('formatDate', () => {
  it('renders a calendar day as the seller reads it, whatever the time zone', () => {
    expect(formatDate('2025-01-21')).toBe('Jan 21, 2025');
    expect(formatDate(new Date('2027-03-26T23:59:00Z'))).toBe('Mar 26, 2027');
  });
});

describe('formatDayIn and formatDateTimeIn', () => {
  it('read an instant in the given place', () => {
    const instant = new Date('2026-12-07T07:59:00Z');
    expect(formatDayIn(instant, 'America/Los_Angeles')).toBe('Dec 6, 2026');
    expect(formatDayIn(instant, 'Asia/Tokyo')).toBe('Dec 7, 2026');
    expect(formatDateTimeIn(instant, 'America/Los_Angeles')).toBe('Dec 6, 2026, 11:59 PM PST');
  });
});

describe('plural', () => {
  it('names one thing in the singular and others in the plural, with thousands separated', () => {
    expect(plural(1, 'order')).toBe('1 order');
    expect(plural(0, 'order')).toBe('0 orders');
    expect(plural(1200, 'unit')).toBe('1,200 units');
  });
});
