/** getFulfillmentPreview and deliveryOffers: what an order would cost and when it would arrive, before it exists. */
import { invalidInput, type SimRequest } from '../../../core/contract.js';
import type { GetDeliveryOffersRequest, GetFulfillmentPreviewRequest } from '../../../../lib/sp-api/generated/fulfillment-outbound.js';
import { TIMINGS } from '../lifecycle.js';
import { buildPreviews, DEFAULT_SPEEDS, resolveMarketplace, servesDestination } from '../preview.js';
import { iso, MARKETPLACES } from '../reference.js';
import type { OutboundStore } from '../store.js';
import { prepare, regionOf, sellerMarketplaces } from './context.js';

/** How long a delivery offer stays valid. */
const OFFER_TTL_MS = 15 * 60_000;

export function getFulfillmentPreview(store: OutboundStore, req: SimRequest) {
  const now = prepare(store, req);
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
    lookup: (sku) => store.catalog.get(req.sellerId, sku),
  });
  return { payload: { fulfillmentPreviews } };
}

export function deliveryOffers(store: OutboundStore, req: SimRequest) {
  const now = prepare(store, req);
  const body = req.body as GetDeliveryOffersRequest;
  const sellerSku = body.product.productIdentifier.merchantSku;
  const sku = store.catalog.get(req.sellerId, sellerSku);
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
}
