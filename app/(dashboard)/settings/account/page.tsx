import type { Metadata } from 'next';
import Link from 'next/link';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { TimeZoneForm } from '@/components/users/time-zone-form';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requireUser } from '@/lib/auth';
import { ROLE_LABELS } from '@/lib/auth/types';
import { savedTimeZone, timeZoneNames } from '@/lib/users';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const user = await requireUser();
  const saved = await savedTimeZone(await getDb(), user.id);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/settings" className="text-blue-700 underline">
          ← Settings
        </Link>
      </p>
      <PageHeader title="Your account" description={`${user.name} · ${user.email} · ${ROLE_LABELS[user.role]}`} />
      <section aria-labelledby="change-password" className="max-w-md rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="change-password" className="font-semibold">
          Change password
        </h2>
        <p className="mt-1 text-sm text-slate-600">Changing it signs you out on every device, this one included.</p>
        <ChangePasswordForm email={user.email} />
      </section>
      <section aria-labelledby="time-zone" className="mt-6 max-w-md rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="time-zone" className="font-semibold">
          Time zone
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Dates and times across the dashboard show in this zone. Ship-by and deliver-by dates stay in the marketplace’s own days, as Amazon counts them.
        </p>
        <TimeZoneForm saved={saved} zones={timeZoneNames()} />
      </section>
    </>
  );
}
