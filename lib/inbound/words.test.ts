/** The inbound v0 codes in words: every value Amazon's model lists has words. */
import { describe, expect, it } from 'vitest';
import { findOperation, loadModel } from '@/simulator/core/models';
import {
  LABEL_PREP_PREFERENCE_LABELS,
  LABEL_PREP_TYPE_LABELS,
  PAGE_TYPE_LABELS,
  PREP_INSTRUCTION_LABELS,
  TRANSPORT_STATUS_LABELS,
  labelPrepPreferenceText,
  labelPrepText,
  pageTypeLabel,
  prepInstructionLabel,
  transportStatusLabel,
} from './words';

const MODEL = 'fulfillmentInboundV0.json';
const definitionEnum = (name: string) => loadModel(MODEL).definitions?.[name]?.enum as string[];
const pageTypes = findOperation(MODEL, 'getLabels').parameters.find((p) => p.name === 'PageType')?.enum as string[];

/** Every value of the model, and only those, has words. */
function coversEvery(labels: Record<string, string>, values: string[]) {
  expect(values.length).toBeGreaterThan(0);
  expect(Object.keys(labels).sort()).toEqual([...values].sort());
  // Words, not the code: no underscores, no run-together words (BubbleWrapping).
  for (const value of values) expect(labels[value]).not.toMatch(/_|[a-z][A-Z]/);
}

describe('inbound v0 codes in words', () => {
  it("has words for every LabelPrepType of Amazon's model", () => {
    coversEvery(LABEL_PREP_TYPE_LABELS, definitionEnum('LabelPrepType'));
    expect(labelPrepText('SELLER_LABEL')).toBe('You label the units (FNSKU labels)');
    expect(labelPrepText('NO_LABEL')).toBe('No labels needed (manufacturer barcodes)');
  });

  it("has words for every PrepInstruction of Amazon's model", () => {
    coversEvery(PREP_INSTRUCTION_LABELS, definitionEnum('PrepInstruction'));
    expect(prepInstructionLabel('BubbleWrapping')).toBe('Bubble wrapping');
    expect(prepInstructionLabel('SuffocationStickering')).toBe('Suffocation warning sticker');
  });

  it("has words for every getLabels PageType of Amazon's model, naming the paper and the labels per sheet", () => {
    coversEvery(PAGE_TYPE_LABELS, pageTypes);
    expect(pageTypeLabel('PackageLabel_Letter_6_CarrierLeft')).toBe('Letter, 6 labels per sheet, carrier label left');
    expect(pageTypeLabel('PackageLabel_A4_4')).toBe('A4, 4 labels per sheet');
    expect(pageTypeLabel('PackageLabel_Thermal_NonPCP')).toBe('Thermal printer (not an Amazon-partnered carrier)');
  });

  it('has words for the transport statuses and label preferences Amazon removed from its models with their operations', () => {
    // Neither enum is in the current models any more (2025-01-21); stored bookings and plans still carry them.
    expect(Object.keys(TRANSPORT_STATUS_LABELS)).toEqual(expect.arrayContaining(['ESTIMATED', 'ERROR_ON_ESTIMATING', 'CONFIRMED', 'VOIDED']));
    expect(transportStatusLabel('ERROR_ON_ESTIMATING')).toBe('Amazon could not estimate');
    expect(Object.keys(LABEL_PREP_PREFERENCE_LABELS).sort()).toEqual(['AMAZON_LABEL_ONLY', 'AMAZON_LABEL_PREFERRED', 'SELLER_LABEL']);
    expect(labelPrepPreferenceText('SELLER_LABEL')).toBe('You label the units');
  });

  it('shows a code it does not know as it is', () => {
    expect(labelPrepText('NEW_LABEL_KIND')).toBe('NEW_LABEL_KIND');
    expect(transportStatusLabel('NEW_STATUS')).toBe('NEW_STATUS');
  });
});
