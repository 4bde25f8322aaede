import { DateTime } from '@/components/ui/date-time';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FulfillmentOrderCard } from '@/components/orders/fulfillment-order-card';
import { OrderSummary } from '@/components/orders/order-summary';
import { ConfirmFbaShipmentButton, ConfirmModeForm, ManualConfirmForm, RefreshFbaStatusButton, ShipmentStatusForm } from '@/components/orders/shipment-forms';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Table, TableHead } from '@/components/ui/table';
import { getDb } from '@/db';
import { hasRole, requireUser } from '@/lib/auth';
import { orderActions, findOrder, fulfillmentOrdersOf, itemsOf, confirmationsOf, confirmShipmentMode, pendingFbaPackages } from '@/lib/orders';
import { carrierLabel, orderStatusLabel } from '@/lib/orders/types';
import { fbaCarrierName } from '@/lib/outbound/types';

export const metadata: Metadata = { title: 'Shipment' };

export default async function OrderShipmentPage({ params }: { params: Promise<{ orderId: string }> }) {
  const user = await requireUser('viewer');
  const { orderId } = await params;
  const db = await getDb();
  const order = await findOrder(db, user.workspaceId, decodeURIComponent(orderId));
  if (!order) notFound();
  const canAct = hasRole(user.role, 'operator');
  const header = (
    <PageHeader
      title={`Shipment of order ${order.amazonOrderId}`}
      description="Confirm on the Amazon order what has shipped, with carrier and tracking, so the buyer is told."
    />
  );

  if (order.fulfilledBy === 'AMAZON') {
    return (
      <>
        {header}
        <OrderSummary order={order} current="ship" />
        <EmptyState title="Amazon ships this order">
          Amazon confirms the shipments of the orders it fulfills (FBA); there is nothing to confirm here.
        </EmptyState>
      </>
    );
  }
  if (order.isIspu) {
    const { canUpdatePickupStatus } = orderActions(order);
    return (
      <>
        {header}
        <OrderSummary order={order} current="ship" />
        <section aria-labelledby="pickup-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="pickup-heading" className="mb-1 font-semibold">
            Store pick-up status
          </h2>
          <p className="mb-3 text-sm text-slate-600">The buyer collects this order in store: tell Amazon when it is ready, picked up or refused.</p>
          {!canUpdatePickupStatus ? (
            <p className="text-sm text-slate-600">This order is {orderStatusLabel(order.orderStatus)}: its pick-up status cannot change.</p>
          ) : canAct ? (
            <ShipmentStatusForm orderId={order.amazonOrderId} />
          ) : (
            <p className="text-sm text-slate-600">Operators, admins and owners set the pick-up status.</p>
          )}
        </section>
      </>
    );
  }

  const [fulfillmentOrders, confirmations, pending, items, mode] = await Promise.all([
    fulfillmentOrdersOf(db, order),
    confirmationsOf(db, order),
    pendingFbaPackages(db, order),
    itemsOf(db, order),
    confirmShipmentMode(db, user.workspaceId),
  ]);
  const open = order.orderStatus === 'UNSHIPPED' || order.orderStatus === 'PARTIALLY_SHIPPED';
  const unshippedItems = items.filter((i) => i.quantityOrdered > i.quantityShipped);

  return (
    <>
      {header}
      <OrderSummary order={order} current="ship" />
      <div className="space-y-6">
        <section aria-labelledby="fba-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="fba-heading" className="font-semibold">
            FBA shipment
          </h2>
          <p className="text-sm text-slate-700">
            {mode === 'automatic'
              ? 'This workspace confirms shipped FBA packages on the Amazon order automatically after each sync.'
              : 'This workspace confirms shipped FBA packages on a click, below.'}
          </p>
          {fulfillmentOrders.length ? (
            <>
              {fulfillmentOrders.map((fo) => (
                <FulfillmentOrderCard key={fo.sellerFulfillmentOrderId} order={fo} />
              ))}
              {canAct ? (
                <div className="flex flex-wrap items-start gap-6">
                  <RefreshFbaStatusButton orderId={order.amazonOrderId} />
                  <ConfirmFbaShipmentButton orderId={order.amazonOrderId} waiting={pending.length > 0} />
                </div>
              ) : null}
            </>
          ) : (
            <p className="text-sm text-slate-600">This order has no FBA fulfillment order.</p>
          )}
          {pending.length ? (
            <div className="rounded-md border border-blue-200 bg-blue-50 p-4">
              <h3 className="font-semibold">Shipped by FBA, not yet confirmed on the order</h3>
              <ul className="mt-2 ml-4 list-disc text-sm">
                {pending.map((p) => (
                  <li key={`${p.sellerFulfillmentOrderId}-${p.packageNumber}`}>
                    Package {p.packageNumber}: <span title={p.carrierCode}>{fbaCarrierName(p.carrierCode)}</span> {p.trackingNumber}, shipped{' '}
                    <DateTime value={p.shipDate} />, {p.items.reduce((n, i) => n + i.quantity, 0)} units
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>

        <section aria-labelledby="confirmed-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="confirmed-heading" className="font-semibold">
            Confirmed shipments
          </h2>
          {confirmations.length ? (
            <ConfirmedShipments confirmations={confirmations} />
          ) : (
            <p className="mt-2 text-sm text-slate-600">No shipment has been confirmed from the dashboard yet.</p>
          )}
        </section>

        {canAct && open && unshippedItems.length ? (
          <section aria-labelledby="manual-heading" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="manual-heading" className="mb-3 font-semibold">
              Confirm a shipment by hand
            </h2>
            <ManualConfirmForm
              orderId={order.amazonOrderId}
              today={new Date().toISOString().slice(0, 10)}
              items={unshippedItems.map((i) => ({
                orderItemId: i.orderItemId,
                label: i.sellerSku ?? i.asin,
                unshipped: i.quantityOrdered - i.quantityShipped,
              }))}
            />
          </section>
        ) : null}

        {hasRole(user.role, 'admin') ? (
          <section aria-labelledby="mode-heading" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="mode-heading" className="mb-3 font-semibold">
              Workspace setting
            </h2>
            <ConfirmModeForm mode={mode} orderId={order.amazonOrderId} />
          </section>
        ) : null}
      </div>
    </>
  );
}

type Confirmation = Awaited<ReturnType<typeof confirmationsOf>>[number];

const units = (c: Confirmation) => c.items.reduce((n, i) => n + i.quantity, 0);
const source = (c: Confirmation) => (c.source === 'fba' ? (c.confirmedBy ? 'FBA, on a click' : 'FBA, automatic') : 'Typed');

/** The shipments confirmed from the dashboard: a table on a laptop, its rows a card per package on a phone or tablet. */
function ConfirmedShipments({ confirmations }: { confirmations: Confirmation[] }) {
  return (
    <Table caption="Confirmed shipments" variant="compactCards" className="mt-3">
      <TableHead columns={['Package', 'Carrier', 'Tracking number', 'Shipped', 'Units', 'Source', 'Amazon request id']} />
      <tbody>
        {/* On a card: the package with its source on the right, carrier and tracking, date and units, then the request id across. */}
        {confirmations.map((c) => (
          <tr key={c.packageReferenceId} className="max-lg:grid-cols-2">
            <td className="max-lg:font-medium">
              <span className="lg:sr-only">Package </span>
              {c.packageReferenceId}
            </td>
            <td data-label="Carrier" title={c.carrierCode}>
              {carrierLabel(c.carrierCode, c.carrierName)}
            </td>
            <td data-label="Tracking number" className="break-all">
              {c.trackingNumber}
            </td>
            <td data-label="Shipped">
              <DateTime value={c.shipDate} />
            </td>
            <td data-label="Units" className="tabular-nums">
              {units(c)}
            </td>
            <td className="max-lg:col-start-2 max-lg:row-start-1 max-lg:text-right">{source(c)}</td>
            <td data-label="Amazon request id" className="font-mono text-xs break-all max-lg:col-span-2">
              {c.requestId ?? '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
