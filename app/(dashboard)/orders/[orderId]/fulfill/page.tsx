import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FulfillWithFbaForm } from '@/components/orders/fulfill-with-fba-form';
import { FulfillmentOrderCard } from '@/components/orders/fulfillment-order-card';
import { LowStockDecisions } from '@/components/orders/low-stock-decisions';
import { OrderSummary } from '@/components/orders/order-summary';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Table, TableHead } from '@/components/ui/table';
import { getDb } from '@/db';
import { requireUser } from '@/lib/auth';
import { canFulfillWithFba, decisionsOf, findOrder, fulfillableBySku, fulfillmentOrdersOf, itemsOf } from '@/lib/orders';
import { accountFeatures, featuresAreFresh, storedFeatures } from '@/lib/outbound';
import { orderStatusLabel } from '@/lib/orders/types';

export const metadata: Metadata = { title: 'Fulfill with FBA' };

/** Reads the database only: what it lacks from Amazon, the form asks for (prepareFulfillmentAction). */
export default async function FulfillOrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const user = await requireUser('operator');
  const { orderId } = await params;
  const db = await getDb();
  const order = await findOrder(db, user.workspaceId, decodeURIComponent(orderId));
  if (!order) notFound();

  const [fulfillmentOrders, decisions] = await Promise.all([fulfillmentOrdersOf(db, order), decisionsOf(db, order)]);
  const header = (
    <PageHeader title={`Fulfill order ${order.amazonOrderId} with FBA`} description="Multi-Channel Fulfillment: Amazon ships this order from your FBA stock." />
  );

  if (order.fulfilledBy === 'AMAZON') {
    return (
      <>
        {header}
        <OrderSummary order={order} current="fulfill" />
        <EmptyState title="Amazon ships this order">
          This is a Fulfilled by Amazon (FBA) order: Amazon picks, packs and ships it from your FBA stock. There is nothing to fulfill here.
        </EmptyState>
      </>
    );
  }
  if (order.isIspu) {
    return (
      <>
        {header}
        <OrderSummary order={order} current="fulfill" />
        <EmptyState title="The buyer collects this order in store">There is nothing for FBA to ship. Set its pick-up status on the Shipment page.</EmptyState>
      </>
    );
  }

  const [items, features] = await Promise.all([itemsOf(db, order), storedFeatures(db, user.workspaceId, order.accountId, order.marketplaceId)]);
  const stock = await fulfillableBySku(
    db,
    order,
    items.map((i) => i.sellerSku).filter((s): s is string => Boolean(s)),
  );

  return (
    <>
      {header}
      <OrderSummary order={order} current="fulfill" />
      <div className="space-y-6">
        {fulfillmentOrders.map((fo) => (
          <FulfillmentOrderCard key={fo.sellerFulfillmentOrderId} order={fo} />
        ))}
        {fulfillmentOrders.length ? (
          <p className="text-sm">
            When FBA has shipped it,{' '}
            <Link href={`/orders/${order.amazonOrderId}/ship`} className="text-blue-700 underline">
              confirm the shipment on the Amazon order
            </Link>
            .
          </p>
        ) : null}
        <LowStockDecisions decisions={decisions} />

        <section aria-labelledby="items-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="items-heading" className="font-semibold">
            Items and FBA stock
          </h2>
          {items.length ? (
            <ItemsAndStock items={items} stock={stock} />
          ) : (
            <p className="mt-2 text-sm text-slate-600">The items of this order have not been read from Amazon yet.</p>
          )}
        </section>

        {!canFulfillWithFba(order) ? (
          <EmptyState title="Nothing to fulfill">
            This order is {orderStatusLabel(order.orderStatus)}. Only unshipped or partially shipped seller-fulfilled orders can be fulfilled with FBA.
          </EmptyState>
        ) : fulfillmentOrders.length ? null : decisions.some((d) => d.status === 'held') ? (
          <p className="text-sm">
            This order is held as a backorder: the next sync sends it to FBA once the stock covers it.{' '}
            <Link href={`/orders/${encodeURIComponent(order.amazonOrderId)}`} className="text-blue-700 underline">
              See the hold on the order page
            </Link>
            , where it can be cancelled.
          </p>
        ) : (
          <FulfillWithFbaForm
            orderId={order.amazonOrderId}
            // Items arrive a little after their order, and features age: the form reads them from Amazon first.
            needsPreparation={!items.length || !featuresAreFresh(features)}
            features={accountFeatures(features)}
            items={items.map((i) => ({ orderItemId: i.orderItemId, sellerSku: i.sellerSku ?? '', title: i.title ?? i.asin }))}
          />
        )}
      </div>
    </>
  );
}

type Item = Awaited<ReturnType<typeof itemsOf>>[number];

/** FBA stock against what is left to ship: short in red, with by how much. */
function Fulfillable({ item, stock }: { item: Item; stock: ReadonlyMap<string, number> }) {
  const fulfillable = item.sellerSku ? stock.get(item.sellerSku) : undefined;
  const needed = item.quantityOrdered - item.quantityShipped;
  if (fulfillable === undefined) return <>Not synced</>;
  if (fulfillable < needed) return <span className="font-semibold text-red-700">{`${fulfillable} (short ${needed - fulfillable})`}</span>;
  return <>{fulfillable}</>;
}

/** The order's items and their FBA stock: a table on a laptop, one card per item on a phone or tablet. */
function ItemsAndStock({ items, stock }: { items: Item[]; stock: ReadonlyMap<string, number> }) {
  return (
    <Table caption="Items and FBA stock" variant="compactCards" className="mt-3">
      <TableHead columns={['SKU', 'Title', 'Ordered', 'Shipped', 'FBA fulfillable']} />
      <tbody>
        {/* On a card: the title on top, the SKU under it, then the three figures. */}
        {items.map((item) => (
          <tr key={item.orderItemId} className="max-lg:grid-cols-3">
            <td className="max-lg:col-span-3 max-lg:row-start-2 max-lg:font-mono max-lg:text-xs max-lg:break-all max-lg:text-slate-600">
              {item.sellerSku ?? '—'}
            </td>
            <td className="max-lg:col-span-3 max-lg:row-start-1 max-lg:font-medium max-lg:break-words">{item.title ?? item.asin}</td>
            <td data-label="Ordered" className="tabular-nums">
              {item.quantityOrdered}
            </td>
            <td data-label="Shipped" className="tabular-nums">
              {item.quantityShipped}
            </td>
            <td data-label="FBA fulfillable">
              <Fulfillable item={item} stock={stock} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
