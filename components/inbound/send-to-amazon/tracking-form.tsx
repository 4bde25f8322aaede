'use client';

import { useState } from 'react';
import { sendTrackingAction } from '@/lib/inbound/actions';
import { FieldErrors, StepForm } from './step-form';

const control = 'block w-56 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';

/** Tracking for a shipment your own carrier takes: a number per box (small parcel) or the PRO number (LTL). */
export function TrackingForm({ planId, shipmentId, boxIds, ltl }: { planId: string; shipmentId: string; boxIds: string[]; ltl: boolean }) {
  const [numbers, setNumbers] = useState<Record<string, string>>({});
  const boxes = boxIds.map((boxId) => ({ boxId, trackingId: (numbers[boxId] ?? '').trim() }));
  return (
    <StepForm
      id={`tracking-${shipmentId}`}
      action={sendTrackingAction}
      planId={planId}
      fields={{ shipmentId, ...(ltl ? {} : { boxes: JSON.stringify(boxes) }) }}
      submitLabel="Send the tracking to Amazon"
    >
      {(errors) =>
        ltl ? (
          <div>
            <label htmlFor={`pro-${shipmentId}`} className="block text-sm font-medium">
              PRO (freight bill) number
            </label>
            <input id={`pro-${shipmentId}`} name="freightBillNumber" className={control} aria-describedby={`pro-${shipmentId}-error`} />
            <FieldErrors id={`pro-${shipmentId}-error`} errors={errors?.freightBillNumber} />
          </div>
        ) : (
          <div className="space-y-2">
            {boxIds.map((boxId, index) => (
              <div key={boxId} className="flex items-center gap-3 text-sm">
                <span className="w-56 font-mono">{boxId}</span>
                <input
                  id={`track-${boxId}`}
                  value={numbers[boxId] ?? ''}
                  onChange={(e) => setNumbers((all) => ({ ...all, [boxId]: e.target.value }))}
                  className={control}
                  aria-describedby={`track-${shipmentId}-error`}
                  aria-label={`Tracking number of box ${index + 1}`}
                />
              </div>
            ))}
            <FieldErrors id={`track-${shipmentId}-error`} errors={errors?.boxes} />
          </div>
        )
      }
    </StepForm>
  );
}
