/**
 * The one wrapper every server action goes through: it validates the form with zod, checks
 * the session and role itself (never trusting that a page did), runs the action inside the
 * user's workspace, writes an audit entry, and turns failures into a message for the form:
 * SP-API failures become the seller's message here (lib/sp-api/seller-message.ts), so no action
 * translates them itself. The SP-API calls an action makes are captured, so every audit entry
 * carries Amazon's request ids (the last one as the entry's reference) whether the action
 * succeeded or not.
 *
 * Faces: `authorizedAction` answers with a message, `authorizedDataAction` with data (a
 * preview, a reveal), `publicAction` runs without a session (first-run setup only), and
 * `withoutState` adapts any of them to a form that keeps no state. Any of them may send the
 * browser on (`redirectTo`) once the audit entry is written.
 */
import 'server-only';
import { redirect, unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { recordAudit } from '@/lib/audit';
import { getCurrentUser, hasRole } from '@/lib/auth';
import type { CurrentUser, Role } from '@/lib/auth/types';
import type { SpApiRequestLog } from '@/lib/sp-api/types';
import { recordSpApiRequestsInto, asUserFacing } from '@/lib/sp-api';
import { UserFacingError } from '@/lib/user-facing-error';
// Zod's messages in plain words wherever a schema gives none, before any form is read.
import '@/lib/validation/plain-messages';
import { echoValues, idleState, type ActionError, type ActionState, type DataState } from './action-state';
import { readForm } from './read-form';

export interface ActionContext {
  user: CurrentUser;
  db: Db;
}

export interface ActionSpec<S extends z.ZodType> {
  name: string;
  role: Role;
  input: S;
  /** What the action acts on, read from its input, so a failed attempt is found under it too. */
  target?: (input: z.output<S>) => string;
  /** false: no audit entry, for what changes nothing on Amazon or in the workspace (a preview, a view preference) or is audited where it finishes. */
  audit?: boolean;
  /** What the seller reads when the action fails for a reason not written for them. */
  failure?: string;
  /** Fields that may carry a file (an attachment); a file anywhere else is refused (read-form.ts). */
  files?: readonly string[];
}

/** What any action's run hands back besides its answer. */
export interface ActionOutcome {
  /** What the action acted on, for the audit log. */
  target?: string;
  requestId?: string;
  detail?: Record<string, unknown>;
  /** Where to send the browser once the audit entry is written (a created record, Amazon's consent page). */
  redirectTo?: string;
}

export interface ActionSuccess extends ActionOutcome {
  message: string;
}

export interface DataSuccess<T extends object> extends ActionOutcome {
  data: T;
}

type FormAction<State> = (previous: State, formData: FormData) => Promise<State>;

export const SESSION_ENDED = 'Your session has ended. Sign in again.';
export const ROLE_REFUSED = 'Your role does not allow this action.';
export const SOMETHING_WENT_WRONG = 'Something went wrong. Nothing was changed; try again.';

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** An action that answers its form with a message. */
export function authorizedAction<S extends z.ZodType>(
  spec: ActionSpec<S>,
  run: (input: z.output<S>, ctx: ActionContext) => Promise<ActionSuccess>,
): FormAction<ActionState> {
  return guarded(spec, run, (outcome) => ({ status: 'success', message: outcome.message }));
}

/** An action that answers its form with data, spread into the `ok` state (`{ status: 'ok', ...data }`). */
export function authorizedDataAction<S extends z.ZodType, T extends object>(
  spec: ActionSpec<S>,
  run: (input: z.output<S>, ctx: ActionContext) => Promise<DataSuccess<T>>,
): FormAction<DataState<T>> {
  return guarded(spec, run, (outcome) => ({ status: 'ok', ...outcome.data }));
}

/**
 * An action anyone may call: first-run setup, before any user exists. It has no session, so it
 * must guard itself (setup refuses once a user exists and needs the server's setup code), and
 * no workspace to audit into; it captures nothing.
 */
export function publicAction<S extends z.ZodType>(
  spec: { name: string; input: S; failure?: string },
  run: (input: z.output<S>, ctx: { db: Db }) => Promise<ActionSuccess>,
): FormAction<ActionState> {
  return async (_previous, formData) => {
    const parsed = parseForm(spec.input, formData);
    if ('refusal' in parsed) return parsed.refusal;
    let outcome: ActionSuccess;
    try {
      outcome = await run(parsed.input, { db: await getDb() });
    } catch (error) {
      unstable_rethrow(error);
      return failed(spec, error, formData).state;
    }
    if (outcome.redirectTo) redirect(outcome.redirectTo);
    return { status: 'success', message: outcome.message };
  };
}

/** For a form that keeps no state (`<form action={…}>`): the answer is dropped, refusals included. */
export function withoutState(action: FormAction<ActionState>): (formData: FormData) => Promise<void> {
  return async (formData) => {
    await action(idleState, formData);
  };
}

function guarded<S extends z.ZodType, O extends ActionOutcome, State>(
  spec: ActionSpec<S>,
  run: (input: z.output<S>, ctx: ActionContext) => Promise<O>,
  answer: (outcome: O) => State,
): (previous: unknown, formData: FormData) => Promise<State | ActionError> {
  const audited = spec.audit !== false;
  return async (_previous, formData) => {
    const user = await getCurrentUser();
    if (!user) return { status: 'error', message: SESSION_ENDED };
    if (!hasRole(user.role, spec.role)) return { status: 'error', message: ROLE_REFUSED };

    const parsed = parseForm(spec.input, formData, spec.files);
    if ('refusal' in parsed) return parsed.refusal;
    const input = parsed.input;

    const db = await getDb();
    const calls: SpApiRequestLog[] = [];
    let outcome: O;
    try {
      outcome = await recordSpApiRequestsInto(calls, () => run(input, { user, db }));
      if (audited) {
        await recordAudit(db, {
          workspaceId: user.workspaceId,
          userId: user.id,
          action: spec.name,
          target: outcome.target ?? spec.target?.(input),
          result: 'ok',
          detail: withCalls(outcome.detail, calls),
          requestId: outcome.requestId ?? lastRequestId(calls),
        });
      }
    } catch (error) {
      unstable_rethrow(error);
      const { state, requestId } = failed(spec, error, formData);
      if (audited) {
        await recordAudit(db, {
          workspaceId: user.workspaceId,
          userId: user.id,
          action: spec.name,
          target: spec.target?.(input),
          result: 'error',
          detail: withCalls({ message: state.message }, calls),
          requestId: requestId ?? lastRequestId(calls),
        }).catch((auditError) => console.error('[audit]', auditError));
      }
      return state;
    }
    if (outcome.redirectTo) redirect(outcome.redirectTo);
    return answer(outcome);
  };
}

/** The form read (readForm) and parsed, or the refusal to show: nothing has run yet. */
function parseForm<S extends z.ZodType>(schema: S, formData: FormData, files?: readonly string[]): { input: z.output<S> } | { refusal: ActionError } {
  const form = readForm(formData, files);
  if ('refusal' in form) return { refusal: { status: 'error', ...form.refusal } };
  const parsed = schema.safeParse(form.fields);
  if (parsed.success) return { input: parsed.data };
  return { refusal: { status: 'error', message: 'Check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error), values: echoValues(formData) } };
}

/**
 * A failure as the seller reads it: the one place SP-API and Login with Amazon failures become
 * seller messages. Anything not written for the seller is logged and shown in safe words.
 */
function failed(spec: { name: string; failure?: string }, error: unknown, formData: FormData): { state: ActionError; requestId?: string } {
  const failure = asUserFacing(error);
  if (!(failure instanceof UserFacingError)) {
    console.error(`[action ${spec.name}]`, error);
    return { state: { status: 'error', message: spec.failure ?? SOMETHING_WENT_WRONG, values: echoValues(formData) } };
  }
  return { state: { status: 'error', message: failure.message, fieldErrors: failure.fieldErrors, values: echoValues(formData) }, requestId: failure.requestId };
}

/** The entry's reference: the last write the action sent (a read-back after it is not the point), else the last call. */
const lastRequestId = (calls: SpApiRequestLog[]) => (calls.findLast((c) => c.requestId && c.method !== 'GET') ?? calls.findLast((c) => c.requestId))?.requestId;

/** The SP-API calls in the audit detail: what was asked of Amazon and what it answered. */
function withCalls(detail: Record<string, unknown> | undefined, calls: SpApiRequestLog[]): Record<string, unknown> | undefined {
  if (!calls.length) return detail;
  return { ...detail, spApiCalls: calls.map((c) => ({ operation: c.operation, status: c.status, requestId: c.requestId ?? null })) };
}
