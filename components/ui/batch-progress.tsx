import type { ReactNode } from 'react';

/**
 * The progress of work sent a batch at a time (lib/batches.ts): a bar and a spoken status while
 * it runs, then the summary; `children` hold what follows (what failed, the results table).
 */
export function BatchProgress({
  id,
  title = 'Progress',
  label,
  done,
  total,
  status,
  children,
}: {
  id: string;
  /** The section's heading, when a page has two such runs (a preview, then the sending). */
  title?: string;
  /** What the bar counts, for screen readers: "Orders processed". */
  label: string;
  done: number;
  total: number;
  /** "Processed 3 of 10 orders…" while running, the summary when done. */
  status: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <progress className="h-2 w-full" max={Math.max(total, 1)} value={done} aria-label={label} />
      <p role="status" className="text-sm">
        {status}
      </p>
      {children}
    </section>
  );
}
