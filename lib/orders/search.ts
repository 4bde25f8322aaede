/**
 * The orders list's search: what a search box entry finds, as an index lookup per kind of
 * match. The list and its counts resolve the matches once and share them (queries.ts).
 */
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orderItems, orders } from '@/db/schema';

/**
 * The text_pattern_ops range [from, to) holding every string that starts with `prefix`.
 * Unlike `LIKE $1`, a range keeps using the index in PostgreSQL's generic plans for prepared
 * statements (the planner cannot see a parameter's pattern), and it has no wildcards to escape.
 */
export function prefixRange(prefix: string): [string, string] {
  const last = prefix.charCodeAt(prefix.length - 1);
  return [prefix, `${prefix.slice(0, -1)}${String.fromCharCode(last + 1)}`];
}

/** At most this many matching order ids are looked up by id; more fall back to a semi-join. */
const SEARCH_ID_LIMIT = 2_000;

/**
 * The orders a search matches: order ids by prefix, SKUs by prefix, ASINs exactly, each an
 * index lookup. Found first and then fetched by id, because PostgreSQL otherwise often joins
 * them back by scanning every order of the workspace. null when there are too many.
 */
export async function findSearchMatches(db: Db, workspaceId: string, q: string): Promise<string[] | null> {
  const [from, to] = prefixRange(q);
  const rows = await db.execute<{ id: string }>(sql`
    (select o.amazon_order_id as id from ${orders} o where o.workspace_id = ${workspaceId} and o.amazon_order_id ~>=~ ${from} and o.amazon_order_id ~<~ ${to} limit ${SEARCH_ID_LIMIT + 1})
    union
    (select i.amazon_order_id from ${orderItems} i
     where i.workspace_id = ${workspaceId} and ((i.seller_sku ~>=~ ${from} and i.seller_sku ~<~ ${to}) or i.asin = ${q.toUpperCase()})
     limit ${SEARCH_ID_LIMIT + 1})
  `);
  const ids = (Array.isArray(rows) ? rows : (rows as unknown as { rows: Array<{ id: string }> }).rows).map((r) => r.id);
  return ids.length > SEARCH_ID_LIMIT ? null : ids;
}

/** The search as a condition: by the ids found, or (too many) as a semi-join. */
export function searchCondition(workspaceId: string, q: string, matches: string[] | null): SQL {
  if (matches) return matches.length ? inArray(orders.amazonOrderId, matches) : sql`false`;
  const [from, to] = prefixRange(q);
  return sql`(${orders.accountId}, ${orders.amazonOrderId}) in (
    select o.account_id, o.amazon_order_id from ${orders} o where o.workspace_id = ${workspaceId} and o.amazon_order_id ~>=~ ${from} and o.amazon_order_id ~<~ ${to}
    union
    select i.account_id, i.amazon_order_id from ${orderItems} i
    where i.workspace_id = ${workspaceId} and ((i.seller_sku ~>=~ ${from} and i.seller_sku ~<~ ${to}) or i.asin = ${q.toUpperCase()})
  )`;
}
