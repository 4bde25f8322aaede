import { describe, expect, it } from 'vitest';
import {
  AddressMappingError,
  fulfillmentOrderItemIdFor,
  orderCreateSpec,
  orderPreviewSpec,
  outboundAddressFrom,
  sellerFulfillmentOrderIdFor,
  SELLER_FULFILLMENT_ORDER_ID_MAX,
} from './from-order';
import { createRequest, previewRequest } from './requests';

describe('sellerFulfillmentOrderId', () => {
  it('is derived from the Amazon order id alone, the same every time', () => {
    expect(sellerFulfillmentOrderIdFor('112-1234567-7654321')).toBe('MCF-112-1234567-7654321');
    expect(sellerFulfillmentOrderIdFor('112-1234567-7654321')).toBe(sellerFulfillmentOrderIdFor('112-1234567-7654321'));
    expect(sellerFulfillmentOrderIdFor('112-1234567-7654321')).not.toBe(sellerFulfillmentOrderIdFor('112-1234567-7654322'));
  });

  it('stays within 40 characters of letters, digits and hyphens, and unique for long or odd ids', () => {
    const long = `${'9'.repeat(30)}-${'8'.repeat(30)}`;
    const odd = '112 1234567/7654321';
    for (const id of [long, odd, `${long}1`]) {
      const derived = sellerFulfillmentOrderIdFor(id);
      expect(derived.length).toBeLessThanOrEqual(SELLER_FULFILLMENT_ORDER_ID_MAX);
      expect(derived).toMatch(/^[A-Za-z0-9-]+$/);
    }
    expect(sellerFulfillmentOrderIdFor(long)).not.toBe(sellerFulfillmentOrderIdFor(`${long}1`));
    // An id that only differs in stripped characters must not collide with the clean one.
    expect(sellerFulfillmentOrderIdFor(odd)).not.toBe(sellerFulfillmentOrderIdFor('1121234567/7654321'));
    expect(() => sellerFulfillmentOrderIdFor('  ')).toThrow();
  });

  it('keeps order item ids as the MCF line id (max 50)', () => {
    expect(fulfillmentOrderItemIdFor('44012345678901')).toBe('44012345678901');
    expect(fulfillmentOrderItemIdFor('x'.repeat(80))).toHaveLength(50);
  });
});

const address = {
  name: 'Ada Buyer',
  addressLine1: '1 Main St',
  addressLine2: ' Apt 2 ',
  city: 'Seattle',
  stateOrRegion: 'WA',
  postalCode: '98101',
  countryCode: 'us',
  phone: '555-0100',
};
const order = { amazonOrderId: '112-1234567-7654321', marketplaceId: 'ATVPDKIKX0DER', purchaseDate: new Date('2026-11-20T10:00:00.123Z') };
const noFeatures = { blankBox: false, blockAmzl: false };

describe('an Amazon order as a fulfillment order', () => {
  it("maps the order's delivery address (Orders 2026-01-01 RECIPIENT) to the outbound Address", () => {
    expect(outboundAddressFrom(address)).toEqual({
      name: 'Ada Buyer',
      addressLine1: '1 Main St',
      addressLine2: 'Apt 2',
      city: 'Seattle',
      stateOrRegion: 'WA',
      postalCode: '98101',
      countryCode: 'US',
      phone: '555-0100',
    });
    // Street lines close up when the first is empty.
    expect(outboundAddressFrom({ ...address, addressLine1: 'c/o Office', addressLine2: undefined, addressLine3: 'Floor 3' })).toMatchObject({
      addressLine1: 'c/o Office',
      addressLine2: 'Floor 3',
    });
    expect(() => outboundAddressFrom({ ...address, postalCode: '' })).toThrow("The order's shipping address lacks a postal code.");
    expect(() => outboundAddressFrom(undefined)).toThrow(AddressMappingError);
  });

  it('previews every speed with the chosen features', () => {
    const request = previewRequest(
      orderPreviewSpec(order, [{ orderItemId: '44001', sellerSku: 'SKU-1', quantity: 2 }], outboundAddressFrom(address), { blankBox: true, blockAmzl: false }),
    );
    expect(request).toMatchObject({
      marketplaceId: 'ATVPDKIKX0DER',
      items: [{ sellerSku: 'SKU-1', quantity: 2, sellerFulfillmentOrderItemId: '44001' }],
      shippingSpeedCategories: ['Standard', 'Expedited', 'Priority'],
      featureConstraints: [{ featureName: 'BLANK_BOX', featureFulfillmentPolicy: 'Required' }],
    });
    expect(
      previewRequest(orderPreviewSpec(order, [{ orderItemId: '1', sellerSku: 'S', quantity: 1 }], outboundAddressFrom(address), noFeatures)),
    ).not.toHaveProperty('featureConstraints');
    expect(() => previewRequest(orderPreviewSpec(order, [], outboundAddressFrom(address), noFeatures))).toThrow();
    expect(() =>
      previewRequest(orderPreviewSpec(order, [{ orderItemId: '1', sellerSku: 'S', quantity: 251 }], outboundAddressFrom(address), noFeatures)),
    ).toThrow(/250/);
    // The bulk page asks for the one speed chosen for all.
    expect(
      previewRequest(orderPreviewSpec(order, [{ orderItemId: '1', sellerSku: 'S', quantity: 1 }], outboundAddressFrom(address), noFeatures), ['Expedited'])
        .shippingSpeedCategories,
    ).toEqual(['Expedited']);
  });

  it('creates with the policy, speed, e-mails and a repeatable body', () => {
    const input = {
      order,
      lines: [{ orderItemId: '44001', sellerSku: 'SKU-1', quantity: 1 }],
      address: outboundAddressFrom(address),
      speed: 'Expedited' as const,
      policy: 'FillAll' as const,
      options: { blankBox: false, blockAmzl: true, notificationEmails: ['ops@example.com'] },
    };
    const body = createRequest(orderCreateSpec(input));
    expect(body).toMatchObject({
      sellerFulfillmentOrderId: 'MCF-112-1234567-7654321',
      displayableOrderId: '112-1234567-7654321',
      displayableOrderDate: '2026-11-20T10:00:00Z',
      shippingSpeedCategory: 'Expedited',
      fulfillmentAction: 'Ship',
      fulfillmentPolicy: 'FillAll',
      notificationEmails: ['ops@example.com'],
      featureConstraints: [{ featureName: 'BLOCK_AMZL', featureFulfillmentPolicy: 'Required' }],
      items: [{ sellerSku: 'SKU-1', sellerFulfillmentOrderItemId: '44001', quantity: 1 }],
    });
    expect(JSON.stringify(createRequest(orderCreateSpec(input)))).toBe(JSON.stringify(body));
    expect(createRequest(orderCreateSpec({ ...input, options: { ...noFeatures, notificationEmails: [] } }))).not.toHaveProperty('notificationEmails');
  });
});
