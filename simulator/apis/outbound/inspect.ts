/** GET /_sim/state/fulfillmentOutbound_2020-07-01?sellerId=&displayableOrderId=: the orders as they stand now. */
import { DEMO_SELLERS } from '../../core/contract.js';
import type { OutboundStore } from './store.js';

export function inspectOrders(store: OutboundStore, query: Record<string, string>) {
  const sellerIds = query.sellerId ? [query.sellerId] : Object.values(DEMO_SELLERS).map((s) => s.sellerId);
  return {
    fulfillmentOrders: sellerIds.flatMap((sellerId) =>
      store
        .list(sellerId)
        .filter((o) => !query.displayableOrderId || o.displayableOrderId === query.displayableOrderId)
        .map((o) => ({
          sellerId,
          sellerFulfillmentOrderId: o.sellerFulfillmentOrderId,
          displayableOrderId: o.displayableOrderId,
          fulfillmentPolicy: o.fulfillmentPolicy,
          destinationAddress: o.destinationAddress,
          items: o.items.map((i) => ({ sellerSku: i.sellerSku, quantity: i.quantity })),
          receivedAt: o.receivedAt.toISOString(),
        })),
    ),
  };
}
