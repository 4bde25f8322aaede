/** The sync domain's types and client-safe helpers: importable from components as well as server code. */
export { SYNC_KIND_LABELS } from './labels';
export type { AccountSyncStatus, SyncKindStatus } from './status';
