import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getDb } from '@/db';
import { requireUser } from '@/lib/auth';
import { findOrder } from '@/lib/orders';

/**
 * An order that is not in the workspace answers 404. The check runs here, outside the order
 * pages' loading skeleton: once the skeleton has streamed, the status is fixed at 200. (Routes
 * with a record in the URL have no loading boundary above them for the same reason: list pages
 * keep theirs in a `(list)` group.)
 */
export default async function OrderLayout({ children, params }: { children: ReactNode; params: Promise<{ orderId: string }> }) {
  const user = await requireUser();
  const orderId = decodeURIComponent((await params).orderId);
  if (!(await findOrder(await getDb(), user.workspaceId, orderId))) notFound();
  return children;
}
