import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { hasRole, requireUser } from '@/lib/auth';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const user = await requireUser();
  const canManageUsers = hasRole(user.role, 'admin');
  return (
    <>
      <PageHeader title="Settings" />
      <ul className="grid gap-4 md:grid-cols-2">
        <li className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 className="font-semibold">
            <Link href="/settings/account" className="text-blue-700 underline">
              Your account
            </Link>
          </h2>
          <p className="mt-1 text-sm text-slate-600">Change your password.</p>
        </li>
        {canManageUsers ? (
          <li className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="font-semibold">
              <Link href="/settings/users" className="text-blue-700 underline">
                Users and roles
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-600">Invite teammates by link, change what they may do, disable or remove accounts.</p>
          </li>
        ) : null}
        <li className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 className="font-semibold">
            <Link href="/settings/accounts" className="text-blue-700 underline">
              Amazon accounts
            </Link>
          </h2>
          <p className="mt-1 text-sm text-slate-600">Connected seller accounts, their regions and marketplaces.</p>
        </li>
        <li className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 className="font-semibold">
            <Link href="/settings/sync" className="text-blue-700 underline">
              Sync
            </Link>
          </h2>
          <p className="mt-1 text-sm text-slate-600">How fresh the data is per account: progress, last success, next run, errors.</p>
        </li>
        {canManageUsers ? (
          <li className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="font-semibold">
              <Link href="/settings/audit" className="text-blue-700 underline">
                Audit log
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-600">Every change your team made: who, when, what, the result and Amazon&apos;s request id.</p>
          </li>
        ) : null}
      </ul>
    </>
  );
}
