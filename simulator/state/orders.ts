/**
 * Orders as a deterministic stream per seller: order i of a seller is fully derived from
 * (seed, seller, i), and "exists" once its purchase time has passed on the simulated clock.
 * Nothing but seller actions (confirmShipment, ...) is stored, so a million orders cost no
 * memory and new orders keep arriving as simulated time passes.
 *
 * Life cycle (README, "Order life cycle"):
 *   Pending -> Unshipped after 2-45 min (3% are Canceled instead);
 *   AFN: Unshipped -> Shipped 4-36 h later; half of multi-item orders pass PartiallyShipped;
 *   MFN placed more than 3 days before seeding: shipped by the seller 6-60 h after purchase;
 *   MFN placed later: stays Unshipped until confirmShipment ships its items.
 */
import type { SellerRecord } from './sellers.js';
import { marketplace, round2 } from './marketplaces.js';
import { anonymisedEmail, businessBuyer, buyerAddress, buyerName, type BusinessBuyer, type SimAddress } from './people.js';
import { Prng, hash32 } from './prng.js';

export type SimOrderStatus = 'Pending' | 'Unshipped' | 'PartiallyShipped' | 'Shipped' | 'Canceled';

export interface SimOrderItem {
  orderItemId: string;
  sellerSku: string;
  asin: string;
  title: string;
  quantityOrdered: number;
  quantityShipped: number;
  currencyCode: string;
  /** Totals for the line (unit price x quantity), as SP-API reports ItemPrice. */
  itemPrice: number;
  itemTax: number;
  shippingPrice: number;
}

export interface SimPackage {
  packageReferenceId: string;
  carrierCode: string;
  trackingNumber: string;
  shipDate: string;
  items: Array<{ orderItemId: string; quantity: number }>;
}

export interface SimOrder {
  amazonOrderId: string;
  sellerId: string;
  marketplaceId: string;
  fulfillmentChannel: 'AFN' | 'MFN';
  purchaseDate: Date;
  lastUpdateDate: Date;
  status: SimOrderStatus;
  items: SimOrderItem[];
  currencyCode: string;
  orderTotal: number;
  buyer: { name: string; email: string; business?: BusinessBuyer };
  address: SimAddress;
  shipServiceLevel: string;
  shipmentServiceLevelCategory: string;
  isPrime: boolean;
  isBusinessOrder: boolean;
  /** In-store pick-up: the buyer collects it, so it has pick-up states instead of shipments. */
  isIspu: boolean;
  earliestShipDate: Date;
  latestShipDate: Date;
  earliestDeliveryDate: Date;
  latestDeliveryDate: Date;
  packages: SimPackage[];
  /** Set by updateShipmentStatus (store pick-up orders). */
  shipmentStatus?: string;
}

export interface CatalogLine {
  sellerSku: string;
  asin: string;
  title: string;
  price: number;
}

interface SellerStream {
  seller: SellerRecord;
  ordinal: number;
  startMs: number;
  intervalMs: number;
  /** MFN orders placed before this wait for nobody: their history says the seller shipped them. */
  historyCutoffMs: number;
  lines: CatalogLine[];
}

/** An order as GET /_sim/state/order-list shows it to tests (JSON: dates as ISO strings). */
export interface RecentOrder {
  amazonOrderId: string;
  marketplaceId: string;
  fulfillmentChannel: string;
  status: string;
  isIspu: boolean;
  shipmentStatus: string | null;
  purchaseDate: string;
  items: Array<{ orderItemId: string; sellerSku: string; quantityOrdered: number; quantityShipped: number }>;
}

/** What the seller did to an order; everything else is derived. */
interface OrderActions {
  shipped: Map<string, number>;
  packages: SimPackage[];
  lastUpdateMs: number;
  shipmentStatus?: string;
  /** Items the seller canceled (order acknowledgement feed, StatusCode Failure); all of them cancels the order. */
  canceledItems?: Set<string>;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** No derived status change happens later than this after purchase (bounds LastUpdatedAfter scans). */
export const MAX_DERIVED_LAG_MS = 6 * DAY;
const HISTORY_DAYS = 90;
const ID_MULTIPLIER = 7919;
const ID_MODULUS = 10_000_000;
const ID_OFFSET = 4_031_977;

function modInverse(a: number, m: number): number {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1, 0];
  while (r !== 0) {
    const q = Math.floor(oldR / r);
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}
const ID_INVERSE = modInverse(ID_MULTIPLIER, ID_MODULUS);
/** Seeds the business-buyer stream of an order, apart from its main stream. */
const BUSINESS_STREAM = 29;

const SHIP_LEVELS: Record<string, Array<[string, string]>> = {
  AFN: [
    ['Std US D2D Dom', 'Standard'],
    ['Expedited', 'Expedited'],
    ['NextDay', 'NextDay'],
    ['SecondDay', 'SecondDay'],
  ],
  MFN: [
    ['Std Cont US Street Addr', 'Standard'],
    ['Expedited', 'Expedited'],
    ['FreeEconomy', 'FreeEconomy'],
  ],
};

class OrderBook {
  private seed = 1;
  private streams = new Map<string, SellerStream>();
  private actions = new Map<string, OrderActions>();
  /** E-mails set through /_sim (tests of long addresses), in place of the generated relay address. */
  private buyerEmails = new Map<string, string>();

  reset(seed: number, now: Date, sellerList: Array<{ seller: SellerRecord; orders: number; lines: CatalogLine[] }>): void {
    this.seed = seed;
    this.streams.clear();
    this.actions.clear();
    this.buyerEmails.clear();
    for (const { seller, orders, lines } of sellerList) this.addSeller(seller, orders, lines, now);
  }

  /** `orders` is how many orders the seller has over the last 90 days; the rate continues after. */
  addSeller(seller: SellerRecord, orders: number, lines: CatalogLine[], now: Date): void {
    const ordinal = this.streams.size;
    const spanMs = HISTORY_DAYS * DAY;
    const count = Math.max(1, orders);
    this.streams.set(seller.sellerId, {
      seller,
      ordinal,
      startMs: now.getTime() - spanMs,
      intervalMs: spanMs / count,
      historyCutoffMs: now.getTime() - 3 * DAY,
      lines,
    });
  }

  hasSeller(sellerId: string): boolean {
    return this.streams.has(sellerId);
  }

  purchaseMs(stream: SellerStream, index: number): number {
    // Jitter stays inside the slot, so purchase time grows with the index (binary search works).
    return Math.floor(stream.startMs + index * stream.intervalMs + (hash32(this.seed, stream.ordinal, index, 7) / 2 ** 32) * stream.intervalMs * 0.9);
  }

  /** Number of orders whose purchase time is <= atMs. */
  countAt(sellerId: string, atMs: number): number {
    const stream = this.streams.get(sellerId);
    if (!stream || atMs < stream.startMs) return 0;
    let index = Math.floor((atMs - stream.startMs) / stream.intervalMs);
    while (index >= 0 && this.purchaseMs(stream, index) > atMs) index -= 1;
    return index + 1;
  }

  /** First index whose purchase time is >= atMs. */
  firstIndexAtOrAfter(sellerId: string, atMs: number): number {
    const stream = this.streams.get(sellerId);
    if (!stream) return 0;
    return this.countAt(sellerId, atMs - 1);
  }

  orderId(stream: SellerStream, index: number, marketplaceId: string): string {
    const prefixes = marketplace(marketplaceId).orderIdPrefixes;
    const prefix = prefixes[hash32(this.seed, stream.ordinal, index, 11) % prefixes.length] ?? '111';
    const middle = (index * ID_MULTIPLIER + ID_OFFSET) % ID_MODULUS;
    const check = hash32(this.seed, stream.ordinal, index, 13) % ID_MODULUS;
    return `${prefix}-${String(middle).padStart(7, '0')}-${String(check).padStart(7, '0')}`;
  }

  /** Index of an order id for this seller, or undefined when the id is not theirs. */
  indexOf(sellerId: string, amazonOrderId: string): number | undefined {
    const stream = this.streams.get(sellerId);
    const match = /^\d{3}-(\d{7})-(\d{7})$/.exec(amazonOrderId);
    if (!stream || !match?.[1] || !match[2]) return undefined;
    const middle = Number(match[1]);
    const index = Number((BigInt(middle - ID_OFFSET + ID_MODULUS) * BigInt(ID_INVERSE)) % BigInt(ID_MODULUS));
    if (hash32(this.seed, stream.ordinal, index, 13) % ID_MODULUS !== Number(match[2])) return undefined;
    return index;
  }

  /** The order as it stands at `nowMs`, or undefined if it has not been placed yet. */
  get(sellerId: string, amazonOrderId: string, nowMs: number): SimOrder | undefined {
    const index = this.indexOf(sellerId, amazonOrderId);
    return index === undefined ? undefined : this.at(sellerId, index, nowMs);
  }

  at(sellerId: string, index: number, nowMs: number): SimOrder | undefined {
    const stream = this.streams.get(sellerId);
    if (!stream || index < 0) return undefined;
    const purchase = this.purchaseMs(stream, index);
    if (purchase > nowMs) return undefined;
    return this.build(stream, index, purchase, nowMs);
  }

  /** Orders touched by the seller (their LastUpdateDate may be far from their purchase). */
  actedIndexes(sellerId: string): number[] {
    const stream = this.streams.get(sellerId);
    if (!stream) return [];
    const prefix = `${stream.ordinal}:`;
    return [...this.actions.keys()].filter((k) => k.startsWith(prefix)).map((k) => Number(k.slice(prefix.length)));
  }

  /** What Amazon reports as the order's buyer e-mail from now on; false when there is no such order. */
  setBuyerEmail(sellerId: string, amazonOrderId: string, email: string): boolean {
    const stream = this.streams.get(sellerId);
    const index = this.indexOf(sellerId, amazonOrderId);
    if (!stream || index === undefined) return false;
    this.buyerEmails.set(`${stream.ordinal}:${index}`, email);
    return true;
  }

  recordShipment(sellerId: string, amazonOrderId: string, pkg: SimPackage, nowMs: number): void {
    const entry = this.actionsFor(sellerId, amazonOrderId);
    for (const item of pkg.items) entry.shipped.set(item.orderItemId, (entry.shipped.get(item.orderItemId) ?? 0) + item.quantity);
    entry.packages.push(pkg);
    entry.lastUpdateMs = nowMs;
  }

  /**
   * The seller cancels items of an unshipped order (all of them, or the order, when `orderItemIds`
   * is null): a canceled item keeps its line with nothing ordered, as Amazon shows it. Returns
   * why Amazon would refuse it, or null when done.
   */
  cancelItems(sellerId: string, amazonOrderId: string, orderItemIds: string[] | null, nowMs: number): string | null {
    const order = this.get(sellerId, amazonOrderId, nowMs);
    if (!order) return `Order ${amazonOrderId} was not found for this seller.`;
    if (order.fulfillmentChannel !== 'MFN') return `Order ${amazonOrderId} is fulfilled by Amazon; only the seller's own orders can be canceled this way.`;
    if (order.status !== 'Unshipped' && order.status !== 'Pending')
      return `Order ${amazonOrderId} is ${order.status}; only an order with nothing shipped can be canceled.`;
    const known = new Set(order.items.map((i) => i.orderItemId));
    const unknown = (orderItemIds ?? []).find((id) => !known.has(id));
    if (unknown) return `Order ${amazonOrderId} has no item ${unknown}.`;
    const entry = this.actionsFor(sellerId, amazonOrderId);
    entry.canceledItems ??= new Set();
    for (const id of orderItemIds ?? known) entry.canceledItems.add(id);
    entry.lastUpdateMs = nowMs;
    return null;
  }

  recordShipmentStatus(sellerId: string, amazonOrderId: string, status: string, nowMs: number): void {
    const entry = this.actionsFor(sellerId, amazonOrderId);
    entry.shipmentStatus = status;
    entry.lastUpdateMs = nowMs;
  }

  private actionsFor(sellerId: string, amazonOrderId: string): OrderActions {
    const stream = this.streams.get(sellerId);
    const index = this.indexOf(sellerId, amazonOrderId);
    if (!stream || index === undefined) throw new Error(`unknown order ${amazonOrderId}`);
    const key = `${stream.ordinal}:${index}`;
    let entry = this.actions.get(key);
    if (!entry) {
      entry = { shipped: new Map(), packages: [], lastUpdateMs: 0 };
      this.actions.set(key, entry);
    }
    return entry;
  }

  private build(stream: SellerStream, index: number, purchaseMs: number, nowMs: number): SimOrder {
    const rng = new Prng(this.seed, stream.ordinal, index);
    const { seller } = stream;
    const marketplaceId = pickWeighted(rng, seller.marketplaceIds, seller.marketplaceWeights);
    const market = marketplace(marketplaceId);
    // Every 12th order is collected in store (seller-fulfilled): evenly spread, so any few days of a world hold some.
    const isIspu = index % 12 === 5;
    const channel: 'AFN' | 'MFN' = rng.chance(0.25) || isIspu ? 'MFN' : 'AFN';
    const amazonOrderId = this.orderId(stream, index, marketplaceId);

    const itemCount = rng.chance(0.65) ? 1 : rng.chance(0.75) ? 2 : 3;
    const items: SimOrderItem[] = [];
    for (let n = 0; n < itemCount && stream.lines.length > 0; n++) {
      const line = rng.pick(stream.lines);
      if (items.some((i) => i.sellerSku === line.sellerSku)) continue;
      const quantity = rng.chance(0.8) ? 1 : rng.int(2, 4);
      const unit = round2(line.price * market.fxFromCatalog);
      const itemPrice = round2(unit * quantity);
      items.push({
        orderItemId: String(hash32(this.seed, stream.ordinal, index, n, 17))
          .padStart(14, '4')
          .slice(0, 14),
        sellerSku: line.sellerSku,
        asin: line.asin,
        title: line.title,
        quantityOrdered: quantity,
        quantityShipped: 0,
        currencyCode: market.currencyCode,
        itemPrice,
        // EU prices include VAT; NA sales tax is added on top.
        itemTax: market.region === 'na' ? round2(itemPrice * 0.07) : 0,
        shippingPrice: channel === 'MFN' && rng.chance(0.3) ? round2(4.99 * market.fxFromCatalog) : 0,
      });
    }

    const name = buyerName(rng, market.countryCode);
    // The generated address is drawn even when replaced, so every later draw stays the same.
    const generatedEmail = anonymisedEmail(rng, market.domainName);
    const buyer: SimOrder['buyer'] = { name, email: this.buyerEmails.get(`${stream.ordinal}:${index}`) ?? generatedEmail };
    const address = buyerAddress(rng, market.countryCode, name);
    const [shipServiceLevel, category] = rng.pick(SHIP_LEVELS[channel] ?? []);
    const isPrime = channel === 'AFN' && rng.chance(0.7);
    const isBusinessOrder = rng.chance(0.05);
    // Drawn from a stream of its own, so adding business details left every other order as it was.
    if (isBusinessOrder) buyer.business = businessBuyer(new Prng(this.seed, stream.ordinal, index, BUSINESS_STREAM), market.countryCode);

    // Timeline, all drawn up front so the same order always has the same history.
    const pendingUntil = purchaseMs + rng.int(2, 45) * MINUTE;
    const canceled = rng.chance(0.03);
    const firstShip = pendingUntil + rng.int(4, 36) * HOUR;
    const partial = itemCount > 1 && rng.chance(0.5);
    const fullShip = partial ? firstShip + rng.int(6, 48) * HOUR : firstShip;
    const mfnHistoricShip = purchaseMs + rng.int(6, 60) * HOUR;
    const handlingDays = channel === 'AFN' ? 1 : rng.int(1, 3);
    const earliestShip = purchaseMs + 4 * HOUR;
    const latestShip = purchaseMs + handlingDays * DAY;
    const earliestDelivery = latestShip + rng.int(1, 3) * DAY;
    const latestDelivery = earliestDelivery + rng.int(1, 4) * DAY;

    const actions = this.actions.get(`${stream.ordinal}:${index}`);
    let status = 'Pending' as SimOrderStatus;
    let lastUpdateMs = purchaseMs;
    const advance = (to: SimOrderStatus, atMs: number) => {
      if (atMs <= nowMs) {
        status = to;
        lastUpdateMs = atMs;
      }
    };

    if (canceled) {
      advance('Canceled', pendingUntil);
    } else {
      advance('Unshipped', pendingUntil);
      if (channel === 'AFN') {
        if (partial) {
          advance('PartiallyShipped', firstShip);
          if (firstShip <= nowMs) shipItems(items, 1);
        }
        advance('Shipped', fullShip);
      } else if (purchaseMs < stream.historyCutoffMs) {
        advance('Shipped', mfnHistoricShip);
      } else if (actions && status === 'Unshipped') {
        for (const item of items) item.quantityShipped = Math.min(item.quantityOrdered, actions.shipped.get(item.orderItemId) ?? 0);
        const shippedUnits = items.reduce((sum, i) => sum + i.quantityShipped, 0);
        const orderedUnits = items.reduce((sum, i) => sum + i.quantityOrdered, 0);
        if (shippedUnits > 0) status = shippedUnits >= orderedUnits ? 'Shipped' : 'PartiallyShipped';
      }
      if (status === 'Shipped') for (const item of items) item.quantityShipped = item.quantityOrdered;
    }
    const canceledItems = actions?.canceledItems;
    if (canceledItems?.size && status !== 'Canceled') {
      for (const item of items) {
        if (!canceledItems.has(item.orderItemId)) continue;
        item.quantityOrdered = 0;
        item.itemPrice = item.itemTax = item.shippingPrice = 0;
      }
      if (items.every((i) => i.quantityOrdered === 0)) status = 'Canceled';
      else if (status === 'PartiallyShipped' && items.every((i) => i.quantityShipped >= i.quantityOrdered)) status = 'Shipped';
    }
    if (actions && actions.lastUpdateMs > lastUpdateMs) lastUpdateMs = actions.lastUpdateMs;

    const orderTotal = round2(items.reduce((sum, i) => sum + i.itemPrice + i.itemTax + i.shippingPrice, 0));
    return {
      amazonOrderId,
      sellerId: seller.sellerId,
      marketplaceId,
      fulfillmentChannel: channel,
      purchaseDate: new Date(purchaseMs),
      lastUpdateDate: new Date(lastUpdateMs),
      status,
      items,
      currencyCode: market.currencyCode,
      orderTotal,
      buyer,
      address,
      shipServiceLevel,
      shipmentServiceLevelCategory: category,
      isPrime,
      isBusinessOrder,
      isIspu,
      earliestShipDate: new Date(earliestShip),
      latestShipDate: new Date(latestShip),
      earliestDeliveryDate: new Date(earliestDelivery),
      latestDeliveryDate: new Date(latestDelivery),
      packages: actions?.packages ?? [],
      ...(actions?.shipmentStatus ? { shipmentStatus: actions.shipmentStatus } : {}),
    };
  }

  /** The newest placed orders of a seller matching a channel and status (test data discovery; scans back at most 6 days). */
  recent(sellerId: string, nowMs: number, filter: { channel?: string | undefined; status?: string | undefined; limit: number }): RecentOrder[] {
    const out: RecentOrder[] = [];
    const from = this.firstIndexAtOrAfter(sellerId, nowMs - MAX_DERIVED_LAG_MS);
    for (let i = this.countAt(sellerId, nowMs) - 1; i >= from && out.length < filter.limit; i--) {
      const order = this.at(sellerId, i, nowMs);
      if (!order || (filter.channel && order.fulfillmentChannel !== filter.channel) || (filter.status && order.status !== filter.status)) continue;
      out.push({
        amazonOrderId: order.amazonOrderId,
        marketplaceId: order.marketplaceId,
        fulfillmentChannel: order.fulfillmentChannel,
        status: order.status,
        isIspu: order.isIspu,
        shipmentStatus: order.shipmentStatus ?? null,
        purchaseDate: order.purchaseDate.toISOString(),
        items: order.items.map((it) => ({
          orderItemId: it.orderItemId,
          sellerSku: it.sellerSku,
          quantityOrdered: it.quantityOrdered,
          quantityShipped: it.quantityShipped,
        })),
      });
    }
    return out;
  }

  /** Counts for /_sim/state: placed orders per seller and status at `nowMs` (scans; debug only). */
  summary(nowMs: number): Record<string, { placed: number; byStatus: Record<string, number> }> {
    const out: Record<string, { placed: number; byStatus: Record<string, number> }> = {};
    for (const [sellerId] of this.streams) {
      const placed = this.countAt(sellerId, nowMs);
      const byStatus: Record<string, number> = {};
      // Orders older than the longest derived lag are settled; only recent ones need building.
      const recentFrom = this.firstIndexAtOrAfter(sellerId, nowMs - MAX_DERIVED_LAG_MS);
      for (let i = recentFrom; i < placed; i++) {
        const status = this.at(sellerId, i, nowMs)?.status ?? 'Pending';
        byStatus[status] = (byStatus[status] ?? 0) + 1;
      }
      byStatus.SettledBeforeWindow = recentFrom;
      out[sellerId] = { placed, byStatus };
    }
    return out;
  }
}

function shipItems(items: SimOrderItem[], count: number): void {
  for (const item of items.slice(0, count)) item.quantityShipped = item.quantityOrdered;
}

function pickWeighted(rng: Prng, values: string[], weights: number[]): string {
  let roll = rng.next();
  for (let i = 0; i < values.length; i++) {
    roll -= weights[i] ?? 0;
    if (roll < 0) return values[i] ?? values[0] ?? '';
  }
  return values[values.length - 1] ?? '';
}

export const orderBook = new OrderBook();
