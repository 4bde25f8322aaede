import { DateTime } from '@/components/ui/date-time';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AcceptInviteForm } from '@/components/users/accept-invite-form';
import { getDb } from '@/db';
import { ROLE_LABELS } from '@/lib/auth/types';
import { lookUpInvite } from '@/lib/users';

// The token is the whole secret: keep it out of the Referer header of anything this page links to.
export const metadata: Metadata = { title: 'Join the workspace', referrer: 'no-referrer' };

/**
 * The page an invite link opens: public (the invited person has no account yet). It reads the
 * invite by its token's hash and writes nothing; a link that does not work says why.
 */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await lookUpInvite(await getDb(), token);
  if (invite.status !== 'pending') {
    return (
      <>
        <h1 className="text-2xl font-semibold">This invite link does not work</h1>
        <p role="alert" className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {invite.problem}
        </p>
        <p className="mt-4 text-sm">
          <Link href="/sign-in" className="text-blue-700 underline">
            Go to sign-in
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-semibold">Join {invite.workspaceName}</h1>
      <p className="mt-2 text-sm text-slate-600">
        You are invited as {ROLE_LABELS[invite.role]} with the email <span className="font-medium text-slate-900">{invite.email}</span>. Choose your name and a
        password; the link works until <DateTime value={invite.expiresAt} />.
      </p>
      <AcceptInviteForm token={token} />
    </>
  );
}
