/**
 * Zod's own messages, replaced where a schema gives none: through the app's real schemas, as a
 * stale form or a hand-made request meets them (each case was a message the input fuzz found).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { shipmentRef } from '@/lib/inbound/shipment-input';
import { boxesInput } from '@/lib/inbound/send-to-amazon/input';
import { createFulfillmentInput } from '@/lib/orders/fulfill-with-fba-input';
import { createInput, returnInput } from '@/lib/outbound/order-input';
import { plainMessage } from './plain-messages';
import { requiredText } from './text-input';

const messagesOf = (schema: z.ZodType, input: unknown) =>
  Object.fromEntries((schema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('plain messages where a schema gives none', () => {
  it('says what to do about a hidden id that is missing or malformed', () => {
    expect(messagesOf(shipmentRef, { shipmentId: 'FBA1' })).toEqual({ accountId: 'Fill in this field.' });
    expect(messagesOf(shipmentRef, { accountId: 'NaN', shipmentId: 'FBA1' })).toEqual({
      accountId: 'This choice is no longer available. Reload the page and try again.',
    });
  });

  it('says which choice or number is wrong inside a JSON field', () => {
    const base = { planId: '0fe86fda-d263-422f-8693-564e962aa5b3', packingGroupId: `pg${'0'.repeat(34)}01` };
    const box = { count: 1, unit: 'IN', length: 10, width: 8, height: 6, weightUnit: 'LB', weight: 5, items: [{ msku: 'SKU-1', quantity: 2 }] };
    expect(messagesOf(boxesInput, { ...base, boxes: JSON.stringify([{ ...box, weightUnit: 'stone' }]) })).toEqual({
      'boxes.0.weightUnit': 'Choose pounds or kilograms.',
    });
    expect(messagesOf(boxesInput, { ...base, boxes: JSON.stringify([{ ...box, length: 'long' }]) })).toEqual({ 'boxes.0.length': 'Enter the length.' });
  });

  it('asks for a number, a whole one, or one in range', () => {
    const base = {
      accountId: '0fe86fda-d263-422f-8693-564e962aa5b3',
      sellerFulfillmentOrderId: 'MCF-1',
      sellerFulfillmentOrderItemId: 'L1',
      amazonShipmentId: 'D1',
      returnReasonCode: 'DAMAGED',
    };
    expect(messagesOf(returnInput, { ...base, quantity: 'NaN' })).toEqual({ quantity: 'Enter a number.' });
    expect(messagesOf(returnInput, { ...base, quantity: '1.5' })).toEqual({ quantity: 'Enter a whole number.' });
    expect(messagesOf(returnInput, { ...base, quantity: '1e9' })).toEqual({ quantity: 'Use a number up to 250.' });
  });

  it("says what a union's typed branch says, and 'choose' for a union of choices", () => {
    const checkbox = messagesOf(createFulfillmentInput, { orderId: '701-1234567-1234567', shippingSpeed: 'Standard', blankBox: 'yes please' });
    expect(checkbox).toEqual({ blankBox: 'Choose one of the options.' });
    const order = {
      accountId: '0fe86fda-d263-422f-8693-564e962aa5b3',
      marketplaceId: 'ATVPDKIKX0DER',
      shippingSpeedCategory: 'Standard',
      items: '[{"sellerSku":"A","quantity":1}]',
      name: 'Pat',
      addressLine1: '1 Main St',
      city: 'Austin',
      postalCode: '73301',
      countryCode: 'US',
      sellerFulfillmentOrderId: 'MCF-1',
      displayableOrderId: 'W-1',
      displayableOrderDate: '2026-01-01',
      displayableOrderComment: 'Thanks',
      fulfillmentPolicy: 'FillOrKill',
    };
    expect(messagesOf(createInput, { ...order, notificationEmail: 'not an address' })).toEqual({ notificationEmail: 'Enter a valid email address.' });
  });

  it("keeps a schema's own message", () => {
    expect(messagesOf(requiredText('Enter the city.', { max: 5 }), undefined)).toEqual({ '': 'Enter the city.' });
    expect(messagesOf(z.uuid('Choose an Amazon account.'), 'x')).toEqual({ '': 'Choose an Amazon account.' });
  });

  it('never leaks a type name or the word undefined', () => {
    const probes: Array<[z.ZodType, unknown]> = [
      [z.string(), undefined],
      [z.string(), 42],
      [z.number(), 'x'],
      [z.boolean(), 'x'],
      [z.array(z.string()), null],
      [z.object({ a: z.string() }), []],
      [z.string().max(3), 'long'],
      [z.array(z.string()).min(2), ['a']],
      [z.number().positive(), 0],
      [z.string().regex(/^a$/), 'b'],
      [z.iso.date(), 'soon'],
      [z.strictObject({}), { extra: 1 }],
      [z.record(z.string().max(1), z.number()), { long: 1 }],
    ];
    for (const [schema, input] of probes) {
      for (const message of Object.values(messagesOf(schema, input)))
        expect(message).not.toMatch(/undefined|expected|received|Invalid|Too (big|small)|NaN|null/);
    }
    expect(plainMessage({ code: 'too_small', origin: 'number', minimum: 0, inclusive: false, input: 0 })).toBe('Use a number above 0.');
  });
});
