'use client';

import { requestTransportationAction, setPrepCategoryAction } from '@/lib/inbound/actions';
import { CHOOSABLE_PREP_CATEGORIES, PREP_CATEGORY_LABELS } from '@/lib/inbound/types';
import { PalletInputs } from './pallet-inputs';
import { FieldErrors, StepForm } from './step-form';

const select = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';
const dayAfterTomorrow = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

export const PREP_CATEGORIES = CHOOSABLE_PREP_CATEGORIES.map((c) => [c, PREP_CATEGORY_LABELS[c]!] as const);

/** The prep category Amazon asked for, for one SKU of a refused plan. */
export function PrepCategoryForm({ planId, msku }: { planId: string; msku: string }) {
  return (
    <StepForm
      id={`prep-${msku}`}
      action={setPrepCategoryAction}
      planId={planId}
      fields={{ msku }}
      variant="secondary"
      submitLabel={`Set the prep category of ${msku}`}
    >
      {(errors) => (
        <div>
          <label htmlFor={`prep-category-${msku}`} className="block text-sm font-medium">
            Prep category of {msku}
          </label>
          <select id={`prep-category-${msku}`} name="prepCategory" defaultValue="NONE" className={select}>
            {PREP_CATEGORIES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <FieldErrors id={`prep-category-${msku}-error`} errors={errors?.prepCategory} />
        </div>
      )}
    </StepForm>
  );
}

/** Asks Amazon for carrier quotes: the day the boxes are ready, and pallets and freight details per shipment for LTL. */
export function TransportationRequestForm({
  planId,
  shipments,
  pallets,
  currency,
  metric,
}: {
  planId: string;
  shipments: Array<{ shipmentId: string; name: string }>;
  pallets: boolean;
  /** The marketplace's currency and measures, for the pallets' declared value and size. */
  currency: string;
  metric: boolean;
}) {
  const id = pallets ? 'request-ltl' : 'request-transportation';
  return (
    <StepForm
      id={id}
      action={requestTransportationAction}
      planId={planId}
      fields={pallets ? {} : { shipments: JSON.stringify(shipments.map((s) => ({ shipmentId: s.shipmentId, pallets: 0 }))) }}
      submitLabel={pallets ? 'Get quotes with pallets' : 'Get carrier quotes'}
    >
      {(errors) => (
        <div className="max-w-md space-y-2">
          <div>
            <label htmlFor={`${id}-ready`} className="block text-sm font-medium">
              {pallets ? 'Pallets ready on' : 'Boxes ready on'}
            </label>
            <input
              id={`${id}-ready`}
              name="readyToShip"
              type="date"
              defaultValue={dayAfterTomorrow()}
              className={select}
              aria-describedby={`${id}-ready-error`}
            />
            <FieldErrors id={`${id}-ready-error`} errors={errors?.readyToShip} />
          </div>
          {pallets ? (
            <PalletInputs shipments={shipments} errors={errors} currency={currency} metric={metric} />
          ) : (
            <p className="text-xs text-slate-600">These quotes cover small parcel. For pallets (LTL), open “Ship on pallets” below.</p>
          )}
          <FieldErrors id={`${id}-shipments-error`} errors={errors?.shipments} />
        </div>
      )}
    </StepForm>
  );
}
