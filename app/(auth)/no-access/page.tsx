import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'No access' };

export default function NoAccessPage() {
  return (
    <>
      <h1 className="text-2xl font-semibold">You don&apos;t have access to that page</h1>
      <p className="mt-2 text-sm text-slate-600">Your role does not include it. An owner or admin of your workspace can change your role.</p>
      <Link href="/orders" className="mt-6 inline-block font-medium text-blue-700 underline">
        Back to orders
      </Link>
    </>
  );
}
