import { describe, expect, it } from 'vitest';
import { parseCsv } from './import-csv';
import { detectShop, emptyMapping, groupOrders, importReference, mappingProblems, orderDay, presetMapping, startingMapping } from './import-mapping';

const SHOPIFY =
  'Name,Email,Created at,Lineitem quantity,Lineitem name,Lineitem sku,Shipping Name,Shipping Address1,Shipping Address2,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone\n' +
  '#1001,a@example.com,2026-11-20 10:15:00 -0500,2,Mug,MUG-1,Jane Doe,1 Main St,,Seattle,98101,WA,US,\n' +
  '#1001,a@example.com,2026-11-20 10:15:00 -0500,1,Cap,CAP-1,,,,,,,,\n' +
  '#1001,a@example.com,2026-11-20 10:15:00 -0500,3,Mug,MUG-1,,,,,,,,\n' +
  '#1002,b@example.com,2026-11-21 09:00:00 -0500,x,Mug,MUG-1,Joe Roe,2 Side St,Apt 4,Austin,73301,TX,US,+1 512 555 0100\n' +
  ',,,1,Gift card,,,,,,,,,\n';

const WOO =
  'Order Number,Order Date,Shipping First Name,Shipping Last Name,Shipping Address 1,Shipping City,Shipping State,Shipping Postcode,Shipping Country,SKU,Quantity\n' +
  '501,2026-11-22 08:00,Ann,Lee,5 Elm St,Portland,OR,97201,US,MUG-1,1\n';

const parse = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.message);
  return r.table;
};

describe('column presets', () => {
  it('recognises Shopify and WooCommerce exports and maps their columns', () => {
    const shopify = parse(SHOPIFY);
    expect(detectShop(shopify.header)).toBe('shopify');
    expect(presetMapping('shopify', shopify.header)).toMatchObject({ orderNumber: 'Name', sku: 'Lineitem sku', postalCode: 'Shipping Zip', firstName: '' });
    const woo = parse(WOO);
    expect(detectShop(woo.header)).toBe('woocommerce');
    expect(presetMapping('woocommerce', woo.header)).toMatchObject({
      orderNumber: 'Order Number',
      firstName: 'Shipping First Name',
      lastName: 'Shipping Last Name',
    });
    expect(detectShop(['Order', 'Item', 'Qty'])).toBe('other');
  });

  it('names each missing or absent column', () => {
    const header = ['Order', 'Item'];
    const mapping = { ...emptyMapping(), orderNumber: 'Order', sku: 'Gone' };
    const problems = mappingProblems(mapping, header);
    expect(problems).toContain('The file has no column "Gone" for sku.');
    expect(problems).toContain('Choose the column for order date.');
    expect(problems).toContain('Choose the column for the recipient name (or first and last name).');
    expect(problems).not.toContain('Choose the column for order number.');
  });

  it('starts from the remembered mapping only while it fits the file', () => {
    const header = parse(SHOPIFY).header;
    const remembered = { ...presetMapping('shopify', header), phone: '' };
    expect(startingMapping('shopify', header, remembered)).toEqual({ mapping: remembered, confirmed: true });
    const stale = { ...remembered, sku: 'Variant SKU' };
    expect(startingMapping('shopify', header, stale)).toEqual({ mapping: presetMapping('shopify', header), confirmed: false });
  });
});

describe('groupOrders', () => {
  it('groups Shopify line rows into orders, address from the first row, same SKU merged', () => {
    const t = parse(SHOPIFY);
    const { orders, strayLines } = groupOrders(t, presetMapping('shopify', t.header));
    expect(orders.map((o) => o.order.orderNumber)).toEqual(['#1001', '#1002']);
    const first = orders[0]!;
    expect(first.line).toBe(2);
    expect(first.problems).toEqual([]);
    expect(first.order).toMatchObject({
      name: 'Jane Doe',
      addressLine1: '1 Main St',
      city: 'Seattle',
      postalCode: '98101',
      countryCode: 'US',
      orderDate: '2026-11-20 10:15:00 -0500',
    });
    expect(first.order.items).toEqual([
      { sellerSku: 'MUG-1', quantity: 5 },
      { sellerSku: 'CAP-1', quantity: 1 },
    ]);
    expect(orders[1]!.problems).toEqual(['Line 5: the quantity "x" is not a whole number of at least 1.']);
    expect(strayLines).toEqual([6]);
  });

  it('joins first and last name (WooCommerce) and reports a line without a SKU', () => {
    const t = parse(WOO + '502,2026-11-22,Bo,Ng,6 Oak St,Portland,OR,97201,US,,2\n');
    const { orders } = groupOrders(t, presetMapping('woocommerce', t.header));
    expect(orders[0]!.order.name).toBe('Ann Lee');
    expect(orders[1]!.problems).toEqual(['Line 3 has no SKU.']);
  });
});

describe('importReference', () => {
  it('is the same for the same order and within Amazon’s rules', () => {
    expect(importReference('shopify', '#1001')).toBe('SHOPIFY-1001');
    expect(importReference('woocommerce', '501')).toBe('WOO-501');
    // Characters Amazon refuses are dropped and the number tagged, so two numbers never meet.
    const slash = importReference('other', 'A/1');
    expect(slash).toMatch(/^SHOP-A1-[0-9A-F]{8}$/);
    expect(slash).not.toBe(importReference('other', 'A1'));
    expect(importReference('other', 'A/1')).toBe(slash);
    const long = importReference('shopify', 'X'.repeat(60));
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long).toMatch(/^[A-Za-z0-9._-]+$/);
  });
});

describe('orderDay', () => {
  it('takes the calendar day of a shop timestamp', () => {
    expect(orderDay('2026-11-20 10:15:00 -0500')).toBe('2026-11-20');
    expect(orderDay('2026-11-20T10:15:00Z')).toBe('2026-11-20');
    expect(orderDay('2026-02-30')).toBeNull();
    expect(orderDay('11/20/2026')).toBeNull();
  });
});
