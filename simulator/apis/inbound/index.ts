/**
 * Fulfillment Inbound v0 for the simulator, from the legacy snapshot of the model that still
 * has the 11 operations Amazon removed on 2025-01-21 (sp-api-models/README.md): the dashboard
 * calls them until inbound moves to Fulfillment Inbound 2024-03-20.
 * `createInboundModule(catalog)` builds the module over any SimCatalog (tests inject their
 * own); the default export uses the shared catalog. Label and bill-of-lading PDFs are served
 * by `servePdfDocument`, which the core mounts at GET /_sim/documents/:id.
 */
import type { SimApiModule, SimCatalog } from '../../core/contract.js';
import { catalog as sharedCatalog } from '../../state/catalog.js';
import { documents } from './documents.js';
import { createInboundHandlers } from './handlers.js';
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
  return {
    model: 'legacy/fulfillmentInboundV0_2023-03-23.json',
    handlers: createInboundHandlers(store),
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
