import { DateTime } from '@/components/ui/date-time';
import type { FulfillmentDecisionRecord } from '@/lib/orders/types';
import { CancelBackorderHoldButton } from './cancel-backorder-hold-button';
import { ShipByAtRisk } from './ship-by-at-risk';

/**
 * An order held as a backorder: since when, the last re-check after a sync and what it found
 * (or why it failed), the ship-by date when it is at risk, and, for operators and above, a way
 * to let go of the hold.
 */
export function BackorderHoldPanel({
  orderId,
  hold,
  latestShipDate,
  atRisk,
  canAct,
}: {
  orderId: string;
  hold: FulfillmentDecisionRecord;
  latestShipDate: Date | null;
  atRisk: boolean;
  canAct: boolean;
}) {
  return (
    <div className="space-y-2 text-sm">
      <p>
        Held as backorder since {hold.heldAt ? <DateTime value={hold.heldAt} /> : <DateTime value={hold.decidedAt} />}, re-checked{' '}
        {hold.recheckedAt ? <DateTime value={hold.recheckedAt} /> : 'after the next sync'}.
      </p>
      <p className="text-slate-700">Nothing has been sent to Amazon: the order goes to FBA in full once the synced stock covers it.</p>
      {hold.outcome ? <p>{hold.outcome}</p> : null}
      {hold.recheckError ? <p className="text-red-800">The last re-check failed: {hold.recheckError}</p> : null}
      {atRisk ? (
        <p className="text-red-900">
          <ShipByAtRisk /> Ship by {latestShipDate ? <DateTime value={latestShipDate} /> : '—'}: less than a day left, or already past.
        </p>
      ) : null}
      {canAct ? <CancelBackorderHoldButton orderId={orderId} /> : null}
    </div>
  );
}
