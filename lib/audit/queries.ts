/** The audit log as owners and admins browse it: newest first, filtered, one workspace only. */
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { isoDay, pageNumber, readSearchParams, type RawSearchParams } from '@/lib/validation/search-params';
import { auditTargetLabel } from './target-label';
import { loadAuditTargetNames } from './target-names';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  action: string | null;
  userId: string | null;
  result: 'ok' | 'error' | null;
  /** What was acted on, exactly: an order id, a shipment id, a SKU. */
  target: string | null;
  from: string | null;
  to: string | null;
  page: number;
}

const fields = {
  action: z
    .string()
    .trim()
    .regex(/^[a-z0-9.-]{1,80}$/),
  user: z.uuid(),
  result: z.enum(['ok', 'error']),
  target: z.string().trim().min(1).max(200),
  from: isoDay,
  to: isoDay,
  page: pageNumber,
};
const PROBLEMS: Record<keyof typeof fields, string> = {
  action: 'That action name was not understood; showing every action.',
  user: 'That user was not understood; showing everyone.',
  result: 'The result is “ok” or “error”; showing both.',
  target: 'Targets are at most 200 characters; the target was ignored.',
  from: 'The “from” date was not understood (YYYY-MM-DD) and was ignored.',
  to: 'The “to” date was not understood (YYYY-MM-DD) and was ignored.',
  page: 'That page number was not understood; showing the first page.',
};

export function parseAuditFilters(raw: RawSearchParams): { filters: AuditFilters; problems: string[] } {
  const { values: v, problems } = readSearchParams(raw, fields, (name: keyof typeof fields) => PROBLEMS[name]);
  return { filters: { action: v.action, userId: v.user, result: v.result, target: v.target, from: v.from, to: v.to, page: v.page ?? 1 }, problems };
}

export function auditHref(f: AuditFilters, changes: Partial<AuditFilters> = {}): string {
  const v = { ...f, ...changes };
  const params = new URLSearchParams();
  if (v.action) params.set('action', v.action);
  if (v.userId) params.set('user', v.userId);
  if (v.result) params.set('result', v.result);
  if (v.target) params.set('target', v.target);
  if (v.from) params.set('from', v.from);
  if (v.to) params.set('to', v.to);
  if (v.page !== 1) params.set('page', String(v.page));
  const query = params.toString();
  return query ? `/settings/audit?${query}` : '/settings/audit';
}

export interface AuditEntryRow {
  id: string;
  createdAt: Date;
  action: string;
  /** As stored: an id or code, for the filter, the hover text and exports. */
  target: string | null;
  /** The target in words (target-label.ts). */
  targetLabel: string | null;
  result: 'ok' | 'error';
  requestId: string | null;
  detail: Record<string, unknown> | null;
  userName: string | null;
  userEmail: string | null;
  /** The user has since been removed from the workspace (their row stays for this log). */
  userRemoved: boolean;
}

export async function listAuditEntries(
  db: Db,
  workspaceId: string,
  f: AuditFilters,
): Promise<{ rows: AuditEntryRow[]; total: number; page: number; pageCount: number }> {
  const where: SQL[] = [eq(auditLog.workspaceId, workspaceId)];
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.userId) where.push(eq(auditLog.userId, f.userId));
  if (f.result) where.push(eq(auditLog.result, f.result));
  if (f.target) where.push(eq(auditLog.target, f.target));
  if (f.from) where.push(gte(auditLog.createdAt, new Date(`${f.from}T00:00:00Z`)));
  if (f.to) where.push(lt(auditLog.createdAt, new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000)));
  const condition = and(...where);
  const [counted] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(condition);
  const total = Number(counted?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(f.page, pageCount);
  const rows = await db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      action: auditLog.action,
      target: auditLog.target,
      result: auditLog.result,
      requestId: auditLog.requestId,
      detail: auditLog.detail,
      userName: users.name,
      userEmail: users.email,
      userRemovedAt: users.removedAt,
    })
    .from(auditLog)
    // A user of the same workspace only; the join can never show another tenant's name.
    .leftJoin(users, and(eq(users.id, auditLog.userId), eq(users.workspaceId, workspaceId)))
    .where(condition)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  const names = await loadAuditTargetNames(db, workspaceId, rows);
  return {
    rows: rows.map(({ userRemovedAt, ...row }) => ({ ...row, targetLabel: auditTargetLabel(row, names), userRemoved: userRemovedAt !== null })),
    total,
    page,
    pageCount,
  };
}

/** The action names this workspace has recorded, for the filter. */
export async function listAuditActions(db: Db, workspaceId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).where(eq(auditLog.workspaceId, workspaceId)).orderBy(auditLog.action);
  return rows.map((r) => r.action);
}
