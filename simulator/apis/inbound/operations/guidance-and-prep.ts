/** getInboundGuidance and getPrepInstructions: what Amazon advises before a seller plans a shipment. */
import { invalidInput, type SimRequest } from '../../../core/contract.js';
import type { GetInboundGuidanceResult, GetPrepInstructionsResult } from '../../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import { FULFILLMENT_CENTERS } from '../fulfillment-centers.js';
import { amazonPrepFees, inboundGuidanceFor, isWellFormedAsin, prepProfileFor } from '../prep.js';
import type { InboundStore } from '../store.js';
import { assertSellerMarketplace, load } from './context.js';
import { queryList, requireQuery } from './query.js';

export function getInboundGuidance(store: InboundStore, req: SimRequest): { payload: GetInboundGuidanceResult } {
  load(store, req);
  assertSellerMarketplace(store.catalog, req.sellerId, requireQuery(req, 'MarketplaceId'));
  const skus = queryList(req, 'SellerSKUList');
  const asins = queryList(req, 'ASINList');
  if (!skus && !asins) throw invalidInput('Specify SellerSKUList or ASINList.');
  const payload: GetInboundGuidanceResult = {};
  if (skus) {
    payload.SKUInboundGuidanceList = [];
    payload.InvalidSKUList = [];
    for (const sellerSku of skus) {
      const sku = store.catalog.get(req.sellerId, sellerSku);
      if (!sku) payload.InvalidSKUList.push({ SellerSKU: sellerSku, ErrorReason: 'DoesNotExist' });
      else payload.SKUInboundGuidanceList.push({ SellerSKU: sellerSku, ASIN: sku.asin, ...inboundGuidanceFor(sku.asin, sku.qty.fulfillable) });
    }
  }
  if (asins) {
    payload.ASINInboundGuidanceList = [];
    payload.InvalidASINList = [];
    const stock = new Map(store.catalog.list(req.sellerId).map((sku) => [sku.asin, sku.qty.fulfillable]));
    for (const asin of asins) {
      if (!isWellFormedAsin(asin)) payload.InvalidASINList.push({ ASIN: asin, ErrorReason: 'InvalidASIN' });
      else payload.ASINInboundGuidanceList.push({ ASIN: asin, ...inboundGuidanceFor(asin, stock.get(asin) ?? 0) });
    }
  }
  return { payload };
}

export function getPrepInstructions(store: InboundStore, req: SimRequest): { payload: GetPrepInstructionsResult } {
  load(store, req);
  const country = requireQuery(req, 'ShipToCountryCode');
  if (!FULFILLMENT_CENTERS[country]) throw invalidInput(`ShipToCountryCode ${country} is not a country with Amazon fulfillment centers.`);
  const skus = queryList(req, 'SellerSKUList');
  const asins = queryList(req, 'ASINList');
  if (!skus && !asins) throw invalidInput('Specify SellerSKUList or ASINList.');
  const payload: GetPrepInstructionsResult = {};
  if (skus) {
    payload.SKUPrepInstructionsList = [];
    payload.InvalidSKUList = [];
    for (const sellerSku of skus) {
      const sku = store.catalog.get(req.sellerId, sellerSku);
      if (!sku) {
        payload.InvalidSKUList.push({ SellerSKU: sellerSku, ErrorReason: 'DoesNotExist' });
        continue;
      }
      const profile = prepProfileFor({ sellerSku, asin: sku.asin });
      payload.SKUPrepInstructionsList.push({
        SellerSKU: sellerSku,
        ASIN: sku.asin,
        ...profile,
        AmazonPrepFeesDetailsList: amazonPrepFees(profile.PrepInstructionList, country),
      });
    }
  }
  if (asins) {
    payload.ASINPrepInstructionsList = [];
    payload.InvalidASINList = [];
    for (const asin of asins) {
      if (!isWellFormedAsin(asin)) payload.InvalidASINList.push({ ASIN: asin, ErrorReason: 'InvalidASIN' });
      else payload.ASINPrepInstructionsList.push({ ASIN: asin, ...prepProfileFor({ asin }) });
    }
  }
  return { payload };
}
