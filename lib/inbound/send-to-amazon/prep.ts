/**
 * Prep categories in the seller's words, and the owner of the prep a SKU's details call for
 * (client-safe). Amazon refuses a plan line whose prep owner does not fit the category, and one
 * whose SKU has no category yet (UNKNOWN), so the plan form shows both before anything is sent.
 */

/** The prep types Amazon's prep guidance names for each category the seller may choose (setPrepDetails). */
export const PREP_TYPES_BY_CATEGORY = {
  NONE: ['ITEM_NO_PREP'],
  FRAGILE: ['ITEM_BUBBLEWRAP'],
  LIQUID: ['ITEM_POLYBAGGING'],
  TEXTILE: ['ITEM_POLYBAGGING'],
  GRANULAR: ['ITEM_POLYBAGGING'],
  SHARP: ['ITEM_BUBBLEWRAP'],
  SMALL: ['ITEM_POLYBAGGING'],
  BABY: ['ITEM_POLYBAGGING', 'ITEM_SUFFOSTK'],
  PERFORATED: ['ITEM_TAPING'],
} as const;

export type ChoosablePrepCategory = keyof typeof PREP_TYPES_BY_CATEGORY;
export const CHOOSABLE_PREP_CATEGORIES = Object.keys(PREP_TYPES_BY_CATEGORY) as [ChoosablePrepCategory, ...ChoosablePrepCategory[]];

export const PREP_CATEGORY_LABELS: Record<string, string> = {
  NONE: 'No prep needed',
  FRAGILE: 'Fragile (bubble wrap)',
  LIQUID: 'Liquid (polybag)',
  TEXTILE: 'Textile (polybag)',
  GRANULAR: 'Granular (polybag)',
  SHARP: 'Sharp (bubble wrap)',
  SMALL: 'Small (polybag)',
  BABY: 'Baby product (polybag, suffocation sticker)',
  PERFORATED: 'Perforated packaging (taping)',
  ADULT: 'Adult (black bag)',
  HANGER: 'On a hanger',
  SET: 'Sold as a set (bundle)',
  FC_PROVIDED: 'Set by the fulfillment center',
  UNKNOWN: 'No prep category at Amazon yet',
};

/** One SKU's prep details as the plan form needs them. */
export interface SkuPrep {
  msku: string;
  prepCategory: string;
  /** Amazon's constraint on who preps (AMAZON_ONLY, NONE_ONLY, SELLER_ONLY), when it has one. */
  prepOwnerConstraint?: string | undefined;
}

/** Who preps a line by default: what Amazon's constraint says, else nobody for no prep and the seller otherwise; none for an unknown category. */
export function defaultPrepOwner(prep: SkuPrep): 'SELLER' | 'AMAZON' | 'NONE' | undefined {
  if (prep.prepOwnerConstraint === 'NONE_ONLY') return 'NONE';
  if (prep.prepOwnerConstraint === 'SELLER_ONLY') return 'SELLER';
  if (prep.prepOwnerConstraint === 'AMAZON_ONLY') return 'AMAZON';
  if (prep.prepCategory === 'UNKNOWN') return undefined;
  return prep.prepCategory === 'NONE' ? 'NONE' : 'SELLER';
}
