/**
 * FBA Inventory API v1 (fbaInventory.json) over the shared catalog. The sandbox-only
 * operations (createInventoryItem, addInventory, deleteInventoryItem) are served too: they
 * are the simulator's way to shape stock from a client.
 */
import { list, single } from '../../core/query-values.js';
import { invalidInput, notFound, type SimApiModule, type SimRequest } from '../../core/contract.js';
import type { SimSku } from '../../core/contract.js';
import { catalog, emptyQty } from '../../state/catalog.js';
import { sellers } from '../../state/sellers.js';
import { isoSeconds } from '../orders-v0/reshape.js';

const PAGE_SIZE = 50;
/** The model: "The string token will expire 30 seconds after being created." */
const NEXT_TOKEN_SECONDS = 30;


function requireSellerMarketplace(req: SimRequest, marketplaceId: string): void {
  const seller = sellers.get(req.sellerId);
  if (!seller?.marketplaceIds.includes(marketplaceId)) throw invalidInput(`Invalid marketplaceId ${marketplaceId} for this seller.`);
}

function summary(sku: SimSku, details: boolean) {
  const q = sku.qty;
  const reserved = q.reservedCustomerOrders + q.reservedTransfers + q.reservedProcessing;
  const total = q.fulfillable + q.inboundWorking + q.inboundShipped + q.inboundReceiving + reserved + q.researching + q.unfulfillable;
  return {
    asin: sku.asin,
    fnSku: sku.fnsku,
    sellerSku: sku.sellerSku,
    condition: sku.condition,
    ...(details
      ? {
          inventoryDetails: {
            fulfillableQuantity: q.fulfillable,
            inboundWorkingQuantity: q.inboundWorking,
            inboundShippedQuantity: q.inboundShipped,
            inboundReceivingQuantity: q.inboundReceiving,
            reservedQuantity: {
              totalReservedQuantity: reserved,
              pendingCustomerOrderQuantity: q.reservedCustomerOrders,
              pendingTransshipmentQuantity: q.reservedTransfers,
              fcProcessingQuantity: q.reservedProcessing,
            },
            researchingQuantity: {
              totalResearchingQuantity: q.researching,
              researchingQuantityBreakdown: [
                { name: 'researchingQuantityInShortTerm', quantity: q.researching },
                { name: 'researchingQuantityInMidTerm', quantity: 0 },
                { name: 'researchingQuantityInLongTerm', quantity: 0 },
              ],
            },
            unfulfillableQuantity: {
              totalUnfulfillableQuantity: q.unfulfillable,
              customerDamagedQuantity: Math.ceil(q.unfulfillable / 2),
              warehouseDamagedQuantity: Math.floor(q.unfulfillable / 2),
              distributorDamagedQuantity: 0,
              carrierDamagedQuantity: 0,
              defectiveQuantity: 0,
              expiredQuantity: 0,
            },
          },
        }
      : {}),
    lastUpdatedTime: isoSeconds(sku.lastUpdated),
    productName: sku.title,
    totalQuantity: total,
  };
}

function getInventorySummaries(req: SimRequest) {
  const nowMs = req.clock.now().getTime();
  const marketplaceId = list(req.query.marketplaceIds)?.[0] ?? '';
  const granularityId = single(req.query.granularityId) ?? '';
  if (granularityId !== marketplaceId) throw invalidInput('granularityId must be the marketplace id given in marketplaceIds.');
  requireSellerMarketplace(req, marketplaceId);
  const startText = single(req.query.startDateTime);
  const startMs = startText === undefined ? undefined : Date.parse(startText);
  if (startMs !== undefined && Number.isNaN(startMs)) throw invalidInput('startDateTime must be an ISO 8601 date.');
  const skuFilter = list(req.query.sellerSkus) ?? list(req.query.sellerSku);

  let offset = 0;
  const nextToken = single(req.query.nextToken);
  if (nextToken) {
    const [issuedText, offsetText] = Buffer.from(nextToken, 'base64url').toString('utf8').split(':');
    if (!issuedText || !offsetText || Number.isNaN(Number(offsetText))) throw invalidInput('Invalid nextToken.');
    if (nowMs - Number(issuedText) > NEXT_TOKEN_SECONDS * 1000) throw invalidInput('The nextToken has expired.');
    offset = Number(offsetText);
  }
  const matching = catalog
    .list(req.sellerId)
    .filter((sku) => !skuFilter || skuFilter.includes(sku.sellerSku))
    .filter((sku) => startMs === undefined || sku.lastUpdated.getTime() >= startMs)
    .sort((a, b) => a.sellerSku.localeCompare(b.sellerSku));
  const page = matching.slice(offset, offset + PAGE_SIZE);
  const details = single(req.query.details) === 'true';
  const more = matching.length > offset + PAGE_SIZE;
  return {
    ...(more ? { pagination: { nextToken: Buffer.from(`${nowMs}:${offset + PAGE_SIZE}`).toString('base64url') } } : {}),
    payload: {
      granularity: { granularityType: 'Marketplace', granularityId: marketplaceId },
      inventorySummaries: page.map((sku) => summary(sku, details)),
    },
  };
}

const fbaInventory: SimApiModule = {
  model: 'fbaInventory.json',
  handlers: {
    getInventorySummaries,
    createInventoryItem(req) {
      const body = req.body as { sellerSku: string; marketplaceId: string; productName: string };
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
    },
    addInventory(req) {
      const body = req.body as { inventoryItems?: Array<{ sellerSku: string; marketplaceId: string; quantity: number }> };
      const items = body.inventoryItems ?? [];
      if (items.length === 0) throw invalidInput('inventoryItems must not be empty.');
      for (const item of items) {
        requireSellerMarketplace(req, item.marketplaceId);
        if (!catalog.get(req.sellerId, item.sellerSku)) throw notFound(`SKU ${item.sellerSku} was not found.`);
        if (!Number.isInteger(item.quantity) || item.quantity < 1) throw invalidInput('quantity must be a positive integer.');
      }
      for (const item of items) catalog.adjust(req.sellerId, item.sellerSku, { fulfillable: item.quantity }, req.clock.now());
      return {};
    },
    deleteInventoryItem(req) {
      requireSellerMarketplace(req, single(req.query.marketplaceId) ?? '');
      const sellerSku = req.path.sellerSku ?? '';
      if (!catalog.remove(req.sellerId, sellerSku)) throw notFound(`SKU ${sellerSku} was not found.`);
      return {};
    },
  },
};

export default fbaInventory;
