/**
 * Who may do what. Roles are ordered: each one can do everything the roles below it can.
 * viewer reads; operator acts on orders and shipments; admin manages users and accounts;
 * owner additionally manages owners.
 */
import { ROLES, type Role } from '@/db/schema/roles';

export { ROLES, type Role };

const rank: Record<Role, number> = { viewer: 0, operator: 1, admin: 2, owner: 3 };

export function hasRole(role: Role, atLeast: Role): boolean {
  return rank[role] >= rank[atLeast];
}

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  operator: 'Operator',
  viewer: 'Viewer',
};

/** An admin may manage operators and viewers (and other admins); only an owner may grant or change owner. */
export function canAssignRole(actor: Role, from: Role, to: Role): boolean {
  if (!hasRole(actor, 'admin')) return false;
  if (from === 'owner' || to === 'owner') return actor === 'owner';
  return true;
}
