/**
 * Which account and marketplace the dashboard's lists show, kept in a cookie per browser.
 * The cookie is only a preference: it is checked against the user's own accounts on every
 * read, so a forged value shows nothing of anyone else's.
 */
import 'server-only';
import { cookies } from 'next/headers';
import type { SellerAccount } from './service';

const COOKIE = 'seller-ops-view';

export interface AccountView {
  /** null: every account of the workspace. */
  accountId: string | null;
  /** null: every marketplace of the chosen account(s). */
  marketplaceId: string | null;
}

export function resolveView(raw: string | undefined, accounts: SellerAccount[]): AccountView {
  const [accountId = '', marketplaceId = ''] = (raw ?? '').split('|');
  const account = accounts.find((a) => a.id === accountId);
  if (!account) return { accountId: null, marketplaceId: null };
  const marketplace = account.marketplaces.find((m) => m.marketplaceId === marketplaceId);
  return { accountId: account.id, marketplaceId: marketplace?.marketplaceId ?? null };
}

/**
 * A list's view when its URL names an account or marketplace (an id or `all`): the URL wins
 * over the sidebar, so a shared link shows the same rows. Ids that are not the user's own
 * accounts' are ignored, like a forged cookie.
 */
export function viewWithUrl(
  url: { account?: string | undefined; marketplace?: string | undefined },
  sidebar: AccountView,
  accounts: SellerAccount[],
): AccountView {
  const named = url.account === 'all' || accounts.some((a) => a.id === url.account);
  const accountId = named ? (url.account === 'all' ? null : url.account!) : sidebar.accountId;
  const inView = accounts.filter((a) => !accountId || a.id === accountId);
  const sold = (marketplaceId: string | null | undefined): marketplaceId is string =>
    Boolean(marketplaceId) && inView.some((a) => a.marketplaces.some((m) => m.marketplaceId === marketplaceId));
  // An account named in the URL brings its own marketplace (or all of them), never the sidebar's.
  const fallback = named ? null : sidebar.marketplaceId;
  const marketplaceId = url.marketplace === 'all' ? null : sold(url.marketplace) ? url.marketplace : sold(fallback) ? fallback : null;
  return { accountId, marketplaceId };
}

export async function readAccountView(accounts: SellerAccount[]): Promise<AccountView> {
  return resolveView((await cookies()).get(COOKIE)?.value, accounts);
}

export async function writeAccountView(view: AccountView): Promise<void> {
  (await cookies()).set(COOKIE, `${view.accountId ?? ''}|${view.marketplaceId ?? ''}`, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
  });
}
