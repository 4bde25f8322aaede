'use client';

import { useActionState } from 'react';
import { disconnectAmazonAccount } from '@/lib/accounts/actions';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FormMessage } from '@/components/ui/form-message';
import { idleState } from '@/lib/actions/action-state';
import { REGION_LABELS, type SellerAccount } from '@/lib/accounts/types';

export function AccountList({ accounts, canManage }: { accounts: SellerAccount[]; canManage: boolean }) {
  if (!accounts.length) {
    return <EmptyState title="No Amazon account connected">Connected seller accounts appear here with their region and marketplaces.</EmptyState>;
  }
  return (
    <ul className="space-y-4">
      {accounts.map((account) => (
        <AccountCard key={account.id} account={account} canManage={canManage} />
      ))}
    </ul>
  );
}

function AccountCard({ account, canManage }: { account: SellerAccount; canManage: boolean }) {
  const [state, action, pending] = useActionState(disconnectAmazonAccount, idleState);
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h2 className="font-semibold">{account.name}</h2>
          <p className="text-sm text-slate-600">
            Seller {account.sellingPartnerId} · {REGION_LABELS[account.region]}
          </p>
        </div>
        {canManage ? (
          <form
            action={action}
            onSubmit={(e) => {
              if (!confirm(`Disconnect ${account.name}? Its Amazon tokens will be deleted.`)) e.preventDefault();
            }}
          >
            <input type="hidden" name="accountId" value={account.id} />
            <Button type="submit" variant="secondary" disabled={pending} aria-label={`Disconnect ${account.name}`}>
              Disconnect
            </Button>
          </form>
        ) : null}
      </div>
      {account.marketplaces.length ? (
        <ul aria-label={`Marketplaces of ${account.name}`} className="mt-3 flex flex-wrap gap-2">
          {account.marketplaces.map((m) => (
            <li key={m.marketplaceId} className="rounded-full bg-slate-100 px-3 py-1 text-xs text-slate-800">
              {m.countryCode} · {m.domainName}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-slate-600">Marketplaces will show after the first sync.</p>
      )}
      <FormMessage state={state} />
    </li>
  );
}
