/** Sellers API v1: the caller's marketplace participations and account. */
import type { SimApiModule, SimRequest } from '../../core/contract.js';
import { accessDenied } from '../../core/errors.js';
import { marketplace } from '../../state/marketplaces.js';
import { sellers, type SellerRecord } from '../../state/sellers.js';

function sellerOf(req: SimRequest): SellerRecord {
  const seller = sellers.get(req.sellerId);
  if (!seller) throw accessDenied();
  return seller;
}

function participations(seller: SellerRecord) {
  return seller.marketplaceIds.map((id) => {
    const m = marketplace(id);
    return {
      marketplace: {
        id: m.id,
        name: m.name,
        countryCode: m.countryCode,
        defaultCurrencyCode: m.currencyCode,
        defaultLanguageCode: m.defaultLanguageCode,
        domainName: m.domainName,
      },
      participation: { isParticipating: true, hasSuspendedListings: false },
      storeName: seller.name,
    };
  });
}

const BUSINESS_ADDRESS = {
  na: { addressLine1: '410 Terry Ave N', city: 'Seattle', stateOrProvinceCode: 'WA', postalCode: '98109', countryCode: 'US' },
  eu: { addressLine1: '1 Principal Place, Worship Street', city: 'London', postalCode: 'EC2A 2FA', countryCode: 'GB' },
} as const;

const sellersModule: SimApiModule = {
  model: 'sellers.json',
  handlers: {
    getMarketplaceParticipations: (req) => ({ payload: participations(sellerOf(req)) }),
    getAccount(req) {
      const seller = sellerOf(req);
      const address = BUSINESS_ADDRESS[seller.region];
      return {
        payload: {
          marketplaceParticipationList: participations(seller),
          businessType: 'PRIVATE_LIMITED',
          sellingPlan: 'PROFESSIONAL',
          business: { name: seller.name, registeredBusinessAddress: address },
          primaryContact: { name: 'Alex Morgan', address },
        },
      };
    },
  },
};

export default sellersModule;
