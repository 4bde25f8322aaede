/** The sync domain's public face for server code: its queries and services. Types and client-safe helpers are in ./types. */
import 'server-only';
export { startSyncQueue } from './queue';
export { startSyncService, syncNewAccount } from './service';
export { listSyncStatus } from './status';
