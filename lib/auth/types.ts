/** The auth domain's types and client-safe helpers: importable from components as well as server code. */
export { MIN_PASSWORD_LENGTH } from './password-rules';
export { ROLES, ROLE_LABELS, canAssignRole, type Role } from './roles';
export type { CurrentUser } from './session';
