/** An earlier shipment's carrier booking as the server renders it: Amazon's codes in words, each code on hover. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TransportView } from '@/lib/inbound/types';
import { TransportPanel } from './transport-panel';

const transport: TransportView = {
  shipmentType: 'SP',
  isPartnered: false,
  status: 'ERROR_ON_ESTIMATING',
  carrierName: 'FEDERAL_EXPRESS_CORP',
  packageCount: 1,
  palletCount: 0,
  estimate: null,
  confirmDeadline: null,
  voidDeadline: null,
  isBillOfLadingAvailable: false,
  errorDescription: null,
  packages: [{ trackingId: '1Z0000000001', status: 'IN_TRANSIT', carrier: 'UNITED_PARCEL_SERVICE_INC' }],
  pickupDate: null,
  deliveryDate: null,
  proNumber: null,
};
const html = renderToStaticMarkup(createElement(TransportPanel, { transport })).replaceAll('<!-- -->', '');

describe('carrier booking panel', () => {
  it('names the carriers, the booking status and the package status in words, the codes on hover', () => {
    expect(html).toContain('<span title="FEDERAL_EXPRESS_CORP">Federal Express Corp</span>');
    expect(html).toContain('<span title="ERROR_ON_ESTIMATING">Amazon could not estimate</span>');
    expect(html).toContain('<span title="UNITED_PARCEL_SERVICE_INC">United Parcel Service Inc</span>');
    expect(html).toContain('<span title="IN_TRANSIT">In transit</span>');
    expect(html).not.toMatch(/>[^<]*(FEDERAL_EXPRESS|in transit|error on estimating)/);
  });
});
