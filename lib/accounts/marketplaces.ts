/** Reads which marketplaces an account sells in (getMarketplaceParticipations) and names it after its store. */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { sellerAccountMarketplaces, sellerAccounts } from '@/db/schema';
import type { Tenant } from '@/lib/tenancy';
import type { sellers } from '@/lib/sp-api/generated';
import { saveMarketplaces, type Marketplace } from './service';
import { spApiForAccount } from './sp-api-for-account';

export function reshapeParticipations(list: sellers.MarketplaceParticipation[]): Marketplace[] {
  return list.map((p) => ({
    marketplaceId: p.marketplace.id,
    countryCode: p.marketplace.countryCode,
    name: p.marketplace.name,
    currencyCode: p.marketplace.defaultCurrencyCode,
    domainName: p.marketplace.domainName,
    participating: p.participation.isParticipating,
  }));
}

export async function refreshMarketplaces(db: Db, workspaceId: string, accountId: string): Promise<Marketplace[]> {
  const client = await spApiForAccount(db, workspaceId, accountId);
  const response = await client.sellers.getMarketplaceParticipations();
  const list = response.payload ?? [];
  const marketplaces = reshapeParticipations(list);
  await saveMarketplaces(db, accountId, marketplaces);
  // An account connected through consent has a placeholder name until Amazon tells us its store's.
  const storeName = list.find((p) => p.participation.isParticipating)?.storeName;
  if (storeName) {
    await db
      .update(sellerAccounts)
      .set({ name: storeName })
      .where(and(eq(sellerAccounts.id, accountId), eq(sellerAccounts.name, `Seller ${client.sellingPartnerId}`)));
  }
  return marketplaces;
}

/** Whether the account (in its workspace) sells in the marketplace: checked before a write names it. */
export async function sellsIn(db: Db, tenant: Tenant, marketplaceId: string): Promise<boolean> {
  const [row] = await db
    .select({ marketplaceId: sellerAccountMarketplaces.marketplaceId })
    .from(sellerAccountMarketplaces)
    .innerJoin(sellerAccounts, eq(sellerAccounts.id, sellerAccountMarketplaces.accountId))
    .where(
      and(
        eq(sellerAccounts.id, tenant.accountId),
        eq(sellerAccounts.workspaceId, tenant.workspaceId),
        eq(sellerAccountMarketplaces.marketplaceId, marketplaceId),
      ),
    );
  return Boolean(row);
}

/** One marketplace of the account as Amazon described it (getMarketplaceParticipations): its country, currency, name. */
export async function accountMarketplace(db: Db, accountId: string, marketplaceId: string): Promise<Marketplace | undefined> {
  const [row] = await db
    .select()
    .from(sellerAccountMarketplaces)
    .where(and(eq(sellerAccountMarketplaces.accountId, accountId), eq(sellerAccountMarketplaces.marketplaceId, marketplaceId)));
  if (!row) return undefined;
  const { accountId: _account, ...marketplace } = row;
  return marketplace;
}
