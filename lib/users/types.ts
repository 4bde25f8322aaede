/** The users domain's types and client-safe helpers: importable from components as well as server code. */
export type { WorkspaceUser } from './service';
export type { InviteLookup, PendingInvite } from './invites';
