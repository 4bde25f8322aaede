/**
 * The sandbox-only operations (createInventoryItem, addInventory, deleteInventoryItem): the
 * simulator serves them as its way to shape stock from a client.
 */
import { invalidInput, notFound, type SimRequest } from '../../core/contract.js';
import { single } from '../../core/query-values.js';
import { catalog, emptyQty } from '../../state/catalog.js';
import { sellers } from '../../state/sellers.js';
import type { AddInventoryRequest, CreateInventoryItemRequest } from '../../../lib/sp-api/generated/fba-inventory.js';
import { requireSellerMarketplace } from './seller-marketplace.js';

export function createInventoryItem(req: SimRequest) {
  const body = req.body as CreateInventoryItemRequest;
  requireSellerMarketplace(req, body.marketplaceId);
  if (catalog.get(req.sellerId, body.sellerSku)) throw invalidInput(`SKU ${body.sellerSku} already exists.`);
  const seller = sellers.get(req.sellerId);
  catalog.put({
    sellerId: req.sellerId,
    marketplaceIds: [...(seller?.marketplaceIds ?? [body.marketplaceId])],
    sellerSku: body.sellerSku,
    asin: `B0${Buffer.from(body.sellerSku).toString('hex').toUpperCase().padEnd(8, '0').slice(0, 8)}`,
    fnsku: `X00${Buffer.from(body.sellerSku).toString('hex').toUpperCase().padEnd(7, '0').slice(-7)}`,
    title: body.productName,
    condition: 'NewItem',
    price: { currencyCode: seller?.region === 'eu' ? 'GBP' : 'USD', amount: 19.99 },
    weightLb: 1,
    dimensionsIn: { length: 10, width: 8, height: 4 },
    features: { BLANK_BOX: true, BLOCK_AMZL: false },
    qty: emptyQty(),
    lastUpdated: req.clock.now(),
  });
  return {};
}

export function addInventory(req: SimRequest) {
  const body = req.body as AddInventoryRequest;
  const items = body.inventoryItems ?? [];
  if (items.length === 0) throw invalidInput('inventoryItems must not be empty.');
  for (const item of items) {
    requireSellerMarketplace(req, item.marketplaceId);
    if (!catalog.get(req.sellerId, item.sellerSku)) throw notFound(`SKU ${item.sellerSku} was not found.`);
    if (!Number.isInteger(item.quantity) || item.quantity < 1) throw invalidInput('quantity must be a positive integer.');
  }
  for (const item of items) catalog.adjust(req.sellerId, item.sellerSku, { fulfillable: item.quantity }, req.clock.now());
  return {};
}

export function deleteInventoryItem(req: SimRequest) {
  requireSellerMarketplace(req, single(req.query.marketplaceId) ?? '');
  const sellerSku = req.path.sellerSku ?? '';
  if (!catalog.remove(req.sellerId, sellerSku)) throw notFound(`SKU ${sellerSku} was not found.`);
  return {};
}
