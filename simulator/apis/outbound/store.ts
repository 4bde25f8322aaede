/**
 * Fulfillment orders per seller, and the catalog bookkeeping that follows their life cycle:
 * each stock movement (reserve, ship, release, returned unit) is applied exactly once, stamped
 * with the simulated time at which it happened.
 */
import type { SimCatalog, SimSku } from '../../core/contract.js';
import { milestones, orderStateAt, TIMINGS, type OutboundOrder } from './lifecycle.js';
import { RETURN_REASONS } from './reference.js';
import { seedSellerOrders } from './seed.js';

export class OutboundStore {
  private readonly orders = new Map<string, Map<string, OutboundOrder>>();
  /** The seed and instant of the last reset; null before the first one. */
  private seedFrom: { seed: number; at: Date } | null = null;
  private readonly seededSellers = new Set<string>();

  constructor(readonly catalog: SimCatalog) {}

  /** Empties the store; each seller's order history is then seeded from `seed` as of `at`. */
  reset(seed: number, at: Date): void {
    this.orders.clear();
    this.seededSellers.clear();
    this.seedFrom = { seed, at };
  }

  /** Sellers created after reset (consent page) get their history on first use. */
  ensureSeeded(sellerId: string): void {
    if (!this.seedFrom || this.seededSellers.has(sellerId) || !sellerId) return;
    this.seededSellers.add(sellerId);
    seedSellerOrders(this, sellerId, this.seedFrom.seed, this.seedFrom.at);
  }

  get(sellerId: string, sellerFulfillmentOrderId: string): OutboundOrder | undefined {
    return this.orders.get(sellerId)?.get(sellerFulfillmentOrderId);
  }

  /** The seller's orders, oldest first (a stable order for paging). */
  list(sellerId: string): OutboundOrder[] {
    return [...(this.orders.get(sellerId)?.values() ?? [])].sort(
      (a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.sellerFulfillmentOrderId.localeCompare(b.sellerFulfillmentOrderId),
    );
  }

  add(order: OutboundOrder): void {
    let bySeller = this.orders.get(order.sellerId);
    if (!bySeller) this.orders.set(order.sellerId, (bySeller = new Map()));
    bySeller.set(order.sellerFulfillmentOrderId, order);
  }

  hasPackageNumber(packageNumber: number): boolean {
    for (const bySeller of this.orders.values()) for (const o of bySeller.values()) if (o.packageNumber === packageNumber) return true;
    return false;
  }

  byPackageNumber(sellerId: string, packageNumber: number): OutboundOrder | undefined {
    return this.list(sellerId).find((o) => o.packageNumber === packageNumber);
  }

  /** Move units fulfillable -> reservedCustomerOrders. */
  reserve(sellerId: string, sellerSku: string, units: number, at: Date): void {
    if (units > 0) this.catalog.adjust(sellerId, sellerSku, { fulfillable: -units, reservedCustomerOrders: units }, at);
  }

  /** Move units reservedCustomerOrders -> fulfillable (cancel, expiry, quantity lowered). */
  unreserve(sellerId: string, sellerSku: string, units: number, at: Date): void {
    if (units > 0) this.safeAdjust(sellerId, sellerSku, { fulfillable: units, reservedCustomerOrders: -units }, at);
  }

  /** Apply the stock movements the order's timeline has reached by `now`. */
  settle(order: OutboundOrder, now: Date): void {
    const state = orderStateAt(order, now);
    const m = milestones(order);
    if (state.shipped && m && !order.stock.shipped && !order.stock.released) {
      for (const item of order.items) this.safeAdjust(order.sellerId, item.sellerSku, { reservedCustomerOrders: -item.reservedQuantity }, m.shipAt);
      order.stock.shipped = true;
    }
    if (state.releasedStock && !order.stock.shipped && !order.stock.released) {
      for (const item of order.items) this.unreserve(order.sellerId, item.sellerSku, item.reservedQuantity, state.releasedStock.at);
      order.stock.released = true;
    }
    for (const ret of order.returns) {
      const receivedAt = new Date(ret.createdAt.getTime() + TIMINGS.returnProcessing);
      if (ret.stockApplied || now < receivedAt) continue;
      const sellable = returnCondition(ret.sellerReturnReasonCode) === 'Sellable';
      this.safeAdjust(order.sellerId, ret.sellerSku, sellable ? { fulfillable: 1 } : { unfulfillable: 1 }, receivedAt);
      ret.stockApplied = true;
    }
  }

  settleSeller(sellerId: string, now: Date): void {
    for (const order of this.list(sellerId)) this.settle(order, now);
  }

  /** A SKU removed from the catalog after its order was placed has no stock left to move. */
  private safeAdjust(sellerId: string, sellerSku: string, change: Partial<SimSku['qty']>, at: Date): void {
    if (Object.values(change).every((v) => v === 0)) return;
    if (!this.catalog.get(sellerId, sellerSku)) return;
    this.catalog.adjust(sellerId, sellerSku, change, at);
  }
}

export function returnCondition(returnReasonCode: string) {
  return RETURN_REASONS.find((r) => r.returnReasonCode === returnReasonCode)?.condition ?? 'Sellable';
}
