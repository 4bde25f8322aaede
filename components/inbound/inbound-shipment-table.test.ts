/** The inbound shipments list as the server renders it: the transport status in words, its code on hover. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InboundShipmentTable, type InboundShipmentListRow } from './inbound-shipment-table';

const row = (patch: Partial<InboundShipmentListRow>): InboundShipmentListRow => ({
  accountId: '00000000-0000-4000-8000-000000000001',
  accountName: 'Demo seller',
  shipmentId: 'FBA15ABC',
  name: null,
  status: 'WORKING',
  destination: 'SEA8',
  units: 10,
  received: 0,
  boxes: 1,
  pallets: null,
  transportStatus: null,
  shipmentType: null,
  ...patch,
});
const render = (rows: InboundShipmentListRow[]) => renderToStaticMarkup(createElement(InboundShipmentTable, { shipments: rows })).replaceAll('<!-- -->', '');

describe('inbound shipments list', () => {
  it('says the transport status in words, the code on hover', () => {
    const html = render([
      row({ shipmentId: 'FBA1', shipmentType: 'LTL', transportStatus: 'ERROR_ON_ESTIMATING' }),
      row({ shipmentId: 'FBA2', shipmentType: 'SP', transportStatus: 'ESTIMATED' }),
      row({ shipmentId: 'FBA3' }),
    ]);
    expect(html).toContain('LTL freight: <span title="ERROR_ON_ESTIMATING">Amazon could not estimate</span>');
    expect(html).toContain('Small parcel: <span title="ESTIMATED">Estimated, not confirmed</span>');
    expect(html).toContain('Not booked');
    expect(html).not.toContain('error on estimating');
  });
});
