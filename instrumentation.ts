/**
 * Next.js start-up hook: starts the background sync in the Node.js server (not on the edge, not
 * in the browser), unless BACKGROUND_SYNC=off asks for a server that only serves pages.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('./lib/env');
  if (env().BACKGROUND_SYNC === 'off') return;
  const { startSyncService } = await import('./lib/sync/service');
  startSyncService().catch((error: unknown) => console.error('[sync] could not start', error instanceof Error ? error.message : error));
}
