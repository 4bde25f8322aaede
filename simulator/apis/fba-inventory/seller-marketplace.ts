import { invalidInput, type SimRequest } from '../../core/contract.js';
import { sellers } from '../../state/sellers.js';

/** The caller must sell in the marketplace it names. */
export function requireSellerMarketplace(req: SimRequest, marketplaceId: string): void {
  const seller = sellers.get(req.sellerId);
  if (!seller?.marketplaceIds.includes(marketplaceId)) throw invalidInput(`Invalid marketplaceId ${marketplaceId} for this seller.`);
}
