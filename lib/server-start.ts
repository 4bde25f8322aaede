/**
 * What the Node.js server checks before serving (called from instrumentation.ts): the
 * settings, the database (on the embedded default this takes its one-process lock) and the
 * encryption key against it. Next.js only logs a failed start-up hook and keeps serving
 * errors, so a failure here ends the process, with a message saying what to do: a server
 * without its database or its key must not look as if it were running.
 */
import 'server-only';
import { getDb } from '@/db';
import { secretBox } from '@/lib/accounts';
import { env, type Env } from '@/lib/env';

export async function prepareServer(): Promise<Env> {
  try {
    const settings = env();
    await secretBox(await getDb());
    return settings;
  } catch (error) {
    console.error(`[start] Seller Ops cannot start. ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
