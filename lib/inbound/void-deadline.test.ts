import { describe, expect, it } from 'vitest';
import { formatRemaining, voidAvailability } from './void-deadline';

const HOUR = 3600_000;

const confirmedAt = new Date('2026-11-23T10:00:00Z');
const sp = { isPartnered: true, shipmentType: 'SP' as const, status: 'CONFIRMED', voidDeadline: new Date(confirmedAt.getTime() + 24 * HOUR) };
const ltl = { ...sp, shipmentType: 'LTL' as const, voidDeadline: new Date(confirmedAt.getTime() + HOUR) };

describe('void deadline', () => {
  it('waits for the void deadline Amazon reports instead of guessing one', () => {
    const at = new Date('2026-11-23T10:30:00Z');
    const unknown = voidAvailability({ ...sp, voidDeadline: null }, at);
    expect(unknown.canVoid ? '' : unknown.reason).toMatch(/not reported the void deadline/);
  });

  it('voids only a CONFIRMED booking, as the model says (not one still confirming)', () => {
    const at = new Date('2026-11-23T10:30:00Z');
    const confirming = voidAvailability({ ...sp, status: 'CONFIRMING' }, at);
    expect(confirming.canVoid).toBe(false);
    expect(confirming.canVoid ? '' : confirming.reason).toMatch(/Only a confirmed/);
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
    expect(formatRemaining(24 * HOUR - 2000)).toBe('23h 59m 58s');
    expect(formatRemaining(61_000)).toBe('1m 01s');
    expect(formatRemaining(-5)).toBe('0m 00s');
  });
});
