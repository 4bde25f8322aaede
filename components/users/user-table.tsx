'use client';

import { DateTime } from '@/components/ui/date-time';
import { useActionState } from 'react';
import { changeRoleAction, removeUserAction, setDisabledAction } from '@/lib/users/actions';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage } from '@/components/ui/form-message';
import { Table, TableHead } from '@/components/ui/table';
import { idleState } from '@/lib/actions/action-state';
import { canAssignRole, ROLE_LABELS, type Role } from '@/lib/auth/types';
import type { WorkspaceUser } from '@/lib/users/types';
import { assignableRoleOptions } from './role-options';

export function UserTable({ users, currentUserId, actorRole }: { users: WorkspaceUser[]; currentUserId: string; actorRole: Role }) {
  return (
    <Table caption="Users of this workspace" variant="framed">
      <TableHead columns={['User', 'Role', 'Status', 'Last sign-in']} />
      <tbody>
        {users.map((u) => (
          <UserRow key={u.id} user={u} isSelf={u.id === currentUserId} actorRole={actorRole} />
        ))}
      </tbody>
    </Table>
  );
}

function UserRow({ user, isSelf, actorRole }: { user: WorkspaceUser; isSelf: boolean; actorRole: Role }) {
  const [roleState, roleAction, rolePending] = useActionState(changeRoleAction, idleState);
  const [disableState, disableAction, disablePending] = useActionState(setDisabledAction, idleState);
  const [removeState, removeAction, removePending] = useActionState(removeUserAction, idleState);
  const editable = !isSelf && canAssignRole(actorRole, user.role, user.role);
  const removable = !isSelf && actorRole === 'owner';
  return (
    <tr>
      <td>
        <p className="font-medium">{user.name}</p>
        <p className="text-slate-600">{user.email}</p>
      </td>
      <td>
        {editable ? (
          <form action={roleAction} className="flex items-center gap-2">
            <input type="hidden" name="userId" value={user.id} />
            <label className="sr-only" htmlFor={`role-${user.id}`}>
              Role for {user.email}
            </label>
            <select id={`role-${user.id}`} name="role" defaultValue={user.role} className="rounded-md border border-slate-300 px-2 py-1">
              {assignableRoleOptions(actorRole).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            <Button type="submit" variant="secondary" disabled={rolePending} aria-label={`Save role for ${user.email}`}>
              Save
            </Button>
          </form>
        ) : (
          ROLE_LABELS[user.role]
        )}
        <FormMessage state={roleState} />
      </td>
      <td>
        <p>{user.disabled ? 'Disabled' : 'Active'}</p>
        {editable ? (
          <form action={disableAction}>
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="disabled" value={user.disabled ? 'false' : 'true'} />
            <Button
              type="submit"
              variant={user.disabled ? 'secondary' : 'danger'}
              className="mt-1"
              disabled={disablePending}
              aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.email}`}
            >
              {user.disabled ? 'Enable' : 'Disable'}
            </Button>
          </form>
        ) : null}
        <FormMessage state={disableState} />
        {removable ? (
          <>
            <form id={`remove-${user.id}`} action={removeAction}>
              <input type="hidden" name="userId" value={user.id} />
            </form>
            <ConfirmDialog
              formId={`remove-${user.id}`}
              trigger="Remove"
              triggerLabel={`Remove ${user.email}`}
              title={`Remove ${user.name} from the workspace?`}
              confirmLabel={`Remove ${user.name}`}
              variant="danger"
              disabled={removePending}
            >
              <p>
                {user.name} ({user.email}) can no longer sign in, and any session they have open ends at their next click.
              </p>
              <p>What they did stays in the audit log under their name. To bring them back, invite their email again.</p>
            </ConfirmDialog>
            <FormMessage state={removeState} />
          </>
        ) : null}
      </td>
      <td className="text-slate-600">{user.lastSignInAt ? <DateTime value={user.lastSignInAt} /> : 'Never'}</td>
    </tr>
  );
}
