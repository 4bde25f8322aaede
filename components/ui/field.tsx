import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

/** A labelled form control whose errors are announced and tied to it with aria-describedby. */
export function Field({
  id,
  label,
  errors,
  hint,
  children,
}: {
  id: string;
  label: string;
  errors?: string[];
  hint?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children(describedBy, Boolean(errors?.length))}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <div id={errorId} aria-live="polite" className="text-sm text-red-700">
        {errors?.map((e) => (
          <p key={e}>{e}</p>
        ))}
      </div>
    </div>
  );
}

const controlClass = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-red-600';

export function TextField({
  id,
  label,
  errors,
  hint,
  ...input
}: { id: string; label: string; errors?: string[]; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id} label={label} errors={errors} hint={hint}>
      {(describedBy, invalid) => <input id={id} name={id} {...input} aria-describedby={describedBy} aria-invalid={invalid} className={controlClass} />}
    </Field>
  );
}

export function SelectField({
  id,
  label,
  errors,
  options,
  ...select
}: {
  id: string;
  label: string;
  errors?: string[];
  /** `title`: what shows on hover (Amazon's code where the label is its words). */
  options: { value: string; label: string; title?: string }[];
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field id={id} label={label} errors={errors}>
      {(describedBy, invalid) => (
        <select id={id} name={id} {...select} aria-describedby={describedBy} aria-invalid={invalid} className={controlClass}>
          {options.map((o) => (
            <option key={o.value} value={o.value} title={o.title}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
