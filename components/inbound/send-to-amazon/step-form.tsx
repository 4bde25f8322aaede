'use client';

import { useActionState, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { idleState, type ActionState } from '@/lib/actions/action-state';

type StepAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

const NONE: ReadonlySet<string> = new Set();

/**
 * One step of a Send to Amazon plan: hidden fields, optional inputs, a submit button that is
 * disabled while the action runs (the server refuses a second send anyway), the outcome and
 * field errors. With `confirm`, the button opens a dialog that says what happens first.
 * A field's error goes as soon as the seller changes that field (an input names its error by
 * `name`, or by `data-error-key` when it has none of its own, e.g. a cell of a JSON field);
 * the summary goes with the last of them.
 */
export function StepForm({
  id,
  action,
  planId,
  fields = {},
  submitLabel,
  confirm,
  children,
  variant = 'primary',
}: {
  id: string;
  action: StepAction;
  planId: string;
  fields?: Record<string, string>;
  submitLabel: string;
  confirm?: { title: string; confirmLabel: string; body: ReactNode };
  children?: (errors: Record<string, string[]> | undefined) => ReactNode;
  variant?: 'primary' | 'secondary' | 'danger';
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  // The fields changed since this answer came, so their errors are being fixed.
  const [edited, setEdited] = useState<{ answer: ActionState; keys: ReadonlySet<string> }>({ answer: state, keys: NONE });
  const editedKeys = edited.answer === state ? edited.keys : NONE;
  const answered = state.status === 'error' ? state.fieldErrors : undefined;
  const errors = answered ? Object.fromEntries(Object.entries(answered).filter(([key]) => !editedKeys.has(key))) : undefined;
  const allFixed = Boolean(answered && Object.keys(answered).length && !Object.keys(errors ?? {}).length);
  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement & { name?: string };
    const key = target.dataset.errorKey ?? target.name;
    if (key && answered?.[key] && !editedKeys.has(key)) setEdited({ answer: state, keys: new Set([...editedKeys, key]) });
  }
  return (
    <form id={id} action={formAction} onChange={onChange} className="space-y-3" noValidate>
      <input type="hidden" name="planId" value={planId} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children?.(errors)}
      {confirm ? (
        <ConfirmDialog
          formId={id}
          trigger={pending ? 'Sending…' : submitLabel}
          title={confirm.title}
          confirmLabel={confirm.confirmLabel}
          disabled={pending}
          variant={variant === 'danger' ? 'danger' : 'primary'}
        >
          {confirm.body}
        </ConfirmDialog>
      ) : (
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? 'Sending…' : submitLabel}
        </Button>
      )}
      <FormMessage state={allFixed ? idleState : state} />
      {errors?._form?.map((e) => (
        <p key={e} role="alert" className="text-sm text-red-700">
          {e}
        </p>
      ))}
    </form>
  );
}

/** Errors of one field, under it. */
export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={id} aria-live="polite" className="text-sm text-red-700">
      {errors?.map((e) => (
        <p key={e}>{e}</p>
      ))}
    </div>
  );
}
