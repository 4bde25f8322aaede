'use client';

import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { idleState } from '@/lib/actions/action-state';
import { deleteBoxTemplateAction, saveBoxTemplateAction } from '@/lib/inbound/actions';
import { CM_PER_IN, KG_PER_LB, type BoxFormLine, type BoxTemplate } from '@/lib/inbound/types';
import { FieldErrors } from './step-form';

const rounded = (value: number) => String(Math.round(value * 100) / 100);

/** A saved box's size and weight in the units the boxes form uses now. */
export function inUnits(template: BoxTemplate, unit: 'IN' | 'CM', weightUnit: 'LB' | 'KG'): Pick<BoxFormLine, 'length' | 'width' | 'height' | 'weight'> {
  const side = (v: number) => rounded(template.unit === unit ? v : unit === 'CM' ? v * CM_PER_IN : v / CM_PER_IN);
  const weight = template.weightUnit === weightUnit ? template.weight : weightUnit === 'KG' ? template.weight * KG_PER_LB : template.weight / KG_PER_LB;
  return { length: side(template.length), width: side(template.width), height: side(template.height), weight: rounded(weight) };
}

/**
 * Saves a line's box by name for the next plans, and lists the saved boxes with a way to remove
 * them. A form of its own, beside the boxes form: saving a box sends nothing to Amazon.
 */
export function BoxTemplates({
  planId,
  formId,
  lines,
  unit,
  weightUnit,
  templates,
}: {
  planId: string;
  formId: string;
  lines: BoxFormLine[];
  unit: 'IN' | 'CM';
  weightUnit: 'LB' | 'KG';
  templates: BoxTemplate[];
}) {
  const [state, save, saving] = useActionState(saveBoxTemplateAction, idleState);
  const [removed, remove, removing] = useActionState(deleteBoxTemplateAction, idleState);
  const [lineIndex, setLineIndex] = useState(0);
  const line = lines[Math.min(lineIndex, lines.length - 1)]!;
  const errors = state.status === 'error' ? state.fieldErrors : undefined;
  const nameId = `${formId}-name`;
  const lineId = `${formId}-line`;
  // The size and weight come from the chosen line: their errors name it and sit by its choice.
  const sizeErrors = (['length', 'width', 'height', 'weight'] as const).flatMap((field) => errors?.[field] ?? []).map((m) => `Box line ${lineIndex + 1}: ${m}`);
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer text-blue-700 underline">Saved boxes ({templates.length})</summary>
      <form id={formId} action={save} className="mt-2 flex flex-wrap items-end gap-3" noValidate>
        <input type="hidden" name="planId" value={planId} />
        <input type="hidden" name="unit" value={unit} />
        <input type="hidden" name="weightUnit" value={weightUnit} />
        {(['length', 'width', 'height', 'weight'] as const).map((field) => (
          <input key={field} type="hidden" name={field} value={line[field]} />
        ))}
        <div>
          <label htmlFor={lineId} className="block font-medium">
            Box of line
          </label>
          <select
            id={lineId}
            value={lineIndex}
            onChange={(e) => setLineIndex(Number(e.target.value))}
            aria-invalid={sizeErrors.length > 0}
            aria-describedby={`${lineId}-error`}
            className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1"
          >
            {lines.map((l, i) => (
              <option key={i} value={i}>
                {i + 1}: {l.length || '?'}×{l.width || '?'}×{l.height || '?'} {unit.toLowerCase()}, {l.weight || '?'} {weightUnit.toLowerCase()}
              </option>
            ))}
          </select>
          <FieldErrors id={`${lineId}-error`} errors={sizeErrors.length ? sizeErrors : undefined} />
        </div>
        <div>
          <label htmlFor={nameId} className="block font-medium">
            Save it as
          </label>
          <input
            id={nameId}
            name="name"
            maxLength={60}
            placeholder="Large carton"
            aria-invalid={Boolean(errors?.name)}
            aria-describedby={`${nameId}-error`}
            className="mt-1 rounded-md border border-slate-300 px-2 py-1"
          />
        </div>
        <Button type="submit" variant="secondary" disabled={saving}>
          {saving ? 'Saving…' : 'Keep for next plans'}
        </Button>
      </form>
      <FieldErrors id={`${nameId}-error`} errors={errors?.name} />
      <FormMessage state={state} />
      {templates.length ? (
        <ul className="mt-3 space-y-1">
          {templates.map((t) => (
            <li key={t.id} className="flex items-center gap-3">
              <span>
                {t.name}: {t.length}×{t.width}×{t.height} {t.unit.toLowerCase()}, {t.weight} {t.weightUnit.toLowerCase()}
              </span>
              <form action={remove}>
                <input type="hidden" name="planId" value={planId} />
                <input type="hidden" name="templateId" value={t.id} />
                <Button type="submit" variant="secondary" disabled={removing} aria-label={`Remove the saved box ${t.name}`}>
                  Remove
                </Button>
              </form>
            </li>
          ))}
        </ul>
      ) : null}
      <FormMessage state={removed} />
    </details>
  );
}
