import { describe, expect, it } from 'vitest';
import { effectiveVoidDeadline, formatRemaining, VOID_WINDOW_MS, voidAvailability } from './void-deadline';

const confirmedAt = new Date('2026-11-23T10:00:00Z');
const sp = { isPartnered: true, shipmentType: 'SP' as const, status: 'CONFIRMED', voidDeadline: new Date(confirmedAt.getTime() + VOID_WINDOW_MS.SP) };
const ltl = { ...sp, shipmentType: 'LTL' as const, voidDeadline: new Date(confirmedAt.getTime() + VOID_WINDOW_MS.LTL) };

describe('void deadline', () => {
  it('is 24 hours for small parcel and 1 hour for LTL when Amazon has not said yet', () => {
    expect(effectiveVoidDeadline({ ...sp, voidDeadline: null }, confirmedAt)).toEqual(new Date('2026-11-24T10:00:00Z'));
    expect(effectiveVoidDeadline({ ...ltl, voidDeadline: null }, confirmedAt)).toEqual(new Date('2026-11-23T11:00:00Z'));
  });

  it('offers the void until the deadline, with the time left', () => {
    const at = new Date('2026-11-23T10:59:00Z');
    expect(voidAvailability(ltl, at)).toMatchObject({ canVoid: true, remainingMs: 60_000 });
    expect(voidAvailability(sp, at)).toMatchObject({ canVoid: true });
    const late = voidAvailability(ltl, new Date('2026-11-23T11:00:00Z'));
    expect(late.canVoid).toBe(false);
    expect(late.canVoid ? '' : late.reason).toMatch(/void deadline passed/);
  });

  it('never offers a void for own carriers, unconfirmed bookings or picked-up shipments', () => {
    const at = new Date('2026-11-23T10:30:00Z');
    expect(voidAvailability({ ...sp, isPartnered: false }, at).canVoid).toBe(false);
    expect(voidAvailability({ ...sp, status: 'ESTIMATED' }, at).canVoid).toBe(false);
    expect(voidAvailability({ ...sp, status: 'VOIDED' }, at).canVoid).toBe(false);
    expect(voidAvailability({ ...sp, shipmentStatus: 'SHIPPED' }, at).canVoid).toBe(false);
    expect(voidAvailability({ ...sp, shipmentStatus: 'WORKING' }, at).canVoid).toBe(true);
  });

  it('formats the countdown', () => {
    expect(formatRemaining(VOID_WINDOW_MS.SP - 2000)).toBe('23h 59m 58s');
    expect(formatRemaining(61_000)).toBe('1m 01s');
    expect(formatRemaining(-5)).toBe('0m 00s');
  });
});
