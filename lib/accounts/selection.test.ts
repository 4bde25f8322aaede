import { describe, expect, it } from 'vitest';
import { resolveView } from './selection';
import type { SellerAccount } from './service';

const mk = (id: string, marketplaceIds: string[]): SellerAccount => ({
  id,
  sellingPartnerId: `S-${id}`,
  region: 'na',
  name: id,
  connectedAt: new Date(0),
  marketplaces: marketplaceIds.map((marketplaceId) => ({ marketplaceId, countryCode: 'US', name: 'x', currencyCode: 'USD', domainName: 'x', participating: true })),
});

describe('resolveView', () => {
  const accounts = [mk('a1', ['US', 'CA']), mk('a2', ['DE'])];

  it('keeps a valid account and marketplace', () => {
    expect(resolveView('a1|CA', accounts)).toEqual({ accountId: 'a1', marketplaceId: 'CA' });
    expect(resolveView('a2|', accounts)).toEqual({ accountId: 'a2', marketplaceId: null });
  });

  it("falls back to all accounts for an unknown or another workspace's account", () => {
    expect(resolveView('someone-else|US', accounts)).toEqual({ accountId: null, marketplaceId: null });
    expect(resolveView(undefined, accounts)).toEqual({ accountId: null, marketplaceId: null });
  });

  it("drops a marketplace that is not the chosen account's", () => {
    expect(resolveView('a2|US', accounts)).toEqual({ accountId: 'a2', marketplaceId: null });
  });
});
