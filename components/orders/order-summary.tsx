import { DateTime } from '@/components/ui/date-time';
import Link from 'next/link';
import { MarketplaceName } from '@/components/ui/marketplace-name';
import { marketplaceLabel } from '@/lib/sp-api/types';
import { fulfilledByLabel, orderStatusLabel, type FulfilledBy, type OrderStatus } from '@/lib/orders/types';

export interface OrderSummaryData {
  amazonOrderId: string;
  orderStatus: OrderStatus;
  fulfilledBy: FulfilledBy | null;
  marketplaceId: string;
  purchaseDate: Date;
  shipCity: string | null;
  shipState: string | null;
  shipCountry: string | null;
}

/** The few order facts the fulfill, ship and messages pages share, with links between them. */
export function OrderSummary({ order, current }: { order: OrderSummaryData; current: 'fulfill' | 'ship' | 'messages' }) {
  const base = `/orders/${order.amazonOrderId}`;
  const links = [
    { key: 'fulfill', href: `${base}/fulfill`, label: 'Fulfill with FBA' },
    { key: 'ship', href: `${base}/ship`, label: 'Shipment' },
    { key: 'messages', href: `${base}/messages`, label: 'Buyer messages' },
  ] as const;
  const destination = [order.shipCity, order.shipState, order.shipCountry].filter(Boolean).join(', ');
  return (
    <section aria-label="Order" className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-600">Status</dt>
          <dd className="font-medium" data-testid="order-status" title={order.orderStatus}>
            {orderStatusLabel(order.orderStatus)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Channel</dt>
          <dd className="font-medium">{fulfilledByLabel(order.fulfilledBy, 'long', 'Unknown')}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Purchased</dt>
          <dd className="font-medium">
            <DateTime value={order.purchaseDate} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Marketplace</dt>
          <dd className="font-medium">
            <MarketplaceName label={marketplaceLabel(order.marketplaceId)} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Ships to</dt>
          <dd className="font-medium">{destination || '—'}</dd>
        </div>
      </dl>
      <nav aria-label="Order actions" className="mt-4 flex flex-wrap gap-4 text-sm">
        <Link href={base} className="text-blue-700 underline">
          Order details
        </Link>
        {links.map((l) =>
          l.key === current ? (
            <span key={l.key} aria-current="page" className="font-semibold">
              {l.label}
            </span>
          ) : (
            <Link key={l.key} href={l.href} className="text-blue-700 underline">
              {l.label}
            </Link>
          ),
        )}
      </nav>
    </section>
  );
}
