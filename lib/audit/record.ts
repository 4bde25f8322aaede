import type { Db } from '@/db/client';
import { auditLog } from '@/db/schema';

export interface AuditEntry {
  workspaceId: string;
  userId: string | null;
  action: string;
  target?: string | null;
  result: 'ok' | 'error';
  detail?: Record<string, unknown>;
  requestId?: string | null;
}

export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    workspaceId: entry.workspaceId,
    userId: entry.userId,
    action: entry.action,
    target: entry.target ?? null,
    result: entry.result,
    detail: entry.detail ?? null,
    requestId: entry.requestId ?? null,
  });
}
