/**
 * Synthetic orders, items and FBA stock for the orders/inventory tests and `bench:pages`.
 * Deterministic (a seeded PRNG), written with multi-row inserts in batches so 100,000 orders
 * take seconds, not minutes. Not for the app: the app's data comes from the sync.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inventorySummaries, orderItems, orders, sellerAccountMarketplaces, sellerAccounts, workspaces, type OrderStatus } from '@/db/schema';
import type { Tenant } from '@/lib/tenancy';

export const US = 'ATVPDKIKX0DER';
export const CA = 'A2EUQ1WTGCTBG2';
export const MX = 'A1AM78C64UM0Y8';
const MARKETPLACES = [
  { marketplaceId: US, countryCode: 'US', name: 'Amazon.com', currencyCode: 'USD', domainName: 'www.amazon.com', weight: 0.8 },
  { marketplaceId: CA, countryCode: 'CA', name: 'Amazon.ca', currencyCode: 'CAD', domainName: 'www.amazon.ca', weight: 0.12 },
  { marketplaceId: MX, countryCode: 'MX', name: 'Amazon.com.mx', currencyCode: 'MXN', domainName: 'www.amazon.com.mx', weight: 0.08 },
];
const STATUSES: Array<[OrderStatus, number]> = [
  ['SHIPPED', 0.73],
  ['UNSHIPPED', 0.12],
  ['PARTIALLY_SHIPPED', 0.03],
  ['PENDING', 0.05],
  ['CANCELLED', 0.05],
  ['UNFULFILLABLE', 0.01],
  ['PENDING_AVAILABILITY', 0.01],
];

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, weighted: Array<[T, number]>): T {
  let r = random();
  for (const [value, weight] of weighted) {
    r -= weight;
    if (r <= 0) return value;
  }
  return weighted[weighted.length - 1]![0];
}

export const skuOf = (i: number) => `SKU-${String(i).padStart(5, '0')}`;
export const asinOf = (i: number) => `B0${String(i).padStart(8, '0')}`;

export async function seedWorkspaceWithAccount(
  db: Db,
  name = 'Seeded workspace',
  sellingPartnerId = `A${Math.random().toString(36).slice(2, 12).toUpperCase()}`,
) {
  const [workspace] = await db.insert(workspaces).values({ name }).returning({ id: workspaces.id });
  const workspaceId = workspace!.id;
  const accountId = await addAccount(db, workspaceId, sellingPartnerId, `${name} seller`);
  return { workspaceId, accountId };
}

export async function addAccount(db: Db, workspaceId: string, sellingPartnerId: string, name: string): Promise<string> {
  const [account] = await db.insert(sellerAccounts).values({ workspaceId, sellingPartnerId, region: 'na', name }).returning({ id: sellerAccounts.id });
  await db.insert(sellerAccountMarketplaces).values(MARKETPLACES.map(({ weight: _w, ...m }) => ({ ...m, accountId: account!.id, participating: true })));
  return account!.id;
}

export interface SeedOrdersOptions {
  count: number;
  seed?: number;
  /** Order ids are `<prefix>-<7 digits>-<7 digits>`; distinct prefixes keep accounts' ids apart. */
  idPrefix?: string;
  skuCount?: number;
  now?: Date;
  days?: number;
  batchSize?: number;
}

/** Inserts `count` orders with 1-3 items each; returns nothing but is fast. */
export async function seedOrders(db: Db, tenant: Tenant, options: SeedOrdersOptions): Promise<void> {
  const random = prng(options.seed ?? 1);
  const skuCount = options.skuCount ?? 500;
  const now = (options.now ?? new Date()).getTime();
  const spanMs = (options.days ?? 90) * 86_400_000;
  const batch = options.batchSize ?? 1_000;
  const prefix = options.idPrefix ?? '111';
  for (let start = 0; start < options.count; start += batch) {
    const orderRows: Array<typeof orders.$inferInsert> = [];
    const itemRows: Array<typeof orderItems.$inferInsert> = [];
    for (let i = start; i < Math.min(options.count, start + batch); i++) {
      const amazonOrderId = `${prefix}-${String(i).padStart(7, '0')}-${String(Math.floor(random() * 1e7)).padStart(7, '0')}`;
      const market = pick(
        random,
        MARKETPLACES.map((m) => [m, m.weight] as [typeof m, number]),
      );
      const status = pick(random, STATUSES);
      const purchaseDate = new Date(now - random() * spanMs);
      const lastUpdateDate = new Date(Math.min(now, purchaseDate.getTime() + random() * 3 * 86_400_000));
      const itemCount = 1 + Math.floor(random() * 3);
      let total = 0;
      let units = 0;
      for (let k = 0; k < itemCount; k++) {
        const skuIndex = Math.floor(random() * skuCount);
        const quantity = 1 + Math.floor(random() * 2);
        const price = Math.round((5 + random() * 95) * 100) / 100;
        total += price * quantity;
        units += quantity;
        itemRows.push({
          ...tenant,
          amazonOrderId,
          orderItemId: `${amazonOrderId.replace(/-/g, '')}${k}`,
          sellerSku: skuOf(skuIndex),
          asin: asinOf(skuIndex),
          title: `Product ${skuIndex}`,
          quantityOrdered: quantity,
          quantityShipped: status === 'SHIPPED' ? quantity : 0,
          itemPriceAmount: (price * quantity).toFixed(2),
          itemPriceCurrency: market.currencyCode,
        });
      }
      orderRows.push({
        ...tenant,
        amazonOrderId,
        marketplaceId: market.marketplaceId,
        orderStatus: status,
        fulfilledBy: random() < 0.25 ? 'MERCHANT' : 'AMAZON',
        salesChannel: market.name,
        orderType: 'StandardOrder',
        purchaseDate,
        lastUpdateDate,
        orderTotalAmount: total.toFixed(2),
        orderTotalCurrency: market.currencyCode,
        itemsShipped: status === 'SHIPPED' ? units : 0,
        itemsUnshipped: status === 'SHIPPED' ? 0 : units,
        shipServiceLevel: 'STANDARD',
        latestShipDate: new Date(purchaseDate.getTime() + 2 * 86_400_000),
        latestDeliveryDate: new Date(purchaseDate.getTime() + 7 * 86_400_000),
        isPrime: random() < 0.4,
        shipCity: 'Seattle',
        shipState: 'WA',
        shipCountry: market.countryCode,
      });
    }
    await db.insert(orders).values(orderRows);
    for (let i = 0; i < itemRows.length; i += batch * 2) await db.insert(orderItems).values(itemRows.slice(i, i + batch * 2));
  }
}

/** FBA stock rows for SKUs 0..skuCount-1 in each marketplace; fulfillable spread so some are low. */
export async function seedInventory(db: Db, tenant: Tenant, skuCount: number, seed = 2): Promise<void> {
  const random = prng(seed);
  const rows: Array<typeof inventorySummaries.$inferInsert> = [];
  for (const m of MARKETPLACES)
    for (let i = 0; i < skuCount; i++) {
      const fulfillable = random() < 0.3 ? Math.floor(random() * 10) : 10 + Math.floor(random() * 500);
      rows.push({
        ...tenant,
        marketplaceId: m.marketplaceId,
        sellerSku: skuOf(i),
        asin: asinOf(i),
        fnsku: `X00${String(i).padStart(7, '0')}`,
        productName: `Product ${i}`,
        condition: 'NewItem',
        fulfillable,
        totalQuantity: fulfillable,
      });
    }
  for (let i = 0; i < rows.length; i += 1_000) await db.insert(inventorySummaries).values(rows.slice(i, i + 1_000));
}

/**
 * The same kind of orders, generated inside the database (generate_series, one multi-row
 * INSERT per batch for the orders and one for their items): 100,000 orders in seconds even on
 * PGlite, where binding parameters row by row from JavaScript is the slow part.
 * Deterministic: random() is seeded per batch.
 */
export async function bulkSeedOrders(db: Db, tenant: Tenant, options: SeedOrdersOptions): Promise<void> {
  const batch = options.batchSize ?? 20_000;
  const prefix = options.idPrefix ?? '111';
  const now = (options.now ?? new Date()).toISOString();
  const spanSeconds = (options.days ?? 90) * 86_400;
  const skuCount = options.skuCount ?? 500;
  for (let start = 0; start < options.count; start += batch) {
    const end = Math.min(options.count, start + batch) - 1;
    await db.transaction(async (tx) => {
      // Counted once per batch below rather than by the per-row trigger.
      await tx.execute(sql`alter table orders disable trigger orders_status_counts_insert`);
      await tx.execute(sql`select setseed(${(((options.seed ?? 1) * 7919 + start) % 1000) / 1000})`);
      await tx.execute(sql`
        with r as (
          select g, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7, random() r8
          from generate_series(${start}::int, ${end}::int) g
        ), o as (
          insert into orders (account_id, workspace_id, amazon_order_id, marketplace_id, order_status, fulfilled_by, sales_channel, order_type,
            purchase_date, last_update_date, order_total_amount, order_total_currency, items_shipped, items_unshipped, ship_service_level,
            latest_ship_date, latest_delivery_date, is_prime, ship_city, ship_state, ship_country)
          select ${tenant.accountId}::uuid, ${tenant.workspaceId}::uuid,
            ${prefix} || '-' || lpad(g::text, 7, '0') || '-' || lpad(floor(r8 * 10000000)::text, 7, '0'),
            case when r1 < 0.8 then 'ATVPDKIKX0DER' when r1 < 0.92 then 'A2EUQ1WTGCTBG2' else 'A1AM78C64UM0Y8' end,
            case when r2 < 0.73 then 'SHIPPED' when r2 < 0.85 then 'UNSHIPPED' when r2 < 0.88 then 'PARTIALLY_SHIPPED' when r2 < 0.93 then 'PENDING'
                 when r2 < 0.98 then 'CANCELLED' when r2 < 0.99 then 'UNFULFILLABLE' else 'PENDING_AVAILABILITY' end,
            case when r3 < 0.25 then 'MERCHANT' else 'AMAZON' end,
            'Amazon.com', 'StandardOrder',
            ${now}::timestamptz - make_interval(secs => r4 * ${spanSeconds}),
            least(${now}::timestamptz, ${now}::timestamptz - make_interval(secs => r4 * ${spanSeconds}) + make_interval(secs => r5 * 259200)),
            round((5 + r6 * 250)::numeric, 2),
            case when r1 < 0.8 then 'USD' when r1 < 0.92 then 'CAD' else 'MXN' end,
            case when r2 < 0.73 then 1 else 0 end, case when r2 < 0.73 then 0 else 1 end,
            'STANDARD',
            ${now}::timestamptz - make_interval(secs => r4 * ${spanSeconds}) + interval '2 days',
            ${now}::timestamptz - make_interval(secs => r4 * ${spanSeconds}) + interval '7 days',
            r7 < 0.4, 'Seattle', 'WA', 'US'
          from r
          returning account_id, workspace_id, amazon_order_id, order_status, order_total_currency
        )
        insert into order_items (account_id, workspace_id, amazon_order_id, order_item_id, seller_sku, asin, title, quantity_ordered, quantity_shipped, item_price_amount, item_price_currency)
        select o.account_id, o.workspace_id, o.amazon_order_id, replace(o.amazon_order_id, '-', '') || k,
          'SKU-' || lpad(s.sku::text, 5, '0'), 'B0' || lpad(s.sku::text, 8, '0'), 'Product ' || s.sku,
          1, case when o.order_status = 'SHIPPED' then 1 else 0 end, round((5 + s.sku % 95)::numeric, 2), o.order_total_currency
        from o
        cross join lateral generate_series(1, 1 + abs(hashtext(o.amazon_order_id)) % 3) k
        cross join lateral (select abs(hashtext(o.amazon_order_id || k::text)) % ${skuCount} as sku) s
      `);
      await tx.execute(sql`alter table orders enable trigger orders_status_counts_insert`);
      await tx.execute(sql`delete from order_status_counts where account_id = ${tenant.accountId}`);
      await tx.execute(sql`
        insert into order_status_counts (workspace_id, account_id, marketplace_id, fulfilled_by, order_status, order_count)
        select workspace_id, account_id, marketplace_id, coalesce(fulfilled_by, ''), order_status, count(*)::int
        from orders where account_id = ${tenant.accountId} group by 1, 2, 3, 4, 5
      `);
    });
  }
}
