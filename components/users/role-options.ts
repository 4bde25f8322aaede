import { ROLE_LABELS, ROLES, type Role } from '@/lib/auth/types';

/** Roles an actor may hand out: only an owner sees "Owner". */
export function assignableRoleOptions(actor: Role) {
  return ROLES.filter((r) => r !== 'owner' || actor === 'owner').map((r) => ({ value: r, label: ROLE_LABELS[r] }));
}
