/**
 * The one wrapper every server action goes through: it validates the form with zod, checks
 * the session and role itself (never trusting that a page did), runs the action inside the
 * user's workspace, writes an audit entry, and turns failures into a message for the form.
 * The SP-API calls an action makes are captured, so every audit entry carries Amazon's
 * request ids (the last one as the entry's reference) whether the action succeeded or not.
 */
import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { recordAudit } from '@/lib/audit/record';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/session';
import { hasRole, type Role } from '@/lib/auth/roles';
import type { SpApiRequestLog } from '@/lib/sp-api/log';
import { recordSpApiRequestsInto } from '@/lib/sp-api/request-capture';
import { UserFacingError } from '@/lib/user-facing-error';
// Zod's messages in plain words wherever a schema gives none, before any form is read.
import '@/lib/validation/plain-messages';
import { echoValues, type ActionState } from './action-state';
import { readForm } from './read-form';

export interface ActionContext {
  user: CurrentUser;
  db: Db;
}

export interface ActionSuccess {
  message: string;
  /** What the action acted on, for the audit log. */
  target?: string;
  requestId?: string;
  detail?: Record<string, unknown>;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function authorizedAction<S extends z.ZodType>(
  spec: {
    name: string;
    role: Role;
    input: S;
    /** What the action acts on, read from its input, so a failed attempt is found under it too. */
    target?: (input: z.output<S>) => string;
  },
  run: (input: z.output<S>, ctx: ActionContext) => Promise<ActionSuccess>,
): (previous: ActionState, formData: FormData) => Promise<ActionState> {
  return async (_previous, formData) => {
    const user = await getCurrentUser();
    if (!user) return { status: 'error', message: 'Your session has ended. Sign in again.' };
    if (!hasRole(user.role, spec.role)) return { status: 'error', message: 'Your role does not allow this action.' };

    const form = readForm(formData);
    if ('refusal' in form) return { status: 'error', ...form.refusal };
    const parsed = spec.input.safeParse(form.fields);
    if (!parsed.success) {
      return {
        status: 'error',
        message: 'Check the highlighted fields.',
        fieldErrors: fieldErrorsOf(parsed.error),
        values: echoValues(formData),
      };
    }

    const db = await getDb();
    const calls: SpApiRequestLog[] = [];
    try {
      const outcome = await recordSpApiRequestsInto(calls, () => run(parsed.data, { user, db }));
      await recordAudit(db, {
        workspaceId: user.workspaceId,
        userId: user.id,
        action: spec.name,
        target: outcome.target ?? spec.target?.(parsed.data),
        result: 'ok',
        detail: withCalls(outcome.detail, calls),
        requestId: outcome.requestId ?? lastRequestId(calls),
      });
      return { status: 'success', message: outcome.message };
    } catch (error) {
      unstable_rethrow(error);
      const message = error instanceof UserFacingError ? error.message : 'Something went wrong. Nothing was changed; try again.';
      if (!(error instanceof UserFacingError)) console.error(`[action ${spec.name}]`, error);
      await recordAudit(db, {
        workspaceId: user.workspaceId,
        userId: user.id,
        action: spec.name,
        target: spec.target?.(parsed.data),
        result: 'error',
        detail: withCalls({ message }, calls),
        requestId: (error instanceof UserFacingError ? error.requestId : undefined) ?? lastRequestId(calls),
      }).catch((auditError) => console.error('[audit]', auditError));
      return {
        status: 'error',
        message,
        fieldErrors: error instanceof UserFacingError ? error.fieldErrors : undefined,
        values: echoValues(formData),
      };
    }
  };
}

/** The entry's reference: the last write the action sent (a read-back after it is not the point), else the last call. */
const lastRequestId = (calls: SpApiRequestLog[]) => (calls.findLast((c) => c.requestId && c.method !== 'GET') ?? calls.findLast((c) => c.requestId))?.requestId;

/** The SP-API calls in the audit detail: what was asked of Amazon and what it answered. */
function withCalls(detail: Record<string, unknown> | undefined, calls: SpApiRequestLog[]): Record<string, unknown> | undefined {
  if (!calls.length) return detail;
  return { ...detail, spApiCalls: calls.map((c) => ({ operation: c.operation, status: c.status, requestId: c.requestId ?? null })) };
}
