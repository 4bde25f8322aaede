import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { CreateUserForm } from '@/components/users/create-user-form';
import { InviteForm } from '@/components/users/invite-form';
import { PendingInvites } from '@/components/users/pending-invites';
import { UserTable } from '@/components/users/user-table';
import { getDb } from '@/db';
import { requireUser } from '@/lib/auth';
import { INVITE_DAYS, listPendingInvites, listUsers } from '@/lib/users';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const user = await requireUser('admin');
  const db = await getDb();
  const [users, invites] = await Promise.all([listUsers(db, user.workspaceId), listPendingInvites(db, user.workspaceId)]);
  return (
    <>
      <PageHeader title="Users and roles" description="Owners and admins manage who can use this workspace; owners can also remove users." />
      <div className="grid gap-8 xl:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-8">
          <UserTable users={users} currentUserId={user.id} actorRole={user.role} />
          <section aria-labelledby="pending-invites">
            <h2 id="pending-invites" className="font-semibold">
              Invites waiting
            </h2>
            <PendingInvites invites={invites} actorRole={user.role} />
          </section>
        </div>
        <div className="space-y-8">
          <section aria-labelledby="invite-user" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="invite-user" className="font-semibold">
              Invite by link
            </h2>
            <p className="mt-1 text-sm text-slate-600">They choose their own name and password. No email is sent: you pass the link on.</p>
            <InviteForm actorRole={user.role} inviteDays={INVITE_DAYS} />
          </section>
          <section aria-labelledby="new-user" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="new-user" className="font-semibold">
              Add a user
            </h2>
            <CreateUserForm actorRole={user.role} />
          </section>
        </div>
      </div>
      <dl className="mt-8 grid gap-2 text-sm text-slate-600 md:grid-cols-2">
        <div>
          <dt className="inline font-medium text-slate-800">Owner:</dt> <dd className="inline">everything, including owners.</dd>
        </div>
        <div>
          <dt className="inline font-medium text-slate-800">Admin:</dt> <dd className="inline">users and Amazon accounts, plus all operator work.</dd>
        </div>
        <div>
          <dt className="inline font-medium text-slate-800">Operator:</dt> <dd className="inline">fulfills orders, books shipments, sends messages.</dd>
        </div>
        <div>
          <dt className="inline font-medium text-slate-800">Viewer:</dt> <dd className="inline">reads everything except buyer details; changes nothing.</dd>
        </div>
      </dl>
    </>
  );
}
