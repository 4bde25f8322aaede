import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link inside a list page (a row, a status tab, a sort, a page number): not prefetched. A
 * list shows dozens of them, and a prefetch renders the dashboard layout on the server for
 * each, on every visit, for data that is stale by the time it is clicked; the sidebar's few
 * links still prefetch.
 */
export function ListLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
