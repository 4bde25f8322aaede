import { DateTime } from '@/components/ui/date-time';
import Link from 'next/link';
import type { LastSynced } from '@/lib/orders/types';

/** "Synced …" per account, so a seller knows how fresh a list is and where to look if it is not. */
export function LastSyncedNote({ entries, accountName, what }: { entries: LastSynced[]; accountName: (id: string) => string; what: string }) {
  if (!entries.length) return null;
  return (
    <div className="mb-4 text-sm text-slate-700" role="note" aria-label={`When ${what} were last synced`}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {entries.map((e) => (
          <li key={e.accountId}>
            <span className="font-medium">{accountName(e.accountId)}:</span>{' '}
            {e.running ? (
              'syncing now'
            ) : e.lastSuccessAt ? (
              <>
                {what} last synced <DateTime value={e.lastSuccessAt} />
              </>
            ) : (
              `${what} not synced yet`
            )}
            {e.waiting ? (
              <span className="text-amber-900"> (waiting for Amazon; it retries on its own)</span>
            ) : e.lastError ? (
              <span className="text-red-800"> (last attempt failed)</span>
            ) : null}
          </li>
        ))}
      </ul>
      <Link href="/settings/sync" className="text-blue-700 underline">
        Sync status
      </Link>
    </div>
  );
}
