/**
 * Held backorders as the pages and the form keep them: holding an order (no call to Amazon),
 * reading its hold, cancelling it, and marking the held orders of a list page. One hold per
 * order at a time (a partial unique index), so a double submit holds it once.
 */
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { fulfillmentDecisions, orders, type HeldOrderOptions, type LowStockDecisionLine } from '@/db/schema';
import { tenantOf } from '@/lib/tenancy';
import type { OrderRecord } from '../order-context';
import { shipByAtRisk, shortfallText } from './hold-rules';

export type FulfillmentDecisionRecord = typeof fulfillmentDecisions.$inferSelect;

const isHeld = eq(fulfillmentDecisions.status, 'held');

/** Records the backorder as held; false when the order was held already (nothing new). */
export async function holdBackorder(
  db: Db,
  order: OrderRecord,
  userId: string | null,
  lines: LowStockDecisionLine[],
  options: HeldOrderOptions,
  now = new Date(),
): Promise<boolean> {
  const inserted = await db
    .insert(fulfillmentDecisions)
    .values({
      ...tenantOf(order),
      amazonOrderId: order.amazonOrderId,
      choice: 'backorder',
      lines,
      status: 'held',
      orderOptions: options,
      heldAt: now,
      outcome: `Held: ${shortfallText(lines)}.`,
      decidedBy: userId,
      decidedAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: fulfillmentDecisions.id });
  return inserted.length > 0;
}

/** The decisions of one order, in its workspace and account. */
const ofOrder = (order: Pick<OrderRecord, 'workspaceId' | 'accountId' | 'amazonOrderId'>) =>
  and(
    eq(fulfillmentDecisions.workspaceId, order.workspaceId),
    eq(fulfillmentDecisions.accountId, order.accountId),
    eq(fulfillmentDecisions.amazonOrderId, order.amazonOrderId),
  );

export async function heldBackorderOf(
  db: Db,
  order: Pick<OrderRecord, 'workspaceId' | 'accountId' | 'amazonOrderId'>,
): Promise<FulfillmentDecisionRecord | undefined> {
  const [row] = await db
    .select()
    .from(fulfillmentDecisions)
    .where(and(ofOrder(order), isHeld));
  return row;
}

/** The seller lets go of the hold: nothing is sent, the order can be fulfilled or answered another way. False when none was held. */
export async function cancelBackorderHold(db: Db, order: OrderRecord, now = new Date()): Promise<boolean> {
  const ended = await db
    .update(fulfillmentDecisions)
    .set({ status: 'hold-cancelled', endedAt: now, outcome: 'The seller cancelled the hold: nothing was sent to FBA.' })
    .where(and(ofOrder(order), isHeld))
    .returning({ id: fulfillmentDecisions.id });
  return ended.length > 0;
}

/** What the orders list marks on a held order. */
export interface BackorderMark {
  heldAt: Date | null;
  shipByAtRisk: boolean;
}

export const orderKey = (row: { accountId: string; amazonOrderId: string }) => `${row.accountId}:${row.amazonOrderId}`;

/** The held orders among one list page's rows, by orderKey: one indexed query for the page, whatever its size. */
export async function heldBackordersAmong(
  db: Db,
  workspaceId: string,
  rows: ReadonlyArray<{ accountId: string; amazonOrderId: string }>,
  now = new Date(),
): Promise<Map<string, BackorderMark>> {
  if (!rows.length) return new Map();
  const held = await db
    .select({
      accountId: fulfillmentDecisions.accountId,
      amazonOrderId: fulfillmentDecisions.amazonOrderId,
      heldAt: fulfillmentDecisions.heldAt,
      latestShipDate: orders.latestShipDate,
    })
    .from(fulfillmentDecisions)
    .innerJoin(orders, and(eq(orders.accountId, fulfillmentDecisions.accountId), eq(orders.amazonOrderId, fulfillmentDecisions.amazonOrderId)))
    .where(
      and(
        eq(fulfillmentDecisions.workspaceId, workspaceId),
        inArray(fulfillmentDecisions.accountId, [...new Set(rows.map((r) => r.accountId))]),
        inArray(
          fulfillmentDecisions.amazonOrderId,
          rows.map((r) => r.amazonOrderId),
        ),
        isHeld,
      ),
    );
  return new Map(held.map((h) => [orderKey(h), { heldAt: h.heldAt, shipByAtRisk: shipByAtRisk(h.latestShipDate, now) }]));
}
