import { describe, expect, it } from 'vitest';
import { SpApiError } from '@/lib/sp-api';
import { answerLost, requestKey } from './plan-creation';

const address = { name: 'Acme', addressLine1: '1 Main St', city: 'Seattle', countryCode: 'US', postalCode: '98101', phoneNumber: '+1 206 555 0100' };
const item = (msku: string, quantity: number) => ({ msku, quantity, labelOwner: 'SELLER' as const, prepOwner: 'NONE' as const });

describe('a plan request', () => {
  it('is the same request whatever the order of its SKUs and keys, or an absent field', () => {
    const key = requestKey({ marketplaceId: 'ATVPDKIKX0DER', name: undefined, sourceAddress: address, items: [item('A', 2), item('B', 3)] });
    const { phoneNumber, ...rest } = address;
    expect(
      requestKey({ marketplaceId: 'ATVPDKIKX0DER', sourceAddress: { phoneNumber, ...rest, companyName: undefined }, items: [item('B', 3), item('A', 2)] }),
    ).toBe(key);
  });

  it('is another request when a unit, a SKU, the name, the address or the marketplace differs', () => {
    const base = { marketplaceId: 'ATVPDKIKX0DER', sourceAddress: address, items: [item('A', 2)] };
    const keys = [
      base,
      { ...base, items: [item('A', 3)] },
      { ...base, items: [item('B', 2)] },
      { ...base, name: 'Restock' },
      { ...base, sourceAddress: { ...address, postalCode: '98102' } },
      { ...base, marketplaceId: 'A2EUQ1WTGCTBG2' },
    ].map(requestKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('a lost answer', () => {
  const failure = (kind: SpApiError['kind'], status: number) =>
    new SpApiError({ kind, code: kind, message: kind, status, operation: 'fulfillmentInbound20240320.createInboundPlan' });

  it('is a failure after which Amazon may have made the plan: no answer or a server error, not a refusal or Amazon unavailable', () => {
    expect(['Timeout', 'NetworkError', 'MalformedResponse'].map((k) => answerLost(failure(k as SpApiError['kind'], 0)))).toEqual([true, true, true]);
    expect(answerLost(failure('ServerError', 500))).toBe(true);
    expect(answerLost(failure('ServerError', 504))).toBe(true);
    expect(answerLost(failure('ServerError', 503))).toBe(false);
    expect(answerLost(failure('InvalidInput', 400))).toBe(false);
    expect(answerLost(failure('Throttled', 429))).toBe(false);
    expect(answerLost(new Error('database down'))).toBe(false);
  });
});
