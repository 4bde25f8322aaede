/**
 * Holds the embedded database in HOLD_PGLITE_DIR open until it is killed, for the lock test
 * (db/pglite-lock.test.ts). Prints `open <pid>` once the database is open.
 */
import { openDatabase } from '@/db/client';

const dir = process.env.HOLD_PGLITE_DIR;
if (!dir) throw new Error('HOLD_PGLITE_DIR is required');
const handle = await openDatabase({ pgliteDir: dir });
process.stdout.write(`open ${process.pid}\n`);
// SIGTERM closes it as the app does on a clean stop; SIGKILL leaves the lock behind, as a crash does.
process.once('SIGTERM', () => {
  void handle.close().then(() => process.exit(0));
});
setInterval(() => {}, 60_000);
