/**
 * What the access matrix looks at after each call: every row of every table before and after
 * (so a write is seen wherever it lands, in tables that do not exist yet too), the text of an
 * answer (an action's state, a response body, the props of a rendered page), and the errors
 * Next.js throws for redirect() and notFound(), recognised by the `digest` they carry (the test
 * Next's own isRedirectError makes) rather than by importing Next's internals. A watch on the SQL
 * sent (`watchWrites`) lets a caller that chains observations skip the second snapshot of a call
 * that only read.
 */
import { sql } from 'drizzle-orm';
import { isValidElement } from 'react';
import type { Db } from '@/db/client';
import type { Tenant } from '@/lib/tenancy';

/** postgres-js answers an array of rows, PGlite an object with `rows`. */
function rowsOf(result: unknown): Record<string, unknown>[] {
  if (Array.isArray(result)) return result as Record<string, unknown>[];
  return (result as { rows?: Record<string, unknown>[] }).rows ?? [];
}

/** One entry per row: `table <tab> row as JSON`. */
export type Snapshot = Set<string>;

export async function tablesOf(db: Db): Promise<string[]> {
  const result = await db.execute(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  return rowsOf(result).map((r) => String(r.name));
}

/** Every row of every table in one statement; the matrix's databases hold a few hundred rows. */
export async function snapshot(db: Db, tables: string[]): Promise<Snapshot> {
  const union = tables.map((t) => `select '${t}' as t, row_to_json(x)::text as r from "${t}" x`).join(' union all ');
  const result = await db.execute(sql.raw(union));
  return new Set(rowsOf(result).map((row) => `${String(row.t)}\t${String(row.r)}`));
}

/**
 * Per table, how many rows it holds and the newest transaction that wrote one of them (xmin):
 * a table whose marks did not move is as it was, and one that only gained rows holds exactly
 * the rows newer than its newest before.
 */
export type TableMarks = Map<string, { count: number; newest: string }>;

export async function tableMarks(db: Db, tables: string[]): Promise<TableMarks> {
  const union = tables.map((t) => `select '${t}' as t, count(*)::text as n, coalesce(max(xmin::text::bigint), 0)::text as x from "${t}"`).join(' union all ');
  const result = await db.execute(sql.raw(union));
  return new Map(rowsOf(result).map((row) => [String(row.t), { count: Number(row.n), newest: String(row.x) }]));
}

/**
 * The database after some writes, from a snapshot and its marks before them, reading only what
 * changed: the new rows of a table that only gained rows, the whole of a table that lost or
 * rewrote any (an update, a delete, a trigger's or a cascade's work alike), nothing of the rest.
 * Equal to a full snapshot; several times cheaper once an append-only table such as the audit
 * log holds thousands of rows. PGlite (one connection) assigns and commits transactions in
 * order, which the newest-xmin reading relies on.
 */
export async function snapshotSince(db: Db, tables: string[], before: Snapshot, marks: TableMarks): Promise<{ rows: Snapshot; marks: TableMarks }> {
  const now = await tableMarks(db, tables);
  const changed = tables.filter((t) => now.get(t)?.count !== marks.get(t)?.count || now.get(t)?.newest !== marks.get(t)?.newest);
  if (!changed.length) return { rows: before, marks: now };
  const reread = new Set<string>();
  const rows = new Set(before);
  for (const table of changed) {
    const was = marks.get(table);
    const added = was
      ? rowsOf(await db.execute(sql.raw(`select row_to_json(x)::text as r from "${table}" x where xmin::text::bigint > ${BigInt(was.newest)}`)))
      : [];
    if (was && now.get(table)!.count === was.count + added.length) {
      for (const row of added) rows.add(`${table}\t${String(row.r)}`);
    } else reread.add(table);
  }
  if (reread.size) {
    for (const row of rows) if (reread.has(row.slice(0, row.indexOf('\t')))) rows.delete(row);
    for (const row of await snapshot(db, [...reread])) rows.add(row);
  }
  return { rows, marks: now };
}

export interface RowChanges {
  /** Rows that appeared, or the new version of a changed row. */
  added: string[];
  /** Rows that went away, or the old version of a changed row. */
  removed: string[];
}

export function changesBetween(before: Snapshot, after: Snapshot): RowChanges {
  return { added: [...after].filter((r) => !before.has(r)), removed: [...before].filter((r) => !after.has(r)) };
}

export const noChanges = (changes: RowChanges) => changes.added.length === 0 && changes.removed.length === 0;

/**
 * Every string and number a value holds, walked the way React would pass it on: a page's
 * element tree carries all the data the page read as props of the components it renders
 * (client components receive nothing else). Functions are not called: data a page hides in a
 * closure prop is not seen (see the test file's header).
 */
export function textOf(value: unknown): string {
  const parts: string[] = [];
  const seen = new WeakSet<object>();
  const visit = (v: unknown): void => {
    if (v === null || v === undefined || typeof v === 'boolean' || typeof v === 'function' || typeof v === 'symbol') return;
    if (typeof v === 'string') return void parts.push(v);
    if (typeof v === 'number' || typeof v === 'bigint') return void parts.push(String(v));
    if (typeof v !== 'object') return;
    if (seen.has(v)) return;
    seen.add(v);
    if (v instanceof Date) return void parts.push(Number.isNaN(v.getTime()) ? '' : v.toISOString());
    if (v instanceof Map) return void [...v.entries()].forEach(([k, x]) => (visit(k), visit(x)));
    if (v instanceof Set || Array.isArray(v)) return void [...v].forEach(visit);
    // A React element: its props are the data; _owner, _store and the debug fields are React's.
    if (isValidElement(v)) return visit((v as { props: unknown }).props);
    for (const x of Object.values(v)) visit(x);
  };
  visit(value);
  return parts.join('\n');
}

/** What redirect() and notFound() throw, read from their digest, or null for any other error. */
export type NextControl = { kind: 'redirect'; to: string } | { kind: 'http-error'; status: number };

export function nextControlOf(error: unknown): NextControl | null {
  const digest = typeof error === 'object' && error !== null && 'digest' in error ? (error as { digest: unknown }).digest : undefined;
  if (typeof digest !== 'string') return null;
  const parts = digest.split(';');
  // NEXT_REDIRECT;<replace|push>;<url>;<status>;
  if (parts[0] === 'NEXT_REDIRECT') return { kind: 'redirect', to: parts.slice(2, -2).join(';') };
  // NEXT_HTTP_ERROR_FALLBACK;<404|403|401>: notFound(), forbidden(), unauthorized().
  if (parts[0] === 'NEXT_HTTP_ERROR_FALLBACK') return { kind: 'http-error', status: Number(parts[1]) };
  return null;
}

/**
 * The tokens found in `text`, after removing what the caller sent: an action that echoes the
 * order id it was given, or an audit entry filed under it, tells the caller nothing new.
 */
export function tokensIn(text: string, tokens: string[], sent: string[]): string[] {
  let rest = text.toLowerCase();
  for (const value of sent.filter((s) => s.length >= 4).sort((x, y) => y.length - x.length)) rest = rest.replaceAll(value.toLowerCase(), ' ');
  return [...new Set(tokens.filter((t) => rest.includes(t)))];
}

/**
 * Whether a snapshot row belongs to a workspace, by its owner columns (db/schema/tenant.ts):
 * its workspace_id, else its account_id, else (workspaces) its id, else (sign-in attempts) its
 * email. Other columns may name another workspace's ids legitimately (an audit entry filed
 * under the id someone tried), so they do not decide.
 */
export function rowBelongsTo(row: string, owner: Tenant & { emails: Record<string, string> }): boolean {
  const tab = row.indexOf('\t');
  const table = row.slice(0, tab);
  const data = JSON.parse(row.slice(tab + 1)) as Record<string, unknown>;
  if (typeof data.workspace_id === 'string') return data.workspace_id === owner.workspaceId;
  if (typeof data.account_id === 'string') return data.account_id === owner.accountId;
  if (table === 'workspaces') return data.id === owner.workspaceId;
  if (typeof data.email === 'string') return Object.values(owner.emails).includes(data.email);
  return false;
}

/** A statement that may change a row: anything but a plain read, or a read that writes on the side. */
const READ_ONLY = /^\s*(select|show|begin|commit|rollback|savepoint|release)\b/i;
const WRITES_ANYWAY =
  /\b(insert|update|delete|merge|nextval|setval|copy|truncate|create|alter|drop|lock|for\s+(no\s+key\s+)?update|for\s+(key\s+)?share|pg_advisory\w*|set_config)\b/i;
export const mayWrite = (statement: string) => !READ_ONLY.test(statement) || WRITES_ANYWAY.test(statement);

export interface WriteWatch {
  /** Whether a statement that may write reached the database since the last reset. */
  wrote(): boolean;
  reset(): void;
}

interface SqlClient {
  query: (statement: string, ...rest: unknown[]) => Promise<unknown>;
  exec?: (statement: string, ...rest: unknown[]) => Promise<unknown>;
  transaction?: (run: (tx: SqlClient) => Promise<unknown>) => Promise<unknown>;
}

/**
 * Watches the SQL a PGlite database receives (drizzle sends every statement through the client's
 * query, or a transaction's), so a caller can skip the second snapshot of a call that only read:
 * a call that sent nothing but reads changed no row. Conservative: any statement not known to
 * be a plain read counts. Null for a driver it does not know (then snapshot every time).
 */
export function watchWrites(db: Db): WriteWatch | null {
  const client = (db as unknown as { $client?: SqlClient }).$client;
  if (!client || typeof client.query !== 'function' || typeof client.transaction !== 'function') return null;
  let wrote = false;
  const note = (statement: unknown) => {
    if (typeof statement !== 'string' || mayWrite(statement)) wrote = true;
  };
  const wrap = (target: SqlClient) => {
    const query = target.query.bind(target);
    target.query = (statement, ...rest) => (note(statement), query(statement, ...rest));
    if (target.exec) {
      const exec = target.exec.bind(target);
      target.exec = (statement, ...rest) => (note(statement), exec(statement, ...rest));
    }
  };
  wrap(client);
  const transaction = client.transaction!.bind(client);
  client.transaction = (run) =>
    transaction((tx) => {
      wrap(tx);
      return run(tx);
    });
  return { wrote: () => wrote, reset: () => void (wrote = false) };
}
