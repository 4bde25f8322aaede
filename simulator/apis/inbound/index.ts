/**
 * Fulfillment Inbound v0 for the simulator, as today's model has it: the six operations Amazon
 * kept when it removed the plan, shipment, pre-order, transport and guidance writes on
 * 2025-01-21 (shipments are made with Fulfillment Inbound 2024-03-20, ../inbound-plans/, whose
 * confirmed shipments join this store). A request for a removed operation gets what any unknown
 * path gets. `createInboundModule(catalog)` builds the module over any SimCatalog (tests inject
 * their own); the default export uses the shared catalog. Label and bill-of-lading PDFs are
 * served by `servePdfDocument`, which the core mounts at GET /_sim/documents/:id.
 */
import type { SimApiModule, SimCatalog, SimHandler } from '../../core/contract.js';
import { catalog as sharedCatalog } from '../../state/catalog.js';
import { documents } from './documents.js';
import { getBillOfLading } from './operations/bill-of-lading.js';
import type { InboundOperation } from './operations/context.js';
import { getPrepInstructions } from './operations/prep-instructions.js';
import { getLabels } from './operations/labels.js';
import { getShipmentItems, getShipmentItemsByShipmentId, getShipments } from './operations/shipment-queries.js';
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
    model: 'fulfillmentInboundV0.json',
    handlers: {
      getPrepInstructions: on(getPrepInstructions),
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
