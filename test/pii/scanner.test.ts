/**
 * The PII scanner the e2e runs after its suite (e2e/pii-scan.teardown.ts), tested itself: it
 * must find a planted buyer value in any form and any table, and nothing in a clean database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, orderMessages } from '@/db/schema';
import { seedOrders, seedWorkspaceWithAccount } from '@/test/support/seed-orders';
import { testDatabases } from '@/test/support/databases';
import { databaseTables, databaseText } from './database-text';
import { buyerPii, createPiiScanner, linesOf, type PiiHit } from './scanner';

const BUYER = {
  name: 'Lukas Müller',
  email: 'x7k2m9q4w1e5r8@marketplace.amazon.de',
  address: { name: 'Lukas Müller', line1: 'Hauptstraße 1742', phone: '+49 301 555 0199' },
};
const scanner = createPiiScanner(buyerPii(BUYER));
const found = (text: string) => scanner.scan({ where: 'here', text }).map((h) => h.value);

describe('PII scanner', () => {
  it('finds a value in any letter case, JSON-escaped, URL- or form-encoded, or decomposed', () => {
    expect(found('shipped to LUKAS MÜLLER today')).toEqual(['Lukas Müller']);
    expect(found(JSON.stringify({ to: 'Hauptstraße 1742' }).replace('ß', '\\u00df'))).toEqual(['Hauptstraße 1742']);
    expect(found(JSON.stringify({ body: JSON.stringify({ line1: 'Hauptstraße 1742' }).replace('ß', '\\u00df') }))).toEqual(['Hauptstraße 1742']);
    expect(found('line1=Hauptstra%C3%9Fe+1742&city=Berlin')).toEqual(['Hauptstraße 1742']);
    expect(found('name=Lukas%20M%C3%BCller')).toEqual(['Lukas Müller']);
    expect(found('Lukas Müller'.normalize('NFD'))).toEqual(['Lukas Müller']);
    expect(found('{"phone":"+493015550199"}')).toEqual(['+49 301 555 0199']);
    expect(found('reply to X7K2M9Q4W1E5R8@MARKETPLACE.AMAZON.DE')).toEqual(['x7k2m9q4w1e5r8@marketplace.amazon.de']);
  });

  it('names where each hit is and finds nothing in text without the values', () => {
    expect(createPiiScanner(buyerPii(BUYER)).size).toBe(4);
    const hits = linesOf('server.log', 'GET /orders 200\n{"msg":"sp-api request","path":"/orders/v0/orders/{orderId}/address"}\nto +49 301 555 0199').flatMap(
      (s) => scanner.scan(s),
    );
    expect(hits).toEqual([{ where: 'server.log:3', kind: 'phone', value: '+49 301 555 0199', found: '+49 301 555 0199' }]);
    expect(found('Lukas Mueller, Hauptstrasse 1742, Berlin; sealed: v1:9f2c…')).toEqual([]);
  });
});

describe.each(testDatabases)('PII scan of a database on $name', (database) => {
  let handle: DbHandle;
  let tenant: { workspaceId: string; accountId: string };
  const scan = async () => {
    const hits: PiiHit[] = [];
    for await (const source of databaseText(handle.db)) hits.push(...scanner.scan(source));
    return hits;
  };

  beforeAll(async () => {
    handle = await database.open();
    tenant = await seedWorkspaceWithAccount(handle.db, 'PII scan', 'APIISCAN');
    await seedOrders(handle.db, tenant, { count: 200, seed: 17 });
  });
  afterAll(() => handle.close());

  it('reads every table of the schema', async () => {
    expect(await databaseTables(handle.db)).toEqual(
      expect.arrayContaining(['audit_log', 'orders', 'order_messages', 'fulfillment_orders', 'seller_accounts', 'users']),
    );
  });

  it('finds nothing in seeded data, then names the table and column of each planted value', async () => {
    expect(await scan()).toEqual([]);

    await handle.db.insert(orderMessages).values({
      ...tenant,
      amazonOrderId: '303-0000001-0000001',
      action: 'confirmOrderDetails',
      content: { text: 'Dear LUKAS MÜLLER, your parcel…' },
      result: 'ok',
    });
    await handle.db.insert(auditLog).values({
      workspaceId: tenant.workspaceId,
      action: 'outbound.create',
      result: 'error',
      detail: { message: 'Amazon refused: {"addressLine1":"Hauptstra\\u00dfe 1742"}' },
    });

    const hits = await scan();
    expect(hits.map((h) => [h.where.replace(/ \(row \d+\)$/, ''), h.value]).sort()).toEqual([
      ['audit_log.detail.message', 'Hauptstraße 1742'],
      ['order_messages.content.text', 'Lukas Müller'],
    ]);
  });
});
