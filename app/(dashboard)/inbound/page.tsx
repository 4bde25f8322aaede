import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Inbound' };

export default async function InboundPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Inbound" />
      <EmptyState title="Nothing here yet">Inbound shipments to Amazon's fulfillment centers will appear here: plans, shipments, transport and labels to print.</EmptyState>
    </>
  );
}
