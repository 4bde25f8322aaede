/**
 * Plans each demo seller made in Seller Central before using the dashboard: one waiting to be
 * packed, so listInboundPlans has something the dashboard did not create and can continue.
 */
import { DEMO_SELLERS } from '../../core/contract.js';
import type { InboundPlansContext } from './context.js';
import type { InboundPlanRecord } from './records.js';
import { newId } from './store.js';

const SOURCE = {
  NA: {
    name: 'Northwind Home Goods',
    addressLine1: '2201 Westlake Avenue',
    city: 'Seattle',
    stateOrProvinceCode: 'WA',
    countryCode: 'US',
    postalCode: '98121',
    phoneNumber: '+1 206 555 0100',
  },
  EU: {
    name: 'Kestrel Outdoor Ltd',
    addressLine1: '10 Canal Street',
    city: 'Manchester',
    stateOrProvinceCode: 'Greater Manchester',
    countryCode: 'GB',
    postalCode: 'M1 3HE',
    phoneNumber: '+44 161 555 0100',
  },
};

export function seedSellerCentralPlans(ctx: InboundPlansContext, now: Date): void {
  const sellers = [
    { sellerId: DEMO_SELLERS.na.sellerId, marketplaceId: 'ATVPDKIKX0DER', country: 'US', source: SOURCE.NA },
    { sellerId: DEMO_SELLERS.eu.sellerId, marketplaceId: 'A1F83G8C2ARO7P', country: 'GB', source: SOURCE.EU },
  ];
  for (const { sellerId, marketplaceId, country, source } of sellers) {
    const skus = ctx.catalog
      .list(sellerId)
      .filter((sku) => sku.marketplaceIds.includes(marketplaceId) && ctx.prep.get(sellerId, marketplaceId, sku.sellerSku).prepCategory === 'NONE')
      .slice(0, 3);
    if (!skus.length) continue;
    const createdAt = new Date(now.getTime() - 2 * 86_400_000);
    const plan: InboundPlanRecord = {
      inboundPlanId: newId('wf'),
      sellerId,
      name: 'Spring restock (Seller Central)',
      marketplaceId,
      country,
      sourceAddress: source,
      createdAt,
      lastUpdatedAt: createdAt,
      status: 'ACTIVE',
      items: skus.map((sku, index) => ({
        msku: sku.sellerSku,
        asin: sku.asin,
        fnsku: sku.fnsku,
        quantity: 24 * (index + 1),
        labelOwner: 'SELLER',
        prepOwner: 'NONE',
      })),
      packingOptions: [],
      boxes: [],
      placementOptions: [],
      shipments: [],
      transportationConfirmed: false,
    };
    ctx.plans.plans.set(plan.inboundPlanId, plan);
  }
}
