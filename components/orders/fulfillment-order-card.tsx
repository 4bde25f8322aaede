import { DateTime } from '@/components/ui/date-time';
import { Table, TableHead } from '@/components/ui/table';
import { fbaCarrierName, policyLabel, shipmentStatusLabel, statusLabel, type FulfillmentOrderDetail } from '@/lib/outbound/types';

export interface FulfillmentOrderCardData {
  sellerFulfillmentOrderId: string;
  status: string;
  statusUpdatedAt: Date;
  shippingSpeedCategory: string;
  fulfillmentPolicy: string | null;
  detail: Record<string, unknown> | null;
}

/** A fulfillment order linked to the Amazon order: status, items, shipments and tracking. */
export function FulfillmentOrderCard({ order }: { order: FulfillmentOrderCardData }) {
  const detail = order.detail as Partial<FulfillmentOrderDetail> | null;
  const headingId = `fo-${order.sellerFulfillmentOrderId}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id={headingId} className="font-semibold">
        Fulfillment order {order.sellerFulfillmentOrderId}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600">Status</dt>
          <dd className="font-medium" data-testid="fulfillment-order-status">
            {statusLabel(order.status)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Updated</dt>
          <dd>
            <DateTime value={order.statusUpdatedAt} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Speed</dt>
          <dd>{order.shippingSpeedCategory}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Fill policy</dt>
          <dd title={order.fulfillmentPolicy ?? undefined}>{order.fulfillmentPolicy ? policyLabel(order.fulfillmentPolicy) : '—'}</dd>
        </div>
      </dl>
      {detail?.items?.length ? (
        <Table caption={`Items of ${order.sellerFulfillmentOrderId}`} className="mt-4">
          <TableHead columns={['SKU', 'Quantity', 'Cancelled', 'Unfulfillable']} />
          <tbody>
            {detail.items.map((item) => (
              <tr key={item.sellerFulfillmentOrderItemId}>
                <td>{item.sellerSku}</td>
                <td>{item.quantity}</td>
                <td>{item.cancelledQuantity}</td>
                <td>{item.unfulfillableQuantity}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {detail?.shipments?.length ? (
        <ul className="mt-4 space-y-2 text-sm">
          {detail.shipments.map((s) => (
            <li key={s.amazonShipmentId}>
              Shipment {s.amazonShipmentId}: <span title={s.fulfillmentShipmentStatus}>{shipmentStatusLabel(s.fulfillmentShipmentStatus)}</span>
              {s.shippingDate ? (
                <>
                  , {s.fulfillmentShipmentStatus === 'SHIPPED' ? 'shipped' : 'ships'} <DateTime value={s.shippingDate} />
                </>
              ) : null}
              {(s.fulfillmentShipmentPackage ?? []).map((p) => (
                <span key={p.packageNumber} className="block text-slate-700">
                  Package {p.packageNumber}: <span title={p.carrierCode}>{fbaCarrierName(p.carrierCode)}</span> {p.trackingNumber ?? '(no tracking number yet)'}
                </span>
              ))}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-4 text-sm text-slate-600">No shipment yet: FBA is preparing the order.</p>
      )}
    </section>
  );
}
