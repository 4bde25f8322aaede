'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { LABEL_TYPES, PAGE_TYPES, pageTypeLabel } from '@/lib/inbound/types';

type Doc = { url: string; filename: string; title: string };

/**
 * Labels and the bill of lading: the PDF comes from the dashboard's route handler (session and
 * workspace checked there), is shown in the page, printed from the viewer at its own page size,
 * and offered as a download.
 */
export function LabelsPanel({
  accountId,
  shipmentId,
  billOfLading,
  boxes,
  pallets,
}: {
  accountId: string;
  shipmentId: string;
  billOfLading?: boolean;
  /** The counts Amazon has for the shipment's booking: they are not asked again (the route takes them from the booking). */
  boxes?: number;
  pallets?: number;
}) {
  const [labelType, setLabelType] = useState<(typeof LABEL_TYPES)[number]>('UNIQUE');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState('');
  const [loading, setLoading] = useState(false);
  const [doc, setDoc] = useState<Doc | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const base = `/api/inbound/shipments/${accountId}/${encodeURIComponent(shipmentId)}`;

  useEffect(() => () => (doc ? URL.revokeObjectURL(doc.url) : undefined), [doc]);

  async function load(path: string, filename: string, title: string) {
    setLoading(true);
    setMessage('');
    setErrors({});
    try {
      const response = await fetch(path, { cache: 'no-store' });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string; fieldErrors?: Record<string, string[]> };
        setErrors(body.fieldErrors ?? {});
        setMessage(body.error ?? 'The document could not be fetched.');
        return;
      }
      const blob = await response.blob();
      setDoc({ url: URL.createObjectURL(blob), filename, title });
      setMessage(`${title} ready.`);
    } catch {
      setMessage('The document could not be fetched; check your connection.');
    } finally {
      setLoading(false);
    }
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === 'string' && value.trim() !== '') params.set(key, value.trim());
    void load(`${base}/labels?${params}`, `labels-${shipmentId}.pdf`, 'Labels');
  }

  return (
    <section aria-labelledby="labels-heading" className="rounded-lg border border-slate-200 bg-white p-5 xl:col-span-2">
      <h2 id="labels-heading" className="text-lg font-semibold">
        Labels
      </h2>
      <form onSubmit={submit} className="mt-3 grid gap-3 sm:grid-cols-3" noValidate aria-label="Label options">
        <SelectField
          id="pageType"
          label="Page type"
          defaultValue="PackageLabel_Letter_2"
          options={PAGE_TYPES.map((p) => ({ value: p, label: pageTypeLabel(p), title: p }))}
          errors={errors.pageType}
        />
        <SelectField
          id="labelType"
          label="Label type"
          value={labelType}
          onChange={(e) => setLabelType(e.target.value as (typeof LABEL_TYPES)[number])}
          options={[
            { value: 'UNIQUE', label: 'Unique package labels' },
            { value: 'BARCODE_2D', label: 'Package labels with 2D box contents' },
            { value: 'PALLET', label: 'Pallet labels' },
          ]}
          errors={errors.labelType}
        />
        {labelType === 'PALLET' ? (
          pallets ? (
            <KnownCount count={pallets} what="pallet" />
          ) : (
            <TextField id="numberOfPallets" label="Number of pallets" inputMode="numeric" errors={errors.numberOfPallets} />
          )
        ) : (
          <>
            {boxes ? (
              <KnownCount count={boxes} what="box" />
            ) : (
              <TextField id="numberOfPackages" label="Number of packages" inputMode="numeric" errors={errors.numberOfPackages} />
            )}
            <TextField
              id="packageIds"
              label={boxes ? 'Only these package ids (optional, instead of all)' : 'Only these package ids (optional)'}
              hint="Separate with spaces or commas."
              errors={errors.packageIds}
            />
          </>
        )}
        <TextField id="pageSize" label="Page size (non-partnered LTL)" inputMode="numeric" errors={errors.pageSize} />
        <TextField id="pageStartIndex" label="Page start index (non-partnered LTL)" inputMode="numeric" errors={errors.pageStartIndex} />
        <div className="flex items-end gap-3 sm:col-span-3">
          <Button type="submit" disabled={loading}>
            {loading ? 'Getting labels…' : 'Get labels'}
          </Button>
          {billOfLading ? (
            <Button
              type="button"
              variant="secondary"
              disabled={loading}
              onClick={() => void load(`${base}/bill-of-lading`, `bill-of-lading-${shipmentId}.pdf`, 'Bill of lading')}
            >
              Get bill of lading
            </Button>
          ) : null}
        </div>
      </form>
      <p
        role="status"
        aria-live="polite"
        className={`mt-2 min-h-5 text-sm ${Object.keys(errors).length || /could not|refused|Check/.test(message) ? 'text-red-700' : 'text-green-800'}`}
      >
        {message}
      </p>
      {doc ? (
        <div className="mt-4 space-y-3">
          <div className="flex flex-wrap gap-3">
            <Button type="button" onClick={() => frame.current?.contentWindow?.print()}>
              Print {doc.title.toLowerCase()}
            </Button>
            <a
              href={doc.url}
              download={doc.filename}
              className="inline-flex items-center rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100"
            >
              Download {doc.title.toLowerCase()} (PDF)
            </a>
          </div>
          <p className="text-xs text-slate-600">Print at actual size (100 %, no “fit to page”) so carriers and Amazon can scan the barcodes.</p>
          <iframe ref={frame} title={`${doc.title} PDF`} src={doc.url} className="h-[32rem] w-full rounded border border-slate-200" />
        </div>
      ) : null}
    </section>
  );
}

/** A count the booking already holds, said instead of asked. */
function KnownCount({ count, what }: { count: number; what: 'box' | 'pallet' }) {
  return (
    <p className="self-end text-sm text-slate-700">
      {count} label{count === 1 ? '' : 's'}: the booking has {count} {what === 'box' ? (count === 1 ? 'box' : 'boxes') : count === 1 ? 'pallet' : 'pallets'}.
    </p>
  );
}
