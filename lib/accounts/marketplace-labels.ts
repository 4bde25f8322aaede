/** The marketplaces a workspace's filters offer: each one its connected accounts sell in, once. */
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
