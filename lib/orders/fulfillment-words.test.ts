import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeInWords } from '@/lib/format';
import { ADDRESS_TYPE_LABELS, addressTypeLabel, SERVICE_LEVEL_LABELS, serviceLevelLabel } from './fulfillment-words';

const model = JSON.parse(readFileSync('sp-api-models/orders_2026-01-01.json', 'utf8')) as {
  definitions: Record<string, { properties: Record<string, { description: string }> }>;
};
/** The "**Possible values**: `A`, `B`" a field's description lists. */
const possibleValues = (definition: string, field: string) =>
  [...(model.definitions[definition]!.properties[field]!.description.split('**Possible values**')[1] ?? '').matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]);

describe("how an order ships, in the seller's words", () => {
  it('has words for every service level and address type the model lists', () => {
    expect(Object.keys(SERVICE_LEVEL_LABELS).sort()).toEqual(possibleValues('OrderFulfillment', 'fulfillmentServiceLevel').sort());
    expect(Object.keys(ADDRESS_TYPE_LABELS).sort()).toEqual(possibleValues('CustomerAddress', 'addressType').sort());
    expect(serviceLevelLabel('SECOND_DAY')).toBe('Second day');
    expect(addressTypeLabel('COMMERCIAL')).toBe('Business address');
  });

  it('reads a code Amazon adds later as words', () => {
    expect(serviceLevelLabel('TWO_HOUR')).toBe('Two hour');
    expect(codeInWords('LOCKER')).toBe('Locker');
    // Free text of an order synced before the 2026 API keeps its letters.
    expect(serviceLevelLabel('Std US D2D Dom')).toBe('Std US D2D Dom');
  });
});
