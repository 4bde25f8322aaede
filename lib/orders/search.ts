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

/**
 * Each kind of match's rule, written once: on the orders (`id`: their order id column) and on
 * the rows of the items (alias i), confirmed shipments (s), fulfillment packages (p, joined to
 * their fulfillment order f) and buyer-name tokens (b). The lookups and the walk both ask them.
 */
function matchRules(t: SearchTerms) {
  const [from, to] = prefixRange(t.q);
  const [skuFrom, skuTo] = t.skuRange;
  return {
    orderId: (id: SQL) => sql`(${id} ~>=~ ${from} and ${id} ~<~ ${to})`,
    sku: sql`(lower(i.seller_sku) ~>=~ ${skuFrom} and lower(i.seller_sku) ~<~ ${skuTo})`,
    asin: sql`i.asin = ${t.asin}`,
    title: t.title ? sql`to_tsvector('simple'::regconfig, coalesce(i.title, '')) @@ to_tsquery('simple'::regconfig, ${t.title})` : null,
    tracking: sql`lower(s.tracking_number) = ${t.lower}`,
    // A fulfillment order made for an Amazon order shows that order's id to the buyer
    // (displayableOrderId), as the order page links them (detail.ts).
    packages: sql`${fulfillmentPackageTracking} p join ${fulfillmentOrders} f on f.account_id = p.account_id and f.seller_fulfillment_order_id = p.seller_fulfillment_order_id`,
    packageTracking: sql`lower(p.detail ->> 'trackingNumber') = ${t.lower}`,
    buyerTokens: t.buyerTokens.length
      ? sql`b.token in (${sql.join(
          t.buyerTokens.map((token) => sql`${token}`),
          sql`, `,
        )})`
      : null,
  };
}

/** Each kind of match as `select account_id, amazon_order_id`, each served by its own index. */
function matchSelects(t: SearchTerms): SQL[] {
  const rule = matchRules(t);
  const selects = [
    sql`select o.account_id, o.amazon_order_id from ${orders} o where o.workspace_id = ${t.workspaceId} and ${rule.orderId(sql.raw('o.amazon_order_id'))}`,
    sql`select i.account_id, i.amazon_order_id from ${orderItems} i where i.workspace_id = ${t.workspaceId} and ${rule.sku}`,
    sql`select i.account_id, i.amazon_order_id from ${orderItems} i where i.workspace_id = ${t.workspaceId} and ${rule.asin}`,
    sql`select s.account_id, s.amazon_order_id from ${shipmentConfirmations} s where s.workspace_id = ${t.workspaceId} and ${rule.tracking}`,
    sql`select p.account_id, f.displayable_order_id from ${rule.packages} where p.workspace_id = ${t.workspaceId} and ${rule.packageTracking}`,
  ];
  if (rule.title) selects.push(sql`select i.account_id, i.amazon_order_id from ${orderItems} i where i.workspace_id = ${t.workspaceId} and ${rule.title}`);
  if (rule.buyerTokens)
    selects.push(sql`select b.account_id, b.amazon_order_id from ${orderBuyerNameTokens} b where b.workspace_id = ${t.workspaceId} and ${rule.buyerTokens}
      group by b.account_id, b.amazon_order_id having count(*) = ${t.buyerTokens.length}`);
  return selects;
}

/**
 * At most this many matching orders are looked up by id. A SKU, ASIN or title word of a large
 * seller's best seller matches thousands of orders (at 1,000,000 orders, one of 500 SKUs is on
 * about 4,000): fetched by id, such a search is an index probe per order.
 */
export const SEARCH_ID_LIMIT = 10_000;

/**
 * What a search entry matches: the orders' ids; `'many'`, more than the limit (a word in most
 * titles, like a brand name), listed by walking the list in its own order and not counted
 * (counting a million matches takes seconds); or null, a kind of match cut off at its row
 * limit on few orders (thousands of items on each), joined and counted exactly.
 */
export type SearchMatches = string[] | 'many' | null;

/**
 * The orders a search matches (see the top of this file and SearchMatches), each kind an index
 * lookup. Found first and then fetched by id, because PostgreSQL otherwise often joins them
 * back by scanning every order of the workspace. Each kind reads up to three rows per order
 * allowed (an order has one or two items on average), so a match on most orders names more
 * orders than the limit and is known to be `'many'`.
 * `buyerNames`: search buyer names too (only for those who may see them, buyer-name-key.ts).
 */
export async function findSearchMatches(
  db: Db,
  workspaceId: string,
  q: string,
  buyerNames?: BuyerNameIndex | null,
  idLimit = SEARCH_ID_LIMIT,
): Promise<SearchMatches> {
  const result = await db.execute<{ truncated: boolean; ids: string[] }>(searchMatchesQuery(workspaceId, q, buyerNames, idLimit));
  const [row] = Array.isArray(result) ? result : (result as unknown as { rows: Array<{ truncated: boolean; ids: string[] }> }).rows;
  if (!row) return null;
  if (row.ids.length > idLimit) return 'many';
  return row.truncated ? null : row.ids;
}

/** findSearchMatches' query (the tests read its plan): each kind of match limited, whether one was cut off, and the distinct order ids. */
export function searchMatchesQuery(workspaceId: string, q: string, buyerNames?: BuyerNameIndex | null, idLimit = SEARCH_ID_LIMIT): SQL {
  const rowLimit = 3 * idLimit;
  const limited = matchSelects(searchTerms(workspaceId, q, buyerNames)).map(
    (select, kind) => sql`(select ${sql.raw(String(kind))} as kind, x.amazon_order_id from (${select}) x(account_id, amazon_order_id) limit ${rowLimit + 1})`,
  );
  return sql`with m as (${sql.join(limited, sql` union all `)})
    select exists (select 1 from m group by m.kind having count(*) > ${rowLimit}) as truncated,
      coalesce((select array_agg(distinct m.amazon_order_id) from m), '{}'::text[]) as ids`;
}

/**
 * Each kind of match asked of one order of the list (`orders` of the outer query): for a search
 * matching `'many'`, where walking the list in its sort order finds a page after a few probes.
 */
function matchesThisOrder(t: SearchTerms): SQL {
  const rule = matchRules(t);
  const sameOrder = (alias: string) => sql.raw(`${alias}.account_id = "orders"."account_id" and ${alias}.amazon_order_id = "orders"."amazon_order_id"`);
  const itemRules = [rule.sku, rule.asin, ...(rule.title ? [rule.title] : [])];
  const kinds = [
    rule.orderId(sql`${orders.amazonOrderId}`),
    sql`exists (select 1 from ${orderItems} i where ${sameOrder('i')} and (${sql.join(itemRules, sql` or `)}))`,
    sql`exists (select 1 from ${shipmentConfirmations} s where ${sameOrder('s')} and ${rule.tracking})`,
    sql`exists (select 1 from ${rule.packages} where p.account_id = ${orders.accountId} and f.displayable_order_id = ${orders.amazonOrderId} and ${rule.packageTracking})`,
  ];
  if (rule.buyerTokens)
    kinds.push(sql`(select count(*) from ${orderBuyerNameTokens} b where ${sameOrder('b')} and ${rule.buyerTokens}) = ${t.buyerTokens.length}`);
  return sql`(${sql.join(kinds, sql` or `)})`;
}

/**
 * The search as a condition: by the ids found (as one array parameter: thousands of separate
 * parameters cost more to send and to plan than the lookup itself); `'many'`, asked of each
 * order as the list is walked; or (cut off on few orders) as a semi-join (`in` ignores
 * repeats: no need to make them distinct first).
 */
export function searchCondition(workspaceId: string, q: string, matches: SearchMatches, buyerNames?: BuyerNameIndex | null): SQL {
  if (matches === 'many') return matchesThisOrder(searchTerms(workspaceId, q, buyerNames));
  if (matches) return matches.length ? sql`${orders.amazonOrderId} = any(${sql.param(matches)}::text[])` : sql`false`;
  return sql`(${orders.accountId}, ${orders.amazonOrderId}) in (${sql.join(matchSelects(searchTerms(workspaceId, q, buyerNames)), sql` union all `)})`;
}
