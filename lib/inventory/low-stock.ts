/**
 * The low-stock rule. Each SKU's threshold is its own, else the workspace default, else
 * BUILT_IN_LOW_STOCK_THRESHOLD. A SKU is low when its fulfillable units, every marketplace in
 * view added up, are below the threshold; a threshold of 0 turns the warning off for that SKU
 * (nothing is below zero). The SQL in queries.ts applies the same rule.
 */
import { z } from 'zod';
import { afterTextRules, requiredText } from '@/lib/validation/text-input';

export const BUILT_IN_LOW_STOCK_THRESHOLD = 10;
export const MAX_LOW_STOCK_THRESHOLD = 1_000_000;

export function effectiveThreshold(skuThreshold: number | null | undefined, workspaceDefault: number | null | undefined): number {
  return skuThreshold ?? workspaceDefault ?? BUILT_IN_LOW_STOCK_THRESHOLD;
}

export function isLowStock(fulfillable: number, threshold: number): boolean {
  return fulfillable < threshold;
}

/** A whole number of units, typed into a form. */
export const thresholdInput = requiredText('Enter a number of units.', {
  max: 12,
  tooLong: `At most ${MAX_LOW_STOCK_THRESHOLD.toLocaleString('en-US')} units.`,
})
  .regex(/^\d+$/, { message: 'Enter a whole number of units, 0 or more.', ...afterTextRules })
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(0)
      .max(MAX_LOW_STOCK_THRESHOLD, `At most ${MAX_LOW_STOCK_THRESHOLD.toLocaleString('en-US')} units.`),
  );

/** A SKU's threshold: empty means "use the workspace default". */
export const skuThresholdInput = z.object({
  sellerSku: requiredText('Choose a SKU.', { max: 200, tooLong: 'SKUs are at most 200 characters.' }),
  // Not a union: a union reports "Invalid input" instead of the number rule's own message.
  threshold: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), thresholdInput.optional()).transform((v) => v ?? null),
});

export const defaultThresholdInput = z.object({ threshold: thresholdInput });
