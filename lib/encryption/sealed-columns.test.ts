import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { sealedColumns } from './sealed-columns';

describe('sealedColumns', () => {
  it('lists every column of the schema that holds sealed values (named *_sealed), so rotation re-encrypts them all', () => {
    const sealedInSchema = (Object.values(schema) as unknown[])
      .filter((value): value is PgTable => value instanceof PgTable)
      .flatMap((table) => {
        const { name, columns } = getTableConfig(table);
        return columns.filter((c) => c.name.endsWith('_sealed')).map((c) => `${name}.${c.name}`);
      });
    expect(sealedInSchema.length).toBeGreaterThan(0);
    expect(
      sealedColumns()
        .map((c) => c.column)
        .sort(),
    ).toEqual(sealedInSchema.sort());
  });
});
