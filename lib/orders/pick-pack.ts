/**
 * The rows the pick list and packing slips print (pick-pack-pdf.ts): the selected orders of one
 * workspace with their items. An id of another workspace is simply not found.
 */
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orderItems, orders } from '@/db/schema';
import { orderPrintPdf, printSheet, type PrintKind, type PrintOrder } from './pick-pack-pdf';

export async function printableOrdersOf(db: Db, workspaceId: string, orderIds: readonly string[]): Promise<PrintOrder[]> {
  if (!orderIds.length) return [];
  const ids = [...orderIds];
  const found = await db
    .select({
      accountId: orders.accountId,
      amazonOrderId: orders.amazonOrderId,
      marketplaceId: orders.marketplaceId,
      purchaseDate: orders.purchaseDate,
      orderStatus: orders.orderStatus,
      fulfilledBy: orders.fulfilledBy,
      isIspu: orders.isIspu,
    })
    .from(orders)
    .where(and(eq(orders.workspaceId, workspaceId), inArray(orders.amazonOrderId, ids)));
  if (!found.length) return [];
  const items = await db
    .select({
      accountId: orderItems.accountId,
      amazonOrderId: orderItems.amazonOrderId,
      orderItemId: orderItems.orderItemId,
      sellerSku: orderItems.sellerSku,
      asin: orderItems.asin,
      title: orderItems.title,
      quantityOrdered: orderItems.quantityOrdered,
      quantityShipped: orderItems.quantityShipped,
    })
    .from(orderItems)
    .where(and(eq(orderItems.workspaceId, workspaceId), inArray(orderItems.amazonOrderId, ids)))
    .orderBy(orderItems.orderItemId);
  const key = (r: { accountId: string; amazonOrderId: string }) => `${r.accountId} ${r.amazonOrderId}`;
  return found.map((order) => ({ ...order, items: items.filter((i) => key(i) === key(order)) }));
}

/** The PDF for the selected orders of the workspace; `capped`: more orders matched the filter than were selected. */
export async function orderPrintFor(db: Db, workspaceId: string, kind: PrintKind, orderIds: readonly string[], capped = false): Promise<Buffer> {
  return orderPrintPdf(kind, { ...printSheet(orderIds, await printableOrdersOf(db, workspaceId, orderIds)), capped });
}
