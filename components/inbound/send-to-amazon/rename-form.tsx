'use client';

import { FieldErrors, StepForm } from './step-form';
import { renamePlanAction, renameShipmentAction } from '@/lib/inbound/actions';

/**
 * Renames the plan, or one of its shipments, at Amazon (updateInboundPlanName /
 * updateShipmentName) behind a disclosure, so the page stays about the next step.
 */
export function RenameForm({
  planId,
  shipmentId,
  name,
  what,
}: {
  planId: string;
  /** Absent: the plan itself. */
  shipmentId?: string;
  name: string;
  /** What is renamed, for the label: "plan" or the shipment's name. */
  what: string;
}) {
  const id = shipmentId ? `rename-${shipmentId}` : 'rename-plan';
  const inputId = `${id}-name`;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-blue-700 underline">Rename</summary>
      <div className="mt-2">
        <StepForm
          id={id}
          action={shipmentId ? renameShipmentAction : renamePlanAction}
          planId={planId}
          fields={shipmentId ? { shipmentId } : {}}
          submitLabel="Save name"
          variant="secondary"
        >
          {(errors) => (
            <div>
              <label htmlFor={inputId} className="block font-medium">
                New name of {what}
              </label>
              <input
                id={inputId}
                name="name"
                defaultValue={name}
                maxLength={shipmentId ? 100 : 40}
                required
                aria-invalid={Boolean(errors?.name)}
                aria-describedby={`${inputId}-error`}
                className="mt-1 w-full max-w-sm rounded-md border border-slate-300 px-2 py-1"
              />
              <FieldErrors id={`${inputId}-error`} errors={errors?.name} />
            </div>
          )}
        </StepForm>
      </div>
    </details>
  );
}
