/**
 * Every form's schema refuses control characters in every text field, with the message at
 * that field: a NUL byte in an outbound order once reached Amazon and then could not be
 * stored. Each case is a valid input and the text fields to poison one at a time.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { startPlanInput, trackingInput } from '@/lib/inbound/send-to-amazon/input';
import { skuThresholdInput } from '@/lib/inventory/low-stock';
import { createFulfillmentInput } from '@/lib/orders/fulfill-with-fba-input';
import { messageInputFor } from '@/lib/orders/messaging/message-forms';
import { manualConfirmInput } from '@/lib/orders/shipment/confirm-body';
import { cancelInput, createInput, returnInput, updateInput } from '@/lib/outbound/order-input';
import { firstOwnerInput, newUserInput } from '@/lib/users/user-input';
import { CONTROL_CHARACTER_MESSAGE } from './text-input';

const accountId = '5d1f0c7e-8a2b-4c3d-9e4f-0a1b2c3d4e5f';
const address = {
  name: 'Jane Doe',
  addressLine1: '1 Main St',
  addressLine2: 'Unit 2',
  addressLine3: 'Rear',
  city: 'Seattle',
  districtOrCounty: 'King',
  stateOrRegion: 'WA',
  postalCode: '98101',
  countryCode: 'US',
  phone: '206 555 0100',
};
const outbound = {
  accountId,
  marketplaceId: 'ATVPDKIKX0DER',
  sellerFulfillmentOrderId: 'MCF-1',
  displayableOrderId: 'WEB-1001',
  displayableOrderDate: '2026-11-20',
  displayableOrderComment: 'Thank you.',
  shippingSpeedCategory: 'Standard',
  fulfillmentPolicy: 'FillOrKill',
  items: JSON.stringify([{ sellerSku: 'SKU-1', quantity: 1 }]),
  ...address,
};
const inboundAddress = {
  fromName: 'Acme',
  fromAddressLine1: '1 Main St',
  fromAddressLine2: 'Dock 4',
  fromDistrictOrCounty: 'King',
  fromCity: 'Seattle',
  fromStateOrProvinceCode: 'WA',
  fromPostalCode: '98101',
  fromCountryCode: 'US',
};
const planItem = { msku: 'SKU-1', quantity: 12, labelOwner: 'SELLER', prepOwner: 'SELLER', manufacturingLotCode: 'LOT-1' };
const sendPlan = { accountId, marketplaceId: 'ATVPDKIKX0DER', name: 'Spring', phoneNumber: '+1 206 555 0100', ...inboundAddress };
const amazonId = (prefix: string) => `${prefix}${'0'.repeat(34)}01`;

const cases: Array<{ form: string; schema: z.ZodType; valid: Record<string, unknown>; fields: string[] }> = [
  {
    form: 'outbound create',
    schema: createInput,
    valid: outbound,
    fields: ['marketplaceId', 'sellerFulfillmentOrderId', 'displayableOrderId', 'displayableOrderComment', ...Object.keys(address)],
  },
  {
    form: 'outbound update',
    schema: updateInput,
    valid: {
      accountId,
      sellerFulfillmentOrderId: 'MCF-1',
      shippingSpeedCategory: 'Standard',
      displayableOrderComment: 'Rush',
      changeAddress: 'on',
      ...address,
    },
    fields: ['sellerFulfillmentOrderId', 'displayableOrderComment', ...Object.keys(address)],
  },
  { form: 'outbound cancel', schema: cancelInput, valid: { accountId, sellerFulfillmentOrderId: 'MCF-1' }, fields: ['sellerFulfillmentOrderId'] },
  {
    form: 'outbound return',
    schema: returnInput,
    valid: {
      accountId,
      sellerFulfillmentOrderId: 'MCF-1',
      sellerFulfillmentOrderItemId: '1',
      amazonShipmentId: 'T1',
      returnReasonCode: 'DAMAGED',
      quantity: '1',
      returnComment: 'Torn box',
    },
    fields: ['sellerFulfillmentOrderId', 'sellerFulfillmentOrderItemId', 'amazonShipmentId', 'returnReasonCode', 'returnComment'],
  },
  {
    form: 'Send to Amazon plan',
    schema: startPlanInput,
    valid: { ...sendPlan, items: JSON.stringify([planItem]) },
    fields: ['marketplaceId', 'name', 'phoneNumber', ...Object.keys(inboundAddress)],
  },
  {
    form: 'Send to Amazon tracking (LTL)',
    schema: trackingInput,
    valid: { planId: accountId, shipmentId: amazonId('sh'), freightBillNumber: 'PRO-12345' },
    fields: ['shipmentId', 'freightBillNumber'],
  },
  {
    form: 'buyer message',
    schema: messageInputFor('confirmOrderDetails')!,
    valid: { orderId: '112-1234567-7654321', action: 'confirmOrderDetails', text: 'Line one.\r\nLine two.' },
    fields: ['orderId', 'action', 'text'],
  },
  {
    form: 'fulfill with FBA',
    schema: createFulfillmentInput,
    valid: { orderId: '112-1234567-7654321', shippingSpeed: 'Standard', notificationEmails: 'a@example.com', buyerMessage: 'Sorry for the delay.' },
    fields: ['orderId', 'notificationEmails', 'buyerMessage'],
  },
  {
    form: 'manual shipment confirmation',
    schema: manualConfirmInput,
    valid: {
      orderId: '112-1234567-7654321',
      carrierCode: 'Other',
      carrierName: 'Local Post',
      trackingNumber: 'TRK-1',
      shipDate: '2026-01-01',
      packageReferenceId: '1',
    },
    fields: ['orderId', 'carrierCode', 'carrierName', 'trackingNumber', 'packageReferenceId'],
  },
  { form: 'low-stock threshold', schema: skuThresholdInput, valid: { sellerSku: 'SKU-1', threshold: '5' }, fields: ['sellerSku', 'threshold'] },
  {
    form: 'new user',
    schema: newUserInput,
    valid: { name: 'Ada', email: 'ada@example.com', role: 'viewer', password: 'correct horse battery' },
    fields: ['name', 'email'],
  },
  {
    form: 'first-run owner',
    schema: firstOwnerInput,
    valid: { workspaceName: 'Acme', name: 'Ada', email: 'ada@example.com', password: 'correct horse battery', confirmPassword: 'correct horse battery' },
    fields: ['workspaceName', 'name', 'email'],
  },
];

const poison = (value: unknown) => `${typeof value === 'string' ? value : ''}\u0000X`;
const issuesAt = (result: ReturnType<z.ZodType['safeParse']>, field: string) =>
  result.success ? [] : result.error.issues.filter((i) => i.path.join('.') === field).map((i) => i.message);

describe('every form refuses control characters at the field', () => {
  it.each(cases)('$form', ({ schema, valid, fields }) => {
    expect(schema.safeParse(valid).success).toBe(true);
    for (const field of fields) {
      const messages = issuesAt(schema.safeParse({ ...valid, [field]: poison(valid[field]) }), field);
      expect(messages, field).not.toEqual([]);
    }
  });

  it('says why in plain words on free-text fields', () => {
    const comment = issuesAt(createInput.safeParse({ ...outbound, displayableOrderComment: 'Thanks\u0000' }), 'displayableOrderComment');
    expect(comment).toEqual([CONTROL_CHARACTER_MESSAGE]);
    const message = issuesAt(
      messageInputFor('unexpectedProblem')!.safeParse({ orderId: '112-1234567-7654321', action: 'unexpectedProblem', text: 'Delay\u0007' }),
      'text',
    );
    expect(message).toEqual([CONTROL_CHARACTER_MESSAGE]);
  });

  it('checks the SKU lines inside the JSON item fields too', () => {
    expect(issuesAt(createInput.safeParse({ ...outbound, items: JSON.stringify([{ sellerSku: 'SKU\u0000', quantity: 1 }]) }), 'items.0.sellerSku')).not.toEqual(
      [],
    );
    const items = (line: object) => JSON.stringify([{ ...planItem, ...line }]);
    expect(issuesAt(startPlanInput.safeParse({ ...sendPlan, items: items({ msku: 'SKU\u0000' }) }), 'items.0.msku')).not.toEqual([]);
    expect(
      issuesAt(startPlanInput.safeParse({ ...sendPlan, items: items({ manufacturingLotCode: 'LOT\u0000' }) }), 'items.0.manufacturingLotCode'),
    ).not.toEqual([]);
  });
});
