/** The Fulfillment Outbound API module, bound to the simulator's shared catalog. */
import { catalog } from '../../state/catalog.js';
import { createOutboundModule } from './handlers.js';

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
