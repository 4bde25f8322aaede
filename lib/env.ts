/**
 * The dashboard's settings, read once and validated: a missing or malformed setting stops
 * the server at start with a message naming it, instead of failing at the first request.
 */
import { z } from 'zod';

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional())
  .optional();

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Folder for the embedded database and generated local secrets. */
  DATA_DIR: z.string().min(1).default('.data'),
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  DATABASE_URL: z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional())
    .optional(),
  /** Signs session cookies; generated into DATA_DIR when absent. At least 32 characters. */
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * The sign-in limits (lib/auth/sign-in-limits.ts): failures for one email from one address,
   * from one address whatever the emails, and for one email from addresses new to its user;
   * and the length of the counting window and of each lock.
   */
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  SIGN_IN_ADDRESS_MAX_FAILURES: z.coerce.number().int().min(1).max(10_000).default(20),
  SIGN_IN_ACCOUNT_MAX_FAILURES: z.coerce.number().int().min(1).max(10_000).default(50),
  SIGN_IN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** The dashboard's public URL (next-auth reads it too); https makes cookies Secure and turns on HSTS. */
  NEXTAUTH_URL: optionalUrl,
  /** Minutes between syncs of each account and kind (orders, inventory, outbound, inbound). */
  SYNC_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /**
   * 'off': the server does not start the background sync when it starts, so it only serves
   * pages (`npm run bench:pages` uses it so that sync work cannot perturb page timings).
   */
  BACKGROUND_SYNC: z.enum(['on', 'off']).default('on'),
  SPAPI_ENDPOINT: optionalUrl,
  LWA_ENDPOINT: optionalUrl,
  /** Where sellers are sent to authorize the app (Seller Central's consent page, or the simulator's). */
  SPAPI_CONSENT_URL: optionalUrl,
  /** The SP-API application's Login with Amazon credentials and its id in Seller Central. */
  LWA_CLIENT_ID: z.string().trim().min(1).optional(),
  LWA_CLIENT_SECRET: z.string().trim().min(1).optional(),
  SPAPI_APPLICATION_ID: z.string().trim().min(1).optional(),
  /** Amazon makes apps rotate the client secret every 180 days; owners are warned 30 days before. */
  LWA_CLIENT_SECRET_EXPIRES_AT: z.iso.date('must be a date like 2027-05-01').optional(),
  /** Refresh tokens of the simulator's demo sellers, connected on first run (set by `npm start`). */
  SPAPI_DEMO_REFRESH_TOKENS: z.string().trim().min(1).optional(),
  /** 32-byte key for data encrypted at rest (base64 or hex); generated into DATA_DIR when absent. */
  ENCRYPTION_KEY: z.string().trim().min(1).optional(),
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}\nSee README.md, "Configuration".`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
