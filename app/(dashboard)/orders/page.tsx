import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Orders' };

export default async function OrdersPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Orders" />
      <EmptyState title="Nothing here yet">Your Amazon orders will appear here once a seller account is connected and synced: filter by status, channel and marketplace, search by order id, SKU or ASIN, and open one to fulfill it with FBA.</EmptyState>
    </>
  );
}
