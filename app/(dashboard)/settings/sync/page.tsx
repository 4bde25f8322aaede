import { Providers } from '@/app/providers';
import type { Metadata } from 'next';
import { SyncStatusBoard } from '@/components/sync/sync-status-board';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { hasRole, requireUser } from '@/lib/auth';
import { listSyncStatus } from '@/lib/sync';

export const metadata: Metadata = { title: 'Sync' };

export default async function SyncSettingsPage() {
  const user = await requireUser();
  const accounts = await listSyncStatus(await getDb(), user.workspaceId);
  return (
    <>
      <PageHeader
        title="Sync"
        description="Pages show what the dashboard last copied from Amazon. Each account's orders, stock, outbound orders and inbound shipments are refreshed on a schedule."
      />
      <Providers>
        <SyncStatusBoard initialAccounts={accounts} canSync={hasRole(user.role, 'operator')} />
      </Providers>
    </>
  );
}
