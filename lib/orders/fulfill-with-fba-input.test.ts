import { describe, expect, it } from 'vitest';
import { createFulfillmentInput, fulfillmentOptionsInput } from './fulfill-with-fba-input';

const orderId = '112-1234567-7654321';

describe('Fulfill with FBA form', () => {
  it('validates the options before anything is sent', () => {
    const ok = fulfillmentOptionsInput.parse({
      orderId,
      fulfillmentPolicy: 'FillAllAvailable',
      blankBox: 'on',
      notificationEmails: 'a@example.com, b@example.com; a@example.com',
    });
    expect(ok).toMatchObject({
      fulfillmentPolicy: 'FillAllAvailable',
      blankBox: true,
      blockAmzl: false,
      notificationEmails: ['a@example.com', 'b@example.com'],
    });
    const bad = fulfillmentOptionsInput.safeParse({ orderId, fulfillmentPolicy: 'ShipSomething', notificationEmails: 'not-an-email' });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['fulfillmentPolicy', 'notificationEmails']));
    expect(fulfillmentOptionsInput.safeParse({ orderId, notificationEmails: `${'a'.repeat(60)}@example.com` }).success).toBe(false);
  });

  it('takes a speed from the preview and the shortfall the preview reported', () => {
    const create = createFulfillmentInput.safeParse({ orderId, shippingSpeed: 'ScheduledDelivery' });
    expect(create.error?.issues.map((i) => i.path.join('.'))).toContain('shippingSpeed');
    expect(createFulfillmentInput.safeParse({ orderId, shippingSpeed: 'Standard', previewShortfall: '{"x":-1}' }).success).toBe(false);
    expect(createFulfillmentInput.parse({ orderId, shippingSpeed: 'Standard', previewShortfall: '{"44001":2}', lowStockChoice: '' })).toMatchObject({
      previewShortfall: { '44001': 2 },
      lowStockChoice: undefined,
    });
  });
});
