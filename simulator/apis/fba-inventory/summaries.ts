/** getInventorySummaries: the seller's catalog quantities, paged, with or without details. */
import { invalidInput, type SimRequest, type SimSku } from '../../core/contract.js';
import { list, single } from '../../core/query-values.js';
import { catalog } from '../../state/catalog.js';
import { isoSeconds } from '../orders-v0/reshape.js';
import { requireSellerMarketplace } from './seller-marketplace.js';

const PAGE_SIZE = 50;
/** The model: "The string token will expire 30 seconds after being created." */
const NEXT_TOKEN_SECONDS = 30;

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

export function getInventorySummaries(req: SimRequest) {
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
