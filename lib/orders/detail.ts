/**
 * One order as the order page shows it: the order, its items with the FBA stock that could
 * fill them, and the Multi-Channel Fulfillment orders made for it. Read from the synced
 * tables only; buyer details are fetched on demand elsewhere (buyer-details.ts).
 */
import { and, asc, desc, eq, inArray, isNull, like, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { fulfillmentOrders, inventorySummaries, orderItems, orders, sellerAccounts } from '@/db/schema';
import type { FulfillmentOrderDetail } from '@/lib/outbound/types';
import type { OrderItemRecord, OrderRecord } from './order-context';
import { likePrefix } from '@/db/like-pattern';

export interface OrderItemWithStock extends OrderItemRecord {
  /** Fulfillable FBA units of this SKU in the order's marketplace; null when the SKU has no FBA stock record. */
  fulfillable: number | null;
  /** Units still to ship. */
  quantityOpen: number;
  /** Whether FBA could ship the open units now. */
  canFulfill: boolean;
}

export interface LinkedFulfillmentOrder {
  sellerFulfillmentOrderId: string;
  displayableOrderId: string;
  status: string;
  statusUpdatedAt: Date;
  receivedAt: Date;
  shippingSpeedCategory: string;
  fulfillmentPolicy: string | null;
  detail: FulfillmentOrderDetail | null;
}

export interface OrderDetail {
  order: OrderRecord;
  accountName: string;
  items: OrderItemWithStock[];
  fulfillmentOrders: LinkedFulfillmentOrder[];
}

/** null for an unknown order or one of another workspace (the page answers 404 either way). */
export async function getOrderDetail(db: Db, workspaceId: string, amazonOrderId: string): Promise<OrderDetail | null> {
  const [found] = await db
    .select({ order: orders, accountName: sellerAccounts.name })
    .from(orders)
    .innerJoin(sellerAccounts, eq(sellerAccounts.id, orders.accountId))
    .where(and(eq(orders.workspaceId, workspaceId), eq(orders.amazonOrderId, amazonOrderId), isNull(sellerAccounts.disconnectedAt)))
    .limit(1);
  if (!found) return null;
  const { order } = found;
  const tenant = and(eq(orderItems.workspaceId, workspaceId), eq(orderItems.accountId, order.accountId));
  const items = await db
    .select()
    .from(orderItems)
    .where(and(tenant, eq(orderItems.amazonOrderId, amazonOrderId)))
    .orderBy(asc(orderItems.orderItemId));

  const skus = [...new Set(items.map((i) => i.sellerSku).filter((s): s is string => Boolean(s)))];
  const stock = skus.length
    ? await db
        .select({ sellerSku: inventorySummaries.sellerSku, fulfillable: inventorySummaries.fulfillable })
        .from(inventorySummaries)
        .where(
          and(
            eq(inventorySummaries.workspaceId, workspaceId),
            eq(inventorySummaries.accountId, order.accountId),
            eq(inventorySummaries.marketplaceId, order.marketplaceId),
            inArray(inventorySummaries.sellerSku, skus),
          ),
        )
    : [];
  const fulfillableBySku = new Map(stock.map((s) => [s.sellerSku, s.fulfillable]));

  // Linked by the id the buyer sees (displayableOrderId) or by a sellerFulfillmentOrderId that
  // starts with the Amazon order id (the derived id Fulfill with FBA creates, with any suffix).
  const linked = await db
    .select()
    .from(fulfillmentOrders)
    .where(
      and(
        eq(fulfillmentOrders.workspaceId, workspaceId),
        eq(fulfillmentOrders.accountId, order.accountId),
        or(eq(fulfillmentOrders.displayableOrderId, amazonOrderId), like(fulfillmentOrders.sellerFulfillmentOrderId, likePrefix(amazonOrderId))),
      ),
    )
    .orderBy(desc(fulfillmentOrders.receivedAt));

  return {
    order,
    accountName: found.accountName,
    items: items.map((item) => {
      const fulfillable = item.sellerSku ? (fulfillableBySku.get(item.sellerSku) ?? null) : null;
      const quantityOpen = Math.max(0, item.quantityOrdered - item.quantityShipped);
      return { ...item, fulfillable, quantityOpen, canFulfill: (fulfillable ?? 0) >= quantityOpen };
    }),
    fulfillmentOrders: linked.map((fo) => ({
      sellerFulfillmentOrderId: fo.sellerFulfillmentOrderId,
      displayableOrderId: fo.displayableOrderId,
      status: fo.status,
      statusUpdatedAt: fo.statusUpdatedAt,
      receivedAt: fo.receivedAt,
      shippingSpeedCategory: fo.shippingSpeedCategory,
      fulfillmentPolicy: fo.fulfillmentPolicy,
      detail: (fo.detail as FulfillmentOrderDetail | null) ?? null,
    })),
  };
}
