'use client';

import { DateTime } from '@/components/ui/date-time';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useActionState, useEffect } from 'react';
import { syncNow } from '@/lib/sync/actions';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FormMessage } from '@/components/ui/form-message';
import { idleState } from '@/lib/actions/action-state';
import { formatDate } from '@/lib/format';
import { SYNC_KIND_LABELS, type AccountSyncStatus, type SyncKindStatus } from '@/lib/sync/types';

const POLL_WHILE_RUNNING_MS = 2_000;
/** A waiting sync restarts on its own within minutes; the page follows it, more slowly. */
const POLL_WHILE_WAITING_MS = 15_000;

async function fetchStatus(): Promise<AccountSyncStatus[]> {
  const response = await fetch('/api/sync/status', { cache: 'no-store' });
  if (!response.ok) throw new Error('Could not load the sync status.');
  return ((await response.json()) as { accounts: AccountSyncStatus[] }).accounts;
}

const anyIn = (accounts: AccountSyncStatus[] | undefined, status: SyncKindStatus['status']) =>
  Boolean(accounts?.some((a) => a.kinds.some((k) => k.status === status)));

export function SyncStatusBoard({ initialAccounts, canSync }: { initialAccounts: AccountSyncStatus[]; canSync: boolean }) {
  const { data: accounts = initialAccounts, isError } = useQuery({
    queryKey: ['sync-status'],
    queryFn: fetchStatus,
    initialData: initialAccounts,
    // Poll only while something runs or waits to retry; otherwise the page is quiet.
    refetchInterval: (query) =>
      anyIn(query.state.data, 'running') ? POLL_WHILE_RUNNING_MS : anyIn(query.state.data, 'waiting') ? POLL_WHILE_WAITING_MS : false,
  });

  if (!accounts.length) {
    return <EmptyState title="No Amazon account connected">Connect an account under Settings → Amazon accounts; its data syncs from then on.</EmptyState>;
  }
  return (
    <div className="space-y-6">
      {isError ? (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          The status could not be refreshed. What you see may be out of date.
        </p>
      ) : null}
      {accounts.map((account) => (
        <AccountSyncCard key={account.accountId} account={account} canSync={canSync} />
      ))}
    </div>
  );
}

function AccountSyncCard({ account, canSync }: { account: AccountSyncStatus; canSync: boolean }) {
  const headingId = `sync-${account.accountId}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h2 id={headingId} className="font-semibold">
          {account.accountName}
        </h2>
        {canSync ? <SyncNowButton accountId={account.accountId} kind="all" label={`Sync all now for ${account.accountName}`} text="Sync all now" /> : null}
      </div>
      <ul className="mt-4 divide-y divide-slate-100">
        {account.kinds.map((kind) => (
          <SyncKindRow key={kind.kind} accountId={account.accountId} accountName={account.accountName} status={kind} canSync={canSync} />
        ))}
      </ul>
    </section>
  );
}

function SyncKindRow({ accountId, accountName, status, canSync }: { accountId: string; accountName: string; status: SyncKindStatus; canSync: boolean }) {
  const label = SYNC_KIND_LABELS[status.kind];
  const running = status.status === 'running';
  return (
    <li className="grid gap-2 py-3 sm:grid-cols-[14rem_1fr_auto] sm:items-center">
      <div>
        <h3 className="text-sm font-medium text-slate-900">{label}</h3>
        <StatusBadge status={status.status} />
      </div>
      <div className="space-y-1 text-sm text-slate-700">
        {running ? (
          <div className="flex items-center gap-3">
            {/* Without a known total the bar is indeterminate; the count says how far it got. */}
            <progress
              className="h-2 w-48 accent-blue-700"
              aria-label={`${label} sync progress for ${accountName}`}
              {...(status.progressTotal ? { max: status.progressTotal, value: status.progressDone } : {})}
            />
            <span aria-live="polite">{status.progressTotal ? `${status.progressDone} of ${status.progressTotal}` : `${status.progressDone} so far`}</span>
          </div>
        ) : null}
        {status.history ? (
          <p>
            Newest first: read back to {formatDate(status.history.readBackTo)}, going back to {formatDate(status.history.from)}.
          </p>
        ) : null}
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
          <dt className="text-slate-500">{running ? 'This run' : 'Last run'}</dt>
          <dd>{status.status === 'never' ? 'Not synced yet' : `${status.itemsSynced} updated`}</dd>
          <dt className="text-slate-500">Last success</dt>
          <dd>{status.lastSuccessAt ? <DateTime value={status.lastSuccessAt} /> : '—'}</dd>
          <dt className="text-slate-500">{status.status === 'waiting' ? 'Retrying at' : 'Next run'}</dt>
          <dd>{running ? 'After this one' : status.nextRunAt ? <DateTime value={status.nextRunAt} /> : 'Soon'}</dd>
        </dl>
        {status.lastError && status.status === 'waiting' ? (
          <p className="rounded-md bg-amber-50 p-2 text-amber-900">
            <span className="font-medium">
              Waiting
              {status.lastErrorAt ? (
                <>
                  {' since '}
                  <DateTime value={status.lastErrorAt} />
                </>
              ) : null}
              :
            </span>{' '}
            {status.lastError}
          </p>
        ) : status.lastError ? (
          // A run that succeeded but skipped records keeps its note here too, as a warning.
          <p className={`rounded-md p-2 ${status.status === 'error' ? 'bg-red-50 text-red-900' : 'bg-amber-50 text-amber-900'}`}>
            <span className="font-medium">
              {status.status === 'error' ? 'Last error' : 'Warning'}
              {status.lastErrorAt ? (
                <>
                  {' ('}
                  <DateTime value={status.lastErrorAt} />)
                </>
              ) : null}
              :
            </span>{' '}
            {status.lastError}
          </p>
        ) : null}
      </div>
      {canSync ? (
        <SyncNowButton
          accountId={accountId}
          kind={status.kind}
          label={`Sync now: ${label} for ${accountName}`}
          text="Sync now"
          disabled={running}
          variant="secondary"
        />
      ) : null}
    </li>
  );
}

function StatusBadge({ status }: { status: SyncKindStatus['status'] }) {
  const styles = {
    never: 'bg-slate-100 text-slate-700',
    idle: 'bg-green-50 text-green-800',
    running: 'bg-blue-50 text-blue-800',
    error: 'bg-red-50 text-red-800',
    waiting: 'bg-amber-50 text-amber-900',
  } as const;
  const text = { never: 'Not synced yet', idle: 'Up to date', running: 'Syncing…', error: 'Failed', waiting: 'Waiting for Amazon' } as const;
  return <span className={`mt-1 inline-block rounded-full px-2 py-0.5 text-xs ${styles[status]}`}>{text[status]}</span>;
}

function SyncNowButton(props: { accountId: string; kind: string; label: string; text: string; disabled?: boolean; variant?: 'primary' | 'secondary' }) {
  const [state, action, pending] = useActionState(syncNow, idleState);
  const queryClient = useQueryClient();
  // A started sync shows as running at once, which turns polling on.
  useEffect(() => {
    if (state.status === 'success') void queryClient.invalidateQueries({ queryKey: ['sync-status'] });
  }, [state, queryClient]);
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="accountId" value={props.accountId} />
      <input type="hidden" name="kind" value={props.kind} />
      <Button type="submit" variant={props.variant ?? 'primary'} disabled={pending || props.disabled} aria-label={props.label}>
        {pending ? 'Starting…' : props.text}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
