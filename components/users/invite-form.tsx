'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { createInviteAction } from '@/lib/users/actions';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { DataState } from '@/lib/actions/action-state';
import type { Role } from '@/lib/auth/types';
import { assignableRoleOptions } from './role-options';

type InviteState = DataState<{ path: string; email: string; expiresAt: string }>;
const idleInvite: InviteState = { status: 'idle' };

/** Makes an invite and shows its link once, to copy: nothing is e-mailed, and the link cannot be shown again. */
export function InviteForm({ actorRole, inviteDays }: { actorRole: Role; inviteDays: number }) {
  const [state, action, pending] = useActionState(createInviteAction, idleInvite);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === 'ok') form.current?.reset();
  }, [state]);
  const error = state.status === 'error' ? state : null;
  return (
    <>
      <form ref={form} action={action} className="mt-4 space-y-4" noValidate>
        <TextField id="invite-email" name="email" label="Email" type="email" required defaultValue={error?.values?.email} errors={error?.fieldErrors?.email} />
        <SelectField
          id="invite-role"
          name="role"
          label="Role"
          defaultValue={error?.values?.role ?? 'operator'}
          options={assignableRoleOptions(actorRole)}
          errors={error?.fieldErrors?.role}
        />
        <FormMessage state={error ?? { status: 'idle' }} />
        <Button type="submit" disabled={pending}>
          {pending ? 'Creating…' : 'Create invite link'}
        </Button>
      </form>
      {state.status === 'ok' ? <InviteLink path={state.path} email={state.email} inviteDays={inviteDays} /> : null}
    </>
  );
}

function InviteLink({ path, email, inviteDays }: { path: string; email: string; inviteDays: number }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const link = new URL(path, window.location.origin).href;
  const input = useRef<HTMLInputElement>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      // Clipboard access needs https (or localhost): the link is selected to copy by hand.
      input.current?.select();
      setCopied('failed');
    }
  }
  return (
    <div className="mt-4 space-y-2 rounded-md border border-green-200 bg-green-50 p-3 text-sm">
      <p role="status" className="text-green-900">
        Invite link for {email} created. Send it to them yourself: it is shown only now, works once, and expires in {inviteDays} days.
      </p>
      <label htmlFor="invite-link" className="block font-medium text-slate-800">
        Invite link
      </label>
      <input
        ref={input}
        id="invite-link"
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs"
      />
      <div className="flex items-center gap-3">
        <Button type="button" variant="secondary" onClick={copy}>
          Copy link
        </Button>
        <span aria-live="polite" className="text-slate-700">
          {copied === 'copied' ? 'Copied.' : copied === 'failed' ? 'Copy it from the selected field.' : ''}
        </span>
      </div>
    </div>
  );
}
