import { describe, expect, it } from 'vitest';
import { prepProfileFor, sizeTierOf } from './prep.js';
import { splitIntoShipments } from './shipment-split.js';
import { makeSku } from './test-support.js';

const skus = [
  ...['MUG-RED', 'MUG-BLUE', 'LAMP-01', 'MAT-02', 'BOTTLE-03', 'BAG-04', 'PAN-05', 'BOARD-06', 'CUP-07', 'TOWEL-08'].map((s) => makeSku(s)),
  makeSku('RUG-XL', { dimensionsIn: { length: 60, width: 12, height: 12 }, weightLb: 18 }),
  makeSku('BENCH-HEAVY', { weightLb: 45 }),
];

describe('how Amazon splits SKUs into shipments', () => {
  it('puts every SKU in exactly one shipment, its prep done by the seller', () => {
    const groups = splitIntoShipments(skus, 'US');
    const split = groups.flatMap((g) => g.items.map((i) => i.sku.sellerSku));
    expect(split.sort()).toEqual(skus.map((s) => s.sellerSku).sort());
    for (const { prepDetails } of groups.flatMap((g) => g.items)) expect(prepDetails.every((p) => p.PrepOwner === 'SELLER')).toBe(true);
  });

  it('sends oversize items to oversize buildings and standard items to standard ones, in the country asked for', () => {
    expect(sizeTierOf(skus.find((s) => s.sellerSku === 'RUG-XL')!)).toBe('oversize');
    expect(sizeTierOf(skus.find((s) => s.sellerSku === 'BENCH-HEAVY')!)).toBe('oversize');
    for (const country of ['US', 'CA']) {
      for (const group of splitIntoShipments(skus, country)) {
        expect(group.center.address.CountryCode).toBe(country);
        for (const { sku } of group.items) expect(group.center.handles).toBe(sizeTierOf(sku));
      }
    }
  });

  it('never mixes labelled and stickerless units in one shipment', () => {
    const types = new Set<string>();
    for (const group of splitIntoShipments(skus, 'US')) {
      for (const { sku } of group.items) {
        const stickerless = prepProfileFor({ sellerSku: sku.sellerSku, asin: sku.asin }).BarcodeInstruction === 'CanUseOriginalBarcode';
        expect(group.labelPrepType).toBe(stickerless ? 'NO_LABEL' : 'SELLER_LABEL');
      }
      types.add(group.labelPrepType);
    }
    // The fixture SKUs hash to both kinds, so the rule is actually exercised.
    expect(types).toEqual(new Set(['NO_LABEL', 'SELLER_LABEL']));
  });

  it('is deterministic, ordered by fulfillment center then label type', () => {
    const groups = splitIntoShipments(skus, 'US');
    expect(splitIntoShipments([...skus].reverse(), 'US').map((g) => `${g.center.id}|${g.labelPrepType}`)).toEqual(
      groups.map((g) => `${g.center.id}|${g.labelPrepType}`),
    );
    const keys = groups.map((g) => `${g.center.id}|${g.labelPrepType}`);
    expect(keys).toEqual([...keys].sort());
  });
});
