/**
 * Next.js start-up hook, in the Node.js server (not on the edge, not in the browser): prints the
 * first-run setup code while no owner exists, and starts the background sync unless
 * BACKGROUND_SYNC=off asks for a server that only serves pages.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('./lib/env');
  const { announceSetupCodeIfNoOwner } = await import('./lib/users/first-run');
  await announceSetupCodeIfNoOwner(env().DATA_DIR).catch((error: unknown) =>
    console.error('[setup] could not check for an owner account:', error instanceof Error ? error.message : error),
  );
  if (env().BACKGROUND_SYNC === 'off') return;
  const { startSyncService } = await import('./lib/sync/service');
  startSyncService().catch((error: unknown) => console.error('[sync] could not start', error instanceof Error ? error.message : error));
}
