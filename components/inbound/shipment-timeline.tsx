import { statusLabel, timelineOf } from '@/lib/inbound/types';

export function ShipmentTimeline({ status }: { status: string | null }) {
  const steps = timelineOf(status);
  const offTrack = status === 'CANCELLED' || status === 'DELETED' || status === 'ERROR';
  return (
    <nav aria-label="Shipment progress">
      {offTrack ? <p className="mb-2 text-sm font-medium text-red-700">This shipment is {statusLabel(status).toLowerCase()}.</p> : null}
      <ol className="flex flex-wrap gap-2 text-sm">
        {steps.map((step) => (
          <li
            key={step.status}
            aria-current={step.state === 'current' ? 'step' : undefined}
            className={`rounded-full border px-3 py-1 ${
              step.state === 'current'
                ? 'border-blue-700 bg-blue-50 font-semibold text-blue-900'
                : step.state === 'done'
                  ? 'border-green-700 text-green-900'
                  : 'border-slate-300 text-slate-600'
            }`}
          >
            {step.state === 'done' ? '✓ ' : ''}
            {statusLabel(step.status)}
          </li>
        ))}
      </ol>
    </nav>
  );
}
