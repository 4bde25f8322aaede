import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Outbound' };

export default async function OutboundPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Outbound" />
      <EmptyState title="Nothing here yet">Multi-Channel Fulfillment orders will appear here: create one from an order or for another sales channel, then follow its shipments and tracking.</EmptyState>
    </>
  );
}
