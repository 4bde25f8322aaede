/**
 * getFulfillmentPreview and deliveryOffers: shipping weights, the fee schedule and the
 * ship/arrival windows for each speed, checked against stock and the destination.
 */
import type { SimSku } from '../../core/contract.js';
import { milestonesFrom, TIMINGS } from './lifecycle.js';
import { iso, MARKETPLACES, SERVED_COUNTRIES, type MarketplaceInfo, type Region } from './reference.js';
import type {
  Address,
  Fee,
  FeatureSettings,
  FulfillmentPreview,
  GetFulfillmentPreviewItem,
  UnfulfillablePreviewItem,
  Money,
  ShippingSpeedCategory,
  Weight,
} from '../../../lib/sp-api/generated/fulfillment-outbound.js';

export const DEFAULT_SPEEDS: readonly ShippingSpeedCategory[] = ['Standard', 'Expedited', 'Priority'];

/** Dimensional weight divisor (cubic inches per pound) used for MCF parcels. */
const DIM_DIVISOR = 139;
const LB_PER_KG = 2.20462;

/** USD fee schedule: per unit = base + perLb for each pound above the first; per order = flat. */
const FEE_SCHEDULE: Record<ShippingSpeedCategory, { base: number; perLb: number; perOrder: number }> = {
  Standard: { base: 6.0, perLb: 0.55, perOrder: 1.0 },
  Expedited: { base: 8.5, perLb: 0.8, perOrder: 1.5 },
  Priority: { base: 13.5, perLb: 1.1, perOrder: 2.5 },
  ScheduledDelivery: { base: 13.5, perLb: 1.1, perOrder: 2.5 },
};
/** Model: blocking AMZL "will incur an additional fee surcharge"; charged per order. */
const BLOCK_AMZL_SURCHARGE = 0.75;

export interface UnitWeight {
  pounds: number;
  method: 'Package' | 'Dimensional';
}

export function unitShippingWeight(sku: Pick<SimSku, 'weightLb' | 'dimensionsIn'>): UnitWeight {
  const { length, width, height } = sku.dimensionsIn;
  const dimensional = (length * width * height) / DIM_DIVISOR;
  const method = dimensional > sku.weightLb ? 'Dimensional' : 'Package';
  return { pounds: round2(Math.max(sku.weightLb, dimensional)), method };
}

export function weightIn(region: Region, pounds: number): Weight {
  return region === 'eu' ? { unit: 'KILOGRAMS', value: (pounds / LB_PER_KG).toFixed(2) } : { unit: 'POUNDS', value: pounds.toFixed(2) };
}

export interface FeeLine {
  name: Fee['name'];
  amount: Money;
}

export function estimateFees(
  speed: ShippingSpeedCategory,
  units: { quantity: number; weight: UnitWeight }[],
  marketplace: MarketplaceInfo,
  blockAmzl: boolean,
): FeeLine[] {
  const schedule = FEE_SCHEDULE[speed];
  const perUnit = units.reduce((sum, u) => sum + u.quantity * (schedule.base + schedule.perLb * Math.max(0, Math.ceil(u.weight.pounds) - 1)), 0);
  const perOrder = schedule.perOrder + (blockAmzl ? BLOCK_AMZL_SURCHARGE : 0);
  const money = (usd: number): Money => ({ currencyCode: marketplace.currencyCode, value: (usd * marketplace.usdRate).toFixed(2) });
  return [
    { name: 'FBAPerUnitFulfillmentFee', amount: money(perUnit) },
    { name: 'FBAPerOrderFulfillmentFee', amount: money(perOrder) },
  ];
}

/** The marketplace an order is placed against: as sent, else the destination's, else the seller's first. */
export function resolveMarketplace(requested: string | undefined, sellerMarketplaces: readonly string[], destinationCountry: string): string | undefined {
  if (requested) return sellerMarketplaces.includes(requested) ? requested : undefined;
  return sellerMarketplaces.find((id) => MARKETPLACES[id]?.countryCode === destinationCountry) ?? sellerMarketplaces[0];
}

export function servesDestination(region: Region, countryCode: string): boolean {
  return SERVED_COUNTRIES[region].includes(countryCode.toUpperCase());
}

export function requiresFeature(constraints: FeatureSettings[] | undefined, featureName: string): boolean {
  return (constraints ?? []).some((c) => c.featureName === featureName && c.featureFulfillmentPolicy === 'Required');
}

/** Per-item reasons a SKU cannot be fulfilled (UnfulfillablePreviewItem.itemUnfulfillableReasons). */
export function itemUnfulfillableReasons(sku: SimSku | undefined, quantity: number, constraints: FeatureSettings[] | undefined): string[] {
  if (!sku) return ['InvalidSKU'];
  const reasons: string[] = [];
  if (sku.qty.fulfillable < quantity) reasons.push('InventoryUnavailable');
  for (const name of ['BLANK_BOX', 'BLOCK_AMZL'] as const) {
    if (requiresFeature(constraints, name) && !sku.features[name]) reasons.push('SKU_NOT_ELIGIBLE');
  }
  return [...new Set(reasons)];
}

export interface PreviewInput {
  now: Date;
  marketplaceId: string;
  address: Address;
  items: GetFulfillmentPreviewItem[];
  speeds: readonly ShippingSpeedCategory[];
  featureConstraints?: FeatureSettings[];
  lookup: (sellerSku: string) => SimSku | undefined;
}

/** One FulfillmentPreview per requested speed (model: GetFulfillmentPreviewResult.fulfillmentPreviews). */
export function buildPreviews(input: PreviewInput): FulfillmentPreview[] {
  const marketplace = MARKETPLACES[input.marketplaceId] as MarketplaceInfo;
  const region = marketplace.region;
  const destinationOk = servesDestination(region, input.address.countryCode);
  const blockAmzl = requiresFeature(input.featureConstraints, 'BLOCK_AMZL');

  const fulfillable: { item: GetFulfillmentPreviewItem; weight: UnitWeight }[] = [];
  const unfulfillable: UnfulfillablePreviewItem[] = [];
  for (const item of input.items) {
    const sku = input.lookup(item.sellerSku);
    const reasons = itemUnfulfillableReasons(sku, item.quantity, input.featureConstraints);
    if (sku && reasons.length === 0) fulfillable.push({ item, weight: unitShippingWeight(sku) });
    else
      unfulfillable.push({
        sellerSku: item.sellerSku,
        quantity: item.quantity,
        sellerFulfillmentOrderItemId: item.sellerFulfillmentOrderItemId,
        itemUnfulfillableReasons: reasons,
      });
  }
  const totalPounds = fulfillable.reduce((n, f) => n + f.weight.pounds * f.item.quantity, 0);

  return input.speeds.map((speed) => {
    const orderReasons: string[] = [];
    if (!destinationOk) orderReasons.push('InvalidDestinationAddress');
    // Model: ScheduledDelivery is only available in the JP marketplace.
    if (speed === 'ScheduledDelivery') orderReasons.push('DeliverySLAUnavailable');
    const isFulfillable = orderReasons.length === 0 && unfulfillable.length === 0 && fulfillable.length > 0;
    const preview: FulfillmentPreview = {
      shippingSpeedCategory: speed,
      isFulfillable,
      isCODCapable: false,
      marketplaceId: input.marketplaceId,
    };
    if (orderReasons.length === 0 && fulfillable.length > 0) {
      const m = milestonesFrom(input.now, speed);
      preview.estimatedShippingWeight = weightIn(region, totalPounds);
      preview.estimatedFees = estimateFees(
        speed,
        fulfillable.map((f) => ({ quantity: f.item.quantity, weight: f.weight })),
        marketplace,
        blockAmzl,
      );
      preview.fulfillmentPreviewShipments = [
        {
          earliestShipDate: iso(m.shipAt),
          latestShipDate: iso(new Date(m.shipAt.getTime() + 24 * 3_600_000)),
          earliestArrivalDate: iso(m.deliverAt),
          latestArrivalDate: iso(new Date(m.deliverAt.getTime() + TIMINGS.transit[speed])),
          fulfillmentPreviewItems: fulfillable.map((f) => ({
            sellerSku: f.item.sellerSku,
            quantity: f.item.quantity,
            sellerFulfillmentOrderItemId: f.item.sellerFulfillmentOrderItemId,
            estimatedShippingWeight: weightIn(region, f.weight.pounds),
            shippingWeightCalculationMethod: f.weight.method,
          })),
        },
      ];
    }
    if (unfulfillable.length > 0) preview.unfulfillablePreviewItems = unfulfillable;
    if (orderReasons.length > 0) preview.orderUnfulfillableReasons = orderReasons;
    if (input.featureConstraints) preview.featureConstraints = input.featureConstraints;
    return preview;
  });
}

function round2(n: number): number {
  return Math.ceil(n * 100) / 100;
}
