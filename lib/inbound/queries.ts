/** What the Inbound pages read: shipments with their units, boxes and transport, always within one workspace. */
import 'server-only';
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { couldBeShipment } from './shipment-input';
import { isDiscrepancy, receiptOf, type ShipmentReceipt } from './status';
import { inboundShipmentItems, inboundShipments, inboundTransports, inventorySummaries, sellerAccounts } from '@/db/schema';

export interface InboundFilters {
  accountId?: string | null;
  marketplaceId?: string | null;
  status?: string | null;
  destination?: string | null;
  q?: string | null;
}

/** Rows per page of the inbound list. */
export const INBOUND_PAGE_SIZE = 100;

function shipmentFilters(workspaceId: string, filters: InboundFilters): SQL[] {
  const where: SQL[] = [eq(inboundShipments.workspaceId, workspaceId)];
  if (filters.accountId) where.push(eq(inboundShipments.accountId, filters.accountId));
  if (filters.marketplaceId) where.push(eq(inboundShipments.marketplaceId, filters.marketplaceId));
  if (filters.status) where.push(eq(inboundShipments.status, filters.status));
  if (filters.destination) where.push(eq(inboundShipments.destinationFulfillmentCenterId, filters.destination));
  if (filters.q) {
    const like = `%${filters.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(inboundShipments.shipmentId, like), ilike(inboundShipments.name, like))!);
  }
  return where;
}

/** How many shipments match the filters, for the pages. */
export async function countInboundShipments(db: Db, workspaceId: string, filters: InboundFilters): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(inboundShipments)
    .innerJoin(sellerAccounts, and(eq(sellerAccounts.id, inboundShipments.accountId), eq(sellerAccounts.workspaceId, workspaceId)))
    .where(and(...shipmentFilters(workspaceId, filters)));
  return row?.n ?? 0;
}

/** One page (from 1) of the shipments that match, most recently synced first. */
export async function listInboundShipments(db: Db, workspaceId: string, filters: InboundFilters, page = 1, pageSize = INBOUND_PAGE_SIZE) {
  const where = shipmentFilters(workspaceId, filters);
  const units = db
    .select({
      accountId: inboundShipmentItems.accountId,
      shipmentId: inboundShipmentItems.shipmentId,
      shipped: sql<number>`coalesce(sum(${inboundShipmentItems.quantityShipped}), 0)::int`.as('shipped'),
      received: sql<number>`coalesce(sum(${inboundShipmentItems.quantityReceived}), 0)::int`.as('received'),
      skus: sql<number>`count(*)::int`.as('skus'),
    })
    .from(inboundShipmentItems)
    .where(eq(inboundShipmentItems.workspaceId, workspaceId))
    .groupBy(inboundShipmentItems.accountId, inboundShipmentItems.shipmentId)
    .as('units');
  return db
    .select({
      accountId: inboundShipments.accountId,
      accountName: sellerAccounts.name,
      shipmentId: inboundShipments.shipmentId,
      marketplaceId: inboundShipments.marketplaceId,
      name: inboundShipments.name,
      status: inboundShipments.status,
      destination: inboundShipments.destinationFulfillmentCenterId,
      units: sql<number>`coalesce(${units.shipped}, 0)`,
      received: sql<number>`coalesce(${units.received}, 0)`,
      skus: sql<number>`coalesce(${units.skus}, 0)`,
      boxes: inboundTransports.packageCount,
      pallets: inboundTransports.palletCount,
      transportStatus: inboundTransports.status,
      shipmentType: inboundTransports.shipmentType,
      syncedAt: inboundShipments.syncedAt,
    })
    .from(inboundShipments)
    .innerJoin(sellerAccounts, and(eq(sellerAccounts.id, inboundShipments.accountId), eq(sellerAccounts.workspaceId, workspaceId)))
    .leftJoin(units, and(eq(units.accountId, inboundShipments.accountId), eq(units.shipmentId, inboundShipments.shipmentId)))
    .leftJoin(
      inboundTransports,
      and(eq(inboundTransports.accountId, inboundShipments.accountId), eq(inboundTransports.shipmentId, inboundShipments.shipmentId)),
    )
    .where(and(...where))
    .orderBy(desc(inboundShipments.syncedAt), asc(inboundShipments.shipmentId), asc(inboundShipments.accountId))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}

export async function destinationsOf(db: Db, workspaceId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ fc: inboundShipments.destinationFulfillmentCenterId })
    .from(inboundShipments)
    .where(eq(inboundShipments.workspaceId, workspaceId))
    .orderBy(inboundShipments.destinationFulfillmentCenterId);
  return rows.map((r) => r.fc).filter((fc): fc is string => Boolean(fc));
}

/** One shipment for its page; null when the URL's ids name none (or could not: a NUL would fail the query). */
export async function getShipmentDetail(db: Db, workspaceId: string, accountId: string, shipmentId: string) {
  if (!couldBeShipment(accountId, shipmentId)) return null;
  const [shipment] = await db
    .select({ shipment: inboundShipments, accountName: sellerAccounts.name })
    .from(inboundShipments)
    .innerJoin(sellerAccounts, eq(sellerAccounts.id, inboundShipments.accountId))
    .where(and(eq(inboundShipments.workspaceId, workspaceId), eq(inboundShipments.accountId, accountId), eq(inboundShipments.shipmentId, shipmentId)));
  if (!shipment) return null;
  const [items, [transport]] = await Promise.all([
    db
      .select()
      .from(inboundShipmentItems)
      .where(
        and(eq(inboundShipmentItems.workspaceId, workspaceId), eq(inboundShipmentItems.accountId, accountId), eq(inboundShipmentItems.shipmentId, shipmentId)),
      )
      .orderBy(inboundShipmentItems.sellerSku),
    db
      .select()
      .from(inboundTransports)
      .where(and(eq(inboundTransports.workspaceId, workspaceId), eq(inboundTransports.accountId, accountId), eq(inboundTransports.shipmentId, shipmentId))),
  ]);
  return { ...shipment.shipment, accountName: shipment.accountName, items, transport: transport ?? null };
}

/** SKUs the seller can send: what the inventory sync knows for the account and marketplace. */
export async function skuChoices(db: Db, workspaceId: string, accountId: string, marketplaceId: string) {
  return db
    .select({
      sellerSku: inventorySummaries.sellerSku,
      asin: inventorySummaries.asin,
      condition: inventorySummaries.condition,
      productName: inventorySummaries.productName,
      fulfillable: inventorySummaries.fulfillable,
    })
    .from(inventorySummaries)
    .where(
      and(eq(inventorySummaries.workspaceId, workspaceId), eq(inventorySummaries.accountId, accountId), eq(inventorySummaries.marketplaceId, marketplaceId)),
    )
    .orderBy(inventorySummaries.sellerSku)
    .limit(1000);
}

/**
 * Status and received units of the stored shipments with these ids (a Send to Amazon plan's
 * confirmation ids), as the sync last read them; a shipment not synced yet is absent.
 */
export async function receiptsOf(db: Db, workspaceId: string, accountId: string, shipmentIds: string[]): Promise<Map<string, ShipmentReceipt>> {
  const receipts = new Map<string, ShipmentReceipt>();
  if (!shipmentIds.length) return receipts;
  const rows = await db
    .select({
      shipmentId: inboundShipments.shipmentId,
      status: inboundShipments.status,
      shipped: inboundShipmentItems.quantityShipped,
      received: inboundShipmentItems.quantityReceived,
    })
    .from(inboundShipments)
    .leftJoin(
      inboundShipmentItems,
      and(eq(inboundShipmentItems.accountId, inboundShipments.accountId), eq(inboundShipmentItems.shipmentId, inboundShipments.shipmentId)),
    )
    .where(and(eq(inboundShipments.workspaceId, workspaceId), eq(inboundShipments.accountId, accountId), inArray(inboundShipments.shipmentId, shipmentIds)));
  for (const row of rows) {
    const receipt = receipts.get(row.shipmentId) ?? { status: row.status, shipped: 0, received: 0, discrepancies: 0 };
    if (row.shipped !== null && row.received !== null) {
      receipt.shipped += row.shipped;
      receipt.received += row.received;
      if (isDiscrepancy(receiptOf(row.status, row.shipped, row.received))) receipt.discrepancies += 1;
    }
    receipts.set(row.shipmentId, receipt);
  }
  return receipts;
}
