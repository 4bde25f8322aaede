'use client';

import { DateTime } from '@/components/ui/date-time';
import { useActionState } from 'react';
import { revokeInviteAction } from '@/lib/users/actions';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { Table, TableHead } from '@/components/ui/table';
import { idleState } from '@/lib/actions/action-state';
import { canAssignRole, ROLE_LABELS, type Role } from '@/lib/auth/types';
import type { PendingInvite } from '@/lib/users/types';

export function PendingInvites({ invites, actorRole }: { invites: PendingInvite[]; actorRole: Role }) {
  if (!invites.length) return <p className="mt-2 text-sm text-slate-600">No invites are waiting.</p>;
  return (
    <Table caption="Invites waiting to be accepted" variant="compact" className="mt-2">
      <TableHead columns={['Email', 'Role', 'Invited by', 'Expires', '']} />
      <tbody>
        {invites.map((invite) => (
          <InviteRow key={invite.id} invite={invite} actorRole={actorRole} />
        ))}
      </tbody>
    </Table>
  );
}

function InviteRow({ invite, actorRole }: { invite: PendingInvite; actorRole: Role }) {
  const [state, action, pending] = useActionState(revokeInviteAction, idleState);
  return (
    <tr>
      <td>{invite.email}</td>
      <td>{ROLE_LABELS[invite.role]}</td>
      <td>{invite.invitedBy ?? '—'}</td>
      <td className="whitespace-nowrap">
        <DateTime value={invite.expiresAt} />
      </td>
      <td>
        {canAssignRole(actorRole, 'viewer', invite.role) ? (
          <form action={action}>
            <input type="hidden" name="inviteId" value={invite.id} />
            <Button type="submit" variant="secondary" disabled={pending} aria-label={`Revoke the invite for ${invite.email}`}>
              Revoke
            </Button>
          </form>
        ) : null}
        <FormMessage state={state} />
      </td>
    </tr>
  );
}
