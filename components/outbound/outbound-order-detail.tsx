'use client';

/**
 * One outbound order, kept current without a reload: while it is still moving (not final, or a
 * package not yet delivered) TanStack Query polls the order's route, which refreshes it from
 * Amazon within the quota and returns the stored view.
 */
import { DateTime } from '@/components/ui/date-time';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { Table, TableHead } from '@/components/ui/table';
import {
  fbaCarrierName,
  outboundOrderApiPath,
  policyLabel,
  returnConditionLabel,
  returnReasonLabel,
  shipmentStatusLabel,
  type OutboundOrderView,
} from '@/lib/outbound/types';
import { CancelOrderForm, ReturnForm, UpdateOrderForm } from './order-actions';
import { StatusBadge } from './status-badge';
import { StatusTimeline, TrackingTimeline } from './timelines';

export const POLL_WHILE_MOVING_MS = 5_000;

interface OrderResponse {
  order: OutboundOrderView;
  refreshError?: string;
}

async function fetchOrder(accountId: string, id: string): Promise<OrderResponse> {
  const response = await fetch(outboundOrderApiPath(accountId, id), { cache: 'no-store' });
  const body = (await response.json()) as OrderResponse & { error?: string };
  if (!response.ok) throw new Error(body.error ?? 'The order could not be refreshed.');
  return body;
}

export function OutboundOrderDetail({ initial, canWrite }: { initial: OutboundOrderView; canWrite: boolean }) {
  const queryKey = ['outbound-order', initial.accountId, initial.sellerFulfillmentOrderId];
  const queryClient = useQueryClient();
  const { data, isError, error } = useQuery({
    queryKey,
    queryFn: () => fetchOrder(initial.accountId, initial.sellerFulfillmentOrderId),
    initialData: { order: initial },
    initialDataUpdatedAt: 0,
    refetchInterval: (query) => (query.state.data?.order.moving ? POLL_WHILE_MOVING_MS : false),
    refetchIntervalInBackground: false,
  });
  // A server re-render after an action brings a newer copy than the cache may hold.
  useEffect(() => {
    const key = ['outbound-order', initial.accountId, initial.sellerFulfillmentOrderId];
    const cached = queryClient.getQueryData<OrderResponse>(key);
    if (!cached || Date.parse(cached.order.syncedAt) < Date.parse(initial.syncedAt)) queryClient.setQueryData(key, { order: initial });
  }, [initial, queryClient]);

  const order = data.order;
  const detail = order.detail;
  return (
    <div className="space-y-6">
      <div role="status" aria-live="polite" className="text-sm">
        {isError ? <p className="rounded-md bg-amber-50 p-2 text-amber-900">{error.message} What you see may be out of date.</p> : null}
        {data.refreshError ? <p className="rounded-md bg-amber-50 p-2 text-amber-900">{data.refreshError} What you see may be out of date.</p> : null}
      </div>
      <section aria-labelledby="summary" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="summary" className="sr-only">
          Summary
        </h2>
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-sm text-slate-700">Status</span>
          <span data-testid="order-status">
            <StatusBadge status={order.status} />
          </span>
          <span className="text-xs text-slate-600">
            {order.moving ? 'Updating by itself while the order moves' : 'Final'} · copied from Amazon <DateTime value={order.syncedAt} />
          </span>
        </div>
        <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
          <Term label="Order number" value={order.displayableOrderId} />
          <Term label="Order date" value=<DateTime value={order.displayableOrderDate} /> />
          <Term label="Received by Amazon" value=<DateTime value={order.receivedAt} /> />
          <Term label="Account" value={order.accountName} />
          <Term label="Destination" value={[order.destination.city, order.destination.state, order.destination.country].filter(Boolean).join(', ')} />
          <Term label="Shipping speed" value={order.shippingSpeedCategory} />
          <Term
            label="Fill policy"
            value={order.fulfillmentPolicy ? <span title={order.fulfillmentPolicy}>{policyLabel(order.fulfillmentPolicy)}</span> : '—'}
          />
          <Term label="Action" value={detail?.fulfillmentAction === 'Hold' ? 'On hold' : 'Ship'} />
          {detail?.displayableOrderComment ? <Term label="Packing slip note" value={detail.displayableOrderComment} /> : null}
        </dl>
      </section>

      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <section aria-labelledby="items" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="items" className="font-semibold">
              Items
            </h2>
            {detail ? (
              <ItemsTable items={detail.items} />
            ) : (
              <p className="mt-2 text-sm text-slate-600">The items have not been copied from Amazon yet; they appear here by themselves.</p>
            )}
          </section>

          <section aria-labelledby="shipments" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="shipments" className="font-semibold">
              Shipments
            </h2>
            {detail?.shipments.length ? (
              detail.shipments.map((shipment) => (
                <article
                  key={shipment.amazonShipmentId}
                  aria-labelledby={`shipment-${shipment.amazonShipmentId}`}
                  className="mt-4 border-t border-slate-100 pt-3 first:border-t-0"
                >
                  <h3 id={`shipment-${shipment.amazonShipmentId}`} className="font-medium">
                    Shipment {shipment.amazonShipmentId} ·{' '}
                    <span title={shipment.fulfillmentShipmentStatus}>{shipmentStatusLabel(shipment.fulfillmentShipmentStatus).toLowerCase()}</span> · from{' '}
                    {shipment.fulfillmentCenterId}
                  </h3>
                  <p className="text-sm text-slate-700">
                    {shipment.shippingDate ? (
                      <>
                        Ship date <DateTime value={shipment.shippingDate} />
                      </>
                    ) : (
                      'Not shipped yet'
                    )}
                    {shipment.estimatedArrivalDate ? (
                      <>
                        {' · estimated arrival '}
                        <DateTime value={shipment.estimatedArrivalDate} />
                      </>
                    ) : null}
                  </p>
                  <ul className="mt-1 text-sm">
                    {shipment.fulfillmentShipmentItem.map((i) => (
                      <li key={`${i.sellerFulfillmentOrderItemId}-${i.packageNumber ?? ''}`}>
                        {i.quantity} × <span className="font-mono">{i.sellerSku}</span>
                        {i.packageNumber ? ` in package ${i.packageNumber}` : ''}
                      </li>
                    ))}
                  </ul>
                  {(shipment.fulfillmentShipmentPackage ?? []).map((pkg) => {
                    const tracking = order.tracking.find((t) => t.packageNumber === pkg.packageNumber);
                    return (
                      <div key={pkg.packageNumber} className="mt-2 text-sm">
                        <p>
                          Package {pkg.packageNumber} · carrier{' '}
                          <span className="font-medium" title={pkg.carrierCode}>
                            {fbaCarrierName(pkg.carrierCode)}
                          </span>{' '}
                          · tracking number <span className="font-mono">{pkg.trackingNumber ?? pkg.amazonFulfillmentTrackingNumber ?? '—'}</span>
                        </p>
                        {tracking ? <TrackingTimeline tracking={tracking} /> : <p className="text-slate-600">Waiting for the carrier’s first scan.</p>}
                      </div>
                    );
                  })}
                </article>
              ))
            ) : (
              <p className="mt-2 text-sm text-slate-600">No shipment yet: Amazon plans one once the order is being processed.</p>
            )}
          </section>

          <ReturnsSection order={order} />
        </div>

        <div className="space-y-6">
          <StatusTimeline order={order} />
          {canWrite ? (
            <>
              <section aria-labelledby="change-order" className="rounded-lg border border-slate-200 bg-white p-5">
                <h2 id="change-order" className="font-semibold">
                  Change or cancel
                </h2>
                <div className="mt-3 space-y-6">
                  {order.canUpdate ? <UpdateOrderForm order={order} /> : null}
                  <CancelOrderForm order={order} />
                </div>
              </section>
              {order.canReturn ? (
                <section aria-labelledby="new-return" className="rounded-lg border border-slate-200 bg-white p-5">
                  <h2 id="new-return" className="font-semibold">
                    Create a return
                  </h2>
                  <ReturnForm order={order} />
                </section>
              ) : null}
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}

function Term({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
}

function ReturnsSection({ order }: { order: OutboundOrderView }) {
  const authorizations = order.detail?.returnAuthorizations ?? [];
  const returned = (order.detail?.returnItems ?? []).map((r) => ({
    key: r.sellerReturnItemId,
    sku: order.detail?.items.find((i) => i.sellerFulfillmentOrderItemId === r.sellerFulfillmentOrderItemId)?.sellerSku ?? r.sellerFulfillmentOrderItemId,
    reason: <span title={r.sellerReturnReasonCode}>{returnReasonLabel(r.sellerReturnReasonCode)}</span>,
    status: (
      <>
        {r.status === 'New' ? 'Awaiting return' : 'Processed'} (<DateTime value={r.statusChangedDate} />)
      </>
    ),
    condition: r.returnReceivedCondition ? <span title={r.returnReceivedCondition}>{returnConditionLabel(r.returnReceivedCondition)}</span> : '—',
    rma: authorizations.find((a) => a.returnAuthorizationId === r.returnAuthorizationId),
  }));
  if (!returned.length) return null;
  const rmaLink = (rma: (typeof returned)[number]['rma']) =>
    rma ? (
      <a href={rma.rmaPageURL} className="text-blue-800 underline" target="_blank" rel="noreferrer">
        RMA {rma.amazonRmaId}
      </a>
    ) : (
      '—'
    );
  return (
    <section aria-labelledby="returns" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="returns" className="font-semibold">
        Returns
      </h2>
      <Table caption="Returned items" variant="compactCards" className="mt-3">
        <TableHead columns={['Item', 'Reason', 'Status', 'Condition', 'Authorization']} />
        <tbody>
          {/* On a card: the SKU across, then reason and condition, status and authorization across. */}
          {returned.map((r) => (
            <tr key={r.key} className="max-lg:grid-cols-2">
              <td className="font-mono max-lg:col-span-2 max-lg:font-medium max-lg:break-all">{r.sku}</td>
              <td data-label="Reason">{r.reason}</td>
              <td data-label="Status" className="max-lg:col-span-2 max-lg:row-start-3">
                {r.status}
              </td>
              <td data-label="Condition" className="max-lg:col-start-2 max-lg:row-start-2">
                {r.condition}
              </td>
              <td data-label="Authorization" className="max-lg:col-span-2">
                {rmaLink(r.rma)}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}

type OutboundItem = NonNullable<OutboundOrderView['detail']>['items'][number];

/** The order's items: a table on a laptop, one card per item on a phone or tablet (nothing to scroll sideways). */
function ItemsTable({ items }: { items: readonly OutboundItem[] }) {
  return (
    <Table caption="Items of this outbound order" variant="compactCards" className="mt-3">
      <TableHead columns={['SKU', 'Ordered', 'Cancelled', 'Unfulfillable', 'Estimated arrival']} />
      <tbody>
        {/* On a card: the SKU across, the three figures, then the estimated arrival across. */}
        {items.map((item) => (
          <tr key={item.sellerFulfillmentOrderItemId} className="max-lg:grid-cols-3">
            <th scope="row" className="font-mono font-normal max-lg:col-span-3 max-lg:font-medium max-lg:break-all">
              {item.sellerSku}
            </th>
            <td data-label="Ordered" className="tabular-nums">
              {item.quantity}
            </td>
            <td data-label="Cancelled" className="tabular-nums">
              {item.cancelledQuantity}
            </td>
            <td data-label="Unfulfillable" className="tabular-nums">
              {item.unfulfillableQuantity}
            </td>
            <td data-label="Estimated arrival" className="max-lg:col-span-3">
              {item.estimatedArrivalDate ? <DateTime value={item.estimatedArrivalDate} /> : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
