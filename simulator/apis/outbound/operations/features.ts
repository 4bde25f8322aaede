/** getFeatures, getFeatureInventory and getFeatureSKU: BLANK_BOX and BLOCK_AMZL eligibility per SKU. */
import { invalidInput, type SimCatalog, type SimRequest } from '../../../core/contract.js';
import { single } from '../../../core/query-values.js';
import type { GetFeatureInventoryResult } from '../../../../lib/sp-api/generated/fulfillment-outbound.js';
import { FEATURES, isFeatureName } from '../reference.js';
import type { OutboundStore } from '../store.js';
import { checkSellerMarketplace, prepare } from './context.js';
import { decodeToken, encodeToken, PAGE_SIZE, parseDate } from './paging.js';

function featureSkuInfo(catalog: SimCatalog, sellerId: string, marketplaceId: string, featureName: 'BLANK_BOX' | 'BLOCK_AMZL') {
  const skus = catalog.list(sellerId).filter((s) => s.marketplaceIds.includes(marketplaceId));
  return { skus, eligible: skus.filter((s) => s.features[featureName]) };
}

export function getFeatures(store: OutboundStore, req: SimRequest) {
  prepare(store, req);
  const marketplaceId = single(req.query.marketplaceId) ?? '';
  checkSellerMarketplace(store, req.sellerId, marketplaceId);
  const features = FEATURES.map((f) => ({
    featureName: f.featureName,
    featureDescription: f.featureDescription,
    sellerEligible: featureSkuInfo(store.catalog, req.sellerId, marketplaceId, f.featureName).eligible.length > 0,
  }));
  return { payload: { features } };
}

export function getFeatureInventory(store: OutboundStore, req: SimRequest) {
  prepare(store, req);
  const marketplaceId = single(req.query.marketplaceId) ?? '';
  const featureName = req.path.featureName ?? '';
  checkSellerMarketplace(store, req.sellerId, marketplaceId);
  if (!isFeatureName(featureName)) throw invalidInput(`Value ${featureName} for parameter featureName is invalid.`);
  const token = single(req.query.nextToken);
  const decoded = token ? decodeToken(token) : null;
  const since = decoded ? (decoded.filter ? new Date(decoded.filter) : undefined) : parseDate(single(req.query.queryStartDate), 'queryStartDate');
  const offset = decoded?.offset ?? 0;
  const { skus, eligible } = featureSkuInfo(store.catalog, req.sellerId, marketplaceId, featureName);
  const matching = eligible.filter((s) => !since || s.lastUpdated >= since).sort((a, b) => a.sellerSku.localeCompare(b.sellerSku));
  const featureSkus = matching.slice(offset, offset + PAGE_SIZE).map((s) => {
    const overlapping = skus.filter((o) => o.fnsku === s.fnsku && o.sellerSku !== s.sellerSku).map((o) => o.sellerSku);
    return {
      sellerSku: s.sellerSku,
      fnSku: s.fnsku,
      asin: s.asin,
      skuCount: s.qty.fulfillable,
      ...(overlapping.length > 0 ? { overlappingSkus: overlapping } : {}),
    };
  });
  const payload: GetFeatureInventoryResult = { marketplaceId, featureName, featureSkus };
  if (offset + PAGE_SIZE < matching.length) payload.nextToken = encodeToken({ offset: offset + PAGE_SIZE, filter: since ? since.toISOString() : '' });
  return { payload };
}

export function getFeatureSKU(store: OutboundStore, req: SimRequest) {
  prepare(store, req);
  const marketplaceId = single(req.query.marketplaceId) ?? '';
  const featureName = req.path.featureName ?? '';
  const sellerSku = req.path.sellerSku ?? '';
  checkSellerMarketplace(store, req.sellerId, marketplaceId);
  if (!isFeatureName(featureName)) throw invalidInput(`Value ${featureName} for parameter featureName is invalid.`);
  const sku = store.catalog.get(req.sellerId, sellerSku);
  const { eligible } = featureSkuInfo(store.catalog, req.sellerId, marketplaceId, featureName);
  const base = { marketplaceId, featureName };
  // Model: reasons are INVALID_SKU, MERCHANT_NOT_ENROLLED, SKU_NOT_ELIGIBLE; an ineligible SKU carries no SKU details.
  if (!sku || !sku.marketplaceIds.includes(marketplaceId)) return { payload: { ...base, isEligible: false, ineligibleReasons: ['INVALID_SKU'] } };
  if (eligible.length === 0) return { payload: { ...base, isEligible: false, ineligibleReasons: ['MERCHANT_NOT_ENROLLED'] } };
  if (!sku.features[featureName]) return { payload: { ...base, isEligible: false, ineligibleReasons: ['SKU_NOT_ELIGIBLE'] } };
  return { payload: { ...base, isEligible: true, sellerSku: sku.sellerSku, fnSku: sku.fnsku, asin: sku.asin, skuCount: sku.qty.fulfillable } };
}
