'use client';

import { useActionState, useEffect } from 'react';
import { signOutEverywhereAction } from '@/lib/auth/actions';
import { idleState } from '@/lib/actions/action-state';
import { ROLE_LABELS, type Role } from '@/lib/auth/types';
import { signOutTo } from '@/components/auth/sign-out';

const buttonClass = 'rounded-md border border-slate-300 px-3 py-1 font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-400';

export function UserMenu({ name, email, role }: { name: string; email: string; role: Role }) {
  const [state, signOutEverywhere, pending] = useActionState(signOutEverywhereAction, idleState);
  // Every session has ended on the server; this browser's cookie goes too.
  useEffect(() => {
    if (state.status === 'success') void signOutTo('/sign-in?signed-out=everywhere');
  }, [state.status]);
  return (
    <div className="space-y-2 border-t border-slate-200 pt-4 text-sm">
      <p className="font-medium text-slate-900">{name}</p>
      <p className="truncate text-slate-600">{email}</p>
      <p className="text-slate-600">{ROLE_LABELS[role]}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={() => void signOutTo('/sign-in')} className={buttonClass}>
          Sign out
        </button>
        <form action={signOutEverywhere}>
          <button type="submit" disabled={pending || state.status === 'success'} className={buttonClass}>
            {pending ? 'Signing out…' : 'Sign out everywhere'}
          </button>
        </form>
      </div>
      {state.status === 'error' ? (
        <p role="alert" className="text-red-700">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
