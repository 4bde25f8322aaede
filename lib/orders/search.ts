/**
 * The orders list's search: what a search box entry finds, as an index lookup per kind of
 * match, in any letter case. The list and its counts resolve the matches once and share them
 * (queries.ts). An entry finds the orders
 *
 * - whose Amazon order id starts with it,
 * - with an item whose SKU starts with it, or whose ASIN is it,
 * - with an item whose title has all its words (each word or the start of one: "blue mug"
 *   finds "Ceramic Blue Coffee Mug"),
 * - with a package whose tracking number is it: a shipment confirmed on the order, or a
 *   package of a fulfillment order made for it (FBA, Multi-Channel Fulfillment),
 * - whose buyer's name has all its words, for those who may see buyer names (a blind index:
 *   the name is never stored, see buyer-name-index.ts).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { fulfillmentOrders, fulfillmentPackageTracking, orderBuyerNameTokens, orderItems, orders, shipmentConfirmations } from '@/db/schema';
import { nameWords, type BuyerNameIndex } from './buyer-name-index';

/**
 * The text_pattern_ops range [from, to) holding every string that starts with `prefix`.
 * Unlike `LIKE $1`, a range keeps using the index in PostgreSQL's generic plans for prepared
 * statements (the planner cannot see a parameter's pattern), and it has no wildcards to escape.
 */
export function prefixRange(prefix: string): [string, string] {
  const last = prefix.charCodeAt(prefix.length - 1);
  return [prefix, `${prefix.slice(0, -1)}${String.fromCharCode(last + 1)}`];
}

/**
 * The title words as a full-text query (the `simple` configuration, as the index is built):
 * every word, each as a word or the start of one. Only letters and digits reach it, so a
 * search can never be a malformed query. null when the entry has no words.
 */
export function titleQuery(q: string): string | null {
  const words = nameWords(q);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

/** What one search entry is looked up as, each in the form its index holds. */
interface SearchTerms {
  workspaceId: string;
  /** As typed: Amazon order ids are digits and dashes, they have no case. */
  q: string;
  /** The lower-cased SKU prefix's range and the lower-cased tracking number. */
  lower: string;
  skuRange: [string, string];
  asin: string;
  title: string | null;
  /** The buyer-name tokens all of which an order must have; empty: no buyer-name search. */
  buyerTokens: string[];
}

function searchTerms(workspaceId: string, q: string, buyerNames: BuyerNameIndex | null | undefined): SearchTerms {
  const lower = q.toLowerCase();
  return {
    workspaceId,
    q,
    lower,
    skuRange: prefixRange(lower),
    asin: q.toUpperCase(),
    title: titleQuery(q),
    buyerTokens: buyerNames ? buyerNames.queryTokens(workspaceId, q) : [],
  };
}

/** Each kind of match as `select account_id, amazon_order_id`, each served by its own index. */
function matchSelects(t: SearchTerms): SQL[] {
  const [from, to] = prefixRange(t.q);
  const [skuFrom, skuTo] = t.skuRange;
  const selects = [
    sql`select o.account_id, o.amazon_order_id from ${orders} o where o.workspace_id = ${t.workspaceId} and o.amazon_order_id ~>=~ ${from} and o.amazon_order_id ~<~ ${to}`,
    sql`select i.account_id, i.amazon_order_id from ${orderItems} i where i.workspace_id = ${t.workspaceId} and lower(i.seller_sku) ~>=~ ${skuFrom} and lower(i.seller_sku) ~<~ ${skuTo}`,
    sql`select i.account_id, i.amazon_order_id from ${orderItems} i where i.workspace_id = ${t.workspaceId} and i.asin = ${t.asin}`,
    sql`select s.account_id, s.amazon_order_id from ${shipmentConfirmations} s where s.workspace_id = ${t.workspaceId} and lower(s.tracking_number) = ${t.lower}`,
    // A fulfillment order made for an Amazon order shows that order's id to the buyer
    // (displayableOrderId), as the order page links them (detail.ts).
    sql`select p.account_id, f.displayable_order_id from ${fulfillmentPackageTracking} p
        join ${fulfillmentOrders} f on f.account_id = p.account_id and f.seller_fulfillment_order_id = p.seller_fulfillment_order_id
        where p.workspace_id = ${t.workspaceId} and lower(p.detail ->> 'trackingNumber') = ${t.lower}`,
  ];
  if (t.title)
    selects.push(
      sql`select i.account_id, i.amazon_order_id from ${orderItems} i where i.workspace_id = ${t.workspaceId} and to_tsvector('simple'::regconfig, coalesce(i.title, '')) @@ to_tsquery('simple'::regconfig, ${t.title})`,
    );
  if (t.buyerTokens.length)
    selects.push(sql`select b.account_id, b.amazon_order_id from ${orderBuyerNameTokens} b
      where b.workspace_id = ${t.workspaceId} and b.token in (${sql.join(
        t.buyerTokens.map((token) => sql`${token}`),
        sql`, `,
      )})
      group by b.account_id, b.amazon_order_id having count(*) = ${t.buyerTokens.length}`);
  return selects;
}

/**
 * At most this many matching order ids are looked up by id; more fall back to a semi-join.
 * A SKU, ASIN or title word of a large seller's best seller matches thousands of orders (at
 * 1,000,000 orders, one of 500 SKUs is on about 4,000): fetched by id, such a search is an
 * index probe per order, where the semi-join reads the workspace's orders in sort order.
 */
export const SEARCH_ID_LIMIT = 20_000;

/**
 * The orders a search matches (see the top of this file), each kind an index lookup. Found
 * first and then fetched by id, because PostgreSQL otherwise often joins them back by scanning
 * every order of the workspace. null when there are too many: more than SEARCH_ID_LIMIT
 * orders, or any kind of match cut off at its limit (its rows are items or packages, several to
 * an order, so a cut-off kind may name fewer orders than the limit and still be incomplete).
 * `buyerNames`: search buyer names too (only for those who may see them, buyer-name-key.ts).
 */
export async function findSearchMatches(db: Db, workspaceId: string, q: string, buyerNames?: BuyerNameIndex | null): Promise<string[] | null> {
  const result = await db.execute<{ truncated: boolean; ids: string[] }>(searchMatchesQuery(workspaceId, q, buyerNames));
  const [row] = Array.isArray(result) ? result : (result as unknown as { rows: Array<{ truncated: boolean; ids: string[] }> }).rows;
  if (!row || row.truncated || row.ids.length > SEARCH_ID_LIMIT) return null;
  return row.ids;
}

/** findSearchMatches' query (the tests read its plan): each kind of match limited, whether one was cut off, and the distinct order ids. */
export function searchMatchesQuery(workspaceId: string, q: string, buyerNames?: BuyerNameIndex | null): SQL {
  const limited = matchSelects(searchTerms(workspaceId, q, buyerNames)).map(
    (select, kind) =>
      sql`(select ${sql.raw(String(kind))} as kind, x.amazon_order_id from (${select}) x(account_id, amazon_order_id) limit ${SEARCH_ID_LIMIT + 1})`,
  );
  return sql`with m as (${sql.join(limited, sql` union all `)})
    select exists (select 1 from m group by m.kind having count(*) > ${SEARCH_ID_LIMIT}) as truncated,
      coalesce((select array_agg(distinct m.amazon_order_id) from m), '{}'::text[]) as ids`;
}

/**
 * The search as a condition: by the ids found, or (too many) as a semi-join (`in` ignores
 * repeats: no need to make them distinct first). The ids go as one array parameter: thousands
 * of separate parameters cost more to send and to plan than the lookup itself.
 */
export function searchCondition(workspaceId: string, q: string, matches: string[] | null, buyerNames?: BuyerNameIndex | null): SQL {
  if (matches) return matches.length ? sql`${orders.amazonOrderId} = any(${sql.param(matches)}::text[])` : sql`false`;
  return sql`(${orders.accountId}, ${orders.amazonOrderId}) in (${sql.join(matchSelects(searchTerms(workspaceId, q, buyerNames)), sql` union all `)})`;
}
