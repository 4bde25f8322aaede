/** Item operations that stand outside a plan: prep details, compliance details and FNSKU labels. */
import { invalidInput, type SimRequest } from '../../core/contract.js';
import { list, single } from '../../core/query-values.js';
import type {
  CreateMarketplaceItemLabelsRequest,
  SetPrepDetailsRequest,
  UpdateItemComplianceDetailsRequest,
} from '../../../lib/sp-api/generated/fulfillment-inbound-2024-03-20.js';
import { HSN_CODE, INDIA_MARKETPLACE_ID } from './compliance-details.js';
import { documents, documentUrl } from '../inbound/documents.js';
import type { InboundPlansContext } from './context.js';
import { buildItemLabelsPdf, type ItemLabel } from './item-labels-pdf.js';

const MAX_ITEM_LABELS = 10_000;
/** How long the label download link is valid (the simulator keeps the document longer). */
const DOWNLOAD_VALID_S = 300;

function assertSells(ctx: InboundPlansContext, sellerId: string, marketplaceId: string): void {
  if (!ctx.catalog.list(sellerId).some((sku) => sku.marketplaceIds.includes(marketplaceId))) {
    throw invalidInput(`Marketplace ${marketplaceId} is not a marketplace this seller sells in.`);
  }
}

function knownSku(ctx: InboundPlansContext, sellerId: string, marketplaceId: string, msku: string) {
  const sku = ctx.catalog.get(sellerId, msku);
  if (!sku || !sku.marketplaceIds.includes(marketplaceId)) throw invalidInput(`MSKU ${msku} is not listed in marketplace ${marketplaceId}.`);
  return sku;
}

export function listPrepDetails(ctx: InboundPlansContext, req: SimRequest) {
  const marketplaceId = single(req.query.marketplaceId)!;
  assertSells(ctx, req.sellerId, marketplaceId);
  const mskus = list(req.query.mskus) ?? [];
  for (const msku of mskus) knownSku(ctx, req.sellerId, marketplaceId, msku);
  return { mskuPrepDetails: mskus.map((msku) => ctx.prep.get(req.sellerId, marketplaceId, msku)) };
}

export function setPrepDetails(ctx: InboundPlansContext, req: SimRequest) {
  const body = req.body as SetPrepDetailsRequest;
  assertSells(ctx, req.sellerId, body.marketplaceId);
  for (const detail of body.mskuPrepDetails) {
    knownSku(ctx, req.sellerId, body.marketplaceId, detail.msku);
    if (detail.prepCategory === 'UNKNOWN') throw invalidInput(`Choose a prep category for MSKU ${detail.msku}; UNKNOWN cannot be set.`);
    const noPrep = detail.prepTypes.includes('ITEM_NO_PREP');
    if (noPrep && detail.prepTypes.length > 1) throw invalidInput(`MSKU ${detail.msku}: ITEM_NO_PREP cannot be combined with other prep types.`);
    if (detail.prepCategory === 'NONE' && !noPrep) throw invalidInput(`MSKU ${detail.msku}: prep category NONE takes the prep type ITEM_NO_PREP.`);
  }
  return ctx.plans.start(req.sellerId, 'setPrepDetails', req.clock.now(), () => {
    for (const detail of body.mskuPrepDetails) ctx.prep.put(req.sellerId, body.marketplaceId, detail.msku, detail.prepCategory, detail.prepTypes);
    return [];
  });
}

/** Compliance details (tax details) exist only for India; elsewhere Amazon returns the identifiers alone. */
export function listItemComplianceDetails(ctx: InboundPlansContext, req: SimRequest) {
  const marketplaceId = single(req.query.marketplaceId)!;
  assertSells(ctx, req.sellerId, marketplaceId);
  const mskus = list(req.query.mskus) ?? [];
  return {
    complianceDetails: mskus.map((msku) => {
      const sku = knownSku(ctx, req.sellerId, marketplaceId, msku);
      const taxDetails = ctx.compliance.get(req.sellerId, marketplaceId, msku);
      return { msku, asin: sku.asin, fnsku: sku.fnsku, ...(taxDetails ? { taxDetails } : {}) };
    }),
  };
}

/** India's tax details of one MSKU, stored when the operation completes (asynchronous, like setPrepDetails). */
export function updateItemComplianceDetails(ctx: InboundPlansContext, req: SimRequest) {
  const marketplaceId = single(req.query.marketplaceId)!;
  if (marketplaceId !== INDIA_MARKETPLACE_ID) {
    throw invalidInput(`Item compliance details are used only in the India marketplace (${INDIA_MARKETPLACE_ID}), not ${marketplaceId}.`);
  }
  assertSells(ctx, req.sellerId, marketplaceId);
  const body = req.body as UpdateItemComplianceDetailsRequest;
  knownSku(ctx, req.sellerId, marketplaceId, body.msku);
  const { hsnCode, declaredValue } = body.taxDetails;
  if (!hsnCode || !HSN_CODE.test(hsnCode)) throw invalidInput(`MSKU ${body.msku}: the HSN code must be 4, 6 or 8 digits.`);
  if (declaredValue && (declaredValue.code !== 'INR' || !(declaredValue.amount > 0))) {
    throw invalidInput(`MSKU ${body.msku}: the declared value must be a positive amount in INR.`);
  }
  return ctx.plans.start(req.sellerId, 'updateItemComplianceDetails', req.clock.now(), () => {
    ctx.compliance.put(req.sellerId, marketplaceId, body.msku, body.taxDetails);
    return [];
  });
}

export async function createMarketplaceItemLabels(ctx: InboundPlansContext, req: SimRequest) {
  const body = req.body as CreateMarketplaceItemLabelsRequest;
  assertSells(ctx, req.sellerId, body.marketplaceId);
  const total = body.mskuQuantities.reduce((sum, q) => sum + q.quantity, 0);
  if (total > MAX_ITEM_LABELS) throw invalidInput(`At most ${MAX_ITEM_LABELS} labels per request; this asks for ${total}.`);
  if (body.labelType === 'STANDARD_FORMAT' && !body.pageType) throw invalidInput('pageType is required for STANDARD_FORMAT labels.');
  if (body.labelType === 'THERMAL_PRINTING' && (body.width === undefined || body.height === undefined)) {
    throw invalidInput('width and height (millimetres) are required for THERMAL_PRINTING labels.');
  }
  const labels: ItemLabel[] = body.mskuQuantities.flatMap(({ msku, quantity }) => {
    const sku = knownSku(ctx, req.sellerId, body.marketplaceId, msku);
    return Array.from({ length: quantity }, () => ({ fnsku: sku.fnsku, title: sku.title }));
  });
  const pdf = await buildItemLabelsPdf(
    labels,
    body.labelType === 'STANDARD_FORMAT' ? { kind: 'sheet', pageType: body.pageType! } : { kind: 'thermal', widthMm: body.width!, heightMm: body.height! },
  );
  const expiration = new Date(req.clock.now().getTime() + DOWNLOAD_VALID_S * 1000).toISOString();
  return { documentDownloads: [{ downloadType: 'URL', uri: documentUrl(req.publicUrl, documents.put(pdf)), expiration }] };
}
