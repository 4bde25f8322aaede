/**
 * The databases integration tests run on: always a fresh in-memory PGlite, and PostgreSQL
 * too when TEST_DATABASE_URL is set (CI sets it). Each call gets a brand-new, migrated
 * database, so tests never share rows.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type DbHandle } from '@/db/client';

/** On PostgreSQL, the fresh database's URL too (for pg-boss, which opens its own pool). */
export type TestDbHandle = DbHandle & { databaseUrl?: string };

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<TestDbHandle>;
}

const pgUrl = process.env.TEST_DATABASE_URL;

/** Refuses anything but a local server: tests create and drop databases. */
function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!['localhost', '127.0.0.1', '::1', '[::1]'].includes(host)) throw new Error(`TEST_DATABASE_URL must point at a local server, not ${host}`);
}

async function openFreshPostgres(url: string): Promise<TestDbHandle> {
  assertLocal(url);
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: dbUrl.toString() });
  return {
    ...handle,
    databaseUrl: dbUrl.toString(),
    async close() {
      await handle.close();
      const cleanup = postgres(url, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export const testDatabases: TestDatabase[] = [
  { name: 'pglite', open: () => openDatabase({ pgliteDir: null }) },
  ...(pgUrl ? [{ name: 'postgres' as const, open: () => openFreshPostgres(pgUrl) }] : []),
];

if (!pgUrl && process.env.CI) {
  throw new Error('CI must set TEST_DATABASE_URL so the database suite also runs on PostgreSQL.');
}
