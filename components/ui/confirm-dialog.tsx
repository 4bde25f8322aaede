'use client';

import { useRef, type ReactNode } from 'react';
import { Button } from './button';

/**
 * A button that asks before an irreversible or costly action: a modal <dialog> (focus kept
 * inside, Escape closes it) naming what happens; its Confirm button submits the form `formId`.
 */
export function ConfirmDialog({
  formId,
  trigger,
  triggerLabel,
  title,
  confirmLabel,
  children,
  disabled,
  variant = 'primary',
}: {
  formId: string;
  trigger: string;
  /** The trigger's accessible name, when a list repeats the same trigger ("Remove Jane"). */
  triggerLabel?: string;
  title: string;
  confirmLabel: string;
  children: ReactNode;
  disabled?: boolean;
  variant?: 'primary' | 'danger';
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = `${formId}-dialog-title`;
  return (
    <>
      <Button type="button" variant={variant} disabled={disabled} aria-label={triggerLabel} onClick={() => dialog.current?.showModal()}>
        {trigger}
      </Button>
      <dialog ref={dialog} aria-labelledby={titleId} className="max-w-lg rounded-lg p-6 shadow-xl backdrop:bg-slate-900/40">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <div className="mt-3 space-y-2 text-sm text-slate-700">{children}</div>
        <div className="mt-6 flex justify-end gap-3">
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
            Go back
          </Button>
          <Button type="submit" form={formId} variant={variant} onClick={() => dialog.current?.close()}>
            {confirmLabel}
          </Button>
        </div>
      </dialog>
    </>
  );
}
