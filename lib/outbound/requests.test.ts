import { describe, expect, it } from 'vitest';
import { createInput } from './order-input';
import { buildCreateRequest, buildPreviewRequest, buildReturnRequest, buildUpdateRequest } from './requests';

const input = createInput.parse({
  accountId: '5d1f0c7e-8a2b-4c3d-9e4f-0a1b2c3d4e5f',
  marketplaceId: 'ATVPDKIKX0DER',
  sellerFulfillmentOrderId: 'MCF-1',
  displayableOrderId: 'WEB-1001',
  displayableOrderDate: '2026-11-20',
  displayableOrderComment: 'Thanks!',
  shippingSpeedCategory: 'Expedited',
  fulfillmentPolicy: 'FillAllAvailable',
  name: 'Jane Doe',
  addressLine1: '1 Main St',
  addressLine2: '',
  city: 'Seattle',
  stateOrRegion: 'WA',
  postalCode: '98101',
  countryCode: 'US',
  phone: '+1 206 555 0100',
  notificationEmail: 'jane@example.com',
  blockAmzl: 'on',
  items: JSON.stringify([
    { sellerSku: 'SKU-1', quantity: 2 },
    { sellerSku: 'SKU-2', quantity: 1 },
  ]),
});

describe('request bodies', () => {
  it('createFulfillmentOrder carries the model fields, stable item ids and only Required features', () => {
    expect(buildCreateRequest(input)).toEqual({
      marketplaceId: 'ATVPDKIKX0DER',
      sellerFulfillmentOrderId: 'MCF-1',
      displayableOrderId: 'WEB-1001',
      displayableOrderDate: '2026-11-20T00:00:00Z',
      displayableOrderComment: 'Thanks!',
      shippingSpeedCategory: 'Expedited',
      destinationAddress: {
        name: 'Jane Doe',
        addressLine1: '1 Main St',
        city: 'Seattle',
        stateOrRegion: 'WA',
        postalCode: '98101',
        countryCode: 'US',
        phone: '+1 206 555 0100',
      },
      fulfillmentAction: 'Ship',
      fulfillmentPolicy: 'FillAllAvailable',
      notificationEmails: ['jane@example.com'],
      featureConstraints: [{ featureName: 'BLOCK_AMZL', featureFulfillmentPolicy: 'Required' }],
      items: [
        { sellerSku: 'SKU-1', sellerFulfillmentOrderItemId: '1', quantity: 2 },
        { sellerSku: 'SKU-2', sellerFulfillmentOrderItemId: '2', quantity: 1 },
      ],
    });
    // The same form gives the same body: Amazon recognises a resubmission.
    expect(buildCreateRequest(input)).toEqual(buildCreateRequest(structuredClone(input)));
    expect(buildCreateRequest({ ...input, hold: true }).fulfillmentAction).toBe('Hold');
  });

  it('getFulfillmentPreview asks for every speed at once', () => {
    const body = buildPreviewRequest(input);
    expect(body.shippingSpeedCategories).toEqual(['Standard', 'Expedited', 'Priority']);
    expect(body.items).toEqual([
      { sellerSku: 'SKU-1', quantity: 2, sellerFulfillmentOrderItemId: '1' },
      { sellerSku: 'SKU-2', quantity: 1, sellerFulfillmentOrderItemId: '2' },
    ]);
    expect(body.address.countryCode).toBe('US');
    expect(buildPreviewRequest({ ...input, blockAmzl: false }).featureConstraints).toBeUndefined();
  });

  it('updateFulfillmentOrder releases a hold only when asked', () => {
    expect(buildUpdateRequest({ shippingSpeedCategory: 'Priority', displayableOrderComment: 'Rush', release: false })).toEqual({
      shippingSpeedCategory: 'Priority',
      displayableOrderComment: 'Rush',
    });
    expect(buildUpdateRequest({ shippingSpeedCategory: 'Standard', displayableOrderComment: 'x', release: true }).fulfillmentAction).toBe('Ship');
  });

  it('updateFulfillmentOrder sends only the lines whose quantity changed', () => {
    const current = [
      { sellerFulfillmentOrderItemId: '1', quantity: 2 },
      { sellerFulfillmentOrderItemId: '2', quantity: 1 },
    ];
    const body = buildUpdateRequest(
      {
        shippingSpeedCategory: 'Standard',
        displayableOrderComment: 'x',
        release: false,
        quantities: [
          { sellerFulfillmentOrderItemId: '1', quantity: 2 },
          { sellerFulfillmentOrderItemId: '2', quantity: 3 },
        ],
      },
      current,
    );
    expect(body.items).toEqual([{ sellerFulfillmentOrderItemId: '2', quantity: 3 }]);
    expect(
      buildUpdateRequest({ shippingSpeedCategory: 'Standard', displayableOrderComment: 'x', release: false, quantities: current }, current).items,
    ).toBeUndefined();
  });

  it('createFulfillmentReturn: one item per unit, ids from the submit key', () => {
    const body = buildReturnRequest(
      {
        accountId: input.accountId,
        sellerFulfillmentOrderId: 'MCF-1',
        sellerFulfillmentOrderItemId: '1',
        amazonShipmentId: 'T1',
        returnReasonCode: 'CR-DEFECTIVE',
        quantity: 2,
        returnComment: undefined,
      },
      'k1',
    );
    expect(body.items.map((i) => i.sellerReturnItemId)).toEqual(['k1-1', 'k1-2']);
    expect(body.items[0]).toEqual({ sellerReturnItemId: 'k1-1', sellerFulfillmentOrderItemId: '1', amazonShipmentId: 'T1', returnReasonCode: 'CR-DEFECTIVE' });
  });
});
