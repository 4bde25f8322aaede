import { describe, expect, it } from 'vitest';
import { defaultPrepOwner } from './prep';

describe('who preps a plan line by default', () => {
  it("follows Amazon's owner constraint first", () => {
    expect(defaultPrepOwner({ msku: 'A', prepCategory: 'FRAGILE', prepOwnerConstraint: 'NONE_ONLY' })).toBe('NONE');
    expect(defaultPrepOwner({ msku: 'A', prepCategory: 'NONE', prepOwnerConstraint: 'SELLER_ONLY' })).toBe('SELLER');
    expect(defaultPrepOwner({ msku: 'A', prepCategory: 'NONE', prepOwnerConstraint: 'AMAZON_ONLY' })).toBe('AMAZON');
  });

  it('is nobody for no prep, the seller for any prep, and left to the seller while the category is unknown', () => {
    expect(defaultPrepOwner({ msku: 'A', prepCategory: 'NONE' })).toBe('NONE');
    expect(defaultPrepOwner({ msku: 'A', prepCategory: 'LIQUID' })).toBe('SELLER');
    expect(defaultPrepOwner({ msku: 'A', prepCategory: 'UNKNOWN' })).toBeUndefined();
  });
});
