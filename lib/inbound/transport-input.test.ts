import { describe, expect, it } from 'vitest';
import { buildTransportRequest, declaredCurrencyFor, transportInput } from './transport-input';

const today = '2026-11-23';
const ref = { accountId: '6f1c1f3e-8d8b-4d6c-9a51-7d7b8f0e9a11', shipmentId: 'FBA1' };
const box = { length: 12, width: 10, height: 8, weight: 5, dimensionUnit: 'inches', weightUnit: 'pounds' };
const pallet = { length: 48, width: 40, height: 50, dimensionUnit: 'inches', weightUnit: 'pounds', stacked: false };
const ltl = {
  ...ref,
  shipmentType: 'LTL',
  partnered: 'yes',
  contactName: 'Pat',
  contactPhone: '2065550100',
  contactEmail: 'pat@acme.example',
  boxCount: '10',
  freightReadyDate: '2026-11-25',
  pallets: JSON.stringify([pallet]),
  declaredValue: '1500',
  declaredCurrency: 'USD',
};

const errorsOf = (input: Record<string, unknown>) => {
  const parsed = transportInput(today).safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('transport form', () => {
  it('partnered small parcel needs every dimension and weight of every box', () => {
    const errors = errorsOf({ ...ref, shipmentType: 'SP', partnered: 'yes', packages: JSON.stringify([box, { ...box, height: '', weight: 0 }]) });
    expect(errors).toEqual({ 'packages.1.height': 'Enter the height.', 'packages.1.weight': 'Enter the weight, above 0.' });
    expect(errorsOf({ ...ref, shipmentType: 'SP', partnered: 'yes', packages: '[]' }).packages).toMatch(/at least one box/);
  });

  it('partnered LTL needs contact, boxes, a freight ready date not in the past, pallets and a declared value', () => {
    expect(errorsOf(ltl)).toEqual({});
    const errors = errorsOf({
      ...ltl,
      contactEmail: 'nope',
      boxCount: '0',
      freightReadyDate: '2026-11-22',
      pallets: JSON.stringify([{ ...pallet, height: '' }]),
      declaredValue: '',
    });
    expect(Object.keys(errors).sort()).toEqual(['boxCount', 'contactEmail', 'declaredValue', 'freightReadyDate', 'pallets.0.height']);
    expect(errors.freightReadyDate).toMatch(/past/);
  });

  it('takes only standard 40 by 48 inch pallets (in inches or cm) and no measure past 9,999', () => {
    const withPallet = (p: object) => errorsOf({ ...ltl, pallets: JSON.stringify([{ ...pallet, ...p }]) });
    expect(withPallet({ length: 40, width: 48 })).toEqual({});
    expect(withPallet({ length: 121.9, width: 101.6, dimensionUnit: 'centimeters' })).toEqual({});
    expect(withPallet({ length: 1.5 })['pallets.0.length']).toMatch(/40 by 48 inches/);
    expect(withPallet({ height: 1e21 })['pallets.0.height']).toMatch(/up to 9999/);
    const boxes = errorsOf({ ...ref, shipmentType: 'SP', partnered: 'yes', packages: JSON.stringify([{ ...box, length: 1e21 }]) });
    expect(boxes).toEqual({ 'packages.0.length': 'Enter the length, up to 9999.' });
  });

  it('own carrier needs the carrier and tracking numbers (small parcel) or a PRO number (LTL)', () => {
    expect(errorsOf({ ...ref, shipmentType: 'SP', partnered: 'no', carrierName: '', trackingIds: '' })).toHaveProperty('carrierName');
    expect(errorsOf({ ...ref, shipmentType: 'SP', partnered: 'no', carrierName: 'UPS', trackingIds: ' ' })).toHaveProperty('trackingIds');
    expect(errorsOf({ ...ref, shipmentType: 'LTL', partnered: 'no', carrierName: 'ABF', proNumber: '12' })).toHaveProperty('proNumber');
  });

  it('builds exactly the TransportDetails member for the choice', () => {
    const sp = transportInput(today).parse({ ...ref, shipmentType: 'SP', partnered: 'yes', packages: JSON.stringify([box]) });
    expect(buildTransportRequest(sp.choice)).toEqual({
      IsPartnered: true,
      ShipmentType: 'SP',
      TransportDetails: {
        PartneredSmallParcelData: { PackageList: [{ Dimensions: { Length: 12, Width: 10, Height: 8, Unit: 'inches' }, Weight: { Value: 5, Unit: 'pounds' } }] },
      },
    });
    const own = transportInput(today).parse({ ...ref, shipmentType: 'SP', partnered: 'no', carrierName: 'UPS', trackingIds: '1Z1\n1Z2' });
    expect(buildTransportRequest(own.choice).TransportDetails).toEqual({
      NonPartneredSmallParcelData: { CarrierName: 'UPS', PackageList: [{ TrackingId: '1Z1' }, { TrackingId: '1Z2' }] },
    });
    const freight = buildTransportRequest(transportInput(today).parse(ltl).choice);
    expect(Object.keys(freight.TransportDetails)).toEqual(['PartneredLtlData']);
    expect(freight.TransportDetails.PartneredLtlData).toMatchObject({
      BoxCount: 10,
      FreightReadyDate: '2026-11-25',
      SellerDeclaredValue: { Value: 1500, CurrencyCode: 'USD' },
    });
    const pro = transportInput(today).parse({ ...ref, shipmentType: 'LTL', partnered: 'no', carrierName: 'ABF', proNumber: '1234567' });
    expect(buildTransportRequest(pro.choice)).toEqual({
      IsPartnered: false,
      ShipmentType: 'LTL',
      TransportDetails: { NonPartneredLtlData: { CarrierName: 'ABF', ProNumber: '1234567' } },
    });
  });

  it('holds the LTL contact to the model limits: name and email at most 50', () => {
    expect(errorsOf({ ...ltl, contactName: 'x'.repeat(50), contactEmail: `${'p'.repeat(37)}@acme.example` })).toEqual({});
    const errors = errorsOf({ ...ltl, contactName: 'x'.repeat(51), contactEmail: `${'p'.repeat(38)}@acme.example` });
    expect(Object.keys(errors).sort()).toEqual(['contactEmail', 'contactName']);
  });

  it('caps the shipment id as the other shipment actions do', () => {
    expect(Object.keys(errorsOf({ ...ltl, shipmentId: 'F'.repeat(41) }))).toContain('shipmentId');
  });

  it('defaults the declared value currency to the shipment marketplace, not the ship-from country', () => {
    expect(declaredCurrencyFor('A1F83G8C2ARO7P')).toBe('GBP');
    expect(declaredCurrencyFor('ATVPDKIKX0DER')).toBe('USD');
  });
});
