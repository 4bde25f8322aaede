/**
 * Closing the loop on an MFN order fulfilled by FBA: when the fulfillment order's package has
 * shipped, confirm the shipment on the Amazon order (confirmShipment) with FBA's carrier and
 * tracking number, automatically after a sync or on a click (the workspace's setting). The
 * order and item rows are updated at once so the pages show the new status.
 */
import 'server-only';
import { and, eq, inArray, like } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { fulfillmentOrders, orderFulfillmentSettings, orderItems, orders, shipmentConfirmations, type OrderStatus } from '@/db/schema';
import type { FulfillmentOrderDetail } from '@/lib/outbound/types';
import { recordAudit } from '@/lib/audit';
import type { SpApiClient } from '@/lib/sp-api/types';
import { SpApiError, withRequestId, asUserFacing } from '@/lib/sp-api';
import { itemsOf, type OrderRecord } from '../order-context';
import { buildConfirmShipmentBody, fbaPackagesToConfirm, statusAfterShipping, type FbaPackage, type PackageToConfirm } from './confirm-body';

export type ConfirmMode = 'automatic' | 'manual';

export async function confirmShipmentMode(db: Db, workspaceId: string): Promise<ConfirmMode> {
  const [row] = await db
    .select({ mode: orderFulfillmentSettings.confirmShipment })
    .from(orderFulfillmentSettings)
    .where(eq(orderFulfillmentSettings.workspaceId, workspaceId));
  return row?.mode ?? 'manual';
}

export async function setConfirmShipmentMode(db: Db, workspaceId: string, mode: ConfirmMode, userId: string | null): Promise<void> {
  await db
    .insert(orderFulfillmentSettings)
    .values({ workspaceId, confirmShipment: mode, updatedBy: userId, updatedAt: new Date() })
    .onConflictDoUpdate({ target: orderFulfillmentSettings.workspaceId, set: { confirmShipment: mode, updatedBy: userId, updatedAt: new Date() } });
}

export async function confirmationsOf(db: Db, order: Pick<OrderRecord, 'accountId' | 'amazonOrderId'>) {
  return db
    .select()
    .from(shipmentConfirmations)
    .where(and(eq(shipmentConfirmations.accountId, order.accountId), eq(shipmentConfirmations.amazonOrderId, order.amazonOrderId)))
    .orderBy(shipmentConfirmations.confirmedAt);
}

/** FBA packages of this order's fulfillment orders that have shipped and are not confirmed on the order yet. */
export async function pendingFbaPackages(db: Db, order: OrderRecord): Promise<FbaPackage[]> {
  // Amazon ships the orders it fulfills; a store pick-up order is collected, never confirmed with a package.
  if (order.fulfilledBy !== 'MERCHANT' || order.isIspu) return [];
  const fos = await db
    .select({ id: fulfillmentOrders.sellerFulfillmentOrderId, detail: fulfillmentOrders.detail })
    .from(fulfillmentOrders)
    .where(
      and(
        eq(fulfillmentOrders.accountId, order.accountId),
        eq(fulfillmentOrders.displayableOrderId, order.amazonOrderId),
        like(fulfillmentOrders.sellerFulfillmentOrderId, 'MCF-%'),
      ),
    );
  if (!fos.length) return [];
  const confirmed = await confirmationsOf(db, order);
  const numbers = new Set(confirmed.map((c) => c.packageNumber).filter((n): n is number => n !== null));
  const references = new Set(confirmed.map((c) => c.packageReferenceId));
  let items = await itemsOf(db, order);
  const out: FbaPackage[] = [];
  for (const fo of fos) {
    const packages = fbaPackagesToConfirm(fo.id, fo.detail as Pick<FulfillmentOrderDetail, 'shipments'> | null, items, numbers).filter(
      (p) => !references.has(p.packageReferenceId),
    );
    out.push(...packages);
    // Two fulfillment orders never promise the same units twice.
    items = items.map((i) => ({
      ...i,
      quantityShipped:
        i.quantityShipped +
        packages
          .flatMap((p) => p.items)
          .filter((l) => l.orderItemId === i.orderItemId)
          .reduce((n, l) => n + l.quantity, 0),
    }));
  }
  return out;
}

/** Adds shipped units to the item rows and moves the order to PARTIALLY_SHIPPED / SHIPPED. */
export async function applyShippedUnits(db: Db, order: OrderRecord, shipped: Array<{ orderItemId: string; quantity: number }>): Promise<OrderStatus> {
  const items = await itemsOf(db, order);
  const next = items.map((i) => {
    const add = shipped.filter((s) => s.orderItemId === i.orderItemId).reduce((n, s) => n + s.quantity, 0);
    return { ...i, quantityShipped: Math.min(i.quantityOrdered, i.quantityShipped + add) };
  });
  const status = statusAfterShipping(next);
  await db.transaction(async (tx) => {
    for (const item of next) {
      const before = items.find((i) => i.orderItemId === item.orderItemId);
      if (before && before.quantityShipped !== item.quantityShipped) {
        await tx
          .update(orderItems)
          .set({ quantityShipped: item.quantityShipped })
          .where(
            and(eq(orderItems.accountId, order.accountId), eq(orderItems.amazonOrderId, order.amazonOrderId), eq(orderItems.orderItemId, item.orderItemId)),
          );
      }
    }
    const shippedUnits = next.reduce((n, i) => n + i.quantityShipped, 0);
    const orderedUnits = next.reduce((n, i) => n + i.quantityOrdered, 0);
    await tx
      .update(orders)
      .set({ orderStatus: status, itemsShipped: shippedUnits, itemsUnshipped: orderedUnits - shippedUnits, lastUpdateDate: new Date() })
      .where(and(eq(orders.accountId, order.accountId), eq(orders.amazonOrderId, order.amazonOrderId)));
  });
  return status;
}

export interface ConfirmOutcome {
  requestId: string | undefined;
  status: OrderStatus;
}

/** confirmShipment for one package, then the confirmation and the order's new state are stored. */
export async function confirmPackage(
  db: Db,
  client: SpApiClient,
  order: OrderRecord,
  pkg: PackageToConfirm & { packageNumber?: number; sellerFulfillmentOrderId?: string },
  source: 'fba' | 'manual',
  userId: string | null,
): Promise<ConfirmOutcome> {
  const body = buildConfirmShipmentBody(order.marketplaceId, pkg);
  const { requestId } = await withRequestId('ordersV0.confirmShipment', () => client.ordersV0.confirmShipment({ orderId: order.amazonOrderId, body }));
  await db
    .insert(shipmentConfirmations)
    .values({
      accountId: order.accountId,
      workspaceId: order.workspaceId,
      amazonOrderId: order.amazonOrderId,
      packageReferenceId: pkg.packageReferenceId,
      carrierCode: pkg.carrierCode,
      carrierName: pkg.carrierName || null,
      trackingNumber: pkg.trackingNumber,
      shipDate: pkg.shipDate,
      items: body.packageDetail.orderItems.map((i) => ({ orderItemId: i.orderItemId, quantity: i.quantity })),
      source,
      sellerFulfillmentOrderId: pkg.sellerFulfillmentOrderId ?? null,
      packageNumber: pkg.packageNumber ?? null,
      requestId: requestId ?? null,
      confirmedBy: userId,
    })
    .onConflictDoNothing();
  const status = await applyShippedUnits(db, order, body.packageDetail.orderItems);
  return { requestId, status };
}

/** Confirms every pending FBA package of one order (the ship page's button). */
export async function confirmFbaShipments(db: Db, client: SpApiClient, order: OrderRecord, userId: string | null) {
  const packages = await pendingFbaPackages(db, order);
  const done: Array<FbaPackage & ConfirmOutcome> = [];
  try {
    for (const pkg of packages) {
      const outcome = await confirmPackage(db, client, order, pkg, 'fba', userId);
      done.push({ ...pkg, ...outcome });
      // Later packages are measured against the units already confirmed.
      order = { ...order, orderStatus: outcome.status };
    }
  } catch (error) {
    throw asUserFacing(error);
  }
  return done;
}

export type ClientForAccount = (db: Db, workspaceId: string, accountId: string) => Promise<SpApiClient>;

async function defaultClientFor(db: Db, workspaceId: string, accountId: string): Promise<SpApiClient> {
  const { spApiForAccount } = await import('@/lib/accounts');
  return spApiForAccount(db, workspaceId, accountId);
}

export interface AutoConfirmResult {
  mode: ConfirmMode;
  /** Orders with shipped FBA packages not yet confirmed. */
  pending: number;
  confirmed: number;
  failed: Array<{ amazonOrderId: string; message: string }>;
}

/**
 * After a fulfillment-orders sync: finds the account's seller-fulfilled orders whose linked fulfillment
 * order has shipped packages that are not confirmed on the Amazon order, and confirms them
 * when the workspace confirms automatically. Each confirmation (or failure) is audited as a
 * system action with Amazon's request id. Safe to run repeatedly: confirmed packages are
 * remembered by package number.
 */
export async function confirmShippedFbaOrders(
  db: Db,
  workspaceId: string,
  accountId: string,
  options: { clientFor?: ClientForAccount } = {},
): Promise<AutoConfirmResult> {
  const mode = await confirmShipmentMode(db, workspaceId);
  // Candidates: seller-fulfilled orders still open that have a dashboard-created fulfillment order with a shipment.
  const candidates = await db
    .selectDistinct({ amazonOrderId: orders.amazonOrderId })
    .from(orders)
    .innerJoin(
      fulfillmentOrders,
      and(
        eq(fulfillmentOrders.accountId, orders.accountId),
        eq(fulfillmentOrders.displayableOrderId, orders.amazonOrderId),
        like(fulfillmentOrders.sellerFulfillmentOrderId, 'MCF-%'),
      ),
    )
    .where(
      and(
        eq(orders.workspaceId, workspaceId),
        eq(orders.accountId, accountId),
        eq(orders.fulfilledBy, 'MERCHANT'),
        inArray(orders.orderStatus, ['UNSHIPPED', 'PARTIALLY_SHIPPED']),
        inArray(fulfillmentOrders.status, ['Processing', 'Complete', 'CompletePartialled']),
      ),
    );
  const result: AutoConfirmResult = { mode, pending: 0, confirmed: 0, failed: [] };
  let client: SpApiClient | undefined;
  for (const { amazonOrderId } of candidates) {
    const [order] = await db
      .select()
      .from(orders)
      .where(and(eq(orders.accountId, accountId), eq(orders.amazonOrderId, amazonOrderId)));
    if (!order) continue;
    const packages = await pendingFbaPackages(db, order);
    if (!packages.length) continue;
    result.pending += 1;
    if (mode !== 'automatic') continue;
    client ??= await (options.clientFor ?? defaultClientFor)(db, workspaceId, accountId);
    let current = order;
    for (const pkg of packages) {
      try {
        const outcome = await confirmPackage(db, client, current, pkg, 'fba', null);
        current = { ...current, orderStatus: outcome.status };
        result.confirmed += 1;
        await recordAudit(db, {
          workspaceId,
          userId: null,
          action: 'orders.confirm-shipment.automatic',
          target: amazonOrderId,
          result: 'ok',
          requestId: outcome.requestId ?? null,
          detail: {
            sellerFulfillmentOrderId: pkg.sellerFulfillmentOrderId,
            packageNumber: pkg.packageNumber,
            carrierCode: pkg.carrierCode,
            trackingNumber: pkg.trackingNumber,
            items: pkg.items,
            orderStatus: outcome.status,
            requestId: outcome.requestId,
          },
        });
      } catch (error) {
        const failure = asUserFacing(error);
        const message = failure instanceof Error ? failure.message : 'Failed';
        result.failed.push({ amazonOrderId, message });
        await recordAudit(db, {
          workspaceId,
          userId: null,
          action: 'orders.confirm-shipment.automatic',
          target: amazonOrderId,
          result: 'error',
          requestId: error instanceof SpApiError ? (error.requestId ?? null) : null,
          detail: { message, packageNumber: pkg.packageNumber },
        });
        break;
      }
    }
  }
  return result;
}

export async function updateShipmentStatus(client: SpApiClient, order: OrderRecord, shipmentStatus: 'ReadyForPickup' | 'PickedUp' | 'RefusedPickup') {
  try {
    return await withRequestId('ordersV0.updateShipmentStatus', () =>
      client.ordersV0.updateShipmentStatus({ orderId: order.amazonOrderId, body: { marketplaceId: order.marketplaceId, shipmentStatus } }),
    );
  } catch (error) {
    throw asUserFacing(error);
  }
}
