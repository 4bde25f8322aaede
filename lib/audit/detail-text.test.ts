import { describe, expect, it } from 'vitest';
import { AUDIT_DETAIL_SHOWN, describeAuditDetail } from './detail-text';

describe("an audit entry's detail as the page shows it", () => {
  it('reads as key: value pairs', () => {
    expect(describeAuditDetail({ mode: 'automatic', spApiCalls: [{ operation: 'x', status: 200 }] })).toBe(
      'mode: automatic; spApiCalls: [{"operation":"x","status":200}]',
    );
    expect(describeAuditDetail(null)).toBe('');
  });

  it('shows at most AUDIT_DETAIL_SHOWN characters of an old, huge entry, marked as cut', () => {
    const text = describeAuditDetail({ message: 'x'.repeat(100_000) });
    expect(text.length).toBeLessThanOrEqual(AUDIT_DETAIL_SHOWN);
    expect(text).toMatch(/^message: x+… \(truncated\)$/);
  });
});
