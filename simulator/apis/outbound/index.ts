/**
 * The Fulfillment Outbound API (2020-07-01) as a simulator module. `createOutboundModule(catalog)`
 * builds it over any SimCatalog (tests inject their own); the default export uses the shared catalog.
 */
import { DEMO_SELLERS, type SimApiModule, type SimCatalog, type SimHandler } from '../../core/contract.js';
import { catalog } from '../../state/catalog.js';
import { inspectOrders } from './inspect.js';
import { cancelFulfillmentOrder, submitFulfillmentOrderStatusUpdate } from './operations/cancel-and-status.js';
import type { OutboundOperation } from './operations/context.js';
import { createFulfillmentOrder } from './operations/create.js';
import { getFeatureInventory, getFeatures, getFeatureSKU } from './operations/features.js';
import { getFulfillmentOrder, listAllFulfillmentOrders } from './operations/get-and-list.js';
import { getPackageTrackingDetails } from './operations/package-tracking.js';
import { deliveryOffers, getFulfillmentPreview } from './operations/preview.js';
import { createFulfillmentReturn, listReturnReasonCodes } from './operations/returns.js';
import { updateFulfillmentOrder } from './operations/update.js';
import { OutboundStore } from './store.js';

export interface OutboundModule extends SimApiModule {
  store: OutboundStore;
}

export function createOutboundModule(catalog: SimCatalog): OutboundModule {
  const store = new OutboundStore(catalog);
  const on =
    (operation: OutboundOperation): SimHandler =>
    (req) =>
      operation(store, req);
  return {
    model: 'fulfillmentOutbound_2020-07-01.json',
    handlers: {
      getFulfillmentPreview: on(getFulfillmentPreview),
      deliveryOffers: on(deliveryOffers),
      createFulfillmentOrder: on(createFulfillmentOrder),
      updateFulfillmentOrder: on(updateFulfillmentOrder),
      cancelFulfillmentOrder: on(cancelFulfillmentOrder),
      submitFulfillmentOrderStatusUpdate: on(submitFulfillmentOrderStatusUpdate),
      getFulfillmentOrder: on(getFulfillmentOrder),
      listAllFulfillmentOrders: on(listAllFulfillmentOrders),
      listReturnReasonCodes: on(listReturnReasonCodes),
      createFulfillmentReturn: on(createFulfillmentReturn),
      getFeatures: on(getFeatures),
      getFeatureInventory: on(getFeatureInventory),
      getFeatureSKU: on(getFeatureSKU),
      getPackageTrackingDetails: on(getPackageTrackingDetails),
    },
    store,
    inspect: (query) => inspectOrders(store, query),
    reset(ctx) {
      store.reset(ctx.seed, ctx.clock.now());
      // The demo sellers' catalogs exist by now (the world resets first); seed them eagerly so
      // their reservations show in inventory before the first outbound call.
      for (const seller of Object.values(DEMO_SELLERS)) store.ensureSeeded(seller.sellerId);
    },
  };
}

const outbound = createOutboundModule(catalog);

export default outbound;

/**
 * Outbound moves stock lazily (on its own calls). Another module that reads the catalog, such
 * as FBA inventory, can call this first so reservations reflect orders that shipped or were
 * cancelled by the passage of simulated time.
 */
export function settleOutboundStock(sellerId: string, now: Date): void {
  outbound.store.settleSeller(sellerId, now);
}
