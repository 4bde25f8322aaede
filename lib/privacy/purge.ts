/**
 * Buyer data is kept no longer than the order needs it: 30 days after delivery. The dashboard
 * stores no buyer PII (names, e-mails, street lines and phones are fetched on demand and shown
 * in memory only), so what is purged is what may quote it: the text of messages sent to the
 * buyer, which the seller typed and which often greets the buyer by name. The message's record
 * stays (who sent which kind, when, the result and Amazon's request id, with which Seller
 * Central finds the message itself), so the seller can still show that the buyer was told.
 *
 * "Delivery" is the order's latest delivery date (Orders API: the end of the promised window),
 * or its last update when that is later (an order still moving) or the only date there is; a
 * message whose order is not stored counts from when it was sent. Idempotent: a purged message
 * is never touched again.
 *
 * The buyer-name search's tokens (keyed hashes of the name's words, lib/orders/buyer-name-index.ts)
 * go at the same time: hashed or not, they stand for the buyer's name.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orderBuyerNameTokens, orderMessages, orders } from '@/db/schema';

export const BUYER_DATA_RETENTION_DAYS = 30;

/** Empties the messages of one account whose order was delivered more than 30 days before `now`; returns how many. */
export async function purgeExpiredBuyerData(db: Db, accountId: string, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - BUYER_DATA_RETENTION_DAYS * 86_400_000).toISOString();
  const delivered = sql`(select greatest(o.latest_delivery_date, o.last_update_date) from ${orders} o where o.account_id = ${orderMessages}.account_id and o.amazon_order_id = ${orderMessages}.amazon_order_id)`;
  const purged = await db
    .update(orderMessages)
    .set({ content: {}, contentPurgedAt: now })
    .where(
      and(
        eq(orderMessages.accountId, accountId),
        isNull(orderMessages.contentPurgedAt),
        sql`coalesce(${delivered}, ${orderMessages}.sent_at) < ${cutoff}::timestamptz`,
      ),
    )
    .returning({ id: orderMessages.id });
  await db.delete(orderBuyerNameTokens).where(
    and(
      eq(orderBuyerNameTokens.accountId, accountId),
      sql`(${orderBuyerNameTokens.accountId}, ${orderBuyerNameTokens.amazonOrderId}) in (
        select o.account_id, o.amazon_order_id from ${orders} o
        where o.account_id = ${accountId} and greatest(o.latest_delivery_date, o.last_update_date) < ${cutoff}::timestamptz)`,
    ),
  );
  return purged.length;
}
