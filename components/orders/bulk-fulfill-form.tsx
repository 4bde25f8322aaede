'use client';

/**
 * The bulk Fulfill with FBA page's form: every selected order with what it would send and, for
 * those left out, why; one shipping speed for all; then Amazon's preview of every ready order
 * at that speed (a batch at a time, with a progress bar): fees, ship and arrival dates, or
 * Amazon's reason. Only the orders Amazon said it can fulfill are then sent, in small batches
 * (one server action each), and each order's result is listed, failures first with their
 * reason. Another speed clears the preview. Sending again is safe: the service finds an
 * order's fulfillment order instead of creating a second.
 */
import Link from 'next/link';
import { useState } from 'react';
import { BatchProgress } from '@/components/ui/batch-progress';
import { BulkResultsTable } from './bulk-results-table';
import { Button } from '@/components/ui/button';
import { DateTime } from '@/components/ui/date-time';
import { Table, TableHead } from '@/components/ui/table';
import { sendInBatches } from '@/lib/batches';
import { plural } from '@/lib/format';
import { formatMoney } from '@/lib/format-money';
import { fulfillOrdersWithFbaAction, previewOrdersWithFbaAction } from '@/lib/orders/actions';
import {
  BULK_FULFILL_BATCH,
  ordersToSend,
  previewFailed,
  sendingFeeTotals,
  type BulkFulfillCandidate,
  type BulkFulfillResult,
  type BulkPreviewResult,
} from '@/lib/orders/types';
import { SHIPPING_SPEEDS, type FeeTotal } from '@/lib/outbound/types';

type Speed = (typeof SHIPPING_SPEEDS)[number];

const OUTCOME_LABELS: Record<BulkFulfillResult['outcome'], string> = { created: 'Created', already: 'Already fulfilled', failed: 'Failed' };

/** Totals in their own currencies, side by side: "$12.40 + CA$8.10". */
const money = (totals: FeeTotal[]) => totals.map((t) => formatMoney(t.amount, t.currency)).join(' + ');

/** A window of two instants, or the one Amazon gave; one instant a line, so a phone's narrow column stays readable. */
function Window({ from, to }: { from: string | null; to: string | null }) {
  if (!from && !to) return <span className="text-slate-600">—</span>;
  if (!from || !to || from === to) return <DateTime value={(from ?? to)!} />;
  return (
    <>
      <span className="block">
        <DateTime value={from} />
      </span>
      <span className="block">
        – <DateTime value={to} />
      </span>
    </>
  );
}

function PreviewVerdict({ preview }: { preview: BulkPreviewResult }) {
  if (preview.fulfillable) return <span className="font-medium text-green-800">Fulfillable</span>;
  return (
    <>
      <span className="font-medium text-red-800">Cannot be sent</span>
      <ul className="text-amber-900">
        {preview.problems.map((p, i) => (
          <li key={`${i}-${p.text}`} title={p.codes.length ? `Amazon's code: ${p.codes.join(', ')}` : undefined}>
            {p.text}
          </li>
        ))}
      </ul>
    </>
  );
}

export function BulkFulfillForm({ candidates }: { candidates: BulkFulfillCandidate[] }) {
  const ready = candidates.filter((c) => !c.problem).map((c) => c.amazonOrderId);
  const [speed, setSpeed] = useState<Speed>('Standard');
  const [previewing, setPreviewing] = useState(false);
  const [previewTotal, setPreviewTotal] = useState(0);
  const [previews, setPreviews] = useState<BulkPreviewResult[]>([]);
  const [running, setRunning] = useState(false);
  const [total, setTotal] = useState(0);
  const [results, setResults] = useState<BulkFulfillResult[]>([]);

  function chooseSpeed(next: Speed) {
    // A preview answers for one speed: another one needs Amazon's word again.
    setSpeed(next);
    setPreviews([]);
    setPreviewTotal(0);
  }

  async function preview() {
    setPreviewing(true);
    setPreviewTotal(ready.length);
    setPreviews([]);
    await sendInBatches(
      ready,
      BULK_FULFILL_BATCH,
      (batch) => {
        const form = new FormData();
        form.set('orderIds', batch.join(','));
        form.set('shippingSpeed', speed);
        return previewOrdersWithFbaAction({ status: 'idle' }, form);
      },
      previewFailed,
      'The dashboard could not be reached. Preview again.',
      (answer) => setPreviews((current) => [...current, ...answer]),
    );
    setPreviewing(false);
  }

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
  const previewed = !previewing && previewTotal > 0 && previews.length === previewTotal;
  const toSend = previewed ? ordersToSend(ready, previews) : [];
  const fees = sendingFeeTotals(previews);
  const blocked = previews.filter((p) => !p.fulfillable);
  const previewListed = [...blocked, ...previews.filter((p) => p.fulfillable)];

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
          aria-label="Preview the ready orders"
          className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
          onSubmit={(event) => {
            event.preventDefault();
            void preview();
          }}
        >
          <fieldset disabled={previewing || running}>
            <legend className="font-semibold">Shipping speed, for every order</legend>
            <div className="mt-2 flex flex-wrap gap-4">
              {SHIPPING_SPEEDS.map((s) => (
                <label key={s} className="inline-flex items-center gap-2 text-sm">
                  <input type="radio" name="shippingSpeed" value={s} checked={speed === s} onChange={() => chooseSpeed(s)} />
                  {s}
                </label>
              ))}
            </div>
          </fieldset>
          <p className="text-sm text-slate-700">
            Amazon previews each order at this speed first: its fees and dates, or why it cannot ship. Only the orders it can fulfill are sent, each whole (all
            its items or none). An order that already has a fulfillment order is never sent again.
          </p>
          <Button type="submit" variant={previewed ? 'secondary' : 'primary'} disabled={previewing || running}>
            {previewing ? 'Previewing…' : previewed ? 'Preview again' : `Preview ${plural(ready.length, 'order')}`}
          </Button>
        </form>
      ) : null}

      {previewTotal ? (
        <BatchProgress
          id="bulk-preview"
          title="Amazon's preview"
          label="Orders previewed"
          done={previews.length}
          total={previewTotal}
          status={
            previewing
              ? `Previewed ${previews.length} of ${previewTotal} orders…`
              : `Amazon can fulfill ${toSend.length} of ${plural(previewTotal, 'order')} at ${speed} speed${blocked.length ? `; ${blocked.length} cannot be sent, each with the reason.` : '.'}`
          }
        >
          {previews.length ? (
            <Table caption="Preview per order" variant="framed">
              <TableHead columns={['Order', 'Can FBA ship it?', { label: 'Estimated fees', numeric: true }, 'Ships', 'Arrives']} />
              <tbody>
                {previewListed.map((p) => (
                  <tr key={p.amazonOrderId}>
                    <td className="whitespace-nowrap">
                      <Link href={`/orders/${encodeURIComponent(p.amazonOrderId)}`} className="font-medium text-blue-700 underline">
                        {p.amazonOrderId}
                      </Link>
                    </td>
                    <td className="min-w-48">
                      <PreviewVerdict preview={p} />
                    </td>
                    <td className="text-right whitespace-nowrap">
                      {p.fulfillable && p.feeTotals.length ? (
                        <span title={p.fees.map((f) => `${f.name}: ${formatMoney(f.amount, f.currency)}`).join('\n')}>{money(p.feeTotals)}</span>
                      ) : (
                        <span className="text-slate-600">—</span>
                      )}
                    </td>
                    <td className="whitespace-nowrap">
                      {p.fulfillable ? <Window from={p.earliestShipDate} to={p.latestShipDate} /> : <span className="text-slate-600">—</span>}
                    </td>
                    <td className="whitespace-nowrap">
                      {p.fulfillable ? <Window from={p.earliestArrivalDate} to={p.latestArrivalDate} /> : <span className="text-slate-600">—</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : null}
          {previewed ? (
            toSend.length ? (
              <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
                <p className="text-sm text-slate-800">
                  Estimated fees for {plural(toSend.length, 'order')}: {fees.length ? money(fees) : 'none given'}
                  {blocked.length ? `. ${plural(blocked.length, 'order')} with a problem ${blocked.length === 1 ? 'is' : 'are'} not sent.` : '.'}
                </p>
                <Button type="button" disabled={running} onClick={() => void send(toSend)}>
                  {running ? 'Sending…' : `Fulfill ${plural(toSend.length, 'order')} with FBA`}
                </Button>
              </div>
            ) : (
              <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
                Amazon cannot fulfill any of these orders at {speed} speed. Fix what each says, or choose another speed and preview again.
              </p>
            )
          ) : null}
        </BatchProgress>
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
          <BulkResultsTable
            caption="Results per order"
            rows={results.map((r) => ({
              key: r.amazonOrderId,
              orderId: r.amazonOrderId,
              result: OUTCOME_LABELS[r.outcome],
              failed: r.outcome === 'failed',
              message: r.message,
            }))}
          />
        </BatchProgress>
      ) : null}
    </div>
  );
}
