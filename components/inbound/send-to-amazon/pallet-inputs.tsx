'use client';

import { useState } from 'react';
import { Table, TableHead } from '@/components/ui/table';
import { FREIGHT_CLASSES, freightClassLabel, MAX_PALLET_HEIGHT_IN, MAX_PALLET_LB } from '@/lib/inbound/types';
import { FieldErrors } from './step-form';

interface PalletRow {
  pallets: string;
  length: string;
  width: string;
  height: string;
  weight: string;
  stackable: boolean;
  freightClass: string;
  declaredValue: string;
}

const cell = 'w-20 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';
const select = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';
/** A standard pallet's footprint: 48 × 40 in in North America, 120 × 100 cm elsewhere. */
const footprint = (metric: boolean) => (metric ? { length: '120', width: '100' } : { length: '48', width: '40' });

/**
 * The pallets of each shipment for LTL quotes (all of a shipment's pallets alike: how many, size,
 * weight of one, stackable) and its freight class and declared value, sent as the `shipments`
 * JSON field. Errors come back per shipment and field.
 */
export function PalletInputs({
  shipments,
  errors,
  currency,
  metric,
}: {
  shipments: Array<{ shipmentId: string; name: string }>;
  errors: Record<string, string[] | undefined> | undefined;
  currency: string;
  /** Centimetres and kilograms by default (outside North America). */
  metric: boolean;
}) {
  const [unit, setUnit] = useState<'IN' | 'CM'>(metric ? 'CM' : 'IN');
  const [rows, setRows] = useState<Record<string, PalletRow>>(() =>
    Object.fromEntries(
      shipments.map((s) => [
        s.shipmentId,
        { pallets: '1', ...footprint(metric), height: '', weight: '', stackable: true, freightClass: '', declaredValue: '' },
      ]),
    ),
  );
  const update = (shipmentId: string, patch: Partial<PalletRow>) => setRows((all) => ({ ...all, [shipmentId]: { ...all[shipmentId]!, ...patch } }));
  const weightUnit = unit === 'CM' ? 'KG' : 'LB';
  const value = shipments.map((s) => {
    const r = rows[s.shipmentId]!;
    return {
      shipmentId: s.shipmentId,
      pallets: r.pallets || '0',
      unit,
      length: r.length,
      width: r.width,
      height: r.height,
      weightUnit,
      weight: r.weight,
      stackable: r.stackable,
      ...(r.freightClass ? { freightClass: r.freightClass } : {}),
      declaredValue: r.declaredValue,
    };
  });
  return (
    <div className="space-y-2">
      <input type="hidden" name="shipments" value={JSON.stringify(value)} />
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-2">
          Units
          <select value={unit} onChange={(e) => setUnit(e.target.value as 'IN' | 'CM')} className={select}>
            <option value="IN">inches and pounds</option>
            <option value="CM">centimetres and kilograms</option>
          </select>
        </label>
        <span className="text-slate-600">
          A pallet may be up to {MAX_PALLET_HEIGHT_IN} in high and weigh up to {MAX_PALLET_LB.toLocaleString('en-US')} lb. Amazon&apos;s partnered carrier
          quotes only with a freight class and the value of the goods.
        </span>
      </div>
      <Table caption="Pallets per shipment">
        <TableHead columns={['Shipment', 'Pallets', 'Length', 'Width', 'Height', 'Weight of one', 'Stackable', 'Freight class', `Value (${currency})`]} />
        <tbody>
          {shipments.map((s, index) => {
            const r = rows[s.shipmentId]!;
            const err = (field: string) => errors?.[`shipments.${index}.${field}`];
            const input = (field: 'pallets' | 'length' | 'width' | 'height' | 'weight' | 'declaredValue', name: string) => (
              <td className="py-1 pr-2 align-top">
                <input
                  aria-label={`${name} for ${s.name}`}
                  data-error-key={`shipments.${index}.${field}`}
                  inputMode={field === 'pallets' ? 'numeric' : 'decimal'}
                  value={r[field]}
                  onChange={(e) => update(s.shipmentId, { [field]: e.target.value })}
                  aria-invalid={Boolean(err(field))}
                  aria-describedby={`pallets-${s.shipmentId}-${field}`}
                  className={cell}
                />
                <FieldErrors id={`pallets-${s.shipmentId}-${field}`} errors={err(field)} />
              </td>
            );
            return (
              <tr key={s.shipmentId} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-2 text-left align-top font-normal">
                  {s.name}
                </th>
                {input('pallets', 'Pallets')}
                {input('length', 'Pallet length')}
                {input('width', 'Pallet width')}
                {input('height', 'Pallet height')}
                {input('weight', 'Weight of one pallet')}
                <td className="py-1 pr-2 align-top">
                  <input
                    type="checkbox"
                    aria-label={`Pallets of ${s.name} can be stacked`}
                    checked={r.stackable}
                    onChange={(e) => update(s.shipmentId, { stackable: e.target.checked })}
                  />
                </td>
                <td className="py-1 pr-2 align-top">
                  <select
                    aria-label={`Freight class for ${s.name}`}
                    data-error-key={`shipments.${index}.freightClass`}
                    value={r.freightClass}
                    onChange={(e) => update(s.shipmentId, { freightClass: e.target.value })}
                    aria-describedby={`pallets-${s.shipmentId}-freightClass`}
                    className={select}
                  >
                    <option value="">None given</option>
                    {FREIGHT_CLASSES.map((c) => (
                      <option key={c} value={c}>
                        {freightClassLabel(c)}
                      </option>
                    ))}
                  </select>
                  <FieldErrors id={`pallets-${s.shipmentId}-freightClass`} errors={err('freightClass')} />
                </td>
                {input('declaredValue', 'Value of the goods')}
              </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}
