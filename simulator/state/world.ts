/**
 * Builds (and rebuilds, on /_sim/reset) the whole simulated world from a seed: sellers,
 * their catalogs and their order streams.
 */
import type { SimSku } from '../core/contract.js';
import { catalog } from './catalog.js';
import { messageLog } from './messages.js';
import { orderBook, type CatalogLine } from './orders.js';
import { sellers, type SellerRecord } from './sellers.js';

export const DEFAULT_ORDER_COUNT = 2000;
/** Orders a seller created through the consent page has over the last 90 days. */
const NEW_SELLER_ORDERS = 150;

let currentSeed = 1;

const linesOf = (skus: SimSku[]): CatalogLine[] => skus.map((s) => ({ sellerSku: s.sellerSku, asin: s.asin, title: s.title, price: s.price.amount }));

export function resetWorld(seed: number, now: Date, orderCount = DEFAULT_ORDER_COUNT): void {
  currentSeed = seed;
  sellers.reset();
  catalog.reset(seed, now);
  messageLog.reset();
  // The NA seller sells in three marketplaces and gets 60% of the orders.
  const [na, eu] = sellers.list();
  const naOrders = Math.round(orderCount * 0.6);
  orderBook.reset(
    seed,
    now,
    [na, eu]
      .filter((s): s is SellerRecord => s !== undefined)
      .map((seller) => ({
        seller,
        orders: seller === na ? naOrders : orderCount - naOrders,
        lines: linesOf(catalog.list(seller.sellerId)),
      })),
  );
}

export function createNaSeller(now: Date): SellerRecord {
  const seller = sellers.addNaSeller();
  catalog.seedSeller(currentSeed, seller.sellerId, seller.marketplaceIds, now);
  orderBook.addSeller(seller, NEW_SELLER_ORDERS, linesOf(catalog.list(seller.sellerId)), now);
  return seller;
}
