/**
 * After an inventory or orders sync of an account, every held backorder of that account is
 * assessed again with the stock the sync just wrote (assessStock, as on the Fulfill with FBA
 * page). Covered: the order goes to FBA as the form would have sent it (sendOrderToFba, whose
 * submission claim makes a re-run or a concurrent re-check find the order instead of creating
 * a second) and the hold is released. Still short: it stays held, re-checked now. A failure is
 * written on that hold and the next one is checked: it never fails the sync.
 */
import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { fulfillmentDecisions, orders } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { sellerFulfillmentOrderIdFor } from '@/lib/outbound';
import { FULFILLMENT_POLICIES, SHIPPING_SPEEDS } from '@/lib/outbound/types';
import { asUserFacing } from '@/lib/sp-api';
import type { SpApiClient } from '@/lib/sp-api/types';
import { UserFacingError } from '@/lib/user-facing-error';
import { sendOrderToFba } from '../fba-order-submit';
import { orderStatusLabel } from '../list-filters';
import { assessStock } from '../low-stock';
import { canFulfillWithFba, fulfillableBySku, itemsOf, unshippedLines, type OrderRecord } from '../order-context';
import { recheckVerdict } from './hold-rules';
import type { FulfillmentDecisionRecord } from './holds';

/** The form's choices as stored on the hold, checked again before they are sent. */
const heldOptions = z.object({
  shippingSpeed: z.enum(SHIPPING_SPEEDS),
  fulfillmentPolicy: z.enum(FULFILLMENT_POLICIES),
  blankBox: z.boolean(),
  blockAmzl: z.boolean(),
  notificationEmails: z.array(z.string()),
});

export type RecheckResult = 'released' | 'held' | 'ended' | 'failed';

export interface RecheckSummary {
  released: number;
  held: number;
  ended: number;
  failed: number;
}

const stillHeld = (id: string) => and(eq(fulfillmentDecisions.id, id), eq(fulfillmentDecisions.status, 'held'));
/** A hold being sent: claimed (held → releasing) before Amazon is called; one left so by a crash is sent again. */
const RECHECKED: FulfillmentDecisionRecord['status'][] = ['held', 'releasing'];

/**
 * Units already promised by holds released earlier in this pass: the synced stock does not show
 * them yet, and two holds must not be sent against the same units.
 */
type Promised = Map<string, number>;

async function recheckOne(
  db: Db,
  client: () => Promise<SpApiClient>,
  hold: FulfillmentDecisionRecord,
  promised: Promised,
  now: Date,
): Promise<Exclude<RecheckResult, 'failed'>> {
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.accountId, hold.accountId), eq(orders.amazonOrderId, hold.amazonOrderId)));
  if (!order) throw new UserFacingError('The order is no longer among the synced orders.');
  const lines = unshippedLines(await itemsOf(db, order));
  const synced = await fulfillableBySku(
    db,
    order,
    lines.map((l) => l.sellerSku),
  );
  // A SKU the sweep no longer lists has nothing at FBA: count it as none (assessStock lets an unknown SKU through).
  const stock = new Map(lines.map((l) => [l.sellerSku, Math.max(0, (synced.get(l.sellerSku) ?? 0) - (promised.get(l.sellerSku) ?? 0))]));
  const assessment = assessStock(lines, stock);
  const verdict = recheckVerdict({ canFulfill: canFulfillWithFba(order), statusLabel: orderStatusLabel(order.orderStatus) }, assessment);

  if (verdict.kind === 'hold') {
    await db
      .update(fulfillmentDecisions)
      .set({ status: 'held', recheckedAt: now, outcome: verdict.outcome, recheckError: null, lines: assessment.lines.map((l) => ({ ...l, shipNow: 0 })) })
      .where(and(eq(fulfillmentDecisions.id, hold.id), inArray(fulfillmentDecisions.status, RECHECKED)));
    return 'held';
  }
  if (verdict.kind === 'end') {
    await db
      .update(fulfillmentDecisions)
      .set({ status: 'hold-cancelled', recheckedAt: now, endedAt: now, outcome: verdict.outcome, recheckError: null })
      .where(and(eq(fulfillmentDecisions.id, hold.id), inArray(fulfillmentDecisions.status, RECHECKED)));
    return 'ended';
  }
  // Claimed before Amazon is called, so a hold the seller cancels meanwhile is never sent.
  const [claimed] = await db
    .update(fulfillmentDecisions)
    .set({ status: 'releasing', recheckedAt: now })
    .where(and(eq(fulfillmentDecisions.id, hold.id), inArray(fulfillmentDecisions.status, RECHECKED)))
    .returning({ id: fulfillmentDecisions.id });
  if (!claimed) return 'ended';
  for (const line of assessment.lines) promised.set(line.sellerSku, (promised.get(line.sellerSku) ?? 0) + line.needed);
  try {
    return await release(db, await client(), order, hold, assessment.lines, now);
  } catch (error) {
    // Not sent (or not known to be): held again, the failure written by the caller; the submission claim makes a retry safe.
    await db
      .update(fulfillmentDecisions)
      .set({ status: 'held' })
      .where(and(eq(fulfillmentDecisions.id, hold.id), eq(fulfillmentDecisions.status, 'releasing')));
    throw error;
  }
}

async function release(
  db: Db,
  client: SpApiClient,
  order: OrderRecord,
  hold: FulfillmentDecisionRecord,
  lines: ReturnType<typeof assessStock>['lines'],
  now: Date,
): Promise<'released'> {
  const parsed = heldOptions.safeParse(hold.orderOptions);
  if (!parsed.success) throw new UserFacingError('The hold has no shipping choices to send the order with: cancel it and fulfill the order again.');
  const { fulfillmentPolicy, ...choices } = parsed.data;
  const items = lines.map((l) => ({ orderItemId: l.orderItemId, sellerSku: l.sellerSku, quantity: l.needed }));
  const sent = await sendOrderToFba(db, client, order, hold.decidedBy, items, fulfillmentPolicy, choices);
  const sellerFulfillmentOrderId = sellerFulfillmentOrderIdFor(order.amazonOrderId);
  const released = await db
    .update(fulfillmentDecisions)
    .set({
      status: 'released',
      sellerFulfillmentOrderId,
      lines: lines.map((l) => ({ ...l, shipNow: l.needed })),
      recheckedAt: now,
      endedAt: now,
      outcome: `FBA stock covers the order: fulfillment order ${sellerFulfillmentOrderId} ${sent.created ? 'was created' : 'already existed and was kept'}.`,
      recheckError: null,
    })
    .where(and(eq(fulfillmentDecisions.id, hold.id), eq(fulfillmentDecisions.status, 'releasing')))
    .returning({ id: fulfillmentDecisions.id });
  // A concurrent re-check released it first and wrote the entry.
  if (released.length)
    await recordAudit(db, {
      workspaceId: hold.workspaceId,
      userId: null,
      action: 'orders.backorder.release',
      target: order.amazonOrderId,
      result: 'ok',
      requestId: sent.requestId ?? null,
      detail: { sellerFulfillmentOrderId, created: sent.created, fulfillmentPolicy, shippingSpeed: choices.shippingSpeed },
    });
  return 'released';
}

/** Re-checks every held backorder of the account; `clientFor` is asked only when one is to be sent. */
export async function recheckHeldBackorders(
  db: Db,
  workspaceId: string,
  accountId: string,
  options: { clientFor: () => Promise<SpApiClient>; now?: Date },
): Promise<RecheckSummary> {
  const now = options.now ?? new Date();
  // Oldest first: the stock goes to the orders held longest.
  const holds = await db
    .select()
    .from(fulfillmentDecisions)
    .where(
      and(eq(fulfillmentDecisions.workspaceId, workspaceId), eq(fulfillmentDecisions.accountId, accountId), inArray(fulfillmentDecisions.status, RECHECKED)),
    )
    .orderBy(asc(fulfillmentDecisions.heldAt), asc(fulfillmentDecisions.id));
  const promised: Promised = new Map();
  let client: Promise<SpApiClient> | undefined;
  const clientOnce = () => (client ??= options.clientFor());
  const summary: RecheckSummary = { released: 0, held: 0, ended: 0, failed: 0 };
  for (const hold of holds) {
    try {
      summary[await recheckOne(db, clientOnce, hold, promised, now)] += 1;
    } catch (error) {
      summary.failed += 1;
      const failure = asUserFacing(error);
      const message = failure instanceof UserFacingError ? failure.message : 'The re-check failed unexpectedly; it is tried again after the next sync.';
      if (!(failure instanceof UserFacingError))
        console.error('[backorder] re-check failed', error instanceof Error ? `${error.name}: ${error.message}` : error);
      await db.update(fulfillmentDecisions).set({ recheckedAt: now, recheckError: message }).where(stillHeld(hold.id));
    }
  }
  return summary;
}
