/**
 * The access matrix's own instruments: if these misread a directive, a Next.js redirect or an
 * answer, the matrix would pass while proving nothing.
 */
import { sql } from 'drizzle-orm';
import { notFound, redirect } from 'next/navigation';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { auditLog, workspaces } from '@/db/schema';
import { testDatabases } from '@/test/support/databases';
import { paramNamesOf, startsWithUseServer, urlPatternOf } from './enumerate';
import { changesBetween, mayWrite, nextControlOf, rowBelongsTo, snapshot, snapshotSince, tableMarks, tablesOf, textOf, tokensIn, watchWrites } from './observe';

const thrown = (run: () => never): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
};

describe('enumeration', () => {
  it('finds the module-level directive only, after comments', () => {
    expect(startsWithUseServer("'use server';\nexport async function a() {}")).toBe(true);
    expect(startsWithUseServer('/** Header. */\n// note\n"use server"\n')).toBe(true);
    expect(startsWithUseServer("import x from 'y';\n'use server';")).toBe(false);
    expect(startsWithUseServer("export async function a() {\n  'use server';\n}")).toBe(false);
  });

  it('names pages by URL, without route groups, and lists their dynamic segments', () => {
    expect(urlPatternOf('app/(dashboard)/orders/[orderId]/page.tsx')).toBe('/orders/[orderId]');
    expect(urlPatternOf('app/page.tsx')).toBe('/');
    expect(paramNamesOf('/api/auth/[...nextauth]')).toEqual([{ name: 'nextauth', catchAll: true }]);
  });
});

describe('observation', () => {
  it('recognises what redirect() and notFound() throw', () => {
    expect(nextControlOf(thrown(() => redirect('/sign-in')))).toEqual({ kind: 'redirect', to: '/sign-in' });
    expect(nextControlOf(thrown(() => redirect('/a?b=1;c')))).toEqual({ kind: 'redirect', to: '/a?b=1;c' });
    expect(nextControlOf(thrown(() => notFound()))).toEqual({ kind: 'http-error', status: 404 });
    expect(nextControlOf(new Error('boom'))).toBeNull();
  });

  it('reads the data in an element tree, its nested elements, dates and maps included', () => {
    const Row = (props: { name: string; when: Date; names: Map<string, string> }) => props.name;
    const tree = createElement('div', null, createElement(Row, { name: 'Betasecret seller', when: new Date(0), names: new Map([['k', 'v']]) }));
    const text = textOf(tree);
    expect(text).toContain('Betasecret seller');
    expect(text).toContain('1970-01-01T00:00:00.000Z');
    expect(text).toContain('v');
  });

  it('finds tokens, but not in what the caller sent', () => {
    const tokens = ['betasecret', 'order-902'];
    expect(tokensIn('Nothing here', tokens, [])).toEqual([]);
    expect(tokensIn('Order ORDER-902 of Betasecret Co', tokens, [])).toEqual(['betasecret', 'order-902']);
    expect(tokensIn('That order (order-902) was not found', tokens, ['order-902'])).toEqual([]);
  });

  it('tells whose a row is by its owner columns, not by the ids it mentions', () => {
    const owner = { workspaceId: 'w-b', accountId: 'a-b', emails: { viewer: 'v@b.example' } };
    expect(rowBelongsTo('orders\t{"workspace_id":"w-b","account_id":"a-b"}', owner)).toBe(true);
    expect(rowBelongsTo('audit_log\t{"workspace_id":"w-a","target":"a-b"}', owner)).toBe(false);
    expect(rowBelongsTo('seller_account_marketplaces\t{"account_id":"a-b"}', owner)).toBe(true);
    expect(rowBelongsTo('workspaces\t{"id":"w-b"}', owner)).toBe(true);
    expect(rowBelongsTo('sign_in_attempts\t{"email":"v@b.example"}', owner)).toBe(true);
    expect(changesBetween(new Set(['t\t{"x":1}']), new Set(['t\t{"x":2}']))).toEqual({ added: ['t\t{"x":2}'], removed: ['t\t{"x":1}'] });
  });
});

describe('write watch', () => {
  it('tells plain reads from statements that may write', () => {
    expect(mayWrite('select "id" from "orders" where "updated_at" > $1 and "deleted" = false')).toBe(false);
    expect(mayWrite('  SELECT 1')).toBe(false);
    expect(mayWrite('begin')).toBe(false);
    expect(mayWrite('insert into "audit_log" ("id") values ($1)')).toBe(true);
    expect(mayWrite('with claimed as (update "t" set "x" = 1 returning *) select * from claimed')).toBe(true);
    expect(mayWrite('select * from "sync_leases" for update skip locked')).toBe(true);
    expect(mayWrite("select nextval('s')")).toBe(true);
  });

  it('sees a write sent through drizzle, inside a transaction too, and not a read', async () => {
    const handle = await testDatabases[0]!.open();
    try {
      const watch = watchWrites(handle.db)!;
      await handle.db.execute(sql`select count(*) from workspaces`);
      expect(watch.wrote()).toBe(false);
      await handle.db.insert(workspaces).values({ name: 'Watched' });
      expect(watch.wrote()).toBe(true);
      watch.reset();
      await handle.db.transaction(async (tx) => {
        await tx.select().from(workspaces);
        expect(watch.wrote()).toBe(false);
        await tx.update(workspaces).set({ name: 'Renamed' });
      });
      expect(watch.wrote()).toBe(true);
    } finally {
      await handle.close();
    }
  });
});

describe('snapshot since', () => {
  it('equals a full snapshot after inserts, an update and a delete, reading only what changed', async () => {
    const handle = await testDatabases[0]!.open();
    try {
      const { db } = handle;
      const tables = await tablesOf(db);
      const [ws] = await db.insert(workspaces).values({ name: 'One' }).returning({ id: workspaces.id });
      let rows = await snapshot(db, tables);
      let marks = await tableMarks(db, tables);
      const steps = [
        () => db.insert(auditLog).values({ workspaceId: ws!.id, action: 'a.b', result: 'error' }),
        () => db.insert(workspaces).values([{ name: 'Two' }, { name: 'Three' }]),
        () =>
          db
            .update(workspaces)
            .set({ name: 'Renamed' })
            .where(sql`name = 'Two'`),
        () => db.delete(workspaces).where(sql`name = 'Three'`),
        async () => undefined,
      ];
      for (const step of steps) {
        await step();
        const since = await snapshotSince(db, tables, rows, marks);
        expect([...since.rows].sort()).toEqual([...(await snapshot(db, tables))].sort());
        ({ rows, marks } = since);
      }
    } finally {
      await handle.close();
    }
  });
});
