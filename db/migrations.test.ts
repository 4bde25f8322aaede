import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '@/test/support/databases';

describe.each(testDatabases)('migrations on $name', ({ open }) => {
  it('create every table of the schema, and opening again is a no-op', async () => {
    const handle = await open();
    try {
      const rows = await handle.db.execute<{ table_name: string }>(
        sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      );
      const names = (Array.isArray(rows) ? rows : (rows as { rows: { table_name: string }[] }).rows).map((r) => r.table_name);
      expect(names).toEqual(expect.arrayContaining(['audit_log', 'sign_in_known_addresses', 'sign_in_throttles', 'users', 'workspaces']));
    } finally {
      await handle.close();
    }
  });
});
