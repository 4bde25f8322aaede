import { describe, expect, it } from 'vitest';
import { canPrintLabels, isDiscrepancy, receiptOf, timelineOf } from './status';

describe('shipment status rules', () => {
  it('prints labels until the shipment is closed or gone', () => {
    expect(canPrintLabels('DELETED')).toBe(false);
    expect(canPrintLabels('CLOSED')).toBe(false);
    expect(canPrintLabels('WORKING')).toBe(true);
  });

  it('prints no labels once the carrier booking was voided or is being voided, the shipment still open', () => {
    expect(canPrintLabels('WORKING', 'VOIDED')).toBe(false);
    expect(canPrintLabels('WORKING', 'VOIDING')).toBe(false);
    expect(canPrintLabels('SHIPPED', 'CONFIRMED')).toBe(true);
    expect(canPrintLabels('WORKING', null)).toBe(true);
    expect(canPrintLabels('CANCELLED', 'CONFIRMED')).toBe(false);
  });

  it('marks the timeline up to the current status', () => {
    expect(timelineOf('IN_TRANSIT').map((s) => s.state)).toEqual(['done', 'done', 'current', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
    expect(timelineOf('CLOSED').every((s) => s.state === 'done')).toBe(true);
    expect(timelineOf('CANCELLED').every((s) => s.state === 'upcoming')).toBe(true);
  });
});

describe('received quantities', () => {
  it('calls a shortfall a discrepancy only once Amazon closed the shipment', () => {
    expect(receiptOf('IN_TRANSIT', 10, 0)).toEqual({ state: 'not-received', difference: -10 });
    expect(receiptOf('RECEIVING', 10, 4)).toEqual({ state: 'receiving', difference: -6 });
    expect(receiptOf('CLOSED', 10, 4)).toEqual({ state: 'short', difference: -6 });
    expect(isDiscrepancy(receiptOf('RECEIVING', 10, 4))).toBe(false);
    expect(isDiscrepancy(receiptOf('CLOSED', 10, 4))).toBe(true);
  });

  it('flags units received beyond those shipped at once, and a full receipt as matched', () => {
    expect(receiptOf('RECEIVING', 10, 12)).toEqual({ state: 'over', difference: 2 });
    expect(isDiscrepancy(receiptOf('RECEIVING', 10, 12))).toBe(true);
    expect(receiptOf('RECEIVING', 10, 10)).toEqual({ state: 'matched', difference: 0 });
    expect(receiptOf('CLOSED', 0, 0).state).toBe('matched');
  });
});
