/**
 * Fulfillment Inbound v0 for the simulator, from the legacy snapshot of the model that still
 * has the 11 operations Amazon removed on 2025-01-21 (sp-api-models/README.md): the dashboard
 * calls them until inbound moves to Fulfillment Inbound 2024-03-20.
 * `createInboundModule(catalog)` builds the module over any SimCatalog (tests inject their
 * own); the default export uses the shared catalog. Label and bill-of-lading PDFs are served
 * by `servePdfDocument`, which the core mounts at GET /_sim/documents/:id.
 */
import type { SimApiModule, SimCatalog, SimHandler } from '../../core/contract.js';
import { catalog as sharedCatalog } from '../../state/catalog.js';
import { documents } from './documents.js';
import { getBillOfLading } from './operations/bill-of-lading.js';
import type { InboundOperation } from './operations/context.js';
import { getInboundGuidance, getPrepInstructions } from './operations/guidance-and-prep.js';
import { getLabels } from './operations/labels.js';
import { createInboundShipmentPlan } from './operations/plans.js';
import { confirmPreorder, getPreorderInfo } from './operations/preorder.js';
import { getShipmentItems, getShipmentItemsByShipmentId, getShipments } from './operations/shipment-queries.js';
import { createInboundShipment, updateInboundShipment } from './operations/shipments.js';
import { confirmTransport, estimateTransport, getTransportDetails, putTransportDetails, voidTransport } from './operations/transport.js';
import { seedDemoShipments } from './seed.js';
import { InboundStore } from './store.js';

export { DOCUMENTS_PATH, servePdfDocument } from './documents.js';

export interface InboundModule extends SimApiModule {
  store: InboundStore;
  /** Brings every shipment (and the catalog's inbound quantities) up to `now`. */
  sync(now: Date): void;
}

export function createInboundModule(catalog: SimCatalog, options: { seedDemoShipments?: boolean } = {}): InboundModule {
  const store = new InboundStore(catalog);
  const on =
    (operation: InboundOperation): SimHandler =>
    (req) =>
      operation(store, req);
  return {
    model: 'legacy/fulfillmentInboundV0_2023-03-23.json',
    handlers: {
      getInboundGuidance: on(getInboundGuidance),
      getPrepInstructions: on(getPrepInstructions),
      createInboundShipmentPlan: on(createInboundShipmentPlan),
      createInboundShipment: on(createInboundShipment),
      updateInboundShipment: on(updateInboundShipment),
      getPreorderInfo: on(getPreorderInfo),
      confirmPreorder: on(confirmPreorder),
      getTransportDetails: on(getTransportDetails),
      putTransportDetails: on(putTransportDetails),
      estimateTransport: on(estimateTransport),
      confirmTransport: on(confirmTransport),
      voidTransport: on(voidTransport),
      getLabels: on(getLabels),
      getBillOfLading: on(getBillOfLading),
      getShipments: on(getShipments),
      getShipmentItemsByShipmentId: on(getShipmentItemsByShipmentId),
      getShipmentItems: on(getShipmentItems),
    },
    store,
    sync: (now) => store.syncAll(now),
    reset({ seed, clock }) {
      store.reset(seed);
      documents.clear();
      if (options.seedDemoShipments ?? true) seedDemoShipments(store, seed, clock.now());
    },
  };
}

const inbound = createInboundModule(sharedCatalog);
export default inbound;
