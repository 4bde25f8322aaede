/**
 * `npm run worker`: a process that only runs syncs (PostgreSQL deployments), next to or
 * instead of the workers inside each app instance. Stops gracefully on SIGTERM/SIGINT.
 */
import path from 'node:path';
import { openDatabase } from '@/db/client';
import { secretBox } from '@/lib/accounts';
import { startSyncQueue } from '@/lib/sync';
import { env } from '@/lib/env';

const { DATABASE_URL } = env();
if (!DATABASE_URL) {
  console.error('The sync worker needs DATABASE_URL (PostgreSQL); the embedded database syncs inside the app. Data folder:', path.resolve(env().DATA_DIR));
  process.exit(1);
}
const handle = await openDatabase({ databaseUrl: DATABASE_URL });
// As the app does at start: a wrong ENCRYPTION_KEY stops the worker here, not at every sync.
await secretBox(handle.db);
const queue = await startSyncQueue(DATABASE_URL, handle.db, { workers: 2 });
console.info('[sync worker] running');
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void queue
      .stop()
      .then(() => handle.close())
      .then(() => process.exit(0));
  });
}
