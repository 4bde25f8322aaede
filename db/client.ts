/**
 * One way to open the database: embedded PGlite (a folder under DATA_DIR, nothing to install)
 * or PostgreSQL when a connection string is given. Both speak the same schema and migrations,
 * which run when the database is opened.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { lockPgliteDir, type PgliteLock } from './pglite-lock';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

// Resolved from the project root (where the app and the tests run), not bundled.
const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

/** Any value works as long as every instance of the app uses the same one. */
const MIGRATION_LOCK_KEY = 727_274_001;

export type DbConfig = { databaseUrl: string } | { pgliteDir: string | null };

export async function openDatabase(config: DbConfig): Promise<DbHandle> {
  if ('databaseUrl' in config) return openPostgres(config.databaseUrl);
  return openPglite(config.pgliteDir);
}

async function openPglite(dir: string | null): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const folder = dir ? path.resolve(dir) : null;
  let lock: PgliteLock | undefined;
  if (folder) {
    mkdirSync(folder, { recursive: true });
    // Before PGlite touches the files: a second process must not even start on them.
    lock = lockPgliteDir(folder);
  }
  // null: in memory, for tests.
  const client = folder ? new PGlite(folder) : new PGlite();
  const close = () => client.close().finally(() => lock?.release());
  const db = drizzle(client, { schema });
  try {
    await migrate(db, { migrationsFolder });
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
  return { db: db as unknown as Db, kind: 'pglite', close };
}

async function openPostgres(url: string): Promise<DbHandle> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  // Several app instances may start together: one migrates while the others wait on the lock.
  const migrationClient = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrationClient`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle(migrationClient), { migrationsFolder });
    await migrationClient`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    await migrationClient.end();
  }
  const client = postgres(url, { max: 10, onnotice: () => {} });
  const db = drizzle(client, { schema });
  return { db: db as unknown as Db, kind: 'postgres', close: () => client.end() };
}
