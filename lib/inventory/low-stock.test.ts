import { describe, expect, it } from 'vitest';
import { BUILT_IN_LOW_STOCK_THRESHOLD, defaultThresholdInput, effectiveThreshold, isLowStock, skuThresholdInput } from './low-stock';

describe('low-stock rule', () => {
  it('takes the SKU threshold, else the workspace default, else the built-in one', () => {
    expect(effectiveThreshold(3, 20)).toBe(3);
    expect(effectiveThreshold(0, 20)).toBe(0);
    expect(effectiveThreshold(null, 20)).toBe(20);
    expect(effectiveThreshold(undefined, null)).toBe(BUILT_IN_LOW_STOCK_THRESHOLD);
  });

  it('is low strictly below the threshold; 0 never warns', () => {
    expect(isLowStock(4, 5)).toBe(true);
    expect(isLowStock(5, 5)).toBe(false);
    expect(isLowStock(0, 1)).toBe(true);
    expect(isLowStock(0, 0)).toBe(false);
  });
});

describe('threshold input', () => {
  it('accepts whole numbers and an empty SKU threshold (back to the default)', () => {
    expect(skuThresholdInput.parse({ sellerSku: ' SKU-1 ', threshold: ' 12 ' })).toEqual({ sellerSku: 'SKU-1', threshold: 12 });
    expect(skuThresholdInput.parse({ sellerSku: 'SKU-1', threshold: '' })).toEqual({ sellerSku: 'SKU-1', threshold: null });
    expect(defaultThresholdInput.parse({ threshold: '0' })).toEqual({ threshold: 0 });
  });

  it('refuses negatives, fractions, words and huge numbers with a message', () => {
    for (const bad of ['-1', '2.5', 'ten', '1000001']) {
      const result = defaultThresholdInput.safeParse({ threshold: bad });
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/whole number|At most/);
    }
    expect(defaultThresholdInput.safeParse({ threshold: '' }).error?.issues[0]?.message).toBe('Enter a number of units.');
    expect(skuThresholdInput.safeParse({ sellerSku: '', threshold: '1' }).error?.issues[0]?.message).toBe('Choose a SKU.');
    expect(skuThresholdInput.safeParse({ sellerSku: 'SKU-1', threshold: '-3' }).error?.issues).toEqual([
      expect.objectContaining({ path: ['threshold'], message: 'Enter a whole number of units, 0 or more.' }),
    ]);
    expect(skuThresholdInput.parse({ sellerSku: 'SKU-1', threshold: '   ' })).toEqual({ sellerSku: 'SKU-1', threshold: null });
  });
});
