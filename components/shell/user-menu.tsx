'use client';

import { signOut } from 'next-auth/react';
import { ROLE_LABELS, type Role } from '@/lib/auth/roles';

export function UserMenu({ name, email, role }: { name: string; email: string; role: Role }) {
  return (
    <div className="space-y-2 border-t border-slate-200 pt-4 text-sm">
      <p className="font-medium text-slate-900">{name}</p>
      <p className="truncate text-slate-600">{email}</p>
      <p className="text-slate-600">{ROLE_LABELS[role]}</p>
      <button
        type="button"
        onClick={() => signOut({ callbackUrl: '/sign-in' })}
        className="rounded-md border border-slate-300 px-3 py-1 font-medium hover:bg-slate-100"
      >
        Sign out
      </button>
    </div>
  );
}
