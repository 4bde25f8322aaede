/**
 * The app's database, opened once per server process and shared through globalThis so that
 * dev-mode module reloads do not open a second PGlite on the same folder.
 */
import 'server-only';
import path from 'node:path';
import { env } from '@/lib/env';
import { openDatabase, type Db, type DbHandle } from './client';

const globalForDb = globalThis as unknown as { sellerOpsDb?: Promise<DbHandle> };

export function getDbHandle(): Promise<DbHandle> {
  globalForDb.sellerOpsDb ??= (() => {
    const { DATABASE_URL, DATA_DIR } = env();
    return openDatabase(DATABASE_URL ? { databaseUrl: DATABASE_URL } : { pgliteDir: path.join(DATA_DIR, 'pglite') });
  })();
  return globalForDb.sellerOpsDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

export type { Db };
