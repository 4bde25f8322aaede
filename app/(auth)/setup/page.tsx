import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SetupForm } from '@/components/auth/setup-form';
import { getDb } from '@/db';
import { setupCodeFile } from '@/lib/auth';
import { hasAnyUser } from '@/lib/users';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Create the owner account' };

export default async function SetupPage() {
  if (await hasAnyUser(await getDb())) redirect('/sign-in');
  // The code itself is made and printed when the server starts (instrumentation.ts).
  const { DATA_DIR } = env();
  return (
    <>
      <h1 className="text-2xl font-semibold">Welcome to Seller Ops</h1>
      <p className="mt-2 text-sm text-slate-600">
        Create the owner account for your business. The owner can add teammates and connect Amazon seller accounts. The setup code shows that you run this
        server.
      </p>
      <SetupForm codeFile={setupCodeFile(DATA_DIR)} />
    </>
  );
}
