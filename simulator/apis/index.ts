/**
 * The API modules the simulator serves. Add a module by importing its default export and
 * listing it here. (The Tokens API is added by the core itself: it needs the token store.)
 */
import type { SimApiModule } from '../core/contract.js';
import { sellers } from '../state/sellers.js';
import fbaInventory from './fba-inventory/index.js';
import feeds from './feeds/index.js';
import inbound, { servePdfDocument } from './inbound/index.js';
import inboundPlans from './inbound-plans/index.js';
import messaging from './messaging/index.js';
import orders2026 from './orders-2026/index.js';
import ordersV0 from './orders-v0/index.js';
import outbound, { settleOutboundStock } from './outbound/index.js';
import sellersApi from './sellers/index.js';
import uploads from './uploads/index.js';

/**
 * Outbound settles stock per seller on its own calls; syncing it before every call lets the
 * inventory API see units that left with fulfillment orders as simulated time passed.
 */
const outboundWithSync: SimApiModule = {
  ...outbound,
  sync: (now) => {
    for (const seller of sellers.list()) settleOutboundStock(seller.sellerId, now);
  },
};

export const apiModules: SimApiModule[] = [sellersApi, ordersV0, orders2026, fbaInventory, messaging, outboundWithSync, inbound, inboundPlans, feeds, uploads];

/** Files modules hand out by URL (inbound labels), served at GET /_sim/documents/:id. */
export const documentSources: Array<(id: string) => { bytes: Uint8Array; contentType: string } | undefined> = [servePdfDocument];
