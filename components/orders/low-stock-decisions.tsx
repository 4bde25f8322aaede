import { DateTime } from '@/components/ui/date-time';
import { availabilityText, LOW_STOCK_LABELS } from '@/lib/orders/types';
import type { FulfillmentDecisionStatus, LowStockChoice, LowStockDecisionLine } from '@/lib/orders/types';

export interface LowStockDecisionData {
  id: string;
  choice: LowStockChoice;
  lines: LowStockDecisionLine[];
  sellerFulfillmentOrderId: string | null;
  decidedAt: Date;
  status: FulfillmentDecisionStatus;
  outcome: string | null;
}

/** A backorder's state; the other choices were carried out when they were made. */
const HOLD_STATUS_LABELS: Partial<Record<FulfillmentDecisionStatus, string>> = {
  held: 'Held: nothing sent to Amazon yet',
  releasing: 'Being sent to FBA: the stock covers it now',
  released: 'Released: sent to FBA',
  'hold-cancelled': 'Hold ended',
};

/** The seller's recorded answers to short stock on this order. */
export function LowStockDecisions({ decisions }: { decisions: LowStockDecisionData[] }) {
  if (!decisions.length) return null;
  return (
    <section aria-labelledby="decisions-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-5">
      <h2 id="decisions-heading" className="font-semibold">
        Low-stock decisions
      </h2>
      <ul className="mt-2 space-y-3 text-sm">
        {decisions.map((d) => (
          <li key={d.id}>
            <p className="font-medium">
              {LOW_STOCK_LABELS[d.choice]}{' '}
              <span className="font-normal text-slate-700">
                (<DateTime value={d.decidedAt} />)
              </span>
            </p>
            {HOLD_STATUS_LABELS[d.status] ? (
              <p>
                {HOLD_STATUS_LABELS[d.status]}
                {d.outcome ? ` · ${d.outcome}` : ''}
              </p>
            ) : null}
            <ul className="ml-4 list-disc">
              {d.lines
                .filter((l) => l.short > 0)
                .map((l) => (
                  <li key={l.orderItemId}>
                    {l.sellerSku}: {l.needed} needed, {availabilityText(l.available)}, {l.short}{' '}
                    {d.choice === 'backorder' ? 'backordered' : d.choice === 'cancel-unavailable' ? 'cancelled' : 'reported to the buyer'}
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
