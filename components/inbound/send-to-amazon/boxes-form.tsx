'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Table, TableHead } from '@/components/ui/table';
import { previewContentUpdateAction, setBoxesAction } from '@/lib/inbound/actions';
import {
  BOX_CONTENT_SOURCE_LABELS,
  boxCsvSizeProblem,
  boxCsvTemplate,
  MAX_BOX_LB,
  MAX_BOX_SIDE_IN,
  parseBoxCsv,
  type BoxContentSource,
  type BoxFormLine,
  type BoxTemplate,
} from '@/lib/inbound/types';
import { BoxTemplates, inUnits } from './box-templates';
import { FieldErrors, StepForm } from './step-form';

type BoxRow = BoxFormLine;

/** What the boxes are for: a packing group's first contents, or a booked shipment's changed ones. */
export type BoxesPurpose = { kind: 'pack'; packingGroupId: string } | { kind: 'change'; shipmentId: string };

const cell = 'w-20 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';
const emptyRow = (): BoxRow => ({ count: '1', length: '', width: '', height: '', weight: '', units: {} });

/**
 * The box contents of one packing group, as a table: one line per kind of box (how many, size,
 * weight, units of each SKU in one box). The totals against the plan are shown as they are typed.
 * When Amazon reads the contents from 2D barcodes or counts them itself, only sizes and weights are asked.
 */
export function BoxesForm({
  planId,
  purpose,
  items,
  label,
  templates,
  contentSources,
}: {
  planId: string;
  purpose: BoxesPurpose;
  /** The units per SKU to pack (a packing group's), or that the shipment carries now (a change). */
  items: Array<{ msku: string; quantity: number }>;
  label: string;
  /** The ways of giving box contents the accepted packing option allows, the seller's list first. */
  contentSources: BoxContentSource[];
  /** The workspace's saved boxes: choosing one fills a line's size and weight. */
  templates: BoxTemplate[];
}) {
  const [rows, setRows] = useState<BoxRow[]>([emptyRow()]);
  const [unit, setUnit] = useState<'IN' | 'CM'>('IN');
  const [weightUnit, setWeightUnit] = useState<'LB' | 'KG'>('LB');
  const [upload, setUpload] = useState<{ problems: string[] } | { read: string } | null>(null);
  const [source, setSource] = useState<BoxContentSource>(contentSources[0] ?? 'BOX_CONTENT_PROVIDED');
  const listed = source === 'BOX_CONTENT_PROVIDED';
  const skuColumns = listed ? items : [];
  const key = purpose.kind === 'pack' ? purpose.packingGroupId : purpose.shipmentId;
  const csvId = `boxes-csv-${key}`;
  const mskus = items.map((i) => i.msku);
  /** Fills the table from the file, or says at the field what is wrong with it; nothing is sent. */
  const readCsv = async (file: File | undefined) => {
    if (!file) return;
    const tooBig = boxCsvSizeProblem(file.size);
    if (tooBig) return setUpload({ problems: [tooBig] });
    const parsed = parseBoxCsv(await file.text(), mskus);
    if (!parsed.ok) return setUpload({ problems: parsed.problems });
    setRows(parsed.lines);
    setUnit(parsed.unit);
    setWeightUnit(parsed.weightUnit);
    setUpload({
      read: `Read ${parsed.boxes} box${parsed.boxes === 1 ? '' : 'es'} from ${file.name} into ${parsed.lines.length} line${parsed.lines.length === 1 ? '' : 's'}. Check them below, then save.`,
    });
  };
  const number = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));
  const packed = (msku: string) => rows.reduce((sum, r) => sum + (number(r.units[msku] ?? '') || 0) * (number(r.count) || 0), 0);
  const boxes = rows.map((r) => ({
    count: r.count,
    unit,
    length: r.length,
    width: r.width,
    height: r.height,
    weightUnit,
    weight: r.weight,
    items: skuColumns.map((i) => ({ msku: i.msku, quantity: r.units[i.msku] || '0' })),
  }));
  const update = (index: number, patch: Partial<BoxRow>) => setRows((all) => all.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const applyTemplate = (index: number, templateId: string) => {
    const template = templates.find((t) => t.id === templateId);
    if (template) update(index, inUnits(template, unit, weightUnit));
  };
  return (
    <>
      <StepForm
        id={`boxes-${key}`}
        action={purpose.kind === 'pack' ? setBoxesAction : previewContentUpdateAction}
        planId={planId}
        fields={
          purpose.kind === 'pack'
            ? { packingGroupId: purpose.packingGroupId, contentSource: source, boxes: JSON.stringify(boxes) }
            : { shipmentId: purpose.shipmentId, boxes: JSON.stringify(boxes) }
        }
        submitLabel={purpose.kind === 'pack' ? 'Save the boxes' : 'Ask Amazon to price this change'}
      >
        {(errors) => (
          <>
            {contentSources.length > 1 ? (
              <fieldset className="space-y-1 text-sm">
                <legend className="font-medium">How Amazon learns what is in the boxes</legend>
                {contentSources.map((value) => (
                  <label key={value} className="flex items-start gap-2">
                    <input
                      type="radio"
                      name={`content-source-${key}`}
                      value={value}
                      checked={source === value}
                      onChange={() => setSource(value)}
                      className="mt-1"
                    />
                    <span>
                      {BOX_CONTENT_SOURCE_LABELS[value].label}
                      <span className="block text-xs text-slate-600">{BOX_CONTENT_SOURCE_LABELS[value].hint}</span>
                    </span>
                  </label>
                ))}
                <FieldErrors id={`content-source-${key}-error`} errors={errors?.contentSource} />
              </fieldset>
            ) : null}
            {listed ? (
              <div className="space-y-1 text-sm">
                <label htmlFor={csvId} className="block font-medium">
                  Upload box contents (CSV, one row per box)
                </label>
                <input
                  id={csvId}
                  type="file"
                  accept=".csv,text/csv"
                  aria-describedby={`${csvId}-status`}
                  aria-invalid={Boolean(upload && 'problems' in upload)}
                  onChange={(e) => void readCsv(e.target.files?.[0])}
                  className="block text-sm"
                />
                <a
                  download={`boxes-${label.replace(/[^\w-]+/g, '-')}.csv`}
                  href={`data:text/csv;charset=utf-8,${encodeURIComponent(boxCsvTemplate(mskus))}`}
                  className="text-blue-700 underline"
                >
                  Download a CSV template for these SKUs
                </a>
                <div id={`${csvId}-status`} aria-live="polite">
                  {upload && 'problems' in upload ? (
                    <ul role="alert" className="list-inside list-disc text-red-700">
                      {upload.problems.map((p, i) => (
                        <li key={i}>{p}</li>
                      ))}
                    </ul>
                  ) : upload ? (
                    <p className="text-green-800">{upload.read}</p>
                  ) : null}
                </div>
              </div>
            ) : null}
            <div className="flex flex-wrap gap-4 text-sm">
              <label className="flex items-center gap-2">
                Size in
                <select value={unit} onChange={(e) => setUnit(e.target.value as 'IN' | 'CM')} className="rounded-md border border-slate-300 px-2 py-1">
                  <option value="IN">inches</option>
                  <option value="CM">centimetres</option>
                </select>
              </label>
              <label className="flex items-center gap-2">
                Weight in
                <select
                  value={weightUnit}
                  onChange={(e) => setWeightUnit(e.target.value as 'LB' | 'KG')}
                  className="rounded-md border border-slate-300 px-2 py-1"
                >
                  <option value="LB">pounds</option>
                  <option value="KG">kilograms</option>
                </select>
              </label>
              <span className="text-slate-600">
                A box may weigh up to {MAX_BOX_LB} lb and measure up to {MAX_BOX_SIDE_IN} in a side.
              </span>
            </div>
            <Table caption={`Boxes of ${label}`}>
              <TableHead
                columns={[
                  ...(templates.length ? ['Saved box'] : []),
                  'Boxes',
                  'Length',
                  'Width',
                  'Height',
                  'Weight',
                  ...skuColumns.map((i) => ({ label: i.msku, className: 'font-mono' })),
                  { label: <span className="sr-only">Remove</span> },
                ]}
              />
              <tbody>
                {rows.map((r, index) => {
                  const err = (field: string) => errors?.[`boxes.${index}.${field}`];
                  const input = (field: 'count' | 'length' | 'width' | 'height' | 'weight', name: string) => (
                    <td className="py-1 pr-2 align-top">
                      <input
                        aria-label={`${name} of box line ${index + 1}`}
                        data-error-key={`boxes.${index}.${field}`}
                        inputMode="decimal"
                        value={r[field]}
                        onChange={(e) => update(index, { [field]: e.target.value })}
                        aria-invalid={Boolean(err(field))}
                        aria-describedby={`box-${key}-${index}-${field}`}
                        className={cell}
                      />
                      <FieldErrors id={`box-${key}-${index}-${field}`} errors={err(field)} />
                    </td>
                  );
                  return (
                    <tr key={index} className="border-t border-slate-100">
                      {templates.length ? (
                        <td className="py-1 pr-2 align-top">
                          <select
                            aria-label={`Saved box for box line ${index + 1}`}
                            defaultValue=""
                            onChange={(e) => applyTemplate(index, e.target.value)}
                            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
                          >
                            <option value="">Choose…</option>
                            {templates.map((t) => (
                              <option key={t.id} value={t.id}>
                                {t.name}
                              </option>
                            ))}
                          </select>
                        </td>
                      ) : null}
                      {input('count', 'Number of boxes')}
                      {input('length', 'Length')}
                      {input('width', 'Width')}
                      {input('height', 'Height')}
                      {input('weight', 'Weight')}
                      {skuColumns.map((i) => (
                        <td key={i.msku} className="py-1 pr-2 align-top">
                          <input
                            aria-label={`Units of ${i.msku} in each box of line ${index + 1}`}
                            data-error-key={`boxes.${index}.items`}
                            inputMode="numeric"
                            value={r.units[i.msku] ?? ''}
                            onChange={(e) => update(index, { units: { ...r.units, [i.msku]: e.target.value } })}
                            className={cell}
                          />
                        </td>
                      ))}
                      <td className="py-1 align-top">
                        <FieldErrors id={`box-${key}-${index}-items`} errors={err('items')} />
                        {rows.length > 1 ? (
                          <Button
                            type="button"
                            variant="secondary"
                            aria-label={`Remove box line ${index + 1}`}
                            onClick={() => setRows((all) => all.filter((_, i) => i !== index))}
                          >
                            Remove
                          </Button>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
              {listed ? (
                <tfoot>
                  <tr className="border-t border-slate-200 text-slate-700">
                    <th scope="row" colSpan={templates.length ? 6 : 5} className="py-2 pr-2 text-left font-medium">
                      {purpose.kind === 'pack' ? 'Packed / to send' : 'In these boxes / in the shipment now'}
                    </th>
                    {items.map((i) => {
                      const total = packed(i.msku);
                      return (
                        <td key={i.msku} className={`py-2 pr-2 ${total === i.quantity ? 'text-green-800' : 'text-amber-800'}`}>
                          {total} / {i.quantity}
                        </td>
                      );
                    })}
                    <td />
                  </tr>
                </tfoot>
              ) : null}
            </Table>
            <Button type="button" variant="secondary" onClick={() => setRows((all) => [...all, emptyRow()])}>
              Add a box line
            </Button>
            <FieldErrors id={`boxes-${key}-error`} errors={errors?.boxes} />
          </>
        )}
      </StepForm>
      <BoxTemplates planId={planId} formId={`box-templates-${key}`} lines={rows} unit={unit} weightUnit={weightUnit} templates={templates} />
    </>
  );
}
