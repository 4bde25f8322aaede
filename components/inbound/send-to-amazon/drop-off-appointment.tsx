'use client';

import { cancelAppointmentAction, requestAppointmentSlotsAction, scheduleAppointmentAction } from '@/lib/inbound/actions';
import { useTimeZone } from '@/components/shell/time-zone';
import { formatDateTimeIn } from '@/lib/format';
import { APPOINTMENT_CANCEL_REASON_LABELS, type SnapshotShipment } from '@/lib/inbound/types';
import { FieldErrors, StepForm } from './step-form';

const select = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';
/** A slot as the user reads it: its day and start, then only the end's time ("Dec 8, 2026, 9:00 AM – 11:00 AM PST"). */
const slotText = (s: { startTime: string; endTime: string }, zone: string) =>
  `${formatDateTimeIn(new Date(s.startTime), zone).replace(/ \S+$/, '')} – ${formatDateTimeIn(new Date(s.endTime), zone).replace(/^.*, /, '')}`;

/** The warehouse drop-off of a shipment going by the seller's own carrier, where Amazon books one. */
export function DropOffAppointment({ planId, shipment }: { planId: string; shipment: SnapshotShipment }) {
  const id = shipment.shipmentId;
  const zone = useTimeZone();
  const booked = shipment.appointment?.status === 'ARRIVAL_SCHEDULED' ? shipment.appointment : undefined;
  const slots = shipment.appointmentSlots?.slots ?? [];
  return (
    <div className="mt-3 space-y-3 text-sm">
      <h4 className="font-medium">Drop-off at the warehouse</h4>
      {booked ? (
        <p>
          Booked: {slotText(booked, zone)} (appointment {booked.appointmentId}).
        </p>
      ) : (
        <p className="text-amber-800">Amazon needs a drop-off appointment for this shipment before it arrives.</p>
      )}
      {slots.length ? (
        <StepForm
          id={`schedule-${id}`}
          action={scheduleAppointmentAction}
          planId={planId}
          fields={{ shipmentId: id }}
          submitLabel={booked ? 'Move the drop-off to this slot' : 'Book this drop-off'}
        >
          {(errors) => (
            <fieldset>
              <legend className="mb-1">
                Slots Amazon offers
                {shipment.appointmentSlots?.expiresAt ? ` (until ${formatDateTimeIn(new Date(shipment.appointmentSlots.expiresAt), zone)})` : ''}
              </legend>
              {slots.map((s, index) => (
                <label key={s.slotId} className="flex items-center gap-2">
                  <input type="radio" name="slotId" value={s.slotId} defaultChecked={index === 0} />
                  {slotText(s, zone)}
                </label>
              ))}
              <FieldErrors id={`schedule-${id}-error`} errors={errors?.slotId} />
            </fieldset>
          )}
        </StepForm>
      ) : null}
      <StepForm
        id={`slots-${id}`}
        action={requestAppointmentSlotsAction}
        planId={planId}
        fields={{ shipmentId: id }}
        variant="secondary"
        submitLabel={slots.length ? 'Find other slots' : 'Find drop-off slots'}
      >
        {(errors) => (
          <label className="block">
            <span className="block">From (optional)</span>
            <input type="date" name="from" aria-describedby={`slots-${id}-from`} className={select} />
            <FieldErrors id={`slots-${id}-from`} errors={errors?.from} />
          </label>
        )}
      </StepForm>
      {booked ? (
        <StepForm
          id={`cancel-drop-off-${id}`}
          action={cancelAppointmentAction}
          planId={planId}
          fields={{ shipmentId: id }}
          variant="danger"
          submitLabel="Cancel the drop-off"
          confirm={{
            title: 'Cancel the drop-off?',
            confirmLabel: 'Cancel the drop-off',
            body: <p>Amazon frees the slot; book another before the shipment leaves.</p>,
          }}
        >
          {(errors) => (
            <label className="block">
              <span className="block">Why</span>
              <select name="reason" defaultValue="SHIPPING_PLAN_CHANGED" className={select}>
                {Object.entries(APPOINTMENT_CANCEL_REASON_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
              <FieldErrors id={`cancel-drop-off-${id}-error`} errors={errors?.reason} />
            </label>
          )}
        </StepForm>
      ) : null}
    </div>
  );
}
