'use client';

/**
 * Outbound orders from a web shop's export: choose the file (read here, never uploaded whole),
 * choose its columns when they are not remembered, see each order checked against Amazon's
 * rules and the FBA stock, preview the costs and create the ready orders a batch at a time,
 * with progress; whatever could not be created downloads as a CSV with the reasons.
 */
import { useState, type ChangeEvent } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Table, TableHead } from '@/components/ui/table';
import { chunks } from '@/lib/batches';
import { checkOutboundImportAction, createOutboundImportAction, previewOutboundImportAction } from '@/lib/outbound/actions';
import {
  FIELD_LABELS,
  IMPORT_BATCH_SIZE,
  IMPORT_FIELDS,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ORDERS,
  SHIPPING_SPEEDS,
  SHOP_LABELS,
  csvLine,
  detectShop,
  groupOrders,
  importReference,
  mappingProblems,
  parseCsv,
  startingMapping,
  type ColumnMapping,
  type CsvTable,
  type GroupedOrder,
  type ImportCheck,
  type ImportPreview,
  type ImportResult,
  type ImportShop,
} from '@/lib/outbound/types';
import { formatMoney } from '@/lib/format-money';

export interface ImportChoice {
  value: string;
  label: string;
  accountId: string;
  marketplaceId: string;
}

type Step = 'upload' | 'mapping' | 'review' | 'done';
type Progress = { label: string; done: number; total: number };

const SHOPS = Object.entries(SHOP_LABELS).map(([value, label]) => ({ value, label }));
const SPEEDS = SHIPPING_SPEEDS.map((s) => ({ value: s, label: s }));

/** An action's refusal as one message: the message, then each field's. */
function refusalText(state: { message: string; fieldErrors?: Record<string, string[]> }): string {
  const details = Object.values(state.fieldErrors ?? {}).flat();
  return [state.message, ...details.filter((d) => d !== state.message)].join(' ');
}

export function ImportOrders(props: { choices: ImportChoice[]; remembered: Partial<Record<ImportShop, ColumnMapping>> }) {
  const [choice, setChoice] = useState(props.choices[0]!.value);
  // What the server remembers, kept up to date here once a choice is saved.
  const [remembered, setRemembered] = useState(props.remembered);
  const [step, setStep] = useState<Step>('upload');
  const [fileError, setFileError] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [table, setTable] = useState<CsvTable | null>(null);
  const [shop, setShop] = useState<ImportShop>('shopify');
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [mappingTried, setMappingTried] = useState(false);
  const [speed, setSpeed] = useState<string>('Standard');
  const [comment, setComment] = useState('Thank you for your order.');
  const [orders, setOrders] = useState<GroupedOrder[]>([]);
  const [strayLines, setStrayLines] = useState<number[]>([]);
  const [checks, setChecks] = useState<Map<string, ImportCheck>>(new Map());
  const [previews, setPreviews] = useState<Map<string, ImportPreview>>(new Map());
  const [results, setResults] = useState<Map<string, ImportResult>>(new Map());
  const [progress, setProgress] = useState<Progress | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const selected = props.choices.find((c) => c.value === choice) ?? props.choices[0]!;
  const problemsOfMapping = table && mapping ? mappingProblems(mapping, table.header) : [];

  const form = (batch: GroupedOrder[], extra: Record<string, string> = {}) => {
    const data = new FormData();
    data.set('accountId', selected.accountId);
    data.set('marketplaceId', selected.marketplaceId);
    data.set('shop', shop);
    data.set('shippingSpeedCategory', speed);
    data.set('displayableOrderComment', comment);
    data.set('orders', JSON.stringify(batch.map((g) => g.order)));
    for (const [key, value] of Object.entries(extra)) data.set(key, value);
    return data;
  };

  const reset = () => {
    setStep('upload');
    setTable(null);
    setMapping(null);
    setOrders([]);
    setStrayLines([]);
    setChecks(new Map());
    setPreviews(new Map());
    setResults(new Map());
    setProgress(null);
    setError(null);
    setFileName('');
  };

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setFileError(null);
    setError(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError(`The file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB. Split it into smaller files.`);
      return;
    }
    const parsed = parseCsv(await file.text());
    if (!parsed.ok) {
      setFileError(parsed.message);
      return;
    }
    const detected = detectShop(parsed.table.header);
    const start = startingMapping(detected, parsed.table.header, remembered[detected]);
    setFileName(file.name);
    setTable(parsed.table);
    setShop(detected);
    setMapping(start.mapping);
    setMappingTried(false);
    if (start.confirmed) await check(parsed.table, start.mapping, detected, false);
    else setStep('mapping');
  }

  function chooseShop(next: ImportShop) {
    if (!table) return;
    setShop(next);
    setMapping(startingMapping(next, table.header, remembered[next]).mapping);
  }

  async function check(source: CsvTable, columns: ColumnMapping, fromShop: ImportShop, remember: boolean) {
    const grouped = groupOrders(source, columns);
    if (grouped.orders.length > MAX_IMPORT_ORDERS) {
      setFileError(`The file has ${grouped.orders.length} orders; import at most ${MAX_IMPORT_ORDERS} at a time.`);
      setStep('upload');
      return;
    }
    if (!grouped.orders.length) {
      setFileError('No row of the file has an order number in the chosen column.');
      setStep(remember ? 'mapping' : 'upload');
      return;
    }
    setOrders(grouped.orders);
    setStrayLines(grouped.strayLines);
    setPreviews(new Map());
    setResults(new Map());
    setBusy(true);
    setError(null);
    setProgress({ label: 'Checking orders', done: 0, total: grouped.orders.length });
    const sendable = grouped.orders.filter((g) => !g.problems.length);
    const next = new Map<string, ImportCheck>();
    for (const g of grouped.orders) {
      if (g.problems.length)
        next.set(g.order.orderNumber, {
          orderNumber: g.order.orderNumber,
          reference: importReference(fromShop, g.order.orderNumber),
          status: 'problem',
          problems: g.problems,
        });
    }
    try {
      if (sendable.length) {
        const data = form(sendable, remember ? { mapping: JSON.stringify(columns) } : {});
        data.set('shop', fromShop);
        const state = await checkOutboundImportAction({ status: 'idle' }, data);
        if (state.status === 'error') {
          setError(refusalText(state));
          setStep(remember ? 'mapping' : 'upload');
          return;
        }
        if (state.status === 'ok') for (const c of state.checks) next.set(c.orderNumber, c);
        if (remember) setRemembered((r) => ({ ...r, [fromShop]: columns }));
      }
      setChecks(next);
      setStep('review');
    } catch {
      setError('The orders could not be checked. Check your connection and try again.');
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  const ready = orders.filter((g) => checks.get(g.order.orderNumber)?.status === 'ready');

  async function runPreview() {
    setBusy(true);
    setError(null);
    const next = new Map(previews);
    setProgress({ label: 'Previewing costs', done: 0, total: ready.length });
    try {
      let done = 0;
      for (const batch of chunks(ready, IMPORT_BATCH_SIZE)) {
        const state = await previewOutboundImportAction({ status: 'idle' }, form(batch));
        if (state.status === 'error') {
          setError(refusalText(state));
          break;
        }
        if (state.status === 'ok') for (const p of state.previews) next.set(p.orderNumber, p);
        done += batch.length;
        setPreviews(new Map(next));
        setProgress({ label: 'Previewing costs', done, total: ready.length });
      }
    } catch {
      setError('The costs could not be loaded. Check your connection and try again.');
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  async function runCreate() {
    setBusy(true);
    setError(null);
    const next = new Map(results);
    const todo = ready.filter((g) => !next.has(g.order.orderNumber) || next.get(g.order.orderNumber)?.status === 'failed');
    setProgress({ label: 'Creating orders', done: 0, total: todo.length });
    try {
      let done = 0;
      for (const batch of chunks(todo, IMPORT_BATCH_SIZE)) {
        const state = await createOutboundImportAction({ status: 'idle' }, form(batch));
        if (state.status === 'error') {
          setError(`${refusalText(state)} ${todo.length - done} orders were not sent; create again to send them.`);
          break;
        }
        if (state.status === 'ok') for (const r of state.results) next.set(r.orderNumber, r);
        done += batch.length;
        setResults(new Map(next));
        setProgress({ label: 'Creating orders', done, total: todo.length });
      }
      setStep('done');
    } catch {
      setError('The connection was lost while creating. Create again: orders already created are not created twice.');
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  /** Why an order was not (or could not be) created, or null. */
  const failureOf = (g: GroupedOrder): string | null => {
    const result = results.get(g.order.orderNumber);
    if (result) return result.status === 'failed' ? result.problems.join(' ') : null;
    const c = checks.get(g.order.orderNumber);
    if (c?.status === 'problem') return c.problems.join(' ');
    if (step === 'done' && c?.status === 'ready') return 'Not sent to Amazon: the import stopped before this order.';
    return null;
  };
  const failures = orders.filter((g) => failureOf(g) !== null);

  function downloadFailures() {
    let text = csvLine(['Order number', 'Reference', 'File line', 'Items', 'Reason']);
    for (const g of failures) {
      text += csvLine([
        g.order.orderNumber,
        importReference(shop, g.order.orderNumber),
        g.line,
        g.order.items.map((i) => `${i.sellerSku} x ${i.quantity}`).join('; '),
        failureOf(g),
      ]);
    }
    for (const line of strayLines) text += csvLine(['', '', line, '', 'This line has no order number.']);
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${fileName.replace(/\.csv$/i, '') || 'orders'}-failures.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  }

  const count = (status: string) => [...results.values()].filter((r) => r.status === status).length;
  const previewTotal = (() => {
    const fees = ready.map((g) => previews.get(g.order.orderNumber)).flatMap((p) => (p?.status === 'ok' && p.fee ? [p.fee] : []));
    const currencies = new Set(fees.map((f) => f.currency));
    if (!fees.length || currencies.size !== 1) return null;
    return {
      amount: (fees.reduce((sum, f) => sum + Math.round(Number(f.amount) * 100), 0) / 100).toFixed(2),
      currency: fees[0]!.currency,
      orders: fees.length,
    };
  })();

  return (
    <div className="space-y-6">
      {step === 'upload' || step === 'mapping' ? (
        <section aria-labelledby="import-file" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="import-file" className="text-base font-semibold text-slate-900">
            1. The file
          </h2>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              id="from"
              label="Ship from"
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
              options={props.choices.map((c) => ({ value: c.value, label: c.label }))}
              disabled={busy}
            />
            <div className="space-y-1">
              <label htmlFor="file" className="block text-sm font-medium text-slate-800">
                Order export (CSV from Shopify, WooCommerce or another shop)
              </label>
              <input
                id="file"
                type="file"
                accept=".csv,text/csv"
                onChange={onFile}
                disabled={busy}
                aria-describedby="file-hint file-error"
                aria-invalid={Boolean(fileError)}
                className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm"
              />
              <p id="file-hint" className="text-xs text-slate-600">
                One row per order line, as your shop exports it. Read in your browser; only the orders are sent, and the file is not kept.
              </p>
              <div id="file-error" aria-live="polite" className="text-sm text-red-700">
                {fileError ? <p>{fileError}</p> : null}
              </div>
            </div>
          </div>
        </section>
      ) : null}

      {step === 'mapping' && table && mapping ? (
        <section aria-labelledby="import-columns" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="import-columns" className="text-base font-semibold text-slate-900">
            2. Columns of {fileName}
          </h2>
          <p className="text-sm text-slate-700">Say which column holds what. Your choice is remembered for the next file from this shop.</p>
          <div className="max-w-xs">
            <SelectField id="shop" label="The file comes from" value={shop} onChange={(e) => chooseShop(e.target.value as ImportShop)} options={SHOPS} />
          </div>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {IMPORT_FIELDS.map((field) => (
              <SelectField
                key={field}
                id={`column-${field}`}
                label={FIELD_LABELS[field]}
                value={mapping[field]}
                onChange={(e) => setMapping({ ...mapping, [field]: e.target.value })}
                options={[{ value: '', label: '(not in the file)' }, ...table.header.filter(Boolean).map((h) => ({ value: h, label: h }))]}
              />
            ))}
          </div>
          <div aria-live="polite" className="text-sm text-red-700">
            {mappingTried ? problemsOfMapping.map((p) => <p key={p}>{p}</p>) : null}
            {error ? <p>{error}</p> : null}
          </div>
          <div className="flex flex-wrap gap-3">
            <Button
              type="button"
              disabled={busy}
              onClick={() => {
                setMappingTried(true);
                if (!problemsOfMapping.length) void check(table, mapping, shop, true);
              }}
            >
              {busy ? 'Checking…' : 'Check the orders'}
            </Button>
            <Button type="button" variant="secondary" onClick={reset} disabled={busy}>
              Choose another file
            </Button>
          </div>
        </section>
      ) : null}

      {progress ? (
        <div className="space-y-1" aria-live="polite">
          <label htmlFor="import-progress" className="block text-sm font-medium text-slate-800">
            {progress.label}: {progress.done} of {progress.total}
          </label>
          <progress id="import-progress" className="h-2 w-full" max={Math.max(progress.total, 1)} value={progress.done} />
        </div>
      ) : null}

      {step === 'review' || step === 'done' ? (
        <section aria-labelledby="import-orders" className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 id="import-orders" className="text-base font-semibold text-slate-900">
              {step === 'done' ? 'Result' : '3. Check and create'}: {orders.length} order{orders.length === 1 ? '' : 's'} in {fileName} ({SHOP_LABELS[shop]})
            </h2>
            {step === 'review' ? (
              <Button type="button" variant="secondary" onClick={() => setStep('mapping')} disabled={busy}>
                Change columns
              </Button>
            ) : null}
          </div>
          {step === 'done' ? (
            <p role="status" className="rounded-md bg-slate-50 p-3 text-sm text-slate-800">
              {count('created')} created, {count('exists')} already created earlier, {failures.length} not created.
            </p>
          ) : (
            <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
              <SelectField id="speed" label="Shipping speed" value={speed} onChange={(e) => setSpeed(e.target.value)} options={SPEEDS} disabled={busy} />
              <TextField id="comment" label="Packing slip note" value={comment} maxLength={750} onChange={(e) => setComment(e.target.value)} disabled={busy} />
            </div>
          )}
          <div aria-live="polite" className="text-sm text-red-700">
            {error ? <p>{error}</p> : null}
          </div>
          <Table caption="Orders of the file" variant="framed">
            <TableHead columns={['Order', 'Items', 'Ship to', 'Check', { label: 'Cost', numeric: true }, ...(results.size ? ['Result'] : [])]} />
            <tbody>
              {orders.map((g) => {
                const c = checks.get(g.order.orderNumber);
                const p = previews.get(g.order.orderNumber);
                const r = results.get(g.order.orderNumber);
                return (
                  <tr key={g.order.orderNumber} data-order={g.order.orderNumber}>
                    <td>
                      <span className="font-medium">{g.order.orderNumber}</span>
                      <span className="block text-xs text-slate-600">{importReference(shop, g.order.orderNumber)}</span>
                    </td>
                    <td>
                      {g.order.items.map((i) => (
                        <span key={i.sellerSku} className="block">
                          {i.sellerSku} × {i.quantity}
                        </span>
                      ))}
                    </td>
                    <td>{[g.order.city, g.order.countryCode].filter(Boolean).join(', ')}</td>
                    <td>
                      {c?.status === 'ready' ? <span className="text-green-800">Ready</span> : null}
                      {c?.status === 'exists' ? <span className="text-slate-700">Already created</span> : null}
                      {c?.status === 'problem' ? (
                        <span className="text-red-700">
                          Problem:{' '}
                          {c.problems.map((m) => (
                            <span key={m} className="block">
                              {m}
                            </span>
                          ))}
                        </span>
                      ) : null}
                    </td>
                    <td className="text-right">
                      {p?.status === 'ok' ? (p.fee ? formatMoney(p.fee.amount, p.fee.currency) : '—') : null}
                      {p?.status === 'problem' ? <span className="text-red-700">{p.problems.join(' ')}</span> : null}
                    </td>
                    {results.size ? (
                      <td>
                        {r?.status === 'created' ? <span className="text-green-800">Created</span> : null}
                        {r?.status === 'exists' ? <span className="text-slate-700">Already created</span> : null}
                        {r?.status === 'failed' ? <span className="text-red-700">Failed: {r.problems.join(' ')}</span> : null}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </Table>
          {strayLines.length ? (
            <p className="text-sm text-red-700">
              {strayLines.length} line{strayLines.length === 1 ? ' has' : 's have'} no order number (line {strayLines.slice(0, 5).join(', ')}
              {strayLines.length > 5 ? ', …' : ''}).
            </p>
          ) : null}
          {previewTotal ? (
            <p className="text-sm text-slate-800">
              Estimated fees for {previewTotal.orders} order{previewTotal.orders === 1 ? '' : 's'}: {formatMoney(previewTotal.amount, previewTotal.currency)}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-3">
            {step === 'review' ? (
              <>
                <Button type="button" variant="secondary" onClick={() => void runPreview()} disabled={busy || !ready.length}>
                  Preview costs
                </Button>
                <Button type="button" onClick={() => void runCreate()} disabled={busy || !ready.length}>
                  {ready.length ? `Create ${ready.length} order${ready.length === 1 ? '' : 's'}` : 'No order is ready'}
                </Button>
              </>
            ) : null}
            {failures.length || strayLines.length ? (
              <Button type="button" variant="secondary" onClick={downloadFailures} disabled={busy}>
                Download failures ({failures.length + strayLines.length})
              </Button>
            ) : null}
            <Button type="button" variant="secondary" onClick={reset} disabled={busy}>
              Import another file
            </Button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
