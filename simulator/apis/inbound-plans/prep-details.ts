/**
 * Prep categories and types per MSKU (listPrepDetails / setPrepDetails). Unset SKUs get a
 * category from the same hash buckets as the v0 prep instructions (half need no prep); one
 * bucket in ten is UNKNOWN, which a plan refuses until the seller sets the category.
 */
import type { MskuPrepDetail, PrepCategory, PrepType } from '../../../lib/sp-api/generated/fulfillment-inbound-2024-03-20.js';
import { bucketOf } from '../inbound/hash.js';

const BY_BUCKET: { prepCategory: PrepCategory; prepTypes: PrepType[] }[] = [
  { prepCategory: 'NONE', prepTypes: ['ITEM_NO_PREP'] },
  { prepCategory: 'NONE', prepTypes: ['ITEM_NO_PREP'] },
  { prepCategory: 'NONE', prepTypes: ['ITEM_NO_PREP'] },
  { prepCategory: 'NONE', prepTypes: ['ITEM_NO_PREP'] },
  { prepCategory: 'NONE', prepTypes: ['ITEM_NO_PREP'] },
  { prepCategory: 'TEXTILE', prepTypes: ['ITEM_POLYBAGGING', 'ITEM_SUFFOSTK'] },
  { prepCategory: 'FRAGILE', prepTypes: ['ITEM_BUBBLEWRAP'] },
  { prepCategory: 'GRANULAR', prepTypes: ['ITEM_POLYBAGGING'] },
  { prepCategory: 'PERFORATED', prepTypes: ['ITEM_TAPING'] },
  { prepCategory: 'UNKNOWN', prepTypes: [] },
];

/** Amazon's per-unit fee when it does the prep (USD in North America, GBP in Europe). */
export const PREP_FEE_PER_UNIT: Partial<Record<PrepType, number>> = {
  ITEM_POLYBAGGING: 0.7,
  ITEM_SUFFOSTK: 0.2,
  ITEM_BUBBLEWRAP: 1.0,
  ITEM_TAPING: 0.2,
};

export class PrepDetailsStore {
  /** sellerId|marketplaceId|msku -> what the seller set. */
  private readonly set = new Map<string, { prepCategory: PrepCategory; prepTypes: PrepType[] }>();

  reset(): void {
    this.set.clear();
  }

  get(sellerId: string, marketplaceId: string, msku: string): MskuPrepDetail {
    const chosen = this.set.get(`${sellerId}|${marketplaceId}|${msku}`) ?? BY_BUCKET[bucketOf(msku, 10, 'prep')]!;
    const noPrep = chosen.prepTypes.length === 0 || chosen.prepTypes.every((t) => t === 'ITEM_NO_PREP');
    return {
      msku,
      prepCategory: chosen.prepCategory,
      prepTypes: chosen.prepTypes,
      // Items that need no prep cannot have a prep owner.
      ...(noPrep && chosen.prepCategory !== 'UNKNOWN' ? { prepOwnerConstraint: 'NONE_ONLY' as const } : {}),
    };
  }

  put(sellerId: string, marketplaceId: string, msku: string, prepCategory: PrepCategory, prepTypes: PrepType[]): void {
    this.set.set(`${sellerId}|${marketplaceId}|${msku}`, { prepCategory, prepTypes });
  }
}
