/**
 * 0024 rewrites the orders stored in Orders v0's words into Orders 2026-01-01's: the database is
 * migrated up to 0023, orders are written the old way (the count triggers count them), then the
 * remaining migrations run and every row, and every count, reads in the new words.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';

const migrations = path.join(process.cwd(), 'db', 'migrations');
const BEFORE = '0023_backorder_holds';

/** The migrations folder as it was before 0024: the SQL files and a journal that ends at 0023. */
function foldersUpTo(tag: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'migrations-'));
  cpSync(migrations, dir, { recursive: true });
  const journalPath = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ idx: number; tag: string }> };
  const last = journal.entries.findIndex((e) => e.tag === tag);
  expect(last).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, last + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

const V0_TO_2026 = [
  ['PendingAvailability', 'PENDING_AVAILABILITY'],
  ['Pending', 'PENDING'],
  ['Unshipped', 'UNSHIPPED'],
  ['PartiallyShipped', 'PARTIALLY_SHIPPED'],
  ['Shipped', 'SHIPPED'],
  ['InvoiceUnconfirmed', 'SHIPPED'],
  ['Canceled', 'CANCELLED'],
  ['Unfulfillable', 'UNFULFILLABLE'],
] as const;

type Query = (text: string) => Promise<Array<Record<string, unknown>>>;

interface Engine {
  name: string;
  open(): Promise<{ query: Query; migrate(folder: string): Promise<void>; close(): Promise<void> }>;
}

const engines: Engine[] = [
  {
    name: 'pglite',
    async open() {
      const { PGlite } = await import('@electric-sql/pglite');
      const { drizzle } = await import('drizzle-orm/pglite');
      const { migrate } = await import('drizzle-orm/pglite/migrator');
      const client = new PGlite();
      const db = drizzle(client);
      return {
        query: async (text) => (await client.query<Record<string, unknown>>(text)).rows,
        migrate: (folder) => migrate(db, { migrationsFolder: folder }),
        close: () => client.close(),
      };
    },
  },
];
const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl) {
  engines.push({
    name: 'postgres',
    async open() {
      const { drizzle } = await import('drizzle-orm/postgres-js');
      const { migrate } = await import('drizzle-orm/postgres-js/migrator');
      const host = new URL(pgUrl).hostname;
      if (!['localhost', '127.0.0.1', '::1', '[::1]'].includes(host)) throw new Error(`TEST_DATABASE_URL must point at a local server, not ${host}`);
      const name = `test_${randomBytes(6).toString('hex')}`;
      const admin = postgres(pgUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${name}`);
      const url = new URL(pgUrl);
      url.pathname = `/${name}`;
      const client = postgres(url.toString(), { max: 1, onnotice: () => {} });
      return {
        query: async (text) => [...(await client.unsafe(text))] as Array<Record<string, unknown>>,
        migrate: (folder) => migrate(drizzle(client), { migrationsFolder: folder }),
        async close() {
          await client.end();
          await admin.unsafe(`drop database if exists ${name} with (force)`);
          await admin.end();
        },
      };
    },
  });
}

const before = foldersUpTo(BEFORE);
afterAll(() => rmSync(before, { recursive: true, force: true }));

describe.each(engines)('0024 orders_2026_vocabulary on $name', ({ open }) => {
  it('rewrites every stored v0 status and channel into the 2026 words, and the counts with them', async () => {
    const db = await open();
    try {
      await db.migrate(before);
      const [ws] = await db.query(`insert into workspaces (name) values ('W') returning id`);
      const [acc] = await db.query(
        `insert into seller_accounts (workspace_id, selling_partner_id, region, name) values ('${ws!.id}', 'A1OLD', 'na', 'Old') returning id`,
      );
      const values = V0_TO_2026.flatMap(([old], i) =>
        ['AFN', 'MFN', null].map(
          (channel, j) =>
            `('${acc!.id}', '${ws!.id}', '111-${String(i).padStart(7, '0')}-${String(j).padStart(7, '0')}', 'ATVPDKIKX0DER', '${old}', ${channel ? `'${channel}'` : 'null'}, now(), now())`,
        ),
      );
      await db.query(
        `insert into orders (account_id, workspace_id, amazon_order_id, marketplace_id, order_status, fulfillment_channel, purchase_date, last_update_date) values ${values.join(', ')}`,
      );
      expect(await db.query(`select sum(order_count)::int as n from order_status_counts where order_status = 'Unshipped'`)).toEqual([{ n: 3 }]);

      await db.migrate(migrations);

      const rows = await db.query(`select amazon_order_id, order_status, fulfilled_by from orders order by amazon_order_id`);
      expect(rows).toHaveLength(V0_TO_2026.length * 3);
      expect(rows).toEqual(
        V0_TO_2026.flatMap(([, code], i) =>
          ['AMAZON', 'MERCHANT', null].map((fulfilledBy, j) => ({
            amazon_order_id: `111-${String(i).padStart(7, '0')}-${String(j).padStart(7, '0')}`,
            order_status: code,
            fulfilled_by: fulfilledBy,
          })),
        ),
      );
      // The counts are the orders' own, in the new words; none is left under an old word.
      const counts = await db.query(
        `select fulfilled_by, order_status, order_count from order_status_counts where order_count <> 0 order by fulfilled_by, order_status`,
      );
      const expected = await db.query(
        `select coalesce(fulfilled_by, '') as fulfilled_by, order_status, count(*)::int as order_count from orders group by 1, 2 order by 1, 2`,
      );
      expect(counts).toEqual(expected);
      expect(counts.find((c) => c.order_status === 'SHIPPED' && c.fulfilled_by === 'AMAZON')).toEqual({
        fulfilled_by: 'AMAZON',
        order_status: 'SHIPPED',
        order_count: 2,
      });
      const oldWords = V0_TO_2026.map(([old]) => `'${old}'`).join(', ');
      expect(
        await db.query(`select count(*)::int as n from order_status_counts where order_status in (${oldWords}) or fulfilled_by in ('AFN', 'MFN')`),
      ).toEqual([{ n: 0 }]);

      // The recreated count triggers follow the renamed column: a new order and a status change are counted.
      await db.query(
        `insert into orders (account_id, workspace_id, amazon_order_id, marketplace_id, order_status, fulfilled_by, purchase_date, last_update_date)
         values ('${acc!.id}', '${ws!.id}', '111-9999999-0000001', 'ATVPDKIKX0DER', 'UNSHIPPED', 'MERCHANT', now(), now())`,
      );
      await db.query(`update orders set order_status = 'SHIPPED' where amazon_order_id = '111-0000002-0000001'`);
      await db.query(`delete from orders where amazon_order_id = '111-0000004-0000000'`);
      const after = await db.query(
        `select fulfilled_by, order_status, order_count from order_status_counts where order_count <> 0 order by fulfilled_by, order_status`,
      );
      const recount = await db.query(
        `select coalesce(fulfilled_by, '') as fulfilled_by, order_status, count(*)::int as order_count from orders group by 1, 2 order by 1, 2`,
      );
      expect(after).toEqual(recount);
    } finally {
      await db.close();
    }
  });
});
