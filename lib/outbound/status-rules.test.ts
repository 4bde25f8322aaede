import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvCell, outboundCsv } from './csv';
import { filtersToSearch, parseOutboundFilters } from './filters';
import {
  canCancel,
  canReturn,
  canUpdate,
  fbaCarrierName,
  FULFILLMENT_POLICIES,
  isFinal,
  isMoving,
  PACKAGE_STATUS_LABELS,
  packageStatusLabel,
  policyLabel,
  RETURN_CONDITION_LABELS,
  returnConditionLabel,
  returnReasonLabel,
  shipmentStatusLabel,
} from './status-rules';

describe('status rules', () => {
  it('names carriers and shipment statuses in words, keeping an unknown code as it is', () => {
    expect(fbaCarrierName('AMZN_US')).toBe('Amazon Logistics');
    expect(fbaCarrierName('AMZN_UK')).toBe('Amazon Logistics');
    expect(fbaCarrierName('ROYAL_MAIL')).toBe('Royal Mail');
    expect(fbaCarrierName('UPS')).toBe('UPS');
    expect(fbaCarrierName('USPS_GROUND')).toBe('USPS Ground');
    expect(fbaCarrierName('FEDEX')).toBe('FedEx');
    expect(fbaCarrierName('Blue Dart')).toBe('Blue Dart');
    expect(shipmentStatusLabel('PENDING')).toBe('Being picked');
    expect(shipmentStatusLabel('CANCELLED_BY_SELLER')).toBe('Cancelled by you');
    expect(shipmentStatusLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });

  it('update and cancel only before Amazon starts picking', () => {
    for (const s of ['New', 'Received', 'Planning']) expect([canCancel(s), canUpdate(s)]).toEqual([true, true]);
    for (const s of ['Processing', 'Complete', 'CompletePartialled', 'Cancelled', 'Unfulfillable', 'Invalid'])
      expect([canCancel(s), canUpdate(s)]).toEqual([false, false]);
  });

  it('returns only for shipped orders', () => {
    expect(canReturn('Complete')).toBe(true);
    expect(canReturn('CompletePartialled')).toBe(true);
    expect(canReturn('Processing')).toBe(false);
    expect(canReturn('Cancelled')).toBe(false);
  });

  it('an order moves until it is final and its packages are delivered', () => {
    expect(isMoving('Processing', [])).toBe(true);
    expect(isMoving('Complete', [undefined])).toBe(true);
    expect(isMoving('Complete', ['IN_TRANSIT'])).toBe(true);
    expect(isMoving('Complete', ['DELIVERED'])).toBe(false);
    expect(isMoving('Complete', ['DELIVERED', 'OUT_FOR_DELIVERY'])).toBe(true);
    expect(isMoving('Cancelled', [])).toBe(false);
    expect(isFinal('Unfulfillable')).toBe(true);
  });
});

describe('list filters in the URL', () => {
  it('keeps known values and drops the rest', () => {
    expect(parseOutboundFilters({ status: 'Complete', speed: 'Fast', country: 'gb', from: '2026-11-01', to: 'yesterday', q: ' WEB ', page: '3' })).toEqual({
      status: 'Complete',
      country: 'GB',
      from: '2026-11-01',
      q: 'WEB',
      page: 3,
    });
    expect(parseOutboundFilters({ page: '-1', status: ['Received', 'Planning'] })).toEqual({ status: 'Received', page: 1 });
  });

  it('round-trips through a query string', () => {
    const filters = { status: 'Processing', country: 'US', page: 2 };
    expect(filtersToSearch(filters)).toBe('?status=Processing&country=US&page=2');
    expect(parseOutboundFilters(Object.fromEntries(new URLSearchParams(filtersToSearch(filters).slice(1))))).toEqual(filters);
    expect(filtersToSearch({ page: 1 })).toBe('');
  });
});

describe('CSV export', () => {
  it('quotes and defuses cells', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(null)).toBe('');
  });

  it('writes a header and one line per order', () => {
    const csv = outboundCsv([
      {
        accountId: 'a',
        accountName: 'Demo, NA',
        sellerFulfillmentOrderId: 'MCF-1',
        displayableOrderId: 'WEB-1',
        marketplaceId: 'ATVPDKIKX0DER',
        status: 'Complete',
        statusUpdatedAt: new Date('2026-11-20T12:00:00Z'),
        receivedAt: new Date('2026-11-20T08:00:00Z'),
        shippingSpeedCategory: 'Standard',
        fulfillmentPolicy: 'FillOrKill',
        destinationCountry: 'US',
        destinationCity: 'Seattle',
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'Reference,Order number,Account,Marketplace,Status,Status updated,Received,Speed,Policy,Country,City',
      'MCF-1,WEB-1,"Demo, NA",ATVPDKIKX0DER,Complete,2026-11-20T12:00:00.000Z,2026-11-20T08:00:00.000Z,Standard,FillOrKill,US,Seattle',
      '',
    ]);
  });
});

describe('policyLabel', () => {
  it('names each policy in a few words, and leaves an unknown one as Amazon wrote it', () => {
    expect(FULFILLMENT_POLICIES.map(policyLabel)).toEqual(['Fill or kill', 'Fill all', 'Fill all available']);
    expect(policyLabel('FillSome')).toBe('FillSome');
  });
});

describe('returns and packages in words', () => {
  it("names every condition of the model's ReturnItemDisposition and every CurrentStatus, and reads a reason code as words", () => {
    const model = JSON.parse(readFileSync('sp-api-models/fulfillmentOutbound_2020-07-01.json', 'utf8')) as {
      definitions: { ReturnItemDisposition: { enum: string[] }; CurrentStatus: { enum: string[] } };
    };
    for (const code of model.definitions.ReturnItemDisposition.enum) expect(RETURN_CONDITION_LABELS[code], code).toBeTruthy();
    for (const code of model.definitions.CurrentStatus.enum) expect(PACKAGE_STATUS_LABELS[code], code).toBeTruthy();
    expect(packageStatusLabel('RETURN_RECEIVED_IN_FC')).toBe('Return received at Amazon');
    expect(returnConditionLabel('CarrierDamaged')).toBe('Damaged by the carrier');
    expect(returnReasonLabel('CR-UNWANTED_ITEM')).toBe('Unwanted item');
    expect(returnReasonLabel('CR-DEFECTIVE')).toBe('Defective');
  });
});
