/**
 * The Fulfillment Outbound API (2020-07-01) as a simulator module: one handler per operation
 * of the model, over an injected catalog so the rules can be tested without the shared state.
 */
import { DEMO_SELLERS, invalidInput, notFound, type SimApiModule, type SimCatalog, type SimRequest } from '../../core/contract.js';
import { orderStateAt, TIMINGS } from './lifecycle.js';
import { cancelOrder, createOrder, createReturn, forceStatus, regionOf, requireOrder, sellerMarketplaces, updateOrder } from './orders.js';
import { buildPreviews, DEFAULT_SPEEDS, resolveMarketplace, servesDestination } from './preview.js';
import { FEATURES, iso, isFeatureName, MARKETPLACES, RETURN_REASONS } from './reference.js';
import { packageJourney, renderFulfillmentOrder, renderOrderDetail, renderReturnItem } from './render.js';
import { seedSellerOrders } from './seed.js';
import { OutboundStore } from './store.js';
import { trackingDetailsAt } from './tracking.js';
import type {
  CreateFulfillmentOrderRequest,
  CreateReturnItem,
  FulfillmentOrderStatus,
  GetDeliveryOffersRequest,
  GetFulfillmentPreviewRequest,
  UpdateFulfillmentOrderRequest,
} from './types.js';

const PAGE_SIZE = 50;
/** Without queryStartDate, listAllFulfillmentOrders returns orders updated in the last 36 hours (as MWS documented). */
const DEFAULT_LIST_WINDOW_MS = 36 * 3_600_000;
/** How long a delivery offer stays valid. */
const OFFER_TTL_MS = 15 * 60_000;

export interface OutboundModule extends SimApiModule {
  store: OutboundStore;
}

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

function parseDate(value: string | undefined, name: string): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw invalidInput(`Value ${value} for parameter ${name} is invalid.`, 'Expected an ISO 8601 date-time.');
  return date;
}

interface PageToken {
  offset: number;
  filter: string;
}

function encodeToken(token: PageToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeToken(value: string): PageToken {
  try {
    const token = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<PageToken>;
    if (typeof token.offset === 'number' && Number.isInteger(token.offset) && token.offset >= 0 && typeof token.filter === 'string') {
      return { offset: token.offset, filter: token.filter };
    }
  } catch {
    // fall through to the error below
  }
  throw invalidInput(`Value ${value} for parameter nextToken is invalid.`);
}

export function createOutboundModule(catalog: SimCatalog): OutboundModule {
  const store = new OutboundStore(catalog);
  let seedState: { seed: number; at: Date } | null = null;
  const seeded = new Set<string>();

  /** Sellers created after reset (consent page) get their history on first use. */
  function ensureSeeded(sellerId: string): void {
    if (!seedState || seeded.has(sellerId) || !sellerId) return;
    seeded.add(sellerId);
    seedSellerOrders(store, sellerId, seedState.seed, seedState.at);
  }

  /** Every call first brings the seller's orders (and their stock movements) up to now. */
  function prepare(req: SimRequest): Date {
    const now = req.clock.now();
    ensureSeeded(req.sellerId);
    store.settleSeller(req.sellerId, now);
    return now;
  }

  function checkSellerMarketplace(sellerId: string, marketplaceId: string): void {
    if (!sellerMarketplaces(store, sellerId).includes(marketplaceId) || !MARKETPLACES[marketplaceId]) {
      throw invalidInput(`Value ${marketplaceId} for parameter marketplaceId is invalid.`, 'The seller is not registered in this marketplace.');
    }
  }

  function featureSkuInfo(sellerId: string, marketplaceId: string, featureName: 'BLANK_BOX' | 'BLOCK_AMZL') {
    const skus = catalog.list(sellerId).filter((s) => s.marketplaceIds.includes(marketplaceId));
    return { skus, eligible: skus.filter((s) => s.features[featureName]) };
  }

  const handlers: SimApiModule['handlers'] = {
    getFulfillmentPreview(req) {
      const now = prepare(req);
      const body = req.body as GetFulfillmentPreviewRequest;
      const marketplaceId = resolveMarketplace(body.marketplaceId, sellerMarketplaces(store, req.sellerId), body.address.countryCode);
      if (!marketplaceId || !MARKETPLACES[marketplaceId]) throw invalidInput(`Value ${body.marketplaceId ?? ''} for parameter marketplaceId is invalid.`);
      if (body.items.length === 0) throw invalidInput('At least one item is required.');
      if (body.items.length > 100) throw invalidInput('A fulfillment order preview can have at most 100 line items.');
      const units = body.items.reduce((n, i) => n + i.quantity, 0);
      if (units > 250) throw invalidInput(`A fulfillment order preview can have at most 250 units; this one has ${units}.`);
      const ids = body.items.map((i) => i.sellerFulfillmentOrderItemId);
      if (new Set(ids).size !== ids.length) throw invalidInput('sellerFulfillmentOrderItemId values must be unique.');
      if (body.items.some((i) => !Number.isInteger(i.quantity) || i.quantity < 1)) throw invalidInput('Item quantities must be at least 1.');
      const speeds = body.shippingSpeedCategories?.length ? [...new Set(body.shippingSpeedCategories)] : DEFAULT_SPEEDS;
      const fulfillmentPreviews = buildPreviews({
        now,
        marketplaceId,
        address: body.address,
        items: body.items,
        speeds,
        featureConstraints: body.featureConstraints,
        lookup: (sku) => catalog.get(req.sellerId, sku),
      });
      return { payload: { fulfillmentPreviews } };
    },

    deliveryOffers(req) {
      const now = prepare(req);
      const body = req.body as GetDeliveryOffersRequest;
      const sellerSku = body.product.productIdentifier.merchantSku;
      const sku = catalog.get(req.sellerId, sellerSku);
      if (!sku) throw invalidInput(`The merchantSku ${sellerSku} is invalid.`);
      const quantity = body.product.amount ? Number(body.product.amount.value) : 1;
      if (!Number.isInteger(quantity) || quantity < 1) throw invalidInput(`Value ${body.product.amount?.value ?? ''} for amount.value is invalid.`);
      const destination = body.terms.destination;
      if (!destination.deliveryAddress && !destination.ipAddress) throw invalidInput('The destination needs a deliveryAddress or an ipAddress.');
      const homeMarketplace = sku.marketplaceIds.find((id) => MARKETPLACES[id]) ?? sellerMarketplaces(store, req.sellerId)[0] ?? 'ATVPDKIKX0DER';
      const region = regionOf(homeMarketplace);
      // An IP address alone locates the buyer in the marketplace's home country.
      const country = destination.deliveryAddress?.countryCode ?? MARKETPLACES[homeMarketplace]?.countryCode ?? 'US';
      if (!servesDestination(region, body.terms.origin.countryCode)) {
        throw invalidInput(`Origin country ${body.terms.origin.countryCode} has no fulfillment network for this seller.`);
      }
      if (!servesDestination(region, country) || sku.qty.fulfillable < quantity) return { payload: { deliveryOffers: [] } };
      const shipAt = now.getTime() + TIMINGS.shipAfter.Standard;
      const earliest = new Date(shipAt + TIMINGS.transit.Standard);
      const latest = new Date(earliest.getTime() + 24 * 3_600_000);
      const locale = region === 'eu' ? (country === 'GB' ? 'en_GB' : 'de_DE') : 'en_US';
      const text =
        locale === 'de_DE'
          ? `Lieferung ${earliest.toISOString().slice(0, 10)} - ${latest.toISOString().slice(0, 10)}`
          : `Get it ${earliest.toISOString().slice(0, 10)} - ${latest.toISOString().slice(0, 10)}`;
      return {
        payload: {
          deliveryOffers: [
            {
              expiresAt: iso(new Date(now.getTime() + OFFER_TTL_MS)),
              dateRange: { earliest: iso(earliest), latest: iso(latest) },
              policy: { message: { text, locale } },
            },
          ],
        },
      };
    },

    listAllFulfillmentOrders(req) {
      const now = prepare(req);
      const token = single(req.query.nextToken);
      let since: Date;
      let offset = 0;
      if (token) {
        const decoded = decodeToken(token);
        offset = decoded.offset;
        since = new Date(decoded.filter);
      } else {
        since = parseDate(single(req.query.queryStartDate), 'queryStartDate') ?? new Date(now.getTime() - DEFAULT_LIST_WINDOW_MS);
      }
      const matching = store.list(req.sellerId).filter((o) => orderStateAt(o, now).since >= since);
      const page = matching.slice(offset, offset + PAGE_SIZE);
      const payload: Record<string, unknown> = { fulfillmentOrders: page.map((o) => renderFulfillmentOrder(o, now)) };
      if (offset + PAGE_SIZE < matching.length) payload.nextToken = encodeToken({ offset: offset + PAGE_SIZE, filter: since.toISOString() });
      return { payload };
    },

    createFulfillmentOrder(req) {
      const now = prepare(req);
      createOrder(store, req.sellerId, req.body as CreateFulfillmentOrderRequest, now);
      return {};
    },

    getPackageTrackingDetails(req) {
      const now = prepare(req);
      const raw = single(req.query.packageNumber) ?? '';
      const packageNumber = Number(raw);
      if (!Number.isInteger(packageNumber)) throw invalidInput(`Value ${raw} for parameter packageNumber is invalid.`);
      const order = store.byPackageNumber(req.sellerId, packageNumber);
      const journey = order && packageJourney(order, now);
      if (!journey) throw notFound(`Package ${packageNumber} not found.`);
      return { payload: trackingDetailsAt(journey, now) };
    },

    listReturnReasonCodes(req) {
      const now = prepare(req);
      const sellerSku = single(req.query.sellerSku) ?? '';
      if (!catalog.get(req.sellerId, sellerSku)) throw invalidInput(`Value ${sellerSku} for parameter sellerSku is invalid.`);
      const marketplaceId = single(req.query.marketplaceId);
      if (marketplaceId) checkSellerMarketplace(req.sellerId, marketplaceId);
      const orderId = single(req.query.sellerFulfillmentOrderId);
      if (orderId) {
        const order = requireOrder(store, req.sellerId, orderId, now);
        if (!order.items.some((i) => i.sellerSku === sellerSku)) throw invalidInput(`SellerSKU ${sellerSku} is not part of fulfillment order ${orderId}.`);
      }
      const language = single(req.query.language);
      const german = language?.toLowerCase().startsWith('de') ?? false;
      const reasonCodeDetails = RETURN_REASONS.map((r) => {
        const detail: Record<string, string> = { returnReasonCode: r.returnReasonCode, description: r.description };
        if (language) detail.translatedDescription = german ? r.de : r.description;
        return detail;
      });
      return { payload: { reasonCodeDetails } };
    },

    createFulfillmentReturn(req) {
      const now = prepare(req);
      const id = req.path.sellerFulfillmentOrderId ?? '';
      const body = req.body as { items: CreateReturnItem[] };
      if (body.items.length === 0) throw invalidInput('At least one return item is required.');
      const outcome = createReturn(store, req.sellerId, id, body.items, now);
      return {
        payload: {
          returnItems: outcome.accepted.map((r) => renderReturnItem(r, now)),
          invalidReturnItems: outcome.invalid,
          returnAuthorizations: outcome.authorization ? [outcome.authorization] : [],
        },
      };
    },

    getFulfillmentOrder(req) {
      const now = prepare(req);
      const order = requireOrder(store, req.sellerId, req.path.sellerFulfillmentOrderId ?? '', now);
      return { payload: renderOrderDetail(order, now) };
    },

    updateFulfillmentOrder(req) {
      const now = prepare(req);
      updateOrder(store, req.sellerId, req.path.sellerFulfillmentOrderId ?? '', req.body as UpdateFulfillmentOrderRequest, now);
      return {};
    },

    cancelFulfillmentOrder(req) {
      const now = prepare(req);
      cancelOrder(store, req.sellerId, req.path.sellerFulfillmentOrderId ?? '', now);
      return {};
    },

    submitFulfillmentOrderStatusUpdate(req) {
      const now = prepare(req);
      const body = (req.body ?? {}) as { fulfillmentOrderStatus?: FulfillmentOrderStatus };
      forceStatus(store, req.sellerId, req.path.sellerFulfillmentOrderId ?? '', body.fulfillmentOrderStatus, now);
      return {};
    },

    getFeatures(req) {
      prepare(req);
      const marketplaceId = single(req.query.marketplaceId) ?? '';
      checkSellerMarketplace(req.sellerId, marketplaceId);
      const features = FEATURES.map((f) => ({
        featureName: f.featureName,
        featureDescription: f.featureDescription,
        sellerEligible: featureSkuInfo(req.sellerId, marketplaceId, f.featureName).eligible.length > 0,
      }));
      return { payload: { features } };
    },

    getFeatureInventory(req) {
      prepare(req);
      const marketplaceId = single(req.query.marketplaceId) ?? '';
      const featureName = req.path.featureName ?? '';
      checkSellerMarketplace(req.sellerId, marketplaceId);
      if (!isFeatureName(featureName)) throw invalidInput(`Value ${featureName} for parameter featureName is invalid.`);
      const token = single(req.query.nextToken);
      const decoded = token ? decodeToken(token) : null;
      const since = decoded ? (decoded.filter ? new Date(decoded.filter) : undefined) : parseDate(single(req.query.queryStartDate), 'queryStartDate');
      const offset = decoded?.offset ?? 0;
      const { skus, eligible } = featureSkuInfo(req.sellerId, marketplaceId, featureName);
      const matching = eligible
        .filter((s) => !since || s.lastUpdated >= since)
        .sort((a, b) => a.sellerSku.localeCompare(b.sellerSku));
      const featureSkus = matching.slice(offset, offset + PAGE_SIZE).map((s) => {
        const overlapping = skus.filter((o) => o.fnsku === s.fnsku && o.sellerSku !== s.sellerSku).map((o) => o.sellerSku);
        return {
          sellerSku: s.sellerSku,
          fnSku: s.fnsku,
          asin: s.asin,
          skuCount: s.qty.fulfillable,
          ...(overlapping.length > 0 ? { overlappingSkus: overlapping } : {}),
        };
      });
      const payload: Record<string, unknown> = { marketplaceId, featureName, featureSkus };
      if (offset + PAGE_SIZE < matching.length) payload.nextToken = encodeToken({ offset: offset + PAGE_SIZE, filter: since ? since.toISOString() : '' });
      return { payload };
    },

    getFeatureSKU(req) {
      prepare(req);
      const marketplaceId = single(req.query.marketplaceId) ?? '';
      const featureName = req.path.featureName ?? '';
      const sellerSku = req.path.sellerSku ?? '';
      checkSellerMarketplace(req.sellerId, marketplaceId);
      if (!isFeatureName(featureName)) throw invalidInput(`Value ${featureName} for parameter featureName is invalid.`);
      const sku = catalog.get(req.sellerId, sellerSku);
      const { eligible } = featureSkuInfo(req.sellerId, marketplaceId, featureName);
      const base = { marketplaceId, featureName };
      // Model: reasons are INVALID_SKU, MERCHANT_NOT_ENROLLED, SKU_NOT_ELIGIBLE; an ineligible SKU carries no SKU details.
      if (!sku || !sku.marketplaceIds.includes(marketplaceId)) return { payload: { ...base, isEligible: false, ineligibleReasons: ['INVALID_SKU'] } };
      if (eligible.length === 0) return { payload: { ...base, isEligible: false, ineligibleReasons: ['MERCHANT_NOT_ENROLLED'] } };
      if (!sku.features[featureName]) return { payload: { ...base, isEligible: false, ineligibleReasons: ['SKU_NOT_ELIGIBLE'] } };
      return { payload: { ...base, isEligible: true, sellerSku: sku.sellerSku, fnSku: sku.fnsku, asin: sku.asin, skuCount: sku.qty.fulfillable } };
    },
  };

  return {
    model: 'fulfillmentOutbound_2020-07-01.json',
    handlers,
    store,
    /** GET /_sim/state/fulfillmentOutbound_2020-07-01?sellerId=&displayableOrderId=: the orders as they stand now. */
    inspect(query) {
      const sellerIds = query.sellerId ? [query.sellerId] : Object.values(DEMO_SELLERS).map((s) => s.sellerId);
      return {
        fulfillmentOrders: sellerIds.flatMap((sellerId) =>
          store
            .list(sellerId)
            .filter((o) => !query.displayableOrderId || o.displayableOrderId === query.displayableOrderId)
            .map((o) => ({ sellerId, sellerFulfillmentOrderId: o.sellerFulfillmentOrderId, displayableOrderId: o.displayableOrderId, fulfillmentPolicy: o.fulfillmentPolicy, items: o.items.map((i) => ({ sellerSku: i.sellerSku, quantity: i.quantity })), receivedAt: o.receivedAt.toISOString() })),
        ),
      };
    },
    reset(ctx) {
      store.clear();
      seeded.clear();
      seedState = { seed: ctx.seed, at: ctx.clock.now() };
      // The demo sellers' catalogs exist by now (the world resets first); seed them eagerly so
      // their reservations show in inventory before the first outbound call.
      for (const seller of Object.values(DEMO_SELLERS)) ensureSeeded(seller.sellerId);
    },
  };
}
