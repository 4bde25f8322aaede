import { describe, expect, it } from 'vitest';
import { coverText, dailyVelocity, daysOfCover, PLANNING_DEFAULTS, planSku, reorderPoint, stockStatus, suggestedQuantity, velocityText } from './planning';

describe('inventory planning', () => {
  it('sells at the 30-day rate, or the 90-day one when nothing sold in 30 days', () => {
    expect(dailyVelocity({ sold7: 14, sold30: 60, sold90: 90 })).toBe(2);
    expect(dailyVelocity({ sold7: 0, sold30: 0, sold90: 45 })).toBe(0.5);
    expect(dailyVelocity({ sold7: 0, sold30: 0, sold90: 0 })).toBe(0);
  });

  it('days of cover: stock over the rate, none when nothing sells', () => {
    expect(daysOfCover(30, 2)).toBe(15);
    expect(daysOfCover(0, 2)).toBe(0);
    expect(daysOfCover(-3, 2)).toBe(0);
    expect(daysOfCover(500, 0)).toBeNull();
    expect(coverText(null)).toBe('No sales');
    expect(coverText(0.4)).toBe('< 1 day');
    expect(coverText(1.9)).toBe('1 day');
    expect(coverText(1234.5)).toBe('1,234 days');
    expect(velocityText(2 / 3)).toBe('0.7 a day');
  });

  it('reorder point: sales over the lead time and the safety days, rounded up', () => {
    expect(reorderPoint(2)).toBe(2 * (PLANNING_DEFAULTS.leadTimeDays + PLANNING_DEFAULTS.safetyDays));
    expect(reorderPoint(0.1, { leadTimeDays: 10, safetyDays: 5, targetCoverDays: 60 })).toBe(2);
    expect(reorderPoint(0)).toBe(0);
  });

  it('suggests what covers the target days beyond the stock at FBA and inbound', () => {
    const settings = { leadTimeDays: 30, safetyDays: 14, targetCoverDays: 90 };
    expect(suggestedQuantity(2, 40, 20, settings)).toBe(120);
    expect(suggestedQuantity(2, 200, 0, settings)).toBe(0);
    expect(suggestedQuantity(0.25, 0, 0, settings)).toBe(23);
    expect(suggestedQuantity(0, 0, 0, settings)).toBe(0);
    // Negative buckets (Amazon's corrections) never inflate the suggestion.
    expect(suggestedQuantity(1, -5, 0, settings)).toBe(90);
  });

  it('status: reorder when selling and at or below the reorder point, low below the threshold, else ok', () => {
    const settings = { leadTimeDays: 10, safetyDays: 5, targetCoverDays: 60 };
    expect(stockStatus({ velocity: 1, available: 10, inbound: 5, threshold: 0 }, settings)).toBe('reorder');
    expect(stockStatus({ velocity: 1, available: 10, inbound: 6, threshold: 0 }, settings)).toBe('ok');
    // Inbound units count: they arrive within the lead time.
    expect(stockStatus({ velocity: 1, available: 0, inbound: 100, threshold: 10 }, settings)).toBe('low');
    // Nothing sells: never a reorder, the threshold still warns.
    expect(stockStatus({ velocity: 0, available: 0, inbound: 0, threshold: 10 }, settings)).toBe('low');
    expect(stockStatus({ velocity: 0, available: 0, inbound: 0, threshold: 0 }, settings)).toBe('ok');
  });

  it('plans a SKU from its sales and stock', () => {
    expect(planSku({ sold7: 7, sold30: 30, sold90: 90, available: 20, inbound: 10, threshold: 10 })).toEqual({
      velocity: 1,
      daysOfCover: 20,
      reorderPoint: 44,
      suggested: 60,
      status: 'reorder',
    });
  });
});
