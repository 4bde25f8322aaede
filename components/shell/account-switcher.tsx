import { chooseAccountView } from '@/lib/accounts/actions';
import type { AccountView, SellerAccount } from '@/lib/accounts/types';

/**
 * Where the seller picks which Amazon account and marketplace the lists show. A plain form
 * with a Show button: it works from the keyboard and without JavaScript, and moving through
 * the options with arrow keys does not reload the page at every step.
 */
export function AccountSwitcher({ accounts, view }: { accounts: SellerAccount[]; view: AccountView }) {
  if (!accounts.length) {
    return (
      <div className="rounded-md border border-slate-200 p-3 text-sm">
        <p className="font-medium text-slate-800">Amazon account</p>
        <p className="mt-1 text-slate-600">No seller account connected yet. Connect one in Settings.</p>
      </div>
    );
  }
  const current = `${view.accountId ?? ''}|${view.marketplaceId ?? ''}`;
  return (
    <form action={chooseAccountView} className="space-y-2 rounded-md border border-slate-200 p-3 text-sm">
      <label htmlFor="account-view" className="block font-medium text-slate-800">
        Account and marketplace
      </label>
      {/* Keyed by the saved view: React resets a form after its action, and a fresh select
          resets to the view just saved rather than to the one the page first rendered. */}
      <select key={current} id="account-view" name="view" defaultValue={current} className="block w-full rounded-md border border-slate-300 bg-white px-2 py-1">
        <option value="|">All accounts</option>
        {accounts.map((account) => (
          <optgroup key={account.id} label={account.name}>
            <option value={`${account.id}|`}>{account.name}: all marketplaces</option>
            {account.marketplaces.map((m) => (
              <option key={m.marketplaceId} value={`${account.id}|${m.marketplaceId}`}>
                {account.name}: {m.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 font-medium hover:bg-slate-100">
        Show
      </button>
    </form>
  );
}
