/** What integration tests read of the simulator's world through its control API: orders to act on, FBA stock. */
import type { RunningSimulator } from '@/simulator/core/server';
import { simControl } from './demo-account';

export interface SimOrderSummary {
  amazonOrderId: string;
  isIspu: boolean;
  marketplaceId?: string;
  items: Array<{ sellerSku: string; quantityOrdered: number }>;
}

const DEMO_SELLER = 'A1DEMOSELLERNA';

/** The seller's unshipped merchant-fulfilled orders, store pick-ups left out (FBA has nothing to ship for them). */
export async function simUnshippedMfnOrders(sim: RunningSimulator, limit: number, sellerId = DEMO_SELLER): Promise<SimOrderSummary[]> {
  const list = (await simControl(sim, 'GET', `/_sim/state/order-list?sellerId=${sellerId}&channel=MFN&status=Unshipped&limit=${limit}`)) as {
    orders: SimOrderSummary[];
  };
  return list.orders.filter((o) => !o.isIspu);
}

/** FBA fulfillable units per SKU, as Amazon holds them now. */
export async function simFulfillableStock(sim: RunningSimulator, sellerId = DEMO_SELLER): Promise<Map<string, number>> {
  const inventory = (await simControl(sim, 'GET', `/_sim/state/inventory?sellerId=${sellerId}`)) as {
    skus: Array<{ sellerSku: string; qty: { fulfillable: number } }>;
  };
  return new Map(inventory.skus.map((s) => [s.sellerSku, s.qty.fulfillable]));
}
