/**
 * Reading one order of a workspace for the fulfill, ship and messages pages, and reading its
 * items through SP-API when the sync has not brought them yet. Every query takes the
 * workspace, so an order id from another workspace is simply not found.
 */
import 'server-only';
import { and, asc, desc, eq, inArray, like } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { fulfillmentDecisions, fulfillmentOrders, inventorySummaries, orderItems, orders } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/types';
import { orderActions } from './order-actions';
import { readOrderInto } from './refresh-order';
import { isAmazonOrderId } from '@/lib/validation/amazon-identifiers';

export type OrderRecord = typeof orders.$inferSelect;
export type OrderItemRecord = typeof orderItems.$inferSelect;
export type FulfillmentOrderRecord = typeof fulfillmentOrders.$inferSelect;

export async function findOrder(db: Db, workspaceId: string, amazonOrderId: string): Promise<OrderRecord | undefined> {
  // Anything but a 3-7-7 id cannot be an order, so it is not looked up.
  if (!isAmazonOrderId(amazonOrderId)) return undefined;
  const [row] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.workspaceId, workspaceId), eq(orders.amazonOrderId, amazonOrderId)))
    .limit(1);
  return row;
}

export async function itemsOf(db: Db, order: OrderRecord): Promise<OrderItemRecord[]> {
  return db
    .select()
    .from(orderItems)
    .where(and(eq(orderItems.accountId, order.accountId), eq(orderItems.amazonOrderId, order.amazonOrderId)))
    .orderBy(asc(orderItems.orderItemId));
}

/** The order's items; when none are stored, the order is read from Amazon again (getOrder) first. */
export async function ensureOrderItems(db: Db, client: SpApiClient, order: OrderRecord): Promise<OrderItemRecord[]> {
  const stored = await itemsOf(db, order);
  if (stored.length) return stored;
  await readOrderInto(db, client, { accountId: order.accountId, workspaceId: order.workspaceId }, order.amazonOrderId);
  return itemsOf(db, order);
}

/** FBA fulfillable units per SKU in the order's marketplace; SKUs without a row are left out (unknown). */
export async function fulfillableBySku(db: Db, order: OrderRecord, skus: string[]): Promise<Map<string, number>> {
  if (!skus.length) return new Map();
  const rows = await db
    .select({ sku: inventorySummaries.sellerSku, fulfillable: inventorySummaries.fulfillable })
    .from(inventorySummaries)
    .where(
      and(
        eq(inventorySummaries.accountId, order.accountId),
        eq(inventorySummaries.marketplaceId, order.marketplaceId),
        inArray(inventorySummaries.sellerSku, skus),
      ),
    );
  return new Map(rows.map((r) => [r.sku, r.fulfillable]));
}

/** Fulfillment orders created for this Amazon order (by the dashboard: `MCF-<order id>`, displayable id = order id). */
export async function fulfillmentOrdersOf(db: Db, order: OrderRecord): Promise<FulfillmentOrderRecord[]> {
  return db
    .select()
    .from(fulfillmentOrders)
    .where(
      and(
        eq(fulfillmentOrders.accountId, order.accountId),
        eq(fulfillmentOrders.displayableOrderId, order.amazonOrderId),
        like(fulfillmentOrders.sellerFulfillmentOrderId, 'MCF-%'),
      ),
    )
    .orderBy(desc(fulfillmentOrders.receivedAt));
}

export async function decisionsOf(db: Db, order: OrderRecord) {
  return db
    .select()
    .from(fulfillmentDecisions)
    .where(
      and(
        eq(fulfillmentDecisions.workspaceId, order.workspaceId),
        eq(fulfillmentDecisions.accountId, order.accountId),
        eq(fulfillmentDecisions.amazonOrderId, order.amazonOrderId),
      ),
    )
    .orderBy(desc(fulfillmentDecisions.decidedAt));
}

/** Multi-Channel Fulfillment is for orders the seller ships (MERCHANT), not picked up in store, not yet fully shipped. */
export function canFulfillWithFba(order: Pick<OrderRecord, 'fulfilledBy' | 'orderStatus' | 'isIspu'>): boolean {
  return orderActions(order).canFulfillWithFba;
}

/** Units still to ship per item. */
export function unshippedLines(items: OrderItemRecord[]) {
  return items
    .filter((i) => i.sellerSku)
    .map((i) => ({ orderItemId: i.orderItemId, sellerSku: i.sellerSku!, needed: Math.max(0, i.quantityOrdered - i.quantityShipped) }));
}
