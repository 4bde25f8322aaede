import { describe, expect, it } from 'vitest';
import { localDay, shipByUrgency } from './ship-by';

const US = 'ATVPDKIKX0DER';
const JP = 'A1VC38T7YXB528';
const order = (latestShipDate: string | null, orderStatus: 'UNSHIPPED' | 'PARTIALLY_SHIPPED' | 'SHIPPED' = 'UNSHIPPED', marketplaceId = US) => ({
  orderStatus,
  marketplaceId,
  latestShipDate: latestShipDate ? new Date(latestShipDate) : null,
});

describe('shipByUrgency', () => {
  // 2026-12-06 18:00 UTC is 10:00 on Dec 6 in Los Angeles and 03:00 on Dec 7 in Tokyo.
  const now = new Date('2026-12-06T18:00:00Z');

  it('marks an order to ship whose ship-by time has passed as late', () => {
    expect(shipByUrgency(order('2026-12-06T17:59:59Z'), now)).toBe('late');
    expect(shipByUrgency(order('2026-12-01T00:00:00Z', 'PARTIALLY_SHIPPED'), now)).toBe('late');
  });

  it("counts today in the marketplace's time zone", () => {
    // 07:59 UTC on Dec 7 is still Dec 6 in Los Angeles: due today for a US order.
    expect(shipByUrgency(order('2026-12-07T07:59:59Z'), now)).toBe('due-today');
    // 08:00 UTC on Dec 7 is Dec 7 in Los Angeles: tomorrow.
    expect(shipByUrgency(order('2026-12-07T08:00:00Z'), now)).toBeNull();
    // In Tokyo it is already Dec 7, and 14:59 UTC on Dec 7 is 23:59 there.
    expect(shipByUrgency(order('2026-12-07T14:59:59Z', 'UNSHIPPED', JP), now)).toBe('due-today');
    expect(shipByUrgency(order('2026-12-07T15:00:00Z', 'UNSHIPPED', JP), now)).toBeNull();
  });

  it('never marks a shipped order or one without a ship-by date', () => {
    expect(shipByUrgency(order('2026-12-01T00:00:00Z', 'SHIPPED'), now)).toBeNull();
    expect(shipByUrgency(order(null), now)).toBeNull();
  });

  it('falls back to UTC days for a marketplace it does not know', () => {
    expect(shipByUrgency(order('2026-12-06T23:59:59Z', 'UNSHIPPED', 'AXXXXXXXXXXXX'), now)).toBe('due-today');
    expect(localDay(new Date('2026-12-06T23:59:59Z'), 'UTC')).toBe('2026-12-06');
  });
});
