import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEMO_SELLERS } from '../../core/contract.js';
import { servePdfDocument } from './documents.js';
import { shipmentStatusAt } from './lifecycle.js';
import { readCode128, rasterisePdf } from './label-scanning.js';
import { labelCell, labelsPerPage } from './labels-pdf.js';
import { partneredTrackingIds } from './carrier-bookings.js';
import { createShipments, harness, makeSku, SELLER, US, type Harness } from './test-support.js';

const hasPdftoppm = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function documentFromUrl(url: string) {
  const id = /\/_sim\/documents\/([0-9a-f]+)$/.exec(url)?.[1] ?? '';
  return servePdfDocument(id);
}

describe('prep instructions', () => {
  it('answers per SKU or ASIN, deterministically, with labelling tied to the barcode rule', async () => {
    const skus = Array.from({ length: 40 }, (_, i) => makeSku(`SKU-${i}`));
    const h = harness(skus);
    const query = { ShipToCountryCode: 'US', SellerSKUList: skus.map((s) => s.sellerSku) };
    const prep = (await h.call('getPrepInstructions', { query })).payload;
    expect((await h.call('getPrepInstructions', { query })).payload).toEqual(prep);
    const barcodes = new Set(prep.SKUPrepInstructionsList.map((p: { BarcodeInstruction: string }) => p.BarcodeInstruction));
    expect(barcodes).toEqual(new Set(['RequiresFNSKULabel', 'CanUseOriginalBarcode']));
    for (const p of prep.SKUPrepInstructionsList) {
      expect(p.PrepInstructionList.includes('Labeling')).toBe(p.BarcodeInstruction === 'RequiresFNSKULabel');
      for (const fee of p.AmazonPrepFeesDetailsList) expect(fee.FeePerUnit.CurrencyCode).toBe('USD');
    }
    const byAsin = (await h.call('getPrepInstructions', { query: { ShipToCountryCode: 'GB', ASINList: ['B0ABCDEFGH'] } })).payload;
    expect(byAsin.ASINPrepInstructionsList[0].ASIN).toBe('B0ABCDEFGH');
    await expect(h.call('getPrepInstructions', { query: { ShipToCountryCode: 'ZZ', ASINList: ['B0ABCDEFGH'] } })).rejects.toMatchObject({ status: 400 });
  });
});

describe('getLabels', () => {
  it.skipIf(!hasPdftoppm)('serves a PDF with one scannable label per package', async () => {
    const h = harness();
    const [shipmentId] = await createShipments(h, [{ sku: 'MUG-RED', qty: 30 }]);
    const result = await h.call('getLabels', {
      path: { shipmentId: shipmentId! },
      query: { PageType: 'PackageLabel_Letter_4', LabelType: 'BARCODE_2D', NumberOfPackages: '5' },
    });
    expect(result.payload.DownloadURL).toMatch(/^http:\/\/sim\.test:4100\/_sim\/documents\//);
    const doc = documentFromUrl(result.payload.DownloadURL);
    expect(doc?.contentType).toBe('application/pdf');
    const pages = rasterisePdf(doc!.bytes, 200);
    expect(pages).toHaveLength(2);
    const read = Array.from({ length: 5 }, (_, i) => readCode128(pages[Math.floor(i / 4)]!, labelCell('PackageLabel_Letter_4', i % 4), 200));
    expect(read).toEqual([1, 2, 3, 4, 5].map((n) => `${shipmentId}U${String(n).padStart(6, '0')}`));
    expect(labelsPerPage('PackageLabel_Letter_4')).toBe(4);

    const subset = await h.call('getLabels', {
      path: { shipmentId: shipmentId! },
      query: { PageType: 'PackageLabel_Thermal', LabelType: 'UNIQUE', PackageLabelsToPrint: [`${shipmentId}U000003`] },
    });
    const thermal = rasterisePdf(documentFromUrl(subset.payload.DownloadURL)!.bytes, 200);
    expect(thermal).toHaveLength(1);
    expect(readCode128(thermal[0]!, labelCell('PackageLabel_Thermal', 0), 200)).toBe(`${shipmentId}U000003`);

    const shipments = await h.call('getShipments', { query: { QueryType: 'SHIPMENT', ShipmentStatusList: ['READY_TO_SHIP'], MarketplaceId: US } });
    expect(shipments.payload.ShipmentData.map((s: { ShipmentId: string }) => s.ShipmentId)).toEqual([shipmentId]);
  });

  it('validates label requests', async () => {
    const h = harness();
    const [shipmentId] = await createShipments(h, [{ sku: 'MUG-RED', qty: 30 }]);
    const path = { shipmentId: shipmentId! };
    const labels = (query: Record<string, string | string[]>) => h.call('getLabels', { path, query: { PageType: 'PackageLabel_Letter_2', ...query } });
    await expect(labels({ LabelType: 'UNIQUE' })).rejects.toMatchObject({ message: expect.stringMatching(/NumberOfPackages/) });
    await expect(labels({ LabelType: 'PALLET' })).rejects.toMatchObject({ message: expect.stringMatching(/NumberOfPallets/) });
    await expect(labels({ LabelType: 'UNIQUE', PackageLabelsToPrint: ['FBAOTHER0000U000001'] })).rejects.toMatchObject({ code: 'IncorrectPackageIdentifier' });
    const pallets = await labels({ LabelType: 'PALLET', NumberOfPallets: '2' });
    expect(documentFromUrl(pallets.payload.DownloadURL)).toBeDefined();
    // Booked as LTL with the seller's own carrier (in Seller Central): labels then come in pages.
    h.module.store.shipment(SELLER, shipmentId!).carrier = { partnered: false, mode: 'freight' };
    await expect(labels({ LabelType: 'UNIQUE', NumberOfPackages: '10' })).rejects.toMatchObject({
      message: expect.stringMatching(/PageSize and PageStartIndex/),
    });
    const page = await labels({ LabelType: 'UNIQUE', NumberOfPackages: '10', PageSize: '4', PageStartIndex: '8' });
    expect(documentFromUrl(page.payload.DownloadURL)).toBeDefined();
    await expect(
      h.call('getLabels', { path: { shipmentId: 'FBA000000000' }, query: { PageType: 'PackageLabel_Letter_2', LabelType: 'UNIQUE', NumberOfPackages: '1' } }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("takes the number of boxes of a partnered parcel booking from the carrier's tracking ids", async () => {
    const h = harness();
    const [shipmentId] = await createShipments(h, [{ sku: 'MUG-RED', qty: 30 }]);
    h.module.store.shipment(SELLER, shipmentId!).carrier = {
      partnered: true,
      mode: 'parcel',
      trackingIds: partneredTrackingIds(shipmentId!, 3),
      confirmedAt: h.clock.now(),
    };
    const labels = (query: Record<string, string>) =>
      h.call('getLabels', { path: { shipmentId: shipmentId! }, query: { PageType: 'PackageLabel_Letter_2', LabelType: 'UNIQUE', ...query } });
    await expect(labels({ NumberOfPackages: '2' })).rejects.toMatchObject({ message: expect.stringMatching(/partnered carrier has 3 packages/) });
    await expect(labels({ LabelType: 'PALLET', NumberOfPallets: '1' })).rejects.toMatchObject({ message: expect.stringMatching(/small parcel/) });
    const all = documentFromUrl((await labels({})).payload.DownloadURL)!;
    // Three labels, two to a Letter sheet.
    expect(
      Buffer.from(all.bytes)
        .toString('latin1')
        .match(/\/Type \/Page\b/g),
    ).toHaveLength(2);
  });
});

describe('demo seed', () => {
  /** The demo sellers with 20 SKUs each, and their seeded shipments. */
  function seeded(): Harness {
    const skus = Object.values(DEMO_SELLERS).flatMap((seller) =>
      Array.from({ length: 20 }, (_, i) =>
        makeSku(`${seller.region.toUpperCase()}-${i}`, { sellerId: seller.sellerId, marketplaceIds: [...seller.marketplaceIds] }),
      ),
    );
    return harness(skus, { seedDemoShipments: true });
  }

  it('seeds shipments in several statuses per demo seller and counts their units as inbound', () => {
    const h = seeded();
    const statuses = (sellerId: string) => h.module.store.sellerShipments(sellerId).map((s) => shipmentStatusAt(s, h.clock.now()));
    expect(statuses(DEMO_SELLERS.na.sellerId)).toEqual(['WORKING', 'WORKING', 'IN_TRANSIT', 'RECEIVING', 'CLOSED', 'DELETED', 'WORKING']);
    expect(statuses(DEMO_SELLERS.eu.sellerId)).toEqual(['WORKING', 'WORKING', 'IN_TRANSIT', 'RECEIVING', 'CLOSED', 'DELETED']);
    const eu = h.module.store.sellerShipments(DEMO_SELLERS.eu.sellerId);
    expect(eu.every((s) => s.marketplaceId === 'A1F83G8C2ARO7P' && s.country === 'GB')).toBe(true);
    const inbound = h.catalog.list(SELLER).reduce((sum, sku) => sum + sku.qty.inboundWorking + sku.qty.inboundShipped + sku.qty.inboundReceiving, 0);
    expect(inbound).toBeGreaterThan(0);
    expect(harness().module.store.shipments.size).toBe(0);
  });

  it("books the NA seller's partnered LTL shipment: a bill of lading now, the carrier at noon on the freight ready date", async () => {
    const h = seeded();
    const [working, , , , , , ltl] = h.module.store.sellerShipments(SELLER);
    expect(ltl!.carrier).toMatchObject({ partnered: true, mode: 'freight' });
    const bol = await h.call('getBillOfLading', { path: { shipmentId: ltl!.shipmentId } });
    expect(documentFromUrl(bol.payload.DownloadURL)?.contentType).toBe('application/pdf');
    await expect(h.call('getBillOfLading', { path: { shipmentId: working!.shipmentId } })).rejects.toMatchObject({ status: 400 });
    // Seeded at 15:00 UTC with the freight ready the next day: the carrier comes 21 hours later.
    h.clock.advance(21 * 3600 - 1);
    expect(shipmentStatusAt(ltl!, h.clock.now())).toBe('WORKING');
    h.clock.advance(1);
    expect(shipmentStatusAt(ltl!, h.clock.now())).toBe('SHIPPED');
  });
});
