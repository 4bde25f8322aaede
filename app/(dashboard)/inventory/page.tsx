import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Inventory' };

export default async function InventoryPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Inventory" />
      <EmptyState title="Nothing here yet">FBA inventory per SKU will appear here: fulfillable, inbound, reserved and unfulfillable units, with low-stock warnings.</EmptyState>
    </>
  );
}
