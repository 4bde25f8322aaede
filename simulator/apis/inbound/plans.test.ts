import { describe, expect, it } from 'vitest';
import { SimError } from '../../core/contract.js';
import { findFulfillmentCenter } from './fulfillment-centers.js';
import type { InboundShipmentPlan } from '../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import { labelPrepTypeFor, prepProfileFor, sizeTierOf } from './prep.js';
import { harness, makeSku, SELLER, SHIP_FROM } from './test-support.js';

const skus = [
  ...['MUG-RED', 'MUG-BLUE', 'LAMP-01', 'MAT-02', 'BOTTLE-03', 'BAG-04', 'PAN-05', 'BOARD-06', 'CUP-07', 'TOWEL-08'].map((s) => makeSku(s)),
  makeSku('RUG-XL', { dimensionsIn: { length: 60, width: 12, height: 12 }, weightLb: 18 }),
  makeSku('BENCH-HEAVY', { weightLb: 45 }),
];

function planRequest(items: string[], extra: Record<string, unknown> = {}) {
  return {
    ShipFromAddress: SHIP_FROM,
    LabelPrepPreference: 'AMAZON_LABEL_PREFERRED',
    InboundShipmentPlanRequestItems: items.map((sku, i) => ({
      SellerSKU: sku,
      ASIN: skus.find((s) => s.sellerSku === sku)?.asin ?? 'B000000000',
      Condition: 'NewItem',
      Quantity: 10 * (i + 1),
    })),
    ...extra,
  };
}

async function plan(items: string[], extra: Record<string, unknown> = {}): Promise<InboundShipmentPlan[]> {
  const h = harness(skus);
  const result = await h.call('createInboundShipmentPlan', { body: planRequest(items, extra) });
  return result.payload.InboundShipmentPlans;
}

async function planError(items: string[], extra: Record<string, unknown> = {}): Promise<SimError> {
  const h = harness(skus);
  try {
    await h.call('createInboundShipmentPlan', { body: planRequest(items, extra) });
  } catch (error) {
    if (error instanceof SimError) return error;
    throw error;
  }
  throw new Error('expected a SimError');
}

describe('createInboundShipmentPlan splitting', () => {
  const all = skus.map((s) => s.sellerSku);

  it('puts every unit in exactly one plan with FNSKU and prep details', async () => {
    const plans = await plan(all);
    const planned = plans.flatMap((p) => p.Items);
    expect(planned.map((i) => i.SellerSKU).sort()).toEqual([...all].sort());
    for (const item of planned) {
      const sku = skus.find((s) => s.sellerSku === item.SellerSKU);
      expect(item.FulfillmentNetworkSKU).toBe(sku?.fnsku);
      // Items whose prep guidance is ConsultHelpDocuments may have no prep details at all.
      if (item.PrepDetailsList) expect(item.PrepDetailsList.length).toBeGreaterThan(0);
    }
    expect(new Set(plans.map((p) => p.ShipmentId)).size).toBe(plans.length);
    for (const p of plans) expect(p.ShipmentId).toMatch(/^FBA[0-9A-Z]{9}$/);
  });

  it('sends oversize items to oversize buildings and standard items elsewhere', async () => {
    expect(sizeTierOf(skus.find((s) => s.sellerSku === 'RUG-XL')!)).toBe('oversize');
    expect(sizeTierOf(skus.find((s) => s.sellerSku === 'BENCH-HEAVY')!)).toBe('oversize');
    const plans = await plan(all);
    for (const p of plans) {
      const center = findFulfillmentCenter(p.DestinationFulfillmentCenterId);
      expect(p.ShipToAddress).toEqual(center?.address);
      for (const item of p.Items) {
        const sku = skus.find((s) => s.sellerSku === item.SellerSKU)!;
        expect(center?.handles).toBe(sizeTierOf(sku));
      }
    }
  });

  it('never mixes labelled and stickerless units in one shipment', async () => {
    const plans = await plan(all);
    const types = new Set<string>();
    for (const p of plans) {
      for (const item of p.Items) {
        const sku = skus.find((s) => s.sellerSku === item.SellerSKU)!;
        const expected = labelPrepTypeFor(prepProfileFor({ sellerSku: sku.sellerSku, asin: sku.asin }), 'AMAZON_LABEL_PREFERRED');
        expect(p.LabelPrepType).toBe(expected);
        types.add(expected);
      }
    }
    // The fixture SKUs hash to both kinds, so the rule is actually exercised.
    expect(types).toEqual(new Set(['NO_LABEL', 'AMAZON_LABEL']));
  });

  it('is deterministic and estimates the box contents fee per plan', async () => {
    const first = await plan(all);
    const second = await plan(all);
    expect(second).toEqual(first);
    for (const p of first) {
      const units = p.Items.reduce((sum, item) => sum + item.Quantity, 0);
      expect(p.EstimatedBoxContentsFee).toEqual({
        TotalUnits: units,
        FeePerUnit: { CurrencyCode: 'USD', Value: 0.15 },
        TotalFee: { CurrencyCode: 'USD', Value: Math.round(units * 15) / 100 },
      });
    }
  });

  it('routes to the requested country', async () => {
    const plans = await plan(['MUG-RED', 'RUG-XL'], { ShipToCountryCode: 'CA' });
    for (const p of plans) expect(p.ShipToAddress.CountryCode).toBe('CA');
  });

  it('uses the seller label preference', async () => {
    const plans = await plan(all, { LabelPrepPreference: 'SELLER_LABEL' });
    expect(new Set(plans.map((p) => p.LabelPrepType))).toEqual(new Set(['NO_LABEL', 'SELLER_LABEL']));
  });

  it('rejects both ShipToCountryCode and ShipToCountrySubdivisionCode', async () => {
    const error = await planError(['MUG-RED'], { ShipToCountryCode: 'US', ShipToCountrySubdivisionCode: 'IN-MH' });
    expect(error.status).toBe(400);
    expect(error.code).toBe('InvalidInput');
    expect(error.message).toMatch(/not both/);
  });

  it('accepts a subdivision code and routes to its country', async () => {
    const plans = await plan(['MUG-RED'], { ShipToCountrySubdivisionCode: 'IN-MH' });
    expect(plans[0]?.ShipToAddress.CountryCode).toBe('IN');
  });

  it('rejects unknown SKUs, mismatched ASINs and partial case packing', async () => {
    expect((await planError(['NOPE-1'])).details).toMatch(/NOPE-1/);
    const h = harness(skus);
    const body = planRequest(['MUG-RED', 'LAMP-01']);
    body.InboundShipmentPlanRequestItems[0]!.ASIN = 'B0WRONG000';
    await expect(h.call('createInboundShipmentPlan', { body })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/ASIN/) });
    const cased = planRequest(['MUG-RED', 'LAMP-01']);
    Object.assign(cased.InboundShipmentPlanRequestItems[0]!, { QuantityInCase: 5 });
    await expect(h.call('createInboundShipmentPlan', { body: cased })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/QuantityInCase/) });
    expect(h.catalog.get(SELLER, 'MUG-RED')?.qty.inboundWorking).toBe(0);
  });
});
