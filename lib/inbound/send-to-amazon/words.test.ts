/** Send to Amazon codes in words: every value Amazon's 2024-03-20 model lists has words. */
import { describe, expect, it } from 'vitest';
import { loadModel } from '@/simulator/core/models';
import { ITEM_LABEL_PAGE_TYPES } from './labels';
import {
  APPOINTMENT_CANCEL_REASON_LABELS,
  ITEM_LABEL_PAGE_TYPE_LABELS,
  PREP_TYPE_LABELS,
  itemLabelPageTypeLabel,
  prepTypeLabel,
  transportLabel,
} from './words';

const definitionEnum = (name: string) => loadModel('fulfillmentInbound_2024-03-20.json').definitions?.[name]?.enum as string[];

/** Every value of the model, and only those, has words. */
function coversEvery(labels: Record<string, string>, values: string[]) {
  expect(values.length).toBeGreaterThan(0);
  expect(Object.keys(labels).sort()).toEqual([...values].sort());
  // Words, not the code: no underscores, no run-together words (BubbleWrapping).
  for (const value of values) expect(labels[value]).not.toMatch(/_|[a-z][A-Z]/);
}

describe('Send to Amazon codes in words', () => {
  it("has words for every reason Amazon's model takes for cancelling a drop-off appointment", () => {
    coversEvery(APPOINTMENT_CANCEL_REASON_LABELS, definitionEnum('ReasonComment'));
  });

  it("has words for every PrepType of Amazon's model", () => {
    coversEvery(PREP_TYPE_LABELS, definitionEnum('PrepType'));
    expect(prepTypeLabel('ITEM_SUFFOSTK')).toBe('Suffocation warning sticker');
    expect(prepTypeLabel('ITEM_BUBBLEWRAP')).toBe('Bubble wrapping');
  });

  it("has words for every ItemLabelPageType of Amazon's model, naming the paper and the labels per sheet", () => {
    coversEvery(ITEM_LABEL_PAGE_TYPE_LABELS, definitionEnum('ItemLabelPageType'));
    // The plan page offers every one of them.
    expect([...ITEM_LABEL_PAGE_TYPES].sort()).toEqual(definitionEnum('ItemLabelPageType').sort());
    expect(itemLabelPageTypeLabel('A4_24_64x33')).toBe('A4, 24 labels per sheet, 64 × 33 mm');
    expect(itemLabelPageTypeLabel('Letter_30')).toBe('Letter, 30 labels per sheet');
  });

  it('shows a code it does not know as it is', () => {
    expect(prepTypeLabel('ITEM_SOMETHING_NEW')).toBe('ITEM_SOMETHING_NEW');
  });

  it('says the transport in words', () => {
    expect(transportLabel({ shippingMode: 'GROUND_SMALL_PARCEL', shippingSolution: 'USE_YOUR_OWN_CARRIER' })).toBe('Small parcel · Your own carrier');
  });
});
