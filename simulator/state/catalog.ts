/**
 * The SKUs each seller stocks at FBA, shared by inventory, orders, outbound and inbound.
 * Seeded deterministically: about 180 SKUs for the NA demo seller and 120 for the EU one.
 */
import type { SimCatalog, SimSku } from '../core/contract.js';
import { DEMO_SELLERS } from '../core/contract.js';
import { round2 } from './marketplaces.js';
import { Prng, hash32 } from './prng.js';

interface ProductKind {
  noun: string;
  skuStem: string;
  priceRange: [number, number];
  weightRange: [number, number];
  /** Rough size of the boxed item in inches. */
  size: [number, number, number];
  variants: readonly string[];
}

const BRANDS = ['Northwind', 'Kestrel', 'Alder & Pine', 'Brightloom', 'Cobalt Bay', 'Harbor Lane', 'Fernwood', 'Summit Ridge', 'Lumen & Co', 'Tidewater'];
const COLORS = ['Black', 'Slate Gray', 'Sage Green', 'Navy', 'Terracotta', 'Ivory', 'Charcoal', 'Ocean Blue'];
const SIZES = ['Small', 'Medium', 'Large'];
const CAPACITIES = ['12 oz', '20 oz', '32 oz', '40 oz'];
const PACKS = ['Pack of 2', 'Pack of 4', 'Pack of 6', 'Set of 3'];

const KINDS: readonly ProductKind[] = [
  { noun: 'Stainless Steel Insulated Water Bottle', skuStem: 'BTL', priceRange: [14, 39], weightRange: [0.6, 1.4], size: [11, 3.5, 3.5], variants: CAPACITIES },
  { noun: 'Bamboo Cutting Board', skuStem: 'CBD', priceRange: [18, 45], weightRange: [1.5, 4], size: [18, 12, 1], variants: SIZES },
  { noun: 'Cotton Throw Blanket', skuStem: 'THR', priceRange: [24, 59], weightRange: [1.8, 3.5], size: [14, 12, 4], variants: COLORS },
  { noun: 'Ceramic Coffee Mug', skuStem: 'MUG', priceRange: [12, 32], weightRange: [0.8, 2.6], size: [6, 5, 5], variants: PACKS },
  { noun: 'LED Desk Lamp with USB Charging Port', skuStem: 'LMP', priceRange: [22, 69], weightRange: [1.6, 3.8], size: [16, 7, 5], variants: COLORS },
  { noun: 'Silicone Baking Mat', skuStem: 'BKM', priceRange: [9, 24], weightRange: [0.3, 0.9], size: [13, 3, 3], variants: PACKS },
  { noun: 'Hiking Daypack 20L', skuStem: 'DPK', priceRange: [29, 89], weightRange: [1, 2.2], size: [15, 11, 3], variants: COLORS },
  { noun: 'Yoga Mat Non-Slip 6mm', skuStem: 'YGM', priceRange: [19, 49], weightRange: [2, 3.5], size: [25, 6, 6], variants: COLORS },
  { noun: 'Glass Food Storage Containers', skuStem: 'FSC', priceRange: [21, 48], weightRange: [3, 7], size: [14, 10, 7], variants: PACKS },
  { noun: 'Wireless Charging Pad', skuStem: 'WCP', priceRange: [15, 39], weightRange: [0.3, 0.7], size: [5, 5, 1.5], variants: COLORS },
  { noun: 'Camping Headlamp Rechargeable', skuStem: 'HLP', priceRange: [13, 35], weightRange: [0.2, 0.5], size: [6, 4, 2.5], variants: PACKS },
  {
    noun: 'Cast Iron Skillet Pre-Seasoned',
    skuStem: 'SKL',
    priceRange: [25, 65],
    weightRange: [5, 8.5],
    size: [18, 11, 3],
    variants: ['8 inch', '10 inch', '12 inch'],
  },
  { noun: 'Linen Blend Pillow Covers', skuStem: 'PLW', priceRange: [14, 34], weightRange: [0.4, 1], size: [10, 8, 2], variants: COLORS },
  { noun: 'Resistance Bands Set', skuStem: 'RBS', priceRange: [12, 29], weightRange: [0.5, 1.2], size: [9, 6, 3], variants: SIZES },
  { noun: 'Kids Art Smock Waterproof', skuStem: 'SMK', priceRange: [9, 19], weightRange: [0.2, 0.5], size: [9, 7, 1], variants: SIZES },
];

const SELLER_SKU_COUNTS: Array<{ sellerId: string; marketplaceIds: string[]; count: number; currency: string; prefix: string }> = [
  { sellerId: DEMO_SELLERS.na.sellerId, marketplaceIds: [...DEMO_SELLERS.na.marketplaceIds], count: 180, currency: 'USD', prefix: 'NW' },
  { sellerId: DEMO_SELLERS.eu.sellerId, marketplaceIds: [...DEMO_SELLERS.eu.marketplaceIds], count: 120, currency: 'GBP', prefix: 'KS' },
];

const emptyQty = (): SimSku['qty'] => ({
  fulfillable: 0,
  inboundWorking: 0,
  inboundShipped: 0,
  inboundReceiving: 0,
  reservedCustomerOrders: 0,
  reservedTransfers: 0,
  reservedProcessing: 0,
  researching: 0,
  unfulfillable: 0,
});

/** Stock is deliberately uneven: dashboards must show out-of-stock and low-stock SKUs. */
function seededQty(rng: Prng): SimSku['qty'] {
  const qty = emptyQty();
  const band = rng.next();
  qty.fulfillable = band < 0.1 ? 0 : band < 0.3 ? rng.int(1, 9) : band < 0.85 ? rng.int(10, 250) : rng.int(251, 2500);
  qty.reservedCustomerOrders = qty.fulfillable > 0 ? rng.int(0, Math.min(12, qty.fulfillable)) : 0;
  qty.reservedProcessing = rng.chance(0.2) ? rng.int(1, 5) : 0;
  qty.reservedTransfers = rng.chance(0.1) ? rng.int(1, 30) : 0;
  qty.inboundWorking = rng.chance(0.1) ? rng.int(10, 200) : 0;
  qty.inboundShipped = rng.chance(0.1) ? rng.int(10, 200) : 0;
  qty.inboundReceiving = rng.chance(0.05) ? rng.int(5, 100) : 0;
  qty.researching = rng.chance(0.05) ? rng.int(1, 4) : 0;
  qty.unfulfillable = rng.chance(0.15) ? rng.int(1, 8) : 0;
  return qty;
}

export function generateSkus(
  seed: number,
  spec: { sellerId: string; marketplaceIds: string[]; count: number; currency: string; prefix: string },
  now: Date,
): SimSku[] {
  const rng = new Prng(seed, hash32(...[...spec.sellerId].map((c) => c.charCodeAt(0))));
  const skus: SimSku[] = [];
  const used = new Set<string>();
  for (let i = 0; skus.length < spec.count; i++) {
    const kind = rng.pick(KINDS);
    const brand = rng.pick(BRANDS);
    const variant = rng.pick(kind.variants);
    const sellerSku = `${spec.prefix}-${kind.skuStem}-${variant
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 6)
      .toUpperCase()}-${String(i + 1).padStart(3, '0')}`;
    if (used.has(sellerSku)) continue;
    used.add(sellerSku);
    const scale = 0.85 + rng.next() * 0.3;
    skus.push({
      sellerId: spec.sellerId,
      marketplaceIds: [...spec.marketplaceIds],
      sellerSku,
      asin: `B0${rng.code(8)}`,
      fnsku: `X00${rng.code(7)}`,
      title: `${brand} ${kind.noun}, ${variant}`,
      condition: 'NewItem',
      price: { currencyCode: spec.currency, amount: round2(kind.priceRange[0] + rng.next() * (kind.priceRange[1] - kind.priceRange[0])) - 0.01 },
      weightLb: round2(kind.weightRange[0] + rng.next() * (kind.weightRange[1] - kind.weightRange[0])),
      dimensionsIn: { length: round2(kind.size[0] * scale), width: round2(kind.size[1] * scale), height: round2(kind.size[2] * scale) },
      features: { BLANK_BOX: rng.chance(0.7), BLOCK_AMZL: rng.chance(0.3) },
      qty: seededQty(rng),
      lastUpdated: new Date(now.getTime() - rng.int(0, 30 * 24 * 3600) * 1000),
    });
  }
  return skus;
}

class CatalogStore implements SimCatalog {
  private bySeller = new Map<string, Map<string, SimSku>>();

  list(sellerId: string): SimSku[] {
    return [...(this.bySeller.get(sellerId)?.values() ?? [])];
  }

  get(sellerId: string, sellerSku: string): SimSku | undefined {
    return this.bySeller.get(sellerId)?.get(sellerSku);
  }

  adjust(sellerId: string, sellerSku: string, change: Partial<SimSku['qty']>, now: Date): SimSku {
    const sku = this.get(sellerId, sellerSku);
    if (!sku) throw new Error(`no SKU ${sellerSku} for ${sellerId}`);
    for (const [key, delta] of Object.entries(change) as Array<[keyof SimSku['qty'], number]>) {
      // Stock never goes negative: a bucket that would is clamped, as Amazon's ledger does.
      sku.qty[key] = Math.max(0, sku.qty[key] + delta);
    }
    sku.lastUpdated = now;
    return sku;
  }

  put(sku: SimSku): void {
    let skus = this.bySeller.get(sku.sellerId);
    if (!skus) {
      skus = new Map();
      this.bySeller.set(sku.sellerId, skus);
    }
    skus.set(sku.sellerSku, sku);
  }

  remove(sellerId: string, sellerSku: string): boolean {
    return this.bySeller.get(sellerId)?.delete(sellerSku) ?? false;
  }

  reset(seed: number, now: Date): void {
    this.bySeller.clear();
    for (const spec of SELLER_SKU_COUNTS) for (const sku of generateSkus(seed, spec, now)) this.put(sku);
  }

  /** A seller created through the consent page gets a smaller NA catalog of its own. */
  seedSeller(seed: number, sellerId: string, marketplaceIds: string[], now: Date): void {
    const prefix = `S${sellerId.slice(-3)}`;
    for (const sku of generateSkus(seed, { sellerId, marketplaceIds, count: 40, currency: 'USD', prefix }, now)) this.put(sku);
  }
}

export const catalog: SimCatalog & {
  reset(seed: number, now: Date): void;
  seedSeller(seed: number, sellerId: string, marketplaceIds: string[], now: Date): void;
} = new CatalogStore();

export { emptyQty };
