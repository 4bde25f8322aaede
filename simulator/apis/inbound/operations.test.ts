import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEMO_SELLERS } from '../../core/contract.js';
import { servePdfDocument } from './documents.js';
import { createInboundModule } from './index.js';
import { readCode128, rasterisePdf } from './label-scanning.js';
import { labelCell, labelsPerPage } from './labels-pdf.js';
import { createShipments, FakeCatalog, FakeClock, harness, makeSku, SELLER, US } from './test-support.js';

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

describe('guidance and prep instructions', () => {
  it('answers per SKU and ASIN, listing unknown and malformed ones as invalid', async () => {
    const h = harness([makeSku('MUG-RED'), makeSku('OVERSTOCK', { qty: { ...makeSku('X').qty, fulfillable: 5000 } })]);
    const result = await h.call('getInboundGuidance', {
      query: { MarketplaceId: US, SellerSKUList: ['MUG-RED', 'OVERSTOCK', 'NOPE'], ASINList: ['B0ABCDEFGH', 'bad'] },
    });
    const { SKUInboundGuidanceList, InvalidSKUList, ASINInboundGuidanceList, InvalidASINList } = result.payload;
    expect(SKUInboundGuidanceList).toHaveLength(2);
    expect(SKUInboundGuidanceList[1]).toMatchObject({
      SellerSKU: 'OVERSTOCK',
      InboundGuidance: 'InboundNotRecommended',
      GuidanceReasonList: ['SlowMovingASIN'],
    });
    expect(InvalidSKUList).toEqual([{ SellerSKU: 'NOPE', ErrorReason: 'DoesNotExist' }]);
    expect(ASINInboundGuidanceList[0].ASIN).toBe('B0ABCDEFGH');
    expect(InvalidASINList).toEqual([{ ASIN: 'bad', ErrorReason: 'InvalidASIN' }]);
    await expect(h.call('getInboundGuidance', { query: { MarketplaceId: US } })).rejects.toMatchObject({ status: 400 });
    await expect(h.call('getInboundGuidance', { query: { MarketplaceId: 'A1F83G8C2ARO7P', SellerSKUList: ['MUG-RED'] } })).rejects.toMatchObject({
      status: 400,
    });
  });

  it('mixes guidance across a catalog deterministically', async () => {
    const skus = Array.from({ length: 40 }, (_, i) => makeSku(`SKU-${i}`));
    const h = harness(skus);
    const query = { MarketplaceId: US, SellerSKUList: skus.map((s) => s.sellerSku) };
    const first = (await h.call('getInboundGuidance', { query })).payload.SKUInboundGuidanceList;
    expect(new Set(first.map((g: { InboundGuidance: string }) => g.InboundGuidance))).toEqual(new Set(['InboundOK', 'InboundNotRecommended']));
    expect((await h.call('getInboundGuidance', { query })).payload.SKUInboundGuidanceList).toEqual(first);
    const prep = (await h.call('getPrepInstructions', { query: { ShipToCountryCode: 'US', SellerSKUList: query.SellerSKUList } })).payload;
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

describe('pre-orders', () => {
  it('confirms a shipment with pre-orderable items for pre-order', async () => {
    const skus = Array.from({ length: 24 }, (_, i) => makeSku(`PRE-${i}`));
    const h = harness(skus);
    const ids = await createShipments(
      h,
      skus.map((s) => ({ sku: s.sellerSku, qty: 6 })),
    );
    const infos = await Promise.all(
      ids.map(async (shipmentId) => ({ shipmentId, info: (await h.call('getPreorderInfo', { path: { shipmentId }, query: { MarketplaceId: US } })).payload })),
    );
    const preorder = infos.find((i) => i.info.ShipmentContainsPreorderableItems);
    const plain = infos.find((i) => !i.info.ShipmentContainsPreorderableItems);
    expect(preorder?.info).toMatchObject({ ShipmentConfirmedForPreorder: false, NeedByDate: '2026-03-12', ConfirmedFulfillableDate: '2026-03-19' });
    const confirmed = await h.call('confirmPreorder', { path: { shipmentId: preorder!.shipmentId }, query: { NeedByDate: '2026-03-12', MarketplaceId: US } });
    expect(confirmed.payload).toEqual({ ConfirmedNeedByDate: '2026-03-12', ConfirmedFulfillableDate: '2026-03-19' });
    const after = await h.call('getPreorderInfo', { path: { shipmentId: preorder!.shipmentId }, query: { MarketplaceId: US } });
    expect(after.payload.ShipmentConfirmedForPreorder).toBe(true);
    const shipments = await h.call('getShipments', { query: { QueryType: 'SHIPMENT', ShipmentIdList: [preorder!.shipmentId], MarketplaceId: US } });
    expect(shipments.payload.ShipmentData[0].ConfirmedNeedByDate).toBe('2026-03-12');
    const items = await h.call('getShipmentItemsByShipmentId', { path: { shipmentId: preorder!.shipmentId }, query: { MarketplaceId: US } });
    expect(items.payload.ItemData.some((i: { ReleaseDate?: string }) => i.ReleaseDate)).toBe(true);
    if (plain) {
      await expect(
        h.call('confirmPreorder', { path: { shipmentId: plain.shipmentId }, query: { NeedByDate: '2026-03-12', MarketplaceId: US } }),
      ).rejects.toMatchObject({ message: expect.stringMatching(/no pre-orderable items/) });
    }
    await expect(
      h.call('confirmPreorder', { path: { shipmentId: preorder!.shipmentId }, query: { NeedByDate: '12/03/2026', MarketplaceId: US } }),
    ).rejects.toMatchObject({ status: 400 });
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
    await h.call('putTransportDetails', {
      path,
      body: { IsPartnered: false, ShipmentType: 'LTL', TransportDetails: { NonPartneredLtlData: { CarrierName: 'ODFL', ProNumber: '123' } } },
    });
    await expect(labels({ LabelType: 'UNIQUE', NumberOfPackages: '10' })).rejects.toMatchObject({
      message: expect.stringMatching(/PageSize and PageStartIndex/),
    });
    const page = await labels({ LabelType: 'UNIQUE', NumberOfPackages: '10', PageSize: '4', PageStartIndex: '8' });
    expect(documentFromUrl(page.payload.DownloadURL)).toBeDefined();
    await expect(
      h.call('getLabels', { path: { shipmentId: 'FBA000000000' }, query: { PageType: 'PackageLabel_Letter_2', LabelType: 'UNIQUE', NumberOfPackages: '1' } }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('demo seed', () => {
  it('seeds shipments in several statuses per demo seller and counts their units as inbound', () => {
    const catalog = new FakeCatalog();
    for (const seller of Object.values(DEMO_SELLERS)) {
      for (let i = 0; i < 20; i++)
        catalog.put(makeSku(`${seller.region.toUpperCase()}-${i}`, { sellerId: seller.sellerId, marketplaceIds: [...seller.marketplaceIds] }));
    }
    const clock = new FakeClock();
    const module = createInboundModule(catalog);
    module.reset?.({ seed: 42, clock, options: {} });
    const na = module.store.sellerShipments(DEMO_SELLERS.na.sellerId);
    const eu = module.store.sellerShipments(DEMO_SELLERS.eu.sellerId);
    expect(na.length).toBeGreaterThanOrEqual(6);
    expect(eu.length).toBeGreaterThanOrEqual(5);
    const inbound = catalog.list(SELLER).reduce((sum, sku) => sum + sku.qty.inboundWorking + sku.qty.inboundShipped + sku.qty.inboundReceiving, 0);
    expect(inbound).toBeGreaterThan(0);
    const again = createInboundModule(new FakeCatalog());
    expect(again.store.shipments.size).toBe(0);
    expect(eu.every((s) => s.marketplaceId === 'A1F83G8C2ARO7P' && s.country === 'GB')).toBe(true);
  });
});
