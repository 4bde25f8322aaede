import { DateTime } from '@/components/ui/date-time';
import { statusLabel, transportStatusLabel, type TransportView } from '@/lib/inbound/types';
import { fbaCarrierName } from '@/lib/outbound/types';

/**
 * The carrier booking of a shipment made before Send to Amazon, as it was last stored. Amazon
 * removed the calls that changed or re-read such bookings (2025-01-21), so it is shown as is.
 */
export function TransportPanel({ transport }: { transport: TransportView | null }) {
  return (
    <section aria-labelledby="transport-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="transport-heading" className="text-lg font-semibold">
        Transport
      </h2>
      {transport ? (
        <dl className="mt-3 grid gap-1 text-sm sm:grid-cols-2">
          <div>
            <dt className="inline font-medium">Booking: </dt>
            <dd className="inline">
              {transport.shipmentType === 'LTL' ? 'LTL freight' : 'Small parcel'}, {transport.isPartnered ? 'Amazon-partnered carrier' : 'your own carrier'}
              {transport.carrierName ? (
                <>
                  {' ('}
                  <span title={transport.carrierName}>{fbaCarrierName(transport.carrierName)}</span>)
                </>
              ) : null}
            </dd>
          </div>
          <div>
            <dt className="inline font-medium">Transport status: </dt>
            <dd className="inline">
              <span title={transport.status}>{transportStatusLabel(transport.status)}</span>
            </dd>
          </div>
          <div>
            <dt className="inline font-medium">{transport.shipmentType === 'LTL' ? 'Boxes and pallets: ' : 'Boxes: '}</dt>
            <dd className="inline">
              {transport.packageCount}
              {transport.shipmentType === 'LTL' ? ` boxes on ${transport.palletCount} pallet${transport.palletCount === 1 ? '' : 's'}` : ''}
            </dd>
          </div>
          {transport.estimate ? (
            <div>
              <dt className="inline font-medium">Estimated cost: </dt>
              <dd className="inline">
                {Number(transport.estimate.amount).toFixed(2)} {transport.estimate.currency}
              </dd>
            </div>
          ) : null}
          {transport.pickupDate ? (
            <div>
              <dt className="inline font-medium">Pickup / delivery: </dt>
              <dd className="inline">
                {transport.pickupDate} / {transport.deliveryDate}
              </dd>
            </div>
          ) : null}
          {transport.proNumber ? (
            <div>
              <dt className="inline font-medium">PRO number: </dt>
              <dd className="inline">{transport.proNumber}</dd>
            </div>
          ) : null}
          {transport.voidDeadline ? (
            <div>
              <dt className="inline font-medium">Void deadline was: </dt>
              <dd className="inline">
                <DateTime value={transport.voidDeadline} />
              </dd>
            </div>
          ) : null}
          {transport.errorDescription ? (
            <div className="sm:col-span-2">
              <dt className="inline font-medium">Amazon said: </dt>
              <dd className="inline text-red-700">{transport.errorDescription}</dd>
            </div>
          ) : null}
          {transport.packages.length ? (
            <div className="sm:col-span-2">
              <dt className="font-medium">Tracking</dt>
              <dd>
                <ul className="list-inside list-disc">
                  {transport.packages.map((p, i) => (
                    <li key={`${p.trackingId}-${i}`}>
                      {p.trackingId} · <span title={p.carrier}>{fbaCarrierName(p.carrier)}</span> · <span title={p.status}>{statusLabel(p.status)}</span>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p className="mt-2 text-sm text-slate-600">No carrier booking is stored for this shipment.</p>
      )}
      <p className="mt-3 text-xs text-slate-600">
        Amazon no longer lets apps change the carrier of shipments made before Send to Amazon; change it in Seller Central.
      </p>
    </section>
  );
}
