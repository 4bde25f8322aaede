import { Providers } from '@/app/providers';
import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateOutboundForm } from '@/components/outbound/create-outbound-form';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { readAccountView, listSellerAccounts } from '@/lib/accounts';
import { requireUser } from '@/lib/auth';
import { generateSellerFulfillmentOrderId, fulfillableSkus } from '@/lib/outbound';

export const metadata: Metadata = { title: 'New outbound order' };

export default async function NewOutboundOrderPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const user = await requireUser('operator');
  const db = await getDb();
  const accounts = await listSellerAccounts(db, user.workspaceId);
  const view = await readAccountView(accounts);
  const choices = accounts.flatMap((a) =>
    a.marketplaces
      .filter((m) => m.participating)
      .map((m) => ({ value: `${a.id}|${m.marketplaceId}`, label: `${a.name} — ${m.name}`, accountId: a.id, marketplace: m })),
  );
  if (!choices.length) {
    return (
      <>
        <PageHeader title="New outbound order" />
        <EmptyState title="No Amazon account connected">Connect an account under Settings → Amazon accounts to ship its FBA stock.</EmptyState>
      </>
    );
  }
  // The URL's choice, else the sidebar's view, else the first account's first marketplace.
  const { from } = await searchParams;
  const chosen =
    choices.find((c) => c.value === from) ??
    choices.find((c) => c.accountId === view.accountId && (!view.marketplaceId || c.marketplace.marketplaceId === view.marketplaceId)) ??
    choices[0]!;
  const skus = await fulfillableSkus(db, user.workspaceId, chosen.accountId, chosen.marketplace.marketplaceId);
  const now = new Date();
  return (
    <>
      <PageHeader
        title="New outbound order"
        description="Ship FBA stock to a customer of another sales channel (your web shop, a phone order)."
        actions={
          <Link href="/outbound" className="text-sm text-blue-800 underline">
            Back to outbound orders
          </Link>
        }
      />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <div className="min-w-72">
          <label htmlFor="from" className="block text-sm font-medium text-slate-800">
            Ship from
          </label>
          <select id="from" name="from" defaultValue={chosen.value} className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          Use this account
        </Button>
      </form>
      <Providers>
        <CreateOutboundForm
          key={chosen.value}
          accountId={chosen.accountId}
          marketplaceId={chosen.marketplace.marketplaceId}
          countryCode={chosen.marketplace.countryCode}
          skus={skus}
          generatedId={generateSellerFulfillmentOrderId(now)}
          today={now.toISOString().slice(0, 10)}
        />
      </Providers>
    </>
  );
}
