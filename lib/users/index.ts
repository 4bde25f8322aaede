/** The users domain's public face for server code: its queries and services. Types and client-safe helpers are in ./types. */
import 'server-only';
export { announceSetupCodeIfNoOwner } from './first-run';
export { hasAnyUser, listUsers } from './service';
export { listPendingInvites, lookUpInvite } from './invites';
export { INVITE_DAYS } from './invite-token';
export { BROWSER_TIME_ZONE_COOKIE, displayTimeZone, savedTimeZone } from './time-zone';
export { timeZoneNames } from './time-zone-names';
