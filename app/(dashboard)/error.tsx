'use client';

import { Button } from '@/components/ui/button';

export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6">
      <h1 className="text-lg font-semibold text-red-900">This page could not be loaded</h1>
      <p className="mt-1 text-sm text-red-900">Something went wrong on our side. Your data is safe. {error.digest ? `Reference: ${error.digest}.` : ''}</p>
      <Button type="button" variant="secondary" className="mt-4" onClick={reset}>
        Try again
      </Button>
    </section>
  );
}
