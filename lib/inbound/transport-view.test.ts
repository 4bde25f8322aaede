import { describe, expect, it } from 'vitest';
import type { StoredTransport } from './transport';
import { toTransportView } from './transport-view';

const row = (patch: Partial<StoredTransport>): StoredTransport => ({
  accountId: '00000000-0000-4000-8000-000000000001',
  workspaceId: '00000000-0000-4000-8000-000000000002',
  shipmentId: 'FBA15DJ9SVVD',
  shipmentType: 'SP',
  isPartnered: true,
  status: 'CONFIRMED',
  carrierName: 'UNITED_PARCEL_SERVICE_INC',
  packageCount: 3,
  palletCount: 0,
  estimateAmount: '42.10',
  estimateCurrency: 'USD',
  confirmDeadline: null,
  voidDeadline: null,
  isBillOfLadingAvailable: false,
  errorDescription: null,
  details: null,
  updatedAt: new Date('2024-11-02T10:00:00Z'),
  ...patch,
});

describe('a stored carrier booking as the page shows it', () => {
  it("shows Amazon's error while the booking is in an error state", () => {
    expect(toTransportView(row({ status: 'ERROR_ON_ESTIMATING', errorDescription: 'Package weight is missing.' })).errorDescription).toBe(
      'Package weight is missing.',
    );
    expect(toTransportView(row({ status: 'ERROR_IN_VOIDING', errorDescription: 'Past the void deadline.' })).errorDescription).toBe('Past the void deadline.');
  });

  it('drops an error Amazon left on a booking that went on past it (estimated, confirmed)', () => {
    expect(toTransportView(row({ status: 'CONFIRMED', errorDescription: 'Package weight is missing.' })).errorDescription).toBeNull();
    expect(toTransportView(row({ status: 'ESTIMATED', errorDescription: 'Package weight is missing.' })).errorDescription).toBeNull();
  });
});
