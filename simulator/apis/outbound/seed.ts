/**
 * A handful of fulfillment orders per seller at different points of the life cycle, so the
 * dashboard has history on day one. Orders still open at the seed instant reserve stock like
 * real ones; those already shipped predate the catalog's quantities and move no stock.
 */
import { reservedUnits, type OrderItem } from './lifecycle.js';
import { sellerMarketplaces } from './operations/context.js';
import { newOrder } from './operations/create.js';
import { iso, MARKETPLACES } from './reference.js';
import type { OutboundStore } from './store.js';
import type { Address, FulfillmentAction, FulfillmentPolicy, ShippingSpeedCategory } from '../../../lib/sp-api/generated/fulfillment-outbound.js';

const HOUR = 3_600_000;

const RECIPIENTS: Record<string, Address[]> = {
  US: [
    {
      name: 'Jordan Rivera',
      addressLine1: '1200 Pine St',
      city: 'Seattle',
      stateOrRegion: 'WA',
      postalCode: '98101',
      countryCode: 'US',
      phone: '206-555-0142',
    },
    { name: 'Avery Chen', addressLine1: '85 Harbor Way', addressLine2: 'Apt 4B', city: 'Boston', stateOrRegion: 'MA', postalCode: '02110', countryCode: 'US' },
    { name: 'Sam Patel', addressLine1: '4410 Oak Lawn Ave', city: 'Dallas', stateOrRegion: 'TX', postalCode: '75219', countryCode: 'US' },
  ],
  GB: [
    { name: 'Olivia Hughes', addressLine1: '14 Queen Street', city: 'Edinburgh', stateOrRegion: 'Midlothian', postalCode: 'EH2 1JE', countryCode: 'GB' },
    { name: 'Harry Wilson', addressLine1: '3 Deansgate', city: 'Manchester', stateOrRegion: 'Greater Manchester', postalCode: 'M3 2BW', countryCode: 'GB' },
  ],
  DE: [{ name: 'Lena Schneider', addressLine1: 'Hauptstrasse 22', city: 'Berlin', stateOrRegion: 'Berlin', postalCode: '10827', countryCode: 'DE' }],
};

interface SeedPlan {
  ageHours: number;
  speed: ShippingSpeedCategory;
  action?: FulfillmentAction;
  policy?: FulfillmentPolicy;
  cancelled?: boolean;
  quantity: number;
}

/** Ages chosen so that, at the seed instant, the set covers every status (README lists them). */
const PLANS: SeedPlan[] = [
  { ageHours: 240, speed: 'Standard', quantity: 1 }, // Complete, delivered
  { ageHours: 120, speed: 'Expedited', quantity: 2 }, // Complete, delivered
  { ageHours: 48, speed: 'Standard', quantity: 1, cancelled: true }, // Cancelled
  { ageHours: 30, speed: 'Standard', quantity: 1 }, // Complete, in transit
  { ageHours: 20, speed: 'Priority', quantity: 1, action: 'Hold' }, // Received (on hold)
  { ageHours: 1, speed: 'Standard', quantity: 1 }, // Processing
  { ageHours: 0.1, speed: 'Expedited', quantity: 1 }, // Planning
];

export function seedSellerOrders(store: OutboundStore, sellerId: string, seed: number, seededAt: Date): void {
  const all = store.catalog.list(sellerId);
  const inStock = all.filter((s) => s.qty.fulfillable > 0);
  const skus = inStock.length > 0 ? inStock : all;
  const marketplaceId = sellerMarketplaces(store, sellerId)[0];
  if (skus.length === 0 || !marketplaceId) return;
  const country = MARKETPLACES[marketplaceId]?.countryCode ?? 'US';
  const recipients = RECIPIENTS[country] ?? RECIPIENTS.US ?? [];

  PLANS.forEach((plan, index) => {
    const sku = skus[(index + seed) % skus.length];
    const destination = recipients[(index + seed) % recipients.length];
    if (!sku || !destination) return;
    const receivedAt = new Date(seededAt.getTime() - plan.ageHours * HOUR);
    const id = `MCF-${sellerId.slice(-4)}-${String(1001 + index)}`;
    const open = plan.cancelled !== true && (plan.action === 'Hold' || plan.ageHours < 4);
    // Open orders reserve real stock; cap them at what is there (a FillAll order waits for the rest).
    const reserved = open ? Math.min(plan.quantity, Math.max(0, sku.qty.fulfillable)) : plan.quantity;
    const item: OrderItem = {
      sellerSku: sku.sellerSku,
      sellerFulfillmentOrderItemId: `${id}-1`,
      fnsku: sku.fnsku,
      quantity: plan.quantity,
      reservedQuantity: reserved,
      shortQuantity: plan.quantity - reserved,
      perUnitDeclaredValue: { currencyCode: sku.price.currencyCode, value: sku.price.amount.toFixed(2) },
    };
    const action = plan.action ?? 'Ship';
    const order = newOrder(store, {
      sellerId,
      sellerFulfillmentOrderId: id,
      marketplaceId,
      displayableOrderId: id,
      displayableOrderDate: iso(receivedAt),
      displayableOrderComment: 'Thank you for your order!',
      shippingSpeedCategory: plan.speed,
      destinationAddress: destination,
      fulfillmentAction: action,
      fulfillmentPolicy: plan.policy ?? (reserved < plan.quantity ? 'FillAll' : 'FillOrKill'),
      items: [item],
      receivedAt,
      releasedAt: action === 'Ship' ? receivedAt : null,
      fingerprint: `seed:${id}`,
    });
    if (plan.cancelled) {
      order.closed = { status: 'Cancelled', at: new Date(receivedAt.getTime() + 0.01 * HOUR) };
      order.stock.released = true;
    } else if (!open) {
      order.stock.shipped = true;
    } else {
      store.reserve(sellerId, sku.sellerSku, reservedUnits(order), seededAt);
    }
    store.add(order);
  });
}
