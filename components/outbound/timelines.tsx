/** The status timeline of an order and the carrier timeline of a package. */
import { DateTime } from '@/components/ui/date-time';
import { type OutboundOrderView, packageStatusLabel, statusLabel, type PackageTracking } from '@/lib/outbound/types';

interface Step {
  label: string;
  at: string;
}

/** Statuses as we saw them, plus what the shipments and carriers add (shipped, delivered). */
export function orderSteps(order: OutboundOrderView): Step[] {
  const steps: Step[] = order.history.map((h) => ({ label: statusLabel(h.status), at: h.at }));
  for (const shipment of order.detail?.shipments ?? []) {
    if (shipment.fulfillmentShipmentStatus === 'SHIPPED' && shipment.shippingDate)
      steps.push({ label: `Shipment ${shipment.amazonShipmentId} left ${shipment.fulfillmentCenterId}`, at: shipment.shippingDate });
  }
  for (const pkg of order.tracking) {
    const delivered = pkg.trackingEvents?.find((e) => e.eventCode === 'EVENT_301');
    if (delivered) steps.push({ label: `Package ${pkg.packageNumber} delivered`, at: delivered.eventDate });
  }
  return steps.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export function StatusTimeline({ order }: { order: OutboundOrderView }) {
  const steps = orderSteps(order);
  return (
    <section aria-labelledby="status-timeline" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="status-timeline" className="font-semibold">
        Status history
      </h2>
      {steps.length ? (
        <ol className="mt-3 space-y-3 border-l-2 border-slate-200 pl-4">
          {steps.map((step, i) => (
            <li key={`${step.label}-${step.at}`} aria-current={i === steps.length - 1 ? 'step' : undefined} className="relative">
              <span aria-hidden className={`absolute -left-[1.4rem] top-1.5 h-3 w-3 rounded-full ${i === steps.length - 1 ? 'bg-blue-700' : 'bg-slate-400'}`} />
              <p className="text-sm font-medium">{step.label}</p>
              <p className="text-xs text-slate-600">
                <DateTime value={step.at} />
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm text-slate-600">No status changes recorded yet.</p>
      )}
    </section>
  );
}

const place = (a?: { city?: string; state?: string; country?: string }) => [a?.city, a?.state, a?.country].filter(Boolean).join(', ');

export function TrackingTimeline({ tracking }: { tracking: PackageTracking }) {
  const events = [...(tracking.trackingEvents ?? [])].sort((a, b) => Date.parse(b.eventDate) - Date.parse(a.eventDate));
  const latest = events[0];
  const headingId = `package-${tracking.packageNumber}-tracking`;
  return (
    <section aria-labelledby={headingId} className="mt-3 rounded-md border border-slate-200 p-4">
      <h4 id={headingId} className="font-medium">
        Tracking for package {tracking.packageNumber}
      </h4>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">Status</dt>
        <dd title={tracking.currentStatus ?? undefined}>
          {tracking.currentStatusDescription ?? (tracking.currentStatus ? packageStatusLabel(tracking.currentStatus) : 'Unknown')}
        </dd>
        <dt className="text-slate-600">Current position</dt>
        <dd>{latest ? place(latest.eventAddress) || '—' : 'Not scanned yet'}</dd>
        <dt className="text-slate-600">Estimated arrival</dt>
        <dd>{tracking.estimatedArrivalDate ? <DateTime value={tracking.estimatedArrivalDate} /> : '—'}</dd>
        {tracking.deliveryWindow ? (
          <>
            <dt className="text-slate-600">Delivery window</dt>
            <dd>
              <DateTime value={tracking.deliveryWindow.earliest} /> – <DateTime value={tracking.deliveryWindow.latest} />
            </dd>
          </>
        ) : null}
        {tracking.customerTrackingLink ? (
          <>
            <dt className="text-slate-600">Customer link</dt>
            <dd>
              <a href={tracking.customerTrackingLink} className="text-blue-800 underline" target="_blank" rel="noreferrer">
                Track on {new URL(tracking.customerTrackingLink).host}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      {events.length ? (
        <ol aria-label={`Carrier events for package ${tracking.packageNumber}, newest first`} className="mt-3 space-y-2 border-l-2 border-slate-200 pl-4">
          {events.map((e, i) => (
            <li key={`${e.eventCode}-${e.eventDate}`} aria-current={i === 0 ? 'step' : undefined} className="relative">
              <span aria-hidden className={`absolute -left-[1.4rem] top-1.5 h-3 w-3 rounded-full ${i === 0 ? 'bg-blue-700' : 'bg-slate-400'}`} />
              <p className="text-sm font-medium">{e.eventDescription}</p>
              <p className="text-xs text-slate-600">
                <DateTime value={e.eventDate} /> · {place(e.eventAddress)}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
