/**
 * Fulfillment Inbound 2024-03-20 (fulfillmentInbound_2024-03-20.json): Send to Amazon as an
 * API. Plans, packing, placement, transportation, delivery windows, tracking, prep details and
 * FNSKU labels; every write that the model makes asynchronous returns an operation id whose
 * status (getInboundOperationStatus) finishes OPERATION_DELAY_S simulated seconds later.
 * Confirmed shipments join the v0 store, where the v0 operations Amazon kept read them.
 * Not simulated yet (the core answers 501): source address updates and India's delivery challan.
 */
import type { SimApiModule, SimCatalog, SimHandler, SimRequest } from '../../core/contract.js';
import { catalog as sharedCatalog } from '../../state/catalog.js';
import inboundV0 from '../inbound/index.js';
import type { InboundStore } from '../inbound/store.js';
import { cancelSelfShipAppointment, generateSelfShipAppointmentSlots, getSelfShipAppointmentSlots, scheduleSelfShipAppointment } from './appointments.js';
import {
  confirmShipmentContentUpdatePreview,
  generateShipmentContentUpdatePreviews,
  getShipmentContentUpdatePreview,
  listShipmentContentUpdatePreviews,
} from './content-updates.js';
import type { InboundPlansContext } from './context.js';
import { ComplianceDetailsStore } from './compliance-details.js';
import { createMarketplaceItemLabels, listItemComplianceDetails, listPrepDetails, setPrepDetails, updateItemComplianceDetails } from './items.js';
import {
  confirmPackingOption,
  generatePackingOptions,
  listInboundPlanBoxes,
  listPackingGroupBoxes,
  listPackingGroupItems,
  listPackingOptions,
  setPackingInformation,
} from './packing.js';
import {
  confirmPlacementOption,
  generatePlacementOptions,
  getShipment,
  listPlacementOptions,
  listShipmentBoxes,
  listShipmentItems,
  updateShipmentName,
} from './placement.js';
import {
  cancelInboundPlan,
  createInboundPlan,
  getInboundOperationStatus,
  getInboundPlan,
  listInboundPlanItems,
  listInboundPlans,
  updateInboundPlanName,
} from './plans.js';
import { PrepDetailsStore } from './prep-details.js';
import { seedSellerCentralPlans } from './seed.js';
import { InboundPlanStore } from './store.js';
import {
  confirmDeliveryWindowOptions,
  confirmTransportationOptions,
  generateDeliveryWindowOptions,
  generateTransportationOptions,
  listDeliveryWindowOptions,
  listInboundPlanPallets,
  listShipmentPallets,
  listTransportationOptions,
  updateShipmentTrackingDetails,
} from './transportation.js';

export { OPERATION_DELAY_S } from './store.js';

type Operation = (ctx: InboundPlansContext, req: SimRequest) => unknown;

const OPERATIONS: Record<string, Operation> = {
  createInboundPlan,
  listInboundPlans,
  getInboundPlan,
  listInboundPlanItems,
  updateInboundPlanName,
  cancelInboundPlan,
  getInboundOperationStatus,
  generatePackingOptions,
  listPackingOptions,
  listPackingGroupItems,
  listPackingGroupBoxes,
  confirmPackingOption,
  setPackingInformation,
  listInboundPlanBoxes,
  generatePlacementOptions,
  listPlacementOptions,
  confirmPlacementOption,
  getShipment,
  listShipmentItems,
  listShipmentBoxes,
  updateShipmentName,
  generateTransportationOptions,
  listTransportationOptions,
  confirmTransportationOptions,
  generateDeliveryWindowOptions,
  listDeliveryWindowOptions,
  confirmDeliveryWindowOptions,
  updateShipmentTrackingDetails,
  generateShipmentContentUpdatePreviews,
  listShipmentContentUpdatePreviews,
  getShipmentContentUpdatePreview,
  confirmShipmentContentUpdatePreview,
  generateSelfShipAppointmentSlots,
  getSelfShipAppointmentSlots,
  scheduleSelfShipAppointment,
  cancelSelfShipAppointment,
  listShipmentPallets,
  listInboundPlanPallets,
  listPrepDetails,
  setPrepDetails,
  listItemComplianceDetails,
  updateItemComplianceDetails,
  createMarketplaceItemLabels,
};

export interface InboundPlansModule extends SimApiModule {
  plans: InboundPlanStore;
  sync(now: Date): void;
}

export function createInboundPlansModule(catalog: SimCatalog, v0: InboundStore, options: { seedPlans?: boolean } = {}): InboundPlansModule {
  const ctx: InboundPlansContext = { plans: new InboundPlanStore(v0), prep: new PrepDetailsStore(), compliance: new ComplianceDetailsStore(), catalog };
  const handlers: Record<string, SimHandler> = {};
  for (const [operationId, operation] of Object.entries(OPERATIONS)) handlers[operationId] = (req) => operation(ctx, req);
  return {
    model: 'fulfillmentInbound_2024-03-20.json',
    handlers,
    plans: ctx.plans,
    // Operations complete on the clock whether or not anyone polls them.
    sync: (now) => ctx.plans.sync(now),
    reset({ clock }) {
      ctx.plans.reset();
      ctx.prep.reset();
      ctx.compliance.reset();
      if (options.seedPlans ?? true) seedSellerCentralPlans(ctx, clock.now());
    },
    inspect: () => ({
      plans: [...ctx.plans.plans.values()].map((p) => ({ inboundPlanId: p.inboundPlanId, sellerId: p.sellerId, name: p.name, status: p.status })),
    }),
  };
}

const inboundPlans = createInboundPlansModule(sharedCatalog, inboundV0.store);
export default inboundPlans;
