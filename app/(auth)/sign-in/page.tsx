import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getDb } from '@/db';
import { getCurrentUser } from '@/lib/auth';
import { hasAnyUser } from '@/lib/users';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  if (!(await hasAnyUser(await getDb()))) redirect('/setup');
  if (await getCurrentUser()) redirect('/orders');
  const { email, created, joined, 'signed-out': signedOut } = await searchParams;
  return (
    <>
      <h1 className="text-2xl font-semibold">Sign in to Seller Ops</h1>
      {created ? (
        <p role="status" className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-900">
          Owner account created. Sign in to continue.
        </p>
      ) : null}
      {joined ? (
        <p role="status" className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-900">
          Your account is ready. Sign in with the password you just chose.
        </p>
      ) : null}
      {signedOut === 'password-changed' ? (
        <p role="status" className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-900">
          Your password is changed and you are signed out on every device. Sign in with the new password.
        </p>
      ) : null}
      {signedOut === 'everywhere' ? (
        <p role="status" className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-900">
          You are signed out on every device.
        </p>
      ) : null}
      <SignInForm defaultEmail={email ?? ''} />
    </>
  );
}
