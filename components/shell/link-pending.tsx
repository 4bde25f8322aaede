'use client';

import { useLinkStatus } from 'next/link';

/**
 * Inside a Link: a spinner while the page it opens loads. The list pages render whole (a
 * skeleton would hold back their first paint until React reveals it), so a click on a slow
 * database says it was heard here instead. Visual only: the link's name stays the same.
 */
export function LinkPending() {
  const { pending } = useLinkStatus();
  return (
    <span
      aria-hidden="true"
      data-pending={pending || undefined}
      className={`ml-2 inline-block h-3 w-3 rounded-full border-2 border-blue-700 border-t-transparent ${pending ? 'animate-spin' : 'invisible'}`}
    />
  );
}
