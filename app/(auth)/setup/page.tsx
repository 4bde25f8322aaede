import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SetupForm } from '@/components/auth/setup-form';
import { getDb } from '@/db';
import { hasAnyUser } from '@/lib/users/service';

export const metadata: Metadata = { title: 'Create the owner account' };

export default async function SetupPage() {
  if (await hasAnyUser(await getDb())) redirect('/sign-in');
  return (
    <>
      <h1 className="text-2xl font-semibold">Welcome to Seller Ops</h1>
      <p className="mt-2 text-sm text-slate-600">
        Create the owner account for your business. The owner can add teammates and connect Amazon seller accounts.
      </p>
      <SetupForm />
    </>
  );
}
