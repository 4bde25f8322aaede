import { DateTime } from '@/components/ui/date-time';
import { Table, TableHead } from '@/components/ui/table';
import type { LinkedFulfillmentOrder } from '@/lib/orders/types';
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
                <dt className="text-slate-600">Policy</dt>
                <dd title={fo.fulfillmentPolicy}>{policyLabel(fo.fulfillmentPolicy)}</dd>
              </>
            ) : null}
          </dl>
          {fo.detail?.shipments.length ? (
            <Table caption={`Shipments of fulfillment order ${fo.sellerFulfillmentOrderId}`} className="mt-3">
              <TableHead columns={['Shipment', 'Status', 'Shipped', 'Estimated arrival', 'Tracking']} />
              <tbody>
                {fo.detail.shipments.map((s) => (
                  <tr key={s.amazonShipmentId}>
                    <td>{s.amazonShipmentId}</td>
                    <td title={s.fulfillmentShipmentStatus}>{shipmentStatusLabel(s.fulfillmentShipmentStatus)}</td>
                    <td>{s.shippingDate ? <DateTime value={s.shippingDate} /> : '—'}</td>
                    <td>{s.estimatedArrivalDate ? <DateTime value={s.estimatedArrivalDate} /> : '—'}</td>
                    <td>
                      {s.fulfillmentShipmentPackage?.length
                        ? s.fulfillmentShipmentPackage.map((p) => (
                            <span key={p.packageNumber} className="block">
                              <span title={p.carrierCode}>{fbaCarrierName(p.carrierCode)}</span>{' '}
                              {p.trackingNumber ?? p.amazonFulfillmentTrackingNumber ?? '(no tracking number yet)'}
                            </span>
                          ))
                        : 'Not shipped yet'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <p className="mt-2 text-sm text-slate-600">{fo.detail ? 'No shipment yet.' : 'Shipments appear after the next sync.'}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
