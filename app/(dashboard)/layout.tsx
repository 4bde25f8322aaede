import type { ReactNode } from 'react';
import { cookies } from 'next/headers';
import { AccountSwitcher } from '@/components/shell/account-switcher';
import { Sidebar } from '@/components/shell/sidebar';
import { BrowserTimeZone, TimeZoneProvider } from '@/components/shell/time-zone';
import { UserMenu } from '@/components/shell/user-menu';
import { getDb } from '@/db';
import { clientSecretNotice, clientSecretWarning, readAccountView, listSellerAccounts } from '@/lib/accounts';
import { requireUser } from '@/lib/auth';
import { countLowStock } from '@/lib/inventory';
import { env } from '@/lib/env';
import { BROWSER_TIME_ZONE_COOKIE, displayTimeZone, savedTimeZone } from '@/lib/users';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const db = await getDb();
  const accounts = await listSellerAccounts(db, user.workspaceId);
  const view = await readAccountView(accounts);
  // Owners rotate the app's client secret: they are told on every page until it is done.
  const secretNotice = user.role === 'owner' ? clientSecretNotice(clientSecretWarning(env().LWA_CLIENT_SECRET_EXPIRES_AT)) : null;
  // One indexed count for the Inventory badge, in the sidebar's account/marketplace view.
  const lowStock = await countLowStock(db, { workspaceId: user.workspaceId, accountIds: accounts.map((a) => a.id), ...view });
  const saved = await savedTimeZone(db, user.id);
  const browserZone = (await cookies()).get(BROWSER_TIME_ZONE_COOKIE)?.value;
  return (
    <TimeZoneProvider zone={displayTimeZone(saved, browserZone)}>
      {saved ? null : <BrowserTimeZone cookieZone={browserZone} cookieName={BROWSER_TIME_ZONE_COOKIE} />}
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <Sidebar
        badges={lowStock ? { '/inventory': { count: lowStock, label: 'low-stock SKUs' } } : {}}
        header={<AccountSwitcher accounts={accounts} view={view} />}
        footer={<UserMenu name={user.name} email={user.email} role={user.role} />}
      />
      <main id="content" className="p-4 lg:ml-60 lg:p-8">
        {secretNotice ? (
          <p role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {secretNotice}
          </p>
        ) : null}
        {children}
      </main>
    </TimeZoneProvider>
  );
}
