'use client';

/**
 * The "Confirm shipments from a CSV" page's form: the seller picks a file, it is read here in
 * the browser (size and line limits said plainly), each line is checked (its own fields here,
 * its order on the server, a batch at a time) and shown in a preview with its reason; then the
 * ready lines are confirmed batch by batch while a progress bar counts them, and each line's
 * result is listed, failures first. Running the same file again confirms nothing twice.
 */
import { useState } from 'react';
import { BatchProgress } from '@/components/ui/batch-progress';
import { BulkResultsTable } from './bulk-results-table';
import { Button } from '@/components/ui/button';
import { Table, TableHead } from '@/components/ui/table';
import { sendInBatches } from '@/lib/batches';
import { plural } from '@/lib/format';
import { checkShipmentLinesAction, confirmShipmentLinesAction } from '@/lib/orders/actions';
import {
  failuresCsv,
  MAX_SHIPMENT_CSV_BYTES,
  MAX_SHIPMENT_CSV_ROWS,
  parseShipmentCsv,
  SHIPMENT_CSV_BATCH,
  shipmentLineCarrier,
  type ShipmentLine,
  type ShipmentLineResult,
} from '@/lib/orders/types';

const OUTCOME_LABELS: Record<ShipmentLineResult['outcome'], string> = {
  ready: 'Ready',
  confirmed: 'Confirmed',
  already: 'Already confirmed',
  failed: 'Failed',
};

/** The seller's day, YYYY-MM-DD, in the browser's time zone. */
function localDay(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

type Phase = 'idle' | 'checking' | 'checked' | 'confirming' | 'done';

/** Checks or confirms lines a batch at a time; each line's fields only, as the actions read them. */
function runBatches(
  action: typeof checkShipmentLinesAction,
  lines: ShipmentLine[],
  onBatch: (results: ShipmentLineResult[]) => void,
  unreachable: string,
): Promise<void> {
  return sendInBatches(
    lines,
    SHIPMENT_CSV_BATCH,
    (batch) => {
      const form = new FormData();
      form.set(
        'lines',
        JSON.stringify(
          batch.map((l) => ({
            line: l.line,
            orderId: l.orderId,
            carrierCode: l.carrierCode,
            carrierName: l.carrierName,
            trackingNumber: l.trackingNumber,
            shipDate: l.shipDate,
            shippingMethod: l.shippingMethod,
          })),
        ),
      );
      return action({ status: 'idle' }, form);
    },
    (l, message): ShipmentLineResult => ({ line: l.line, orderId: l.orderId, outcome: 'failed', message }),
    unreachable,
    onBatch,
  );
}

export function BulkConfirmShipmentsForm() {
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [lines, setLines] = useState<ShipmentLine[]>([]);
  const [checks, setChecks] = useState<Map<number, ShipmentLineResult>>(new Map());
  const [phase, setPhase] = useState<Phase>('idle');
  const [total, setTotal] = useState(0);
  const [results, setResults] = useState<ShipmentLineResult[]>([]);

  async function readFile(file: File | undefined) {
    setFileProblem(null);
    setLines([]);
    setChecks(new Map());
    setResults([]);
    setTotal(0);
    setPhase('idle');
    if (!file) return;
    if (file.size > MAX_SHIPMENT_CSV_BYTES) {
      setFileProblem(`The file is larger than ${MAX_SHIPMENT_CSV_BYTES / 1000} KB. Split it into smaller files.`);
      return;
    }
    const parsed = parseShipmentCsv(await file.text(), localDay());
    if (!parsed.ok) {
      setFileProblem(parsed.message);
      return;
    }
    setLines(parsed.lines);
    setPhase('checking');
    const checked = new Map<number, ShipmentLineResult>();
    await runBatches(
      checkShipmentLinesAction,
      parsed.lines.filter((l) => !l.problem),
      (answer) => {
        for (const r of answer) checked.set(r.line, r);
        setChecks(new Map(checked));
      },
      'The dashboard could not be reached to check this line. Choose the file again.',
    );
    setPhase('checked');
  }

  async function confirm(toSend: ShipmentLine[]) {
    setPhase('confirming');
    setTotal(toSend.length);
    setResults([]);
    await runBatches(
      confirmShipmentLinesAction,
      toSend,
      (answer) => setResults((current) => [...current, ...answer]),
      'The dashboard could not be reached. Run it again: shipments already confirmed are not confirmed twice.',
    );
    setPhase('done');
  }

  const status = (l: ShipmentLine): { ready: boolean; text: string } => {
    if (l.problem) return { ready: false, text: l.problem };
    const check = checks.get(l.line);
    if (!check) return { ready: false, text: 'Checking…' };
    return { ready: check.outcome === 'ready', text: check.message };
  };
  const ready = lines.filter((l) => status(l).ready);
  const failed = results.filter((r) => r.outcome === 'failed');
  const confirmed = results.filter((r) => r.outcome === 'confirmed').length;
  const already = results.filter((r) => r.outcome === 'already').length;
  const busy = phase === 'checking' || phase === 'confirming';
  // Every line not confirmed: refused in the file, by the check, or by the confirmation.
  const notConfirmed = [...[...checks.values()].filter((c) => c.outcome === 'failed'), ...failed];
  const downloadable = phase === 'done' && (notConfirmed.length > 0 || lines.some((l) => l.problem));

  function downloadFailures() {
    const blob = new Blob([failuresCsv(lines, notConfirmed)], { type: 'text/csv' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'shipments-not-confirmed.csv';
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="space-y-6">
      <section aria-labelledby="csv-file" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="csv-file" className="text-lg font-semibold">
          The file
        </h2>
        <p className="text-sm text-slate-700">
          A CSV file whose first line names the columns: <strong>order id</strong>, <strong>carrier</strong> (as in Amazon’s carrier list, or{' '}
          <code>Other: carrier name</code>), <strong>tracking number</strong>, <strong>ship date</strong> (YYYY-MM-DD, optional: today) and{' '}
          <strong>shipping method</strong> (optional). At most {MAX_SHIPMENT_CSV_ROWS} lines and {MAX_SHIPMENT_CSV_BYTES / 1000} KB.
        </p>
        <p className="text-sm text-slate-700">
          Each line confirms <strong>all the still-unshipped items</strong> of its order in one package. To ship part of an order, confirm it on the order’s own
          page.
        </p>
        <label htmlFor="shipments-csv" className="block text-sm font-medium">
          CSV file
        </label>
        <input
          id="shipments-csv"
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          aria-describedby={fileProblem ? 'shipments-csv-error' : undefined}
          aria-invalid={fileProblem ? true : undefined}
          onChange={(event) => void readFile(event.currentTarget.files?.[0])}
          className="block text-sm"
        />
        {fileProblem ? (
          <p id="shipments-csv-error" role="alert" className="text-sm text-red-800">
            {fileProblem}
          </p>
        ) : null}
      </section>

      {lines.length ? (
        <section aria-labelledby="csv-preview" className="space-y-2">
          <h2 id="csv-preview" className="text-lg font-semibold">
            Preview
          </h2>
          <p role="status" className="text-sm text-slate-700">
            {phase === 'checking'
              ? `Checking ${plural(lines.length, 'line')}…`
              : `${plural(ready.length, 'line')} of ${lines.length.toLocaleString('en-US')} ready to confirm${lines.length > ready.length ? `; ${plural(lines.length - ready.length, 'line')} left out, each with the reason.` : '.'}`}
          </p>
          <Table caption="Lines of the file" variant="framed">
            <TableHead columns={['Line', 'Order', 'Carrier', 'Tracking number', 'Ship date', 'Check']} />
            <tbody>
              {lines.map((l) => {
                const s = status(l);
                return (
                  <tr key={l.line}>
                    <td>{l.line}</td>
                    <td className="whitespace-nowrap">{l.orderId || '—'}</td>
                    <td>
                      <span title={l.carrierCode}>{shipmentLineCarrier(l)}</span>
                    </td>
                    <td className="break-all">{l.trackingNumber || '—'}</td>
                    <td className="whitespace-nowrap">{l.shipDate}</td>
                    <td className={s.ready ? 'font-medium text-green-800' : l.problem || checks.get(l.line)?.outcome === 'failed' ? 'text-amber-900' : ''}>
                      {s.text}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          {phase === 'checked' && ready.length ? (
            <Button type="button" onClick={() => void confirm(ready)}>
              Confirm {plural(ready.length, 'shipment')}
            </Button>
          ) : null}
        </section>
      ) : null}

      {total ? (
        <BatchProgress
          id="csv-progress"
          label="Lines confirmed"
          done={results.length}
          total={total}
          status={
            phase === 'confirming'
              ? `Processed ${results.length} of ${total} lines…`
              : `Done: ${plural(confirmed, 'shipment')} confirmed${already ? `, ${already} already confirmed` : ''}${failed.length ? `, ${failed.length} failed` : ''}.`
          }
        >
          {phase === 'done' && failed.length ? (
            <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-900">
              {plural(failed.length, 'line')} could not be confirmed; the others went through. Fix what each says and upload them again: nothing is confirmed
              twice.
            </div>
          ) : null}
          {downloadable ? (
            <Button type="button" variant="secondary" onClick={downloadFailures}>
              Download the lines not confirmed (CSV)
            </Button>
          ) : null}
          <BulkResultsTable
            caption="Results per line"
            rows={results.map((r) => ({
              key: r.line,
              line: r.line,
              orderId: r.orderId,
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
