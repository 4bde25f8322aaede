/**
 * Writes one audit entry. Every text in it is held to AUDIT_TEXT_STORED characters, marked as
 * cut: the detail carries messages written from Amazon's answers, and one 100 kB message made
 * the audit page weigh 906 kB. Long lists are cut the same way.
 */
import type { Db } from '@/db/client';
import { auditLog } from '@/db/schema';
import { TRUNCATED_MARKER, truncateText } from '@/lib/truncate-text';

export const AUDIT_TEXT_STORED = 2_000;
const AUDIT_LIST_STORED = 50;

export interface AuditEntry {
  workspaceId: string;
  userId: string | null;
  action: string;
  target?: string | null;
  result: 'ok' | 'error';
  detail?: Record<string, unknown>;
  requestId?: string | null;
}

/** The detail as stored: each string cut to AUDIT_TEXT_STORED, each list to AUDIT_LIST_STORED items. */
export function storedAuditDetail(detail: Record<string, unknown>): Record<string, unknown> {
  const cap = (value: unknown): unknown => {
    if (typeof value === 'string') return truncateText(value, AUDIT_TEXT_STORED);
    if (Array.isArray(value)) {
      const kept = value.slice(0, AUDIT_LIST_STORED).map(cap);
      return value.length > AUDIT_LIST_STORED ? [...kept, `${value.length - AUDIT_LIST_STORED} more ${TRUNCATED_MARKER}`] : kept;
    }
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, cap(v)]));
    return value;
  };
  return cap(detail) as Record<string, unknown>;
}

export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    workspaceId: entry.workspaceId,
    userId: entry.userId,
    action: entry.action,
    target: entry.target ? truncateText(entry.target, 200) : null,
    result: entry.result,
    detail: entry.detail ? storedAuditDetail(entry.detail) : null,
    requestId: entry.requestId ? truncateText(entry.requestId, 200) : null,
  });
}
