import { describe, expect, it } from 'vitest';
import { canCancelShipment, canChangeTransport, canConfirm, canEditShipment, canEstimate, canPrintLabels, isTransportSettling, timelineOf } from './status';

describe('shipment status rules', () => {
  it('edits only working shipments and cancels until delivery', () => {
    expect(canEditShipment('WORKING')).toBe(true);
    expect(canEditShipment('SHIPPED')).toBe(false);
    expect(['WORKING', 'SHIPPED', 'IN_TRANSIT'].every(canCancelShipment)).toBe(true);
    expect(['DELIVERED', 'RECEIVING', 'CLOSED', 'DELETED'].some(canCancelShipment)).toBe(false);
    expect(canPrintLabels('DELETED')).toBe(false);
    expect(canPrintLabels('WORKING')).toBe(true);
  });

  it('marks the timeline up to the current status', () => {
    expect(timelineOf('IN_TRANSIT').map((s) => s.state)).toEqual(['done', 'done', 'current', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
    expect(timelineOf('CLOSED').every((s) => s.state === 'done')).toBe(true);
    expect(timelineOf('CANCELLED').every((s) => s.state === 'upcoming')).toBe(true);
  });

  it('keeps polling only while Amazon works on the booking', () => {
    expect(['ESTIMATING', 'CONFIRMING', 'VOIDING'].every(isTransportSettling)).toBe(true);
    expect(['ESTIMATED', 'CONFIRMED', 'VOIDED', 'WORKING'].some(isTransportSettling)).toBe(false);
  });

  it('shares the booking rules between the server and the panel', () => {
    expect(['ESTIMATING', 'CONFIRMING', 'CONFIRMED', 'VOIDING'].some(canChangeTransport)).toBe(false);
    expect([null, 'WORKING', 'ESTIMATED', 'VOIDED', 'ERROR_ON_ESTIMATING'].every(canChangeTransport)).toBe(true);
    expect(['WORKING', 'ERROR_ON_ESTIMATING', 'VOIDED'].every(canEstimate)).toBe(true);
    expect(['ESTIMATING', 'ESTIMATED', 'CONFIRMED', null].some(canEstimate)).toBe(false);
    expect(canConfirm('ESTIMATED')).toBe(true);
    expect(canConfirm('WORKING')).toBe(false);
  });
});
