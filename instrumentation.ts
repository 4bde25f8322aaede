/**
 * Next.js start-up hook, in the Node.js server (not on the edge, not in the browser). Before
 * the first request it validates the settings, opens the database (on the embedded default
 * this takes its one-process lock) and proves the encryption key against it: a bad setting,
 * a database another process holds, or a missing or wrong key stops the start with a message
 * saying what to do, instead of failing later at each request or sync. Then it starts the
 * background sync, unless BACKGROUND_SYNC=off asks for a server that only serves pages.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('./lib/env');
  const settings = env();
  const { getDb } = await import('./db');
  const { secretBox } = await import('./lib/accounts/secret-box');
  await secretBox(await getDb());
  if (settings.BACKGROUND_SYNC === 'off') return;
  const { startSyncService } = await import('./lib/sync/service');
  startSyncService().catch((error: unknown) => console.error('[sync] could not start', error instanceof Error ? error.message : error));
}
