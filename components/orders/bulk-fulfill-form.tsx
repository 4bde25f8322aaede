'use client';

/**
 * The bulk Fulfill with FBA page's form: every selected order with what it would send and, for
 * those left out, why; one shipping speed for all; then the orders that can go are sent in
 * small batches (one server action each) while a progress bar counts them, and each order's
 * result is listed, failures first with their reason. Sending again is safe: the service finds
 * an order's fulfillment order instead of creating a second.
 */
import Link from 'next/link';
import { useState } from 'react';
import { BatchProgress } from '@/components/ui/batch-progress';
import { Button } from '@/components/ui/button';
import { Table, TableHead } from '@/components/ui/table';
import { sendInBatches } from '@/lib/batches';
import { plural } from '@/lib/format';
import { fulfillOrdersWithFbaAction } from '@/lib/orders/actions';
import { BULK_FULFILL_BATCH, type BulkFulfillCandidate, type BulkFulfillResult } from '@/lib/orders/types';
import { SHIPPING_SPEEDS } from '@/lib/outbound/types';

type Speed = (typeof SHIPPING_SPEEDS)[number];

const OUTCOME_LABELS: Record<BulkFulfillResult['outcome'], string> = { created: 'Created', already: 'Already fulfilled', failed: 'Failed' };

export function BulkFulfillForm({ candidates }: { candidates: BulkFulfillCandidate[] }) {
  const ready = candidates.filter((c) => !c.problem).map((c) => c.amazonOrderId);
  const [speed, setSpeed] = useState<Speed>('Standard');
  const [running, setRunning] = useState(false);
  const [total, setTotal] = useState(0);
  const [results, setResults] = useState<BulkFulfillResult[]>([]);

  async function send(orderIds: string[]) {
    setRunning(true);
    setTotal(orderIds.length);
    setResults([]);
    await sendInBatches(
      orderIds,
      BULK_FULFILL_BATCH,
      (batch) => {
        const form = new FormData();
        form.set('orderIds', batch.join(','));
        form.set('shippingSpeed', speed);
        return fulfillOrdersWithFbaAction({ status: 'idle' }, form);
      },
      (amazonOrderId, message): BulkFulfillResult => ({ amazonOrderId, outcome: 'failed', message, sellerFulfillmentOrderId: null }),
      'The dashboard could not be reached. Send again: orders already sent are not sent twice.',
      (answer) => setResults((current) => [...current, ...answer]),
    );
    setRunning(false);
  }

  const failed = results.filter((r) => r.outcome === 'failed');
  const created = results.filter((r) => r.outcome === 'created').length;
  const already = results.filter((r) => r.outcome === 'already').length;
  const done = !running && results.length > 0;
  // Failures first, so the orders that need the seller are at the top.
  const listed = [...failed, ...results.filter((r) => r.outcome !== 'failed')];

  return (
    <div className="space-y-6">
      <section aria-labelledby="bulk-orders" className="space-y-2">
        <h2 id="bulk-orders" className="text-lg font-semibold">
          The selected orders
        </h2>
        <p className="text-sm text-slate-700">
          {plural(ready.length, 'order')} of {candidates.length.toLocaleString('en-US')} can be sent to FBA
          {candidates.length > ready.length ? `; ${plural(candidates.length - ready.length, 'order')} left out, each with the reason.` : '.'}
        </p>
        <Table caption="Orders to fulfill with FBA" variant="framed">
          <TableHead columns={['Order', 'Items to send (FBA stock)', 'Ready?']} />
          <tbody>
            {candidates.map((c) => (
              <tr key={c.amazonOrderId}>
                <td>
                  <Link href={`/orders/${encodeURIComponent(c.amazonOrderId)}`} className="font-medium text-blue-700 underline">
                    {c.amazonOrderId}
                  </Link>
                </td>
                <td>
                  {c.lines.length ? (
                    <ul>
                      {c.lines.map((l) => (
                        <li key={l.sellerSku} className="whitespace-nowrap">
                          {l.needed} × {l.sellerSku}{' '}
                          <span className="text-slate-600">({l.available === null ? 'no FBA stock' : `${l.available} available`})</span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-slate-600">—</span>
                  )}
                </td>
                <td>{c.problem ? <span className="text-amber-900">{c.problem}</span> : <span className="font-medium text-green-800">Ready</span>}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>

      {ready.length ? (
        <form
          aria-label="Send the ready orders"
          className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
          onSubmit={(event) => {
            event.preventDefault();
            void send(ready);
          }}
        >
          <fieldset disabled={running}>
            <legend className="font-semibold">Shipping speed, for every order</legend>
            <div className="mt-2 flex flex-wrap gap-4">
              {SHIPPING_SPEEDS.map((s) => (
                <label key={s} className="inline-flex items-center gap-2 text-sm">
                  <input type="radio" name="shippingSpeed" value={s} checked={speed === s} onChange={() => setSpeed(s)} />
                  {s}
                </label>
              ))}
            </div>
          </fieldset>
          <p className="text-sm text-slate-700">
            Each order is sent whole (all its items or none). An order that already has a fulfillment order is never sent again.
          </p>
          <Button type="submit" disabled={running}>
            {running ? 'Sending…' : `Fulfill ${plural(ready.length, 'order')} with FBA`}
          </Button>
        </form>
      ) : null}

      {total ? (
        <BatchProgress
          id="bulk-progress"
          label="Orders processed"
          done={results.length}
          total={total}
          status={
            running
              ? `Processed ${results.length} of ${total} orders…`
              : `Done: ${plural(created, 'fulfillment order')} created${already ? `, ${already} already had one` : ''}${failed.length ? `, ${failed.length} failed` : ''}.`
          }
        >
          {done && failed.length ? (
            <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-900">
              <p className="font-medium">
                {plural(failed.length, 'order')} could not be sent; the others went through. Fix what each says, then send them again: nothing is sent twice.
              </p>
              <Button type="button" variant="secondary" className="mt-2" onClick={() => void send(failed.map((f) => f.amazonOrderId))}>
                Send the {plural(failed.length, 'failed order')} again
              </Button>
            </div>
          ) : null}
          {results.length ? (
            <Table caption="Results per order" variant="framed">
              <TableHead columns={['Order', 'Result', 'Details']} />
              <tbody>
                {listed.map((r) => (
                  <tr key={r.amazonOrderId}>
                    <td>
                      <Link href={`/orders/${encodeURIComponent(r.amazonOrderId)}`} className="font-medium text-blue-700 underline">
                        {r.amazonOrderId}
                      </Link>
                    </td>
                    <td className={r.outcome === 'failed' ? 'font-medium text-red-800' : ''}>{OUTCOME_LABELS[r.outcome]}</td>
                    <td>{r.message}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : null}
        </BatchProgress>
      ) : null}
    </div>
  );
}
