/**
 * Every value of every column of every table in the app's schema, as text, for the PII scan:
 * nothing is skipped, so a table added later is searched without anyone listing it here.
 * JSON columns are searched string by string, bytea as hex.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import type { TextSource } from './scanner';

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

export async function databaseTables(db: Db): Promise<string[]> {
  const tables = rowsOf<{ table_name: string }>(
    await db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`),
  );
  return tables.map((t) => t.table_name);
}

/** A JSON value's strings one by one (named by their path), so each is searched as it was stored, not re-escaped. */
function* leaves(path: string, value: unknown, row: string): Generator<TextSource> {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* leaves(`${path}[${i}]`, item, row);
  else if (typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* leaves(`${path}.${key}`, item, row);
  else yield { where: `${path}${row}`, text: String(value) };
}

/** Each non-null column value (each string of a JSON column) of each row, named `<table>.<column> (row <n>)`. */
export async function* databaseText(db: Db): AsyncGenerator<TextSource> {
  for (const table of await databaseTables(db)) {
    // to_jsonb then ->> gives every type its text form (jsonb as JSON text) in one query per table.
    const rows = rowsOf<{ row: Record<string, unknown> | string }>(await db.execute(sql`select to_jsonb(t) as row from ${sql.identifier(table)} t`));
    let n = 0;
    for (const { row } of rows) {
      n += 1;
      const values = typeof row === 'string' ? (JSON.parse(row) as Record<string, unknown>) : row;
      for (const [column, value] of Object.entries(values)) yield* leaves(`${table}.${column}`, value, ` (row ${n})`);
    }
  }
}
