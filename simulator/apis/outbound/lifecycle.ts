/**
 * The life cycle of a simulated fulfillment order, derived purely from its timestamps and the
 * simulated now, so that advancing the clock moves orders along without any background job.
 * Durations are documented in README.md.
 */
import type {
  Address,
  CODSettings,
  DeliveryWindow,
  FeatureSettings,
  FulfillmentAction,
  FulfillmentOrderStatus,
  FulfillmentPolicy,
  FulfillmentShipment,
  Money,
  PaymentInformation,
  ReturnAuthorization,
  ShippingSpeedCategory,
} from '../../../lib/sp-api/generated/fulfillment-outbound.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const TIMINGS = {
  /** Received -> Planning. */
  planningAfter: 2 * MINUTE,
  /** Planning -> Processing (picking starts; the shipment appears as PENDING). */
  processingAfter: 30 * MINUTE,
  /** Release -> shipped (and Complete), by speed. */
  shipAfter: { Standard: 4 * HOUR, Expedited: 3 * HOUR, Priority: 2 * HOUR, ScheduledDelivery: 4 * HOUR } as Record<ShippingSpeedCategory, number>,
  /** Shipped -> delivered, by speed. */
  transit: { Standard: 3 * DAY, Expedited: 2 * DAY, Priority: 1 * DAY, ScheduledDelivery: 1 * DAY } as Record<ShippingSpeedCategory, number>,
  /** FillAll: units short at release wait this long before they count as unfulfillable (model: 24 hours). */
  fillAllWait: 24 * HOUR,
  /** Hold orders are cancelled automatically after 14 days (model: FillAll description). */
  holdExpiry: 14 * DAY,
  /** A return item is received and graded at the fulfillment center this long after it is authorized. */
  returnProcessing: 7 * DAY,
} as const;

export interface OrderItem {
  sellerSku: string;
  sellerFulfillmentOrderItemId: string;
  fnsku: string;
  quantity: number;
  /** Units moved fulfillable -> reservedCustomerOrders in the catalog. */
  reservedQuantity: number;
  /** Units that had no stock when reserved (FillAll / FillAllAvailable). */
  shortQuantity: number;
  giftMessage?: string;
  displayableComment?: string;
  orderItemDisposition?: string;
  perUnitDeclaredValue?: Money;
  perUnitPrice?: Money;
  perUnitTax?: Money;
}

export interface ReturnRecord {
  sellerReturnItemId: string;
  sellerFulfillmentOrderItemId: string;
  sellerSku: string;
  amazonShipmentId: string;
  sellerReturnReasonCode: string;
  returnComment?: string;
  returnAuthorizationId: string;
  fulfillmentCenterId: string;
  createdAt: Date;
  /** Set once the return has been graded and put back into (or out of) stock. */
  stockApplied: boolean;
}

export interface OutboundOrder {
  sellerId: string;
  sellerFulfillmentOrderId: string;
  marketplaceId: string;
  displayableOrderId: string;
  displayableOrderDate: string;
  displayableOrderComment: string;
  shippingSpeedCategory: ShippingSpeedCategory;
  deliveryWindow?: DeliveryWindow;
  destinationAddress: Address;
  fulfillmentAction: FulfillmentAction;
  fulfillmentPolicy: FulfillmentPolicy;
  codSettings?: CODSettings;
  notificationEmails?: string[];
  featureConstraints?: FeatureSettings[];
  paymentInformation?: PaymentInformation[];
  items: OrderItem[];
  receivedAt: Date;
  /** When the order was released to ship: creation for Ship, the Hold -> Ship update otherwise. */
  releasedAt: Date | null;
  /** A terminal status fixed by a call (cancel, sandbox status update). */
  closed: { status: 'Cancelled' | 'Unfulfillable' | 'Invalid'; at: Date } | null;
  fulfillmentCenterId: string;
  amazonShipmentId: string;
  packageNumber: number;
  carrierCode: string;
  trackingNumber: string;
  /** Catalog bookkeeping, so that each stock movement happens exactly once. */
  stock: { shipped: boolean; released: boolean };
  returns: ReturnRecord[];
  returnAuthorizations: ReturnAuthorization[];
  /** The create request as sent, to recognise an identical resubmission. */
  fingerprint: string;
}

export interface Milestones {
  planningAt: Date;
  processingAt: Date;
  shipAt: Date;
  deliverAt: Date;
  /** When the order reaches its final status (later than shipAt only for FillAll shortfalls). */
  finalAt: Date;
}

const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

export function reservedUnits(order: OutboundOrder): number {
  return order.items.reduce((n, i) => n + i.reservedQuantity, 0);
}

export function shortUnits(order: OutboundOrder): number {
  return order.items.reduce((n, i) => n + i.shortQuantity, 0);
}

/** Milestones of a released order (null while on hold). */
export function milestones(order: OutboundOrder): Milestones | null {
  if (!order.releasedAt) return null;
  return milestonesFrom(order.releasedAt, order.shippingSpeedCategory, order.fulfillmentPolicy === 'FillAll' && shortUnits(order) > 0);
}

export function milestonesFrom(releasedAt: Date, speed: ShippingSpeedCategory, waitForShortfall = false): Milestones {
  const shipAt = plus(releasedAt, TIMINGS.shipAfter[speed]);
  const waitUntil = plus(releasedAt, TIMINGS.fillAllWait);
  return {
    planningAt: plus(releasedAt, TIMINGS.planningAfter),
    processingAt: plus(releasedAt, TIMINGS.processingAfter),
    shipAt,
    deliverAt: plus(shipAt, TIMINGS.transit[speed]),
    finalAt: waitForShortfall && waitUntil > shipAt ? waitUntil : shipAt,
  };
}

export interface OrderState {
  status: FulfillmentOrderStatus;
  /** When `status` began (FulfillmentOrder.statusUpdatedDate). */
  since: Date;
  /** Whether the reserved units have left the fulfillment center. */
  shipped: boolean;
  /** The shipment, once picking has begun (or it was cancelled after that). */
  shipment: { status: FulfillmentShipment['fulfillmentShipmentStatus']; since: Date } | null;
  /** The reservation ended without shipping: reserved units go back to fulfillable. */
  releasedStock: { at: Date } | null;
  /** Short units now count as unfulfillable. */
  shortfallFinal: boolean;
}

/** Where the order stands at `now`. Pure: depends only on the order's timestamps. */
export function orderStateAt(order: OutboundOrder, now: Date): OrderState {
  const m = milestones(order);
  const closed = order.closed && order.closed.at <= now ? order.closed : null;

  if (!m) {
    const expiry = plus(order.receivedAt, TIMINGS.holdExpiry);
    if (closed) return terminal(closed.status, closed.at, null);
    if (now >= expiry) return terminal('Cancelled', expiry, null);
    return { status: 'Received', since: order.receivedAt, shipped: false, shipment: null, releasedStock: null, shortfallFinal: false };
  }

  const shipsAnything = reservedUnits(order) > 0;
  // The earliest of: a call that closed the order, and the natural end of the timeline.
  if (closed && (!shipsAnything || closed.at < m.shipAt)) {
    const shipment =
      shipsAnything && closed.at >= m.processingAt
        ? {
            status: (closed.status === 'Cancelled' ? 'CANCELLED_BY_SELLER' : 'CANCELLED_BY_FULFILLER') as FulfillmentShipment['fulfillmentShipmentStatus'],
            since: closed.at,
          }
        : null;
    return terminal(closed.status, closed.at, shipment);
  }

  if (!shipsAnything) {
    // Nothing could be reserved: FillAll waits 24 h for stock, FillAllAvailable gives up after planning.
    const giveUpAt = order.fulfillmentPolicy === 'FillAll' ? m.finalAt : m.processingAt;
    if (now >= giveUpAt) return { ...terminal('Unfulfillable', giveUpAt, null), shortfallFinal: true };
    if (now >= m.planningAt) return open('Planning', m.planningAt);
    return open('Received', order.receivedAt);
  }

  if (now < m.planningAt) return open('Received', order.receivedAt);
  if (now < m.processingAt) return open('Planning', m.planningAt);
  const shipped = now >= m.shipAt;
  const shipment = shipped ? { status: 'SHIPPED' as const, since: m.shipAt } : { status: 'PENDING' as const, since: m.processingAt };
  if (now < m.finalAt) return { ...open('Processing', m.processingAt), shipped, shipment };
  const partial = shortUnits(order) > 0;
  return {
    status: partial ? 'CompletePartialled' : 'Complete',
    since: m.finalAt,
    shipped: true,
    shipment,
    releasedStock: null,
    shortfallFinal: true,
  };

  function open(status: FulfillmentOrderStatus, since: Date): OrderState {
    return { status, since, shipped: false, shipment: null, releasedStock: null, shortfallFinal: order.fulfillmentPolicy === 'FillAllAvailable' };
  }
}

function terminal(status: FulfillmentOrderStatus, at: Date, shipment: OrderState['shipment']): OrderState {
  return { status, since: at, shipped: false, shipment, releasedStock: { at }, shortfallFinal: true };
}

/** Statuses in which the seller may still cancel or update (model: FulfillmentOrderStatus descriptions). */
export function isOpenForChange(status: FulfillmentOrderStatus): boolean {
  return status === 'New' || status === 'Received' || status === 'Planning';
}

/** Per-item quantities as getFulfillmentOrder reports them at `now`. */
export function itemQuantities(order: OutboundOrder, item: OrderItem, state: OrderState): { cancelledQuantity: number; unfulfillableQuantity: number } {
  if (state.status === 'Cancelled') return { cancelledQuantity: item.quantity, unfulfillableQuantity: 0 };
  if (state.status === 'Unfulfillable' || state.status === 'Invalid') return { cancelledQuantity: 0, unfulfillableQuantity: item.quantity };
  return { cancelledQuantity: 0, unfulfillableQuantity: state.shortfallFinal || order.fulfillmentPolicy === 'FillAllAvailable' ? item.shortQuantity : 0 };
}
