import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600">The page or record you asked for does not exist, or you cannot see it.</p>
      <Link href="/orders" className="mt-6 inline-block font-medium text-blue-700 underline">
        Back to orders
      </Link>
    </main>
  );
}
