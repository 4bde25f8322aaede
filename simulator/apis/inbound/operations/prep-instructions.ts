/** getPrepInstructions: the prep and labelling Amazon asks for, per SKU or ASIN, before a shipment. */
import { invalidInput, type SimRequest } from '../../../core/contract.js';
import type { GetPrepInstructionsResult } from '../../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import { FULFILLMENT_CENTERS } from '../fulfillment-centers.js';
import { amazonPrepFees, isWellFormedAsin, prepProfileFor } from '../prep.js';
import type { InboundStore } from '../store.js';
import { load } from './context.js';
import { queryList, requireQuery } from './query.js';

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
