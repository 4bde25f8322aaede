/**
 * Next.js start-up hook, in the Node.js server (not on the edge, not in the browser): the
 * start-up checks (lib/server-start.ts: settings, database, encryption key; a failure stops
 * the server with its message), the first-run setup code while no owner exists, then the
 * background sync, unless BACKGROUND_SYNC=off asks for a server that only serves pages.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { prepareServer } = await import('./lib/server-start');
  const settings = await prepareServer();
  const { announceSetupCodeIfNoOwner } = await import('@/lib/users');
  await announceSetupCodeIfNoOwner(settings.DATA_DIR).catch((error: unknown) =>
    console.error('[setup] could not check for an owner account:', error instanceof Error ? error.message : error),
  );
  if (settings.BACKGROUND_SYNC === 'off') return;
  const { startSyncService } = await import('@/lib/sync');
  startSyncService().catch((error: unknown) => console.error('[sync] could not start', error instanceof Error ? error.message : error));
}
