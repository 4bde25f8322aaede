import { DateTime } from '@/components/ui/date-time';
import { Table, TableHead } from '@/components/ui/table';
import type { LinkedFulfillmentOrder } from '@/lib/orders/types';
import type { FulfillmentOrderDetail } from '@/lib/outbound/types';
import { fbaCarrierName, policyLabel, shipmentStatusLabel, statusLabel } from '@/lib/outbound/types';

/** Multi-Channel Fulfillment orders made for an order, as last synced: status, shipments, tracking. */
export function FulfillmentOrdersList({ fulfillmentOrders }: { fulfillmentOrders: LinkedFulfillmentOrder[] }) {
  if (!fulfillmentOrders.length) return <p className="text-sm text-slate-600">No FBA fulfillment order has been made for this order.</p>;
  return (
    <ul className="space-y-4">
      {fulfillmentOrders.map((fo) => (
        <li key={fo.sellerFulfillmentOrderId} className="rounded-md border border-slate-200 p-4">
          <h3 className="font-medium">Fulfillment order {fo.sellerFulfillmentOrderId}</h3>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">Status</dt>
            <dd>
              <span title={fo.status}>{statusLabel(fo.status)}</span>{' '}
              <span className="text-slate-600">
                (since <DateTime value={fo.statusUpdatedAt} />)
              </span>
            </dd>
            <dt className="text-slate-600">Received</dt>
            <dd>
              <DateTime value={fo.receivedAt} />
            </dd>
            <dt className="text-slate-600">Shipping speed</dt>
            <dd>{fo.shippingSpeedCategory}</dd>
            {fo.fulfillmentPolicy ? (
              <>
                <dt className="text-slate-600">Fill policy</dt>
                <dd title={fo.fulfillmentPolicy}>{policyLabel(fo.fulfillmentPolicy)}</dd>
              </>
            ) : null}
          </dl>
          {fo.detail?.shipments.length ? (
            <Shipments caption={`Shipments of fulfillment order ${fo.sellerFulfillmentOrderId}`} shipments={fo.detail.shipments} />
          ) : (
            <p className="mt-2 text-sm text-slate-600">{fo.detail ? 'No shipment yet.' : 'Shipments appear after the next sync.'}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

type Shipment = FulfillmentOrderDetail['shipments'][number];

function Tracking({ shipment }: { shipment: Shipment }) {
  return shipment.fulfillmentShipmentPackage?.length
    ? shipment.fulfillmentShipmentPackage.map((p) => (
        <span key={p.packageNumber} className="block break-all">
          <span title={p.carrierCode}>{fbaCarrierName(p.carrierCode)}</span>{' '}
          {p.trackingNumber ?? p.amazonFulfillmentTrackingNumber ?? '(no tracking number yet)'}
        </span>
      ))
    : 'Not shipped yet';
}

const when = (date: string | Date | null | undefined) => (date ? <DateTime value={date} /> : '—');

/** A fulfillment order's shipments: a table on a laptop, one card per shipment on a phone or tablet. */
function Shipments({ caption, shipments }: { caption: string; shipments: Shipment[] }) {
  return (
    <Table caption={caption} variant="compactCards" className="mt-3">
      <TableHead columns={['Shipment', 'Status', 'Shipped', 'Estimated arrival', 'Tracking']} />
      <tbody>
        {/* On a card: the shipment with its status on the right, the two dates, then tracking across. */}
        {shipments.map((s) => (
          <tr key={s.amazonShipmentId} className="max-lg:grid-cols-2">
            <td className="max-lg:font-medium max-lg:break-all">
              <span className="lg:sr-only">Shipment </span>
              {s.amazonShipmentId}
            </td>
            <td title={s.fulfillmentShipmentStatus} className="max-lg:text-right">
              {shipmentStatusLabel(s.fulfillmentShipmentStatus)}
            </td>
            <td data-label="Shipped">{when(s.shippingDate)}</td>
            <td data-label="Estimated arrival">{when(s.estimatedArrivalDate)}</td>
            <td data-label="Tracking" className="max-lg:col-span-2">
              <Tracking shipment={s} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
