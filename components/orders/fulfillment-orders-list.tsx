import { formatDateTime } from '@/lib/format';
import type { LinkedFulfillmentOrder } from '@/lib/orders/detail';

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
              {fo.status} <span className="text-slate-600">(since {formatDateTime(fo.statusUpdatedAt)})</span>
            </dd>
            <dt className="text-slate-600">Received</dt>
            <dd>{formatDateTime(fo.receivedAt)}</dd>
            <dt className="text-slate-600">Shipping speed</dt>
            <dd>{fo.shippingSpeedCategory}</dd>
            {fo.fulfillmentPolicy ? (
              <>
                <dt className="text-slate-600">Policy</dt>
                <dd>{fo.fulfillmentPolicy}</dd>
              </>
            ) : null}
          </dl>
          {fo.detail?.shipments.length ? (
            <table className="mt-3 w-full text-left text-sm">
              <caption className="sr-only">Shipments of fulfillment order {fo.sellerFulfillmentOrderId}</caption>
              <thead className="text-slate-700">
                <tr>
                  <th scope="col" className="py-1 pr-3">Shipment</th>
                  <th scope="col" className="py-1 pr-3">Status</th>
                  <th scope="col" className="py-1 pr-3">Shipped</th>
                  <th scope="col" className="py-1 pr-3">Estimated arrival</th>
                  <th scope="col" className="py-1">Tracking</th>
                </tr>
              </thead>
              <tbody>
                {fo.detail.shipments.map((s) => (
                  <tr key={s.amazonShipmentId} className="border-t border-slate-100 align-top">
                    <td className="py-1 pr-3">{s.amazonShipmentId}</td>
                    <td className="py-1 pr-3">{s.fulfillmentShipmentStatus}</td>
                    <td className="py-1 pr-3">{s.shippingDate ? formatDateTime(s.shippingDate) : '—'}</td>
                    <td className="py-1 pr-3">{s.estimatedArrivalDate ? formatDateTime(s.estimatedArrivalDate) : '—'}</td>
                    <td className="py-1">
                      {s.fulfillmentShipmentPackage?.length
                        ? s.fulfillmentShipmentPackage.map((p) => (
                            <span key={p.packageNumber} className="block">
                              {p.carrierCode} {p.trackingNumber ?? p.amazonFulfillmentTrackingNumber ?? '(no tracking number yet)'}
                            </span>
                          ))
                        : 'Not shipped yet'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="mt-2 text-sm text-slate-600">{fo.detail ? 'No shipment yet.' : 'Shipments appear after the next sync.'}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
