import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresQuotaStore } from './quota-postgres';

let db: PGlite;
beforeAll(async () => {
  db = new PGlite();
  await db.exec(`CREATE TABLE sp_api_quota_buckets (
    key text PRIMARY KEY, tokens double precision NOT NULL, updated_at timestamptz NOT NULL,
    rate double precision NOT NULL, burst double precision NOT NULL)`);
});
afterAll(() => db.close());

describe('PostgresQuotaStore', () => {
  const plan = { rate: 0.5, burst: 3 };
  const T0 = Date.UTC(2026, 0, 1);

  it('gives the same waits as the in-memory buckets', async () => {
    const store = new PostgresQuotaStore(db);
    const waits = [];
    for (let i = 0; i < 5; i++) waits.push(await store.reserve('A|na|op1', plan, T0));
    expect(waits).toEqual([0, 0, 0, 2000, 4000]);
    // 10 s later the 2 tokens of debt are repaid and 3 more refilled: the burst is back.
    expect(await store.reserve('A|na|op1', plan, T0 + 10_000)).toBe(0);
  });

  it('serialises concurrent reservations: each token is handed out once', async () => {
    const store = new PostgresQuotaStore(db);
    const waits = await Promise.all(Array.from({ length: 6 }, () => store.reserve('A|na|op2', plan, T0)));
    expect(waits.sort((a, b) => a - b)).toEqual([0, 0, 0, 2000, 4000, 6000]);
  });

  it('applies a rate learnt from x-amzn-RateLimit-Limit', async () => {
    const store = new PostgresQuotaStore(db);
    await store.reserve('A|na|op3', { rate: 1, burst: 1 }, T0);
    await store.setRate('A|na|op3', 0.1, T0);
    expect(await store.reserve('A|na|op3', { rate: 1, burst: 1 }, T0)).toBe(10_000);
  });
});
