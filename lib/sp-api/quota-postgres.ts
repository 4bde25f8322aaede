import 'server-only';
/**
 * Quota buckets in PostgreSQL, so every app instance and worker calling SP-API for the same
 * seller draws from one bucket, as Amazon does. Each reservation is ONE statement: an upsert
 * that refills and takes a token atomically (the row lock serialises concurrent callers), so
 * there is no read-modify-write race and no explicit transaction.
 *
 * Table (add to db/schema):
 *   CREATE TABLE sp_api_quota_buckets (
 *     key        text PRIMARY KEY,            -- sellingPartnerId|region|model.operationId
 *     tokens     double precision NOT NULL,   -- may go negative: reserved, not yet refilled
 *     updated_at timestamptz NOT NULL,
 *     rate       double precision NOT NULL,   -- tokens per second
 *     burst      double precision NOT NULL
 *   );
 */
import type { QuotaStore, UsagePlan } from './quota';

/** What the store needs from a driver: PGlite fits as is; postgres.js via `sql.unsafe(text, params)`. */
export interface SqlExecutor {
  query<Row>(sql: string, params: unknown[]): Promise<{ rows: Row[] }>;
}

/** postgres.js (`postgres()` instance) as an SqlExecutor. */
export function postgresJsExecutor(sql: { unsafe: (query: string, params: never[]) => PromiseLike<unknown> }): SqlExecutor {
  return {
    async query<Row>(text: string, params: unknown[]) {
      const rows = (await sql.unsafe(text, params as never[])) as Row[];
      return { rows: [...rows] };
    },
  };
}

// The elapsed-time refill, shared by both statements. `b` is the stored row, $now the caller's clock.
const refilledTokens = (now: string) => `LEAST(b.burst, b.tokens + b.rate * GREATEST(0, EXTRACT(EPOCH FROM (${now} - b.updated_at)))::double precision)`;

/**
 * $1 key, $2 rate, $3 burst, $4 now (epoch ms). A new bucket starts full and gives its first
 * token at once. An existing one keeps its own rate (it may come from x-amzn-RateLimit-Limit)
 * and follows the model's burst.
 */
export const RESERVE_SQL = `
INSERT INTO sp_api_quota_buckets AS b (key, tokens, updated_at, rate, burst)
VALUES ($1, $3::double precision - 1, to_timestamp($4::double precision / 1000), $2, $3)
ON CONFLICT (key) DO UPDATE SET
  tokens = LEAST(EXCLUDED.burst, ${refilledTokens('EXCLUDED.updated_at')}) - 1,
  updated_at = GREATEST(b.updated_at, EXCLUDED.updated_at),
  burst = EXCLUDED.burst
RETURNING tokens, rate`;

/** $1 key, $2 new rate, $3 now (epoch ms). Refills at the old rate up to now first. */
export const SET_RATE_SQL = `
UPDATE sp_api_quota_buckets AS b SET
  tokens = ${refilledTokens('to_timestamp($3::double precision / 1000)')},
  updated_at = GREATEST(b.updated_at, to_timestamp($3::double precision / 1000)),
  rate = $2
WHERE b.key = $1 AND b.rate <> $2`;

export class PostgresQuotaStore implements QuotaStore {
  constructor(private readonly db: SqlExecutor) {}

  async reserve(key: string, plan: UsagePlan, nowMs: number): Promise<number> {
    const { rows } = await this.db.query<{ tokens: number; rate: number }>(RESERVE_SQL, [key, plan.rate, plan.burst, nowMs]);
    const row = rows[0];
    if (!row) throw new Error('sp_api_quota_buckets upsert returned no row.');
    const tokens = Number(row.tokens);
    return tokens >= 0 ? 0 : Math.ceil((-tokens / Number(row.rate)) * 1000);
  }

  async setRate(key: string, rate: number, nowMs: number): Promise<void> {
    await this.db.query(SET_RATE_SQL, [key, rate, nowMs]);
  }
}
