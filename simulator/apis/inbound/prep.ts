/**
 * Prep instructions and size tier for a SKU or ASIN. All answers are deterministic: a hash of
 * the SKU (or ASIN) decides prep and barcode rules, the catalog's dimensions decide the size
 * tier. See README.md.
 */
import type { SimSku } from '../../core/contract.js';
import { currencyForCountry } from './fulfillment-centers.js';
import { bucketOf } from './hash.js';
import type { AmazonPrepFeesDetails, BarcodeInstruction, PrepGuidance, PrepInstruction } from '../../../lib/sp-api/generated/fulfillment-inbound-v0.js';

export type SizeTier = 'standard' | 'oversize';

/** Amazon's standard-size limits: 18 x 14 x 8 inches and 20 pounds. */
export function sizeTierOf(sku: Pick<SimSku, 'weightLb' | 'dimensionsIn'>): SizeTier {
  const [longest = 0, median = 0, shortest = 0] = [sku.dimensionsIn.length, sku.dimensionsIn.width, sku.dimensionsIn.height].sort((a, b) => b - a);
  return longest > 18 || median > 14 || shortest > 8 || sku.weightLb > 20 ? 'oversize' : 'standard';
}

export function isWellFormedAsin(asin: string): boolean {
  return /^[A-Z0-9]{10}$/.test(asin);
}

/** Prep profiles by hash bucket (ten buckets); half the catalog needs no prep. */
const PREP_PROFILES: { instructions: PrepInstruction[]; consultHelp?: boolean }[] = [
  { instructions: ['NoPrep'] },
  { instructions: ['NoPrep'] },
  { instructions: ['NoPrep'] },
  { instructions: ['NoPrep'] },
  { instructions: ['NoPrep'] },
  { instructions: ['Polybagging', 'SuffocationStickering'] },
  { instructions: ['BubbleWrapping'] },
  { instructions: ['Polybagging'] },
  { instructions: ['Taping'] },
  { instructions: [], consultHelp: true },
];

/** Amazon's per-unit prep fee when Amazon does the prep (same number in USD and GBP). */
const PREP_FEE_PER_UNIT: Partial<Record<PrepInstruction, number>> = {
  Polybagging: 0.7,
  BubbleWrapping: 1.0,
  Taping: 0.2,
  BlackShrinkWrapping: 1.0,
  Labeling: 0.55,
  SuffocationStickering: 0.2,
};

export interface PrepProfile {
  BarcodeInstruction: BarcodeInstruction;
  PrepGuidance: PrepGuidance;
  PrepInstructionList: PrepInstruction[];
}

/**
 * A SKU either keeps its manufacturer barcode (stickerless, commingled) or needs an FNSKU label;
 * an ASIN alone cannot tell, so a third of ASINs answer MustProvideSellerSKU.
 */
export function prepProfileFor(key: { sellerSku?: string; asin: string }): PrepProfile {
  const hashKey = key.sellerSku ?? key.asin;
  const profile = PREP_PROFILES[bucketOf(hashKey, PREP_PROFILES.length, 'prep')] ?? { instructions: ['NoPrep'] };
  let barcode: BarcodeInstruction;
  if (key.sellerSku !== undefined) {
    barcode = bucketOf(hashKey, 5, 'barcode') < 2 ? 'CanUseOriginalBarcode' : 'RequiresFNSKULabel';
  } else {
    barcode = bucketOf(hashKey, 3, 'barcode') === 0 ? 'MustProvideSellerSKU' : 'RequiresFNSKULabel';
  }
  let instructions = [...profile.instructions];
  if (barcode === 'RequiresFNSKULabel') {
    instructions = [...instructions.filter((prep) => prep !== 'NoPrep'), 'Labeling'];
  }
  const guidance: PrepGuidance = profile.consultHelp
    ? 'ConsultHelpDocuments'
    : instructions.every((prep) => prep === 'NoPrep')
      ? 'NoAdditionalPrepRequired'
      : 'SeePrepInstructionsList';
  return { BarcodeInstruction: barcode, PrepGuidance: guidance, PrepInstructionList: instructions };
}

export function amazonPrepFees(instructions: PrepInstruction[], country: string): AmazonPrepFeesDetails[] {
  const currency = currencyForCountry(country);
  return instructions.flatMap((prep) => {
    const fee = PREP_FEE_PER_UNIT[prep];
    return fee === undefined ? [] : [{ PrepInstruction: prep, FeePerUnit: { CurrencyCode: currency, Value: fee } }];
  });
}
