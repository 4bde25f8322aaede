import type { Metadata } from 'next';
import Link from 'next/link';
import { ImportOrders } from '@/components/outbound/import-orders';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { readAccountView, listSellerAccounts } from '@/lib/accounts';
import { requireUser } from '@/lib/auth';
import { importMappings } from '@/lib/outbound';

export const metadata: Metadata = { title: 'Import outbound orders' };

export default async function ImportOutboundOrdersPage() {
  const user = await requireUser('operator');
  const db = await getDb();
  const [accounts, remembered] = await Promise.all([listSellerAccounts(db, user.workspaceId), importMappings(db, user.workspaceId)]);
  const view = await readAccountView(accounts);
  const choices = accounts.flatMap((a) =>
    a.marketplaces
      .filter((m) => m.participating)
      .map((m) => ({ value: `${a.id}|${m.marketplaceId}`, label: `${a.name} — ${m.name}`, accountId: a.id, marketplaceId: m.marketplaceId })),
  );
  const header = (
    <PageHeader
      title="Import outbound orders"
      description="Ship FBA stock to the customers of your web shop: upload its order export, check every order, see the costs and create them in one go."
      actions={
        <Link href="/outbound" className="text-sm text-blue-800 underline">
          Back to outbound orders
        </Link>
      }
    />
  );
  if (!choices.length) {
    return (
      <>
        {header}
        <EmptyState title="No Amazon account connected">Connect an account under Settings → Amazon accounts to ship its FBA stock.</EmptyState>
      </>
    );
  }
  // The sidebar's account and marketplace first, as on the new order form.
  const first = choices.find((c) => c.accountId === view.accountId && (!view.marketplaceId || c.marketplaceId === view.marketplaceId));
  const ordered = first ? [first, ...choices.filter((c) => c !== first)] : choices;
  return (
    <>
      {header}
      <ImportOrders choices={ordered} remembered={remembered} />
    </>
  );
}
