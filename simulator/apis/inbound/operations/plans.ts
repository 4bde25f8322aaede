/** createInboundShipmentPlan: splits the seller's items into plans, one per destination fulfillment center. */
import type { SimRequest } from '../../../core/contract.js';
import type { CreateInboundShipmentPlanRequest, CreateInboundShipmentPlanResult } from '../../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import { destinationCountry, splitIntoPlans, validatePlanItems } from '../plans.js';
import type { InboundStore } from '../store.js';
import { load } from './context.js';

export function createInboundShipmentPlan(store: InboundStore, req: SimRequest): { payload: CreateInboundShipmentPlanResult } {
  const now = load(store, req);
  const request = req.body as CreateInboundShipmentPlanRequest;
  const home = store.catalog.list(req.sellerId)[0]?.marketplaceIds[0];
  const country = destinationCountry(request, home);
  const skus = validatePlanItems(request, (sellerSku) => store.catalog.get(req.sellerId, sellerSku));
  const plans = splitIntoPlans(request, skus, country, () => store.nextShipmentId());
  for (const plan of plans) {
    store.plans.set(plan.ShipmentId, {
      sellerId: req.sellerId,
      plan,
      country,
      labelPrepPreference: request.LabelPrepPreference,
      createdAt: now,
      used: false,
    });
  }
  return { payload: { InboundShipmentPlans: plans } };
}
