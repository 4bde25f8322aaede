import type { Metadata } from 'next';
import Link from 'next/link';
import { StartPlanForm } from '@/components/inbound/send-to-amazon/start-plan-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { readAccountView, listSellerAccounts } from '@/lib/accounts';
import { requireUser } from '@/lib/auth';
import { listShipFromAddresses, skuChoices } from '@/lib/inbound';
import { PLAN_PREFILL_PARAM, readPlanPrefill } from '@/lib/inbound/types';
import { searchParam, type RawSearchParams } from '@/lib/validation/search-params';

export const metadata: Metadata = { title: 'Send to Amazon' };

export default async function NewPlanPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser('operator');
  const db = await getDb();
  const accounts = await listSellerAccounts(db, user.workspaceId);
  if (!accounts.length) {
    return (
      <>
        <PageHeader title="Send to Amazon" />
        <EmptyState title="No Amazon account connected">Connect an account in Settings first.</EmptyState>
      </>
    );
  }
  const view = await readAccountView(accounts);
  const search = await searchParams;
  // The URL wins, then the sidebar's view, then the first account.
  const [chosenAccount, chosenMarketplace] = (searchParam(search, 'for') ?? '').split('|');
  const account = accounts.find((a) => a.id === chosenAccount) ?? accounts.find((a) => a.id === view.accountId) ?? accounts[0]!;
  const marketplace =
    account.marketplaces.find((m) => m.marketplaceId === chosenMarketplace) ??
    account.marketplaces.find((m) => m.marketplaceId === view.marketplaceId) ??
    account.marketplaces[0];
  const [skus, addresses] = await Promise.all([
    marketplace ? skuChoices(db, user.workspaceId, account.id, marketplace.marketplaceId) : Promise.resolve([]),
    listShipFromAddresses(db, user.workspaceId),
  ]);
  // Replenish (the inventory page) links here with SKUs and units: they fill the form, nothing more.
  const prefill = readPlanPrefill(search, new Set(skus.map((s) => s.sellerSku)));
  const linked = search[PLAN_PREFILL_PARAM];
  const linkedLines = Array.isArray(linked) ? linked : linked ? [linked] : [];
  return (
    <>
      <PageHeader
        title="Send to Amazon"
        description="Pick what to send. Amazon then offers how to pack it, where the boxes go and how they travel; each step waits for you."
      />
      <p className="mb-4 text-sm">
        <Link href="/inbound" className="text-blue-700 underline">
          Back to inbound
        </Link>
      </p>
      {prefill.lines.length ? (
        <p role="status" className="mb-4 rounded-md bg-blue-50 p-3 text-sm text-blue-950">
          {prefill.lines.length} {prefill.lines.length === 1 ? 'SKU' : 'SKUs'} filled in with suggested units from Replenish. Check the units, labels and prep,
          then start the plan: nothing is sent to Amazon until you do.
        </p>
      ) : null}
      {prefill.problems.length ? (
        <div role="status" className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          <ul className="list-disc pl-5">
            {prefill.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="get" aria-label="Account and marketplace for the plan" className="mb-6 flex flex-wrap items-end gap-3">
        {/* The Replenish lines follow a change of marketplace, checked again against its SKUs. */}
        {linkedLines.slice(0, 2000).map((line, index) => (
          <input key={index} type="hidden" name={PLAN_PREFILL_PARAM} value={line} />
        ))}
        <div>
          <label htmlFor="plan-for" className="block text-sm font-medium">
            Plan for
          </label>
          <select
            id="plan-for"
            name="for"
            defaultValue={marketplace ? `${account.id}|${marketplace.marketplaceId}` : undefined}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            {accounts.flatMap((a) =>
              a.marketplaces.map((m) => (
                <option key={`${a.id}|${m.marketplaceId}`} value={`${a.id}|${m.marketplaceId}`}>
                  {a.name} · {m.name}
                </option>
              )),
            )}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100">
          Show SKUs
        </button>
      </form>
      {marketplace ? (
        <StartPlanForm
          key={`${account.id}:${marketplace.marketplaceId}`}
          accountId={account.id}
          marketplaceId={marketplace.marketplaceId}
          countryCode={marketplace.countryCode}
          skus={skus}
          initialLines={prefill.lines}
          addresses={addresses.map((a) => ({
            id: a.id,
            label: `${a.name}, ${a.addressLine1}, ${a.city} ${a.postalCode} ${a.countryCode}`,
            phoneNumber: a.phoneNumber,
          }))}
        />
      ) : (
        <EmptyState title="No marketplace">This account sells in no marketplace yet.</EmptyState>
      )}
    </>
  );
}
