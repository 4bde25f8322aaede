/**
 * The dashboard's settings, read once and validated: a missing or malformed setting stops
 * the server at start with a message naming it, instead of failing at the first request.
 */
import { z } from 'zod';
import { parseEncryptionKey } from '@/lib/crypto/secret-box';

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional())
  .optional();

/** A 32-byte key as base64 or hex, checked here so a bad one stops the start. */
const encryptionKey = z
  .string()
  .trim()
  .min(1)
  .refine(
    (value) => {
      try {
        parseEncryptionKey(value);
        return true;
      } catch {
        return false;
      }
    },
    { error: 'must encode exactly 32 bytes (base64, or 64 hex characters)' },
  );

const settings = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Folder for the embedded database and generated local secrets. */
  DATA_DIR: z.string().min(1).default('.data'),
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  DATABASE_URL: z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
        .optional(),
    )
    .optional(),
  /** Signs session cookies; generated into DATA_DIR when absent (embedded database only). At least 32 characters. */
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * The sign-in limits (lib/auth/sign-in-limits.ts): failures for one email from one address,
   * from one address whatever the emails, and for one email from addresses new to its user;
   * and the length of the counting window and of each lock.
   */
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  SIGN_IN_ADDRESS_MAX_FAILURES: z.coerce.number().int().min(1).max(10_000).default(20),
  SIGN_IN_ACCOUNT_MAX_FAILURES: z.coerce.number().int().min(1).max(10_000).default(50),
  SIGN_IN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** The dashboard's public URL (next-auth reads it too); https makes cookies Secure and turns on HSTS. */
  NEXTAUTH_URL: optionalUrl,
  /** Minutes between syncs of each account and kind (orders, inventory, outbound, inbound). */
  SYNC_INTERVAL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
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
  /**
   * 32-byte key for data encrypted at rest (base64 or hex). Without it the embedded default
   * generates one into DATA_DIR/secrets, for a database that holds no sealed secrets yet.
   */
  ENCRYPTION_KEY: encryptionKey.optional(),
  /** The key `npm run rotate-key` re-encrypts to when ENCRYPTION_KEY is set; nothing else reads it. */
  ENCRYPTION_KEY_NEW: encryptionKey.optional(),
});

/**
 * Several instances share a PostgreSQL database, so its secrets must come from the
 * environment: each instance would generate different ones, and sessions signed by one or
 * tokens sealed by one would be unreadable to the others.
 */
const SHARED_DATABASE_SECRETS = ['ENCRYPTION_KEY', 'AUTH_SECRET'] as const;

const schema = settings.superRefine((value, context) => {
  if (!value.DATABASE_URL) return;
  for (const name of SHARED_DATABASE_SECRETS) {
    if (value[name] !== undefined) continue;
    context.addIssue({
      code: 'custom',
      path: [name],
      message: 'required with DATABASE_URL: every instance sharing the database must be given the same value (it is never generated for PostgreSQL)',
    });
  }
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
