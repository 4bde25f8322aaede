import { describe, expect, it } from 'vitest';
import { resolveView, viewWithUrl } from './selection';
import type { SellerAccount } from './service';

const mk = (id: string, marketplaceIds: string[]): SellerAccount => ({
  id,
  sellingPartnerId: `S-${id}`,
  region: 'na',
  name: id,
  connectedAt: new Date(0),
  marketplaces: marketplaceIds.map((marketplaceId) => ({
    marketplaceId,
    countryCode: 'US',
    name: 'x',
    currencyCode: 'USD',
    domainName: 'x',
    participating: true,
  })),
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

describe('viewWithUrl', () => {
  const accounts = [mk('a1', ['US', 'CA']), mk('a2', ['DE'])];
  const sidebar = { accountId: 'a2', marketplaceId: 'DE' };

  it('lets the URL choose the account and marketplace over the sidebar', () => {
    expect(viewWithUrl({ account: 'a1', marketplace: 'CA' }, sidebar, accounts)).toEqual({ accountId: 'a1', marketplaceId: 'CA' });
    expect(viewWithUrl({ account: 'all', marketplace: 'all' }, sidebar, accounts)).toEqual({ accountId: null, marketplaceId: null });
    // The sidebar's marketplace is not the URL account's: every marketplace of that account.
    expect(viewWithUrl({ account: 'a1' }, sidebar, accounts)).toEqual({ accountId: 'a1', marketplaceId: null });
    // The same link means the same rows, whatever marketplace the recipient's sidebar shows.
    expect(viewWithUrl({ account: 'a1' }, { accountId: 'a1', marketplaceId: 'CA' }, accounts)).toEqual({ accountId: 'a1', marketplaceId: null });
  });

  it("keeps the sidebar when the URL says nothing, and ignores accounts that are not the user's", () => {
    expect(viewWithUrl({}, sidebar, accounts)).toEqual(sidebar);
    expect(viewWithUrl({ account: 'someone-else', marketplace: 'US' }, sidebar, accounts)).toEqual(sidebar);
    expect(viewWithUrl({ marketplace: 'US' }, { accountId: null, marketplaceId: null }, accounts)).toEqual({ accountId: null, marketplaceId: 'US' });
  });
});
