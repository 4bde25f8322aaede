/**
 * The roles a user can have, as stored in `users.role`. Defined here, at the bottom layer, so the
 * schema does not depend on lib/; lib/auth owns what each role may do. Client-safe (no drizzle).
 */
export const ROLES = ['owner', 'admin', 'operator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
