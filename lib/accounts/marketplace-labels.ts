/** Marketplace ids -> the short country codes lists show, from the workspace's connected accounts. */
import type { SellerAccount } from './service';

export interface MarketplaceOption {
  marketplaceId: string;
  countryCode: string;
  name: string;
}

export function marketplaceOptions(accounts: SellerAccount[]): MarketplaceOption[] {
  const seen = new Map<string, MarketplaceOption>();
  for (const account of accounts)
    for (const m of account.marketplaces)
      if (!seen.has(m.marketplaceId)) seen.set(m.marketplaceId, { marketplaceId: m.marketplaceId, countryCode: m.countryCode, name: m.name });
  return [...seen.values()].sort((a, b) => a.countryCode.localeCompare(b.countryCode));
}

export function marketplaceLabeler(accounts: SellerAccount[]): (marketplaceId: string) => string {
  const byId = new Map(marketplaceOptions(accounts).map((m) => [m.marketplaceId, m.countryCode]));
  return (id) => byId.get(id) ?? id;
}
