import type { Metadata } from 'next';
import { AccountList } from '@/components/accounts/account-list';
import { ConnectAccountForm } from '@/components/accounts/connect-account-form';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { listSellerAccounts } from '@/lib/accounts';
import { hasRole, requireUser } from '@/lib/auth';

export const metadata: Metadata = { title: 'Amazon accounts' };

export default async function AmazonAccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const accounts = await listSellerAccounts(await getDb(), user.workspaceId);
  const { connected, error } = await searchParams;
  const canManage = hasRole(user.role, 'admin');
  return (
    <>
      <PageHeader title="Amazon accounts" description="Seller accounts this workspace works with, and their marketplaces." />
      {connected ? (
        <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-900">
          Connected seller {connected}.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mb-4 rounded-md bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      ) : null}
      <div className="grid gap-8 xl:grid-cols-[1fr_22rem]">
        <AccountList accounts={accounts} canManage={canManage} />
        {canManage ? (
          <section aria-labelledby="connect" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="connect" className="font-semibold">
              Connect an account
            </h2>
            <p className="mt-1 text-sm text-slate-600">You will sign in to Seller Central and allow this dashboard to act for the account.</p>
            <ConnectAccountForm />
          </section>
        ) : null}
      </div>
    </>
  );
}
