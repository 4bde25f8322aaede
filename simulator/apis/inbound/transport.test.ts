import { describe, expect, it } from 'vitest';
import { createShipments, harness, type Harness } from './test-support.js';

const box = { Dimensions: { Length: 16, Width: 12, Height: 10, Unit: 'inches' }, Weight: { Value: 20, Unit: 'pounds' } };

async function partneredSp(h: Harness, packages = [box, box]): Promise<string> {
  const [id] = await createShipments(h, [{ sku: 'MUG-RED', qty: 24 }]);
  const shipmentId = id!;
  const put = await h.call('putTransportDetails', {
    path: { shipmentId },
    body: { IsPartnered: true, ShipmentType: 'SP', TransportDetails: { PartneredSmallParcelData: { PackageList: packages } } },
  });
  expect(put.payload.TransportResult.TransportStatus).toBe('WORKING');
  return shipmentId;
}

async function transport(h: Harness, shipmentId: string) {
  return (await h.call('getTransportDetails', { path: { shipmentId } })).payload.TransportContent;
}

const ltlBody = (freightReadyDate: string) => ({
  IsPartnered: true,
  ShipmentType: 'LTL',
  TransportDetails: {
    PartneredLtlData: {
      Contact: { Name: 'Dana', Phone: '555-0100', Email: 'dana@example.com' },
      BoxCount: 30,
      FreightReadyDate: freightReadyDate,
    },
  },
});

describe('partnered transport state machine', () => {
  it('estimates, confirms and voids before the deadline', async () => {
    const h = harness();
    const shipmentId = await partneredSp(h);
    const estimate = await h.call('estimateTransport', { path: { shipmentId } });
    expect(estimate.payload.TransportResult.TransportStatus).toBe('ESTIMATING');
    expect((await transport(h, shipmentId)).TransportResult.TransportStatus).toBe('ESTIMATING');

    h.clock.advance(31);
    const estimated = await transport(h, shipmentId);
    expect(estimated.TransportResult.TransportStatus).toBe('ESTIMATED');
    const partnered = estimated.TransportDetails.PartneredSmallParcelData;
    expect(partnered.PartneredEstimate.Amount).toEqual({ CurrencyCode: 'USD', Value: 2 * (5.5 + 0.42 * 20) });
    expect(Date.parse(partnered.PartneredEstimate.ConfirmDeadline)).toBe(h.clock.now().getTime() - 1000 + 24 * 3600_000);
    expect(partnered.PartneredEstimate.VoidDeadline).toBeUndefined();
    expect(partnered.PackageList).toHaveLength(2);
    expect(partnered.PackageList[0]).toMatchObject({ CarrierName: 'UNITED_PARCEL_SERVICE_INC', PackageStatus: 'SHIPPED' });

    expect((await h.call('confirmTransport', { path: { shipmentId } })).payload.TransportResult.TransportStatus).toBe('CONFIRMING');
    h.clock.advance(30);
    const confirmed = await transport(h, shipmentId);
    expect(confirmed.TransportResult.TransportStatus).toBe('CONFIRMED');
    const voidDeadline = Date.parse(confirmed.TransportDetails.PartneredSmallParcelData.PartneredEstimate.VoidDeadline);
    expect(voidDeadline).toBe(h.clock.now().getTime() + 24 * 3600_000);

    h.clock.advance(23 * 3600);
    expect((await h.call('voidTransport', { path: { shipmentId } })).payload.TransportResult.TransportStatus).toBe('VOIDING');
    h.clock.advance(30);
    expect((await transport(h, shipmentId)).TransportResult.TransportStatus).toBe('VOIDED');
    // Voided: no carrier pickup, the shipment stays WORKING and transport can be replaced.
    h.clock.advance(48 * 3600);
    const shipments = await h.call('getShipments', { query: { QueryType: 'SHIPMENT', ShipmentIdList: [shipmentId], MarketplaceId: 'ATVPDKIKX0DER' } });
    expect(shipments.payload.ShipmentData[0].ShipmentStatus).toBe('WORKING');
    await h.call('putTransportDetails', {
      path: { shipmentId },
      body: {
        IsPartnered: false,
        ShipmentType: 'SP',
        TransportDetails: { NonPartneredSmallParcelData: { CarrierName: 'USPS', PackageList: [{ TrackingId: '9400' }] } },
      },
    });
  });

  it('refuses to void after the void deadline, and the carrier picks the shipment up', async () => {
    const h = harness();
    const shipmentId = await partneredSp(h);
    await h.call('estimateTransport', { path: { shipmentId } });
    h.clock.advance(60);
    await h.call('confirmTransport', { path: { shipmentId } });
    h.clock.advance(30 + 24 * 3600);
    await expect(h.call('voidTransport', { path: { shipmentId } })).rejects.toMatchObject({
      status: 400,
      code: 'InvalidInput',
      message: expect.stringMatching(/void deadline passed .*no longer be voided/),
    });
    const content = await transport(h, shipmentId);
    expect(content.TransportResult.TransportStatus).toBe('CONFIRMED');
    expect(content.TransportDetails.PartneredSmallParcelData.PackageList[0].PackageStatus).toBe('SHIPPED');
    const shipments = await h.call('getShipments', { query: { QueryType: 'SHIPMENT', ShipmentIdList: [shipmentId], MarketplaceId: 'ATVPDKIKX0DER' } });
    expect(shipments.payload.ShipmentData[0].ShipmentStatus).toBe('SHIPPED');
  });

  it('gives LTL a one hour void window and a bill of lading once confirmed', async () => {
    const h = harness();
    const [shipmentId] = await createShipments(h, [{ sku: 'LAMP-01', qty: 300 }]);
    const path = { shipmentId: shipmentId! };
    await h.call('putTransportDetails', { path, body: ltlBody('2026-03-05') });
    await expect(h.call('getBillOfLading', { path })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/CONFIRMED/) });
    await h.call('estimateTransport', { path });
    h.clock.advance(30);
    const estimated = (await transport(h, path.shipmentId)).TransportDetails.PartneredLtlData;
    expect(estimated).toMatchObject({
      BoxCount: 30,
      FreightReadyDate: '2026-03-05',
      PreviewPickupDate: '2026-03-05',
      PreviewDeliveryDate: '2026-03-10',
      IsBillOfLadingAvailable: false,
    });
    expect(estimated.PalletList).toHaveLength(2);
    await h.call('confirmTransport', { path });
    h.clock.advance(30);
    const confirmed = (await transport(h, path.shipmentId)).TransportDetails.PartneredLtlData;
    expect(confirmed.IsBillOfLadingAvailable).toBe(true);
    expect(Date.parse(confirmed.PartneredEstimate.VoidDeadline)).toBe(h.clock.now().getTime() + 3600_000);
    const bol = await h.call('getBillOfLading', { path });
    expect(bol.payload.DownloadURL).toMatch(/^http:\/\/sim\.test:4100\/_sim\/documents\/[0-9a-f]{32}$/);
    h.clock.advance(3601);
    await expect(h.call('voidTransport', { path })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/void deadline/) });
  });

  it('refuses to confirm an expired estimate or an unestimated request', async () => {
    const h = harness();
    const shipmentId = await partneredSp(h);
    await expect(h.call('confirmTransport', { path: { shipmentId } })).rejects.toMatchObject({ status: 400 });
    await h.call('estimateTransport', { path: { shipmentId } });
    await expect(h.call('confirmTransport', { path: { shipmentId } })).rejects.toMatchObject({ message: expect.stringMatching(/ESTIMATING/) });
    h.clock.advance(25 * 3600);
    await expect(h.call('confirmTransport', { path: { shipmentId } })).rejects.toMatchObject({ message: expect.stringMatching(/ConfirmDeadline/) });
    await h.call('estimateTransport', { path: { shipmentId } });
    h.clock.advance(30);
    await h.call('confirmTransport', { path: { shipmentId } });
    await expect(
      h.call('putTransportDetails', {
        path: { shipmentId },
        body: { IsPartnered: true, ShipmentType: 'SP', TransportDetails: { PartneredSmallParcelData: { PackageList: [box] } } },
      }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/CONFIRMING/) });
  });

  it('reports ERROR_ON_ESTIMATING for packages beyond carrier limits', async () => {
    const h = harness();
    const heavy = { ...box, Weight: { Value: 80, Unit: 'kilograms' } };
    const shipmentId = await partneredSp(h, [box, heavy]);
    await h.call('estimateTransport', { path: { shipmentId } });
    h.clock.advance(30);
    const result = (await transport(h, shipmentId)).TransportResult;
    expect(result).toMatchObject({ TransportStatus: 'ERROR_ON_ESTIMATING', ErrorCode: 'PackageExceedsCarrierLimits' });
  });

  it('validates putTransportDetails per shipment type', async () => {
    const h = harness();
    const [shipmentId] = await createShipments(h, [{ sku: 'MUG-RED', qty: 12 }]);
    const path = { shipmentId: shipmentId! };
    const put = (body: unknown) => h.call('putTransportDetails', { path, body });
    await expect(put({ IsPartnered: true, ShipmentType: 'SP', TransportDetails: { PartneredSmallParcelData: { PackageList: [] } } })).rejects.toMatchObject({
      message: expect.stringMatching(/Dimensions and Weight/),
    });
    await expect(
      put({
        IsPartnered: true,
        ShipmentType: 'SP',
        TransportDetails: { NonPartneredSmallParcelData: { CarrierName: 'X', PackageList: [{ TrackingId: '1' }] } },
      }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/exactly PartneredSmallParcelData/) });
    await expect(
      put({ IsPartnered: true, ShipmentType: 'SP', TransportDetails: { PartneredSmallParcelData: { CarrierName: 'DHL_STANDARD', PackageList: [box] } } }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/not an Amazon-partnered carrier for US/) });
    await expect(put({ IsPartnered: true, ShipmentType: 'LTL', TransportDetails: { PartneredLtlData: { BoxCount: 3 } } })).rejects.toMatchObject({
      message: expect.stringMatching(/requires Contact, FreightReadyDate/),
    });
    await expect(put(ltlBody('2026-03-01'))).rejects.toMatchObject({ message: expect.stringMatching(/in the past/) });
    const badPallet = ltlBody('2026-03-04');
    Object.assign(badPallet.TransportDetails.PartneredLtlData, {
      PalletList: [{ Dimensions: { Length: 40, Width: 40, Height: 50, Unit: 'inches' }, IsStacked: false }],
    });
    await expect(put(badPallet)).rejects.toMatchObject({ message: expect.stringMatching(/40 inches by 48 inches/) });
    await expect(h.call('estimateTransport', { path })).rejects.toMatchObject({ message: expect.stringMatching(/putTransportDetails/) });
    await put({ IsPartnered: false, ShipmentType: 'LTL', TransportDetails: { NonPartneredLtlData: { CarrierName: 'ODFL', ProNumber: '1234567' } } });
    await expect(h.call('estimateTransport', { path })).rejects.toMatchObject({ message: expect.stringMatching(/non-partnered/) });
    await expect(h.call('getBillOfLading', { path })).rejects.toMatchObject({ message: expect.stringMatching(/partnered LTL/) });
  });
});
