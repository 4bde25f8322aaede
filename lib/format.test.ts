import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format';

describe('formatDateTime', () => {
  it('renders the same text wherever it runs, in UTC', () => {
    expect(formatDateTime(new Date('2026-11-23T09:05:00Z'))).toBe('Nov 23, 2026, 9:05 AM UTC');
    expect(formatDateTime('2026-01-02T23:59:00Z')).toBe('Jan 2, 2026, 11:59 PM UTC');
  });
});
