'use client';

import { useActionState } from 'react';
import { setDefaultThresholdAction, setSkuThresholdAction } from '@/lib/inventory/actions';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { errorsAndValues, idleState } from '@/lib/actions/action-state';

export function DefaultThresholdForm({ current }: { current: number }) {
  const [state, action, pending] = useActionState(setDefaultThresholdAction, idleState);
  const { errors, values } = errorsAndValues(state);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
      <div className="w-48">
        <TextField
          id="default-threshold"
          name="threshold"
          label="Default low-stock threshold"
          inputMode="numeric"
          defaultValue={values?.threshold ?? String(current)}
          errors={errors?.threshold}
          hint="Units; SKUs without their own threshold."
        />
      </div>
      <Button type="submit" disabled={pending} className="mb-6">
        {pending ? 'Saving…' : 'Save default'}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

/** Per SKU (it applies in every marketplace); empty means "use the default". */
export function SkuThresholdForm({
  rowId,
  sellerSku,
  skuThreshold,
  effective,
}: {
  rowId: string;
  sellerSku: string;
  skuThreshold: number | null;
  effective: number;
}) {
  const [state, action, pending] = useActionState(setSkuThresholdAction, idleState);
  const { errors, values } = errorsAndValues(state);
  const inputId = `threshold-${rowId}`;
  const errorId = `${inputId}-error`;
  return (
    <form action={action} className="flex min-w-40 flex-col gap-1" noValidate>
      <input type="hidden" name="sellerSku" value={sellerSku} />
      <div className="flex items-center gap-1">
        <label htmlFor={inputId} className="sr-only">
          Low-stock threshold for {sellerSku}
        </label>
        <input
          id={inputId}
          name="threshold"
          inputMode="numeric"
          defaultValue={values?.threshold ?? (skuThreshold === null ? '' : String(skuThreshold))}
          placeholder={`${effective} (default)`}
          aria-invalid={Boolean(errors?.threshold)}
          aria-describedby={errors?.threshold ? errorId : undefined}
          className="w-24 rounded-md border border-slate-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-600"
        />
        <Button type="submit" variant="secondary" className="px-2 py-1" disabled={pending} aria-label={`Save threshold for ${sellerSku}`}>
          Save
        </Button>
      </div>
      <p id={errorId} aria-live="polite" className="text-xs text-red-700">
        {errors?.threshold?.[0] ?? errors?.sellerSku?.[0] ?? (state.status === 'error' ? state.message : null)}
      </p>
      {state.status === 'success' ? (
        <p role="status" className="text-xs text-green-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
