import { DateTime } from '@/components/ui/date-time';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { BackorderHoldPanel } from '@/components/orders/backorder-hold-panel';
import { BuyerDetailsPanel } from '@/components/orders/buyer-details-panel';
import { CheckCancellationButton, ResendCancellationButton } from '@/components/orders/cancellation-buttons';
import { FulfillmentOrdersList } from '@/components/orders/fulfillment-orders-list';
import { RefreshOrderButton } from '@/components/orders/refresh-order-button';
import { SentMessagesTable } from '@/components/orders/sent-messages-table';
import { ShipByAtRisk } from '@/components/orders/ship-by-at-risk';
import { ShipByUrgencyMark } from '@/components/orders/ship-by-urgency';
import { MarketplaceDay } from '@/components/ui/marketplace-day';
import { PageHeader } from '@/components/ui/page-header';
import { Table, TableHead } from '@/components/ui/table';
import { getDb } from '@/db';
import { hasRole, requireUser } from '@/lib/auth';
import { cancellationsOf, getOrderDetail, heldBackorderOf, messagesOf, orderActions } from '@/lib/orders';
import { type CancellationRecord, type OrderItemWithStock, fulfilledByLabel, orderStatusLabel, serviceLevelLabel, shipByAtRisk } from '@/lib/orders/types';
import { formatMoney } from '@/lib/format-money';
import { marketplaceLabel } from '@/lib/sp-api/types';

type Params = { orderId: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: `Order ${decodeURIComponent((await params).orderId)}` };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id={id} className="mb-3 font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

const date = (d: Date | null) => (d ? <DateTime value={d} /> : '—');

const CANCELLATION_STATUS_LABELS: Record<CancellationRecord['status'], string> = {
  SENDING: 'Being sent',
  NOT_SENT: 'Not sent',
  IN_QUEUE: 'Waiting at Amazon',
  IN_PROGRESS: 'Amazon is processing it',
  DONE: 'Processed by Amazon',
  FATAL: 'Failed at Amazon',
  CANCELLED: 'Withdrawn',
};

export default async function OrderPage({ params }: { params: Promise<Params> }) {
  const user = await requireUser();
  const orderId = decodeURIComponent((await params).orderId);
  const db = await getDb();
  const detail = await getOrderDetail(db, user.workspaceId, orderId);
  if (!detail) notFound();
  const { order, items } = detail;
  const canAct = hasRole(user.role, 'operator');
  const actions = orderActions(order);
  const sent = await messagesOf(db, order);
  const cancellations = await cancellationsOf(db, order);
  const hold = await heldBackorderOf(db, order);
  const atRisk = hold ? shipByAtRisk(order.latestShipDate, new Date()) : false;
  const base = `/orders/${encodeURIComponent(order.amazonOrderId)}`;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/orders" className="text-blue-700 underline">
          ← Orders
        </Link>
      </p>
      <PageHeader
        title={`Order ${order.amazonOrderId}`}
        description={`${detail.accountName} · ${marketplaceLabel(order.marketplaceId).name} · ${order.salesChannel ?? 'Amazon'}`}
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div className="space-y-6">
          <Section title="Summary">
            <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
              <dt className="text-slate-600">Status</dt>
              <dd title={order.orderStatus}>{orderStatusLabel(order.orderStatus)}</dd>
              <dt className="text-slate-600">Channel</dt>
              <dd>{fulfilledByLabel(order.fulfilledBy, 'long')}</dd>
              <dt className="text-slate-600">Purchased</dt>
              <dd>{date(order.purchaseDate)}</dd>
              <dt className="text-slate-600">Last update</dt>
              <dd>{date(order.lastUpdateDate)}</dd>
              <dt className="text-slate-600">Ship by</dt>
              <dd>
                <MarketplaceDay date={order.latestShipDate} marketplaceId={order.marketplaceId} />
                {atRisk ? <ShipByAtRisk /> : <ShipByUrgencyMark order={order} now={new Date()} />}
              </dd>
              <dt className="text-slate-600">Deliver by</dt>
              <dd>
                <MarketplaceDay date={order.latestDeliveryDate} marketplaceId={order.marketplaceId} />
              </dd>
              <dt className="text-slate-600">Order total</dt>
              <dd>{formatMoney(order.orderTotalAmount, order.orderTotalCurrency)}</dd>
              <dt className="text-slate-600">Items shipped</dt>
              <dd>
                {order.itemsShipped ?? 0} shipped, {order.itemsUnshipped ?? 0} to ship
              </dd>
              <dt className="text-slate-600">Service level</dt>
              <dd>{order.shipServiceLevel ? <span title={order.shipServiceLevel}>{serviceLevelLabel(order.shipServiceLevel)}</span> : '—'}</dd>
              <dt className="text-slate-600">Ships to</dt>
              <dd>{[order.shipCity, order.shipState, order.shipCountry].filter(Boolean).join(', ') || '—'}</dd>
              <dt className="text-slate-600">Type</dt>
              <dd>
                {[order.isPrime ? 'Prime' : null, order.isBusiness ? 'Business' : null, order.isIspu ? 'Store pick-up' : null, order.orderType]
                  .filter(Boolean)
                  .join(' · ') || '—'}
              </dd>
            </dl>
          </Section>

          {hold ? (
            <Section title="Held as backorder">
              <BackorderHoldPanel orderId={order.amazonOrderId} hold={hold} latestShipDate={order.latestShipDate} atRisk={atRisk} canAct={canAct} />
            </Section>
          ) : null}

          <Section title="Items">
            {items.length ? <ItemsTable items={items} /> : <p className="text-sm text-slate-600">Amazon lists no items for this order.</p>}
          </Section>

          <Section title="FBA fulfillment orders">
            <FulfillmentOrdersList fulfillmentOrders={detail.fulfillmentOrders} />
          </Section>

          {cancellations.length ? (
            <Section title="Cancellations sent to Amazon">
              <ul className="space-y-3 text-sm">
                {cancellations.map((c) => (
                  <li key={c.id} className="space-y-1">
                    <p>
                      <span className="font-medium">{CANCELLATION_STATUS_LABELS[c.status]}</span> ·{' '}
                      {c.orderItemIds ? `items ${c.orderItemIds.join(', ')}` : 'the whole order'} · {date(c.requestedAt)}
                    </p>
                    {c.outcome ? <p className="text-slate-700">{c.outcome}</p> : null}
                    {canAct && c.canSendAgain ? <ResendCancellationButton orderId={order.amazonOrderId} cancellationId={c.id} /> : null}
                  </li>
                ))}
              </ul>
              {canAct && cancellations.some((c) => c.status === 'IN_QUEUE' || c.status === 'IN_PROGRESS') ? (
                <div className="mt-3">
                  <CheckCancellationButton orderId={order.amazonOrderId} />
                </div>
              ) : null}
            </Section>
          ) : null}

          <Section title="Messages sent to the buyer">
            <SentMessagesTable messages={sent} />
          </Section>
        </div>

        <div className="space-y-6">
          <Section title="Actions">
            <ul className="space-y-2 text-sm">
              {actions.amazonShips ? <li>Amazon ships this order from FBA stock: there is nothing to fulfill or confirm.</li> : null}
              {actions.canUpdatePickupStatus ? (
                <li>
                  <Link href={`${base}/ship`} className="font-medium text-blue-700 underline">
                    Set the store pick-up status
                  </Link>
                </li>
              ) : null}
              {actions.canFulfillWithFba ? (
                <li>
                  <Link href={`${base}/fulfill`} className="font-medium text-blue-700 underline">
                    Fulfill with FBA
                  </Link>
                </li>
              ) : null}
              {actions.canConfirmShipment ? (
                <li>
                  <Link href={`${base}/ship`} className="font-medium text-blue-700 underline">
                    Confirm shipment
                  </Link>
                </li>
              ) : null}
              <li>
                <Link href={`${base}/messages`} className="font-medium text-blue-700 underline">
                  Message the buyer
                </Link>
              </li>
              {hasRole(user.role, 'admin') ? (
                <li>
                  <Link href={`/settings/audit?target=${encodeURIComponent(order.amazonOrderId)}`} className="font-medium text-blue-700 underline">
                    Audit log of this order
                  </Link>
                </li>
              ) : null}
            </ul>
            {canAct ? (
              <div className="mt-4">
                <RefreshOrderButton orderId={order.amazonOrderId} />
              </div>
            ) : null}
          </Section>

          <Section title="Buyer and shipping address">
            {canAct ? (
              <BuyerDetailsPanel orderId={order.amazonOrderId} />
            ) : (
              <p className="text-sm text-slate-600">Buyer names and addresses are shown to operators, admins and owners. Your role is viewer.</p>
            )}
          </Section>
        </div>
      </div>
    </>
  );
}

function Availability({ item }: { item: OrderItemWithStock }) {
  if (item.quantityOpen === 0) return <span className="text-slate-600">All shipped</span>;
  if (item.fulfillable === null) return <span className="text-amber-900">No FBA stock record for this SKU</span>;
  return item.canFulfill ? (
    <span className="text-green-800">
      {item.fulfillable} fulfillable, enough for {item.quantityOpen}
    </span>
  ) : (
    <span className="font-medium text-red-800">
      Only {item.fulfillable} fulfillable for {item.quantityOpen} to ship
    </span>
  );
}

const itemPrice = (item: OrderItemWithStock) => formatMoney(item.itemPriceAmount, item.itemPriceCurrency);

/** The order's items: a table on a laptop, one card per item on a phone or tablet (nothing to scroll sideways). */
function ItemsTable({ items }: { items: OrderItemWithStock[] }) {
  return (
    <Table caption="Items of this order" variant="compactCards">
      <TableHead columns={['Item', 'SKU', 'ASIN', 'Ordered', 'Shipped', 'Price', 'FBA availability']} />
      <tbody>
        {/* On a card: the title across, SKU and ASIN, the three figures, then FBA availability across. */}
        {items.map((item) => (
          <tr key={item.orderItemId} className="max-lg:grid-cols-3">
            <td className="max-lg:col-span-3 max-lg:font-medium max-lg:break-words">{item.title ?? '—'}</td>
            <td data-label="SKU" className="font-mono text-xs max-lg:col-span-2 max-lg:break-all">
              {item.sellerSku ?? '—'}
            </td>
            <td data-label="ASIN" className="font-mono text-xs max-lg:break-all">
              {item.asin}
            </td>
            <td data-label="Ordered" className="tabular-nums">
              {item.quantityOrdered}
            </td>
            <td data-label="Shipped" className="tabular-nums">
              {item.quantityShipped}
            </td>
            <td data-label="Price" className="whitespace-nowrap">
              {itemPrice(item)}
            </td>
            <td data-label="FBA availability" className="max-lg:col-span-3">
              <Availability item={item} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
