import { describe, expect, it } from 'vitest';
import { displayTimeZone, timeZoneInput } from './time-zone';

describe('the time zone a user reads dates in', () => {
  it('takes the saved zone, else the browser’s when it is a real zone, else UTC', () => {
    expect(displayTimeZone('Asia/Tokyo', 'America/New_York')).toBe('Asia/Tokyo');
    expect(displayTimeZone(null, 'America/New_York')).toBe('America/New_York');
    expect(displayTimeZone(null, 'Mars/Olympus_Mons')).toBe('UTC');
    expect(displayTimeZone(null, '<script>')).toBe('UTC');
    expect(displayTimeZone(null, undefined)).toBe('UTC');
  });

  it('accepts a zone from the list or the browser’s (empty), and refuses anything else at the field', () => {
    expect(timeZoneInput.parse({ timeZone: 'Europe/Berlin' })).toEqual({ timeZone: 'Europe/Berlin' });
    expect(timeZoneInput.parse({ timeZone: '' })).toEqual({ timeZone: null });
    for (const bad of ['Europe/Atlantis', 'europe/berlin', 'x'.repeat(100), 'UTC; drop table users']) {
      const result = timeZoneInput.safeParse({ timeZone: bad });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['timeZone']);
    }
  });
});
