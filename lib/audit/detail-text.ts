/** An audit entry's detail as the audit page shows it: key: value pairs, never a wall of JSON. */
import { truncateText } from '@/lib/truncate-text';

/** Entries stored before the audit log capped its texts can be huge: the page shows this much. */
export const AUDIT_DETAIL_SHOWN = 2_000;

export function describeAuditDetail(detail: Record<string, unknown> | null): string {
  if (!detail) return '';
  const text = Object.entries(detail)
    .map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
    .join('; ');
  return truncateText(text, AUDIT_DETAIL_SHOWN);
}
