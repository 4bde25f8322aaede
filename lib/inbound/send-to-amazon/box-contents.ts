/** Box contents checked against the plan before anything is sent to Amazon (client-safe). */
import { BOX_CONTENT_SOURCES, type BoxContentSource, type BoxLine } from './input';

/** The box content sources a packing option allows; all of them when Amazon does not say (plans read before it was kept). */
export function boxContentSourcesOf(option: { boxPackingMethods?: string[] | undefined }): BoxContentSource[] {
  const allowed = BOX_CONTENT_SOURCES.filter((source) => option.boxPackingMethods?.includes(source));
  return allowed.length ? allowed : [...BOX_CONTENT_SOURCES];
}

/** How a box content source reads on the page. */
export const BOX_CONTENT_SOURCE_LABELS: Record<BoxContentSource, { label: string; hint: string; summary: string }> = {
  BOX_CONTENT_PROVIDED: {
    label: 'I list what each box holds',
    summary: 'listed per box',
    hint: 'Enter the units of each SKU per box below, or upload them as CSV.',
  },
  BARCODE_2D: {
    label: '2D barcodes on the boxes',
    summary: '2D barcodes on the boxes',
    hint: 'Each box carries a 2D barcode with its contents; enter only the boxes’ size and weight.',
  },
  MANUAL_PROCESS: {
    label: 'Amazon opens and counts the boxes',
    summary: 'counted by Amazon (manual processing fee)',
    hint: 'Amazon charges a manual processing fee per unit; enter only the boxes’ size and weight.',
  },
};

/** The units per SKU the group's boxes must hold, against what was entered: one message per SKU that differs. */
export function boxContentProblems(groupItems: Array<{ msku: string; quantity: number }>, boxes: BoxLine[]): string[] {
  const packed = new Map<string, number>();
  for (const box of boxes) for (const item of box.items) packed.set(item.msku, (packed.get(item.msku) ?? 0) + item.quantity * box.count);
  const expected = new Map<string, number>();
  for (const item of groupItems) expected.set(item.msku, (expected.get(item.msku) ?? 0) + item.quantity);
  const problems: string[] = [];
  for (const msku of new Set([...expected.keys(), ...packed.keys()])) {
    const want = expected.get(msku) ?? 0;
    const got = packed.get(msku) ?? 0;
    if (want === 0 && got > 0) problems.push(`${msku} is not in this group.`);
    else if (want !== got) problems.push(`${msku}: the boxes hold ${got} units; the plan sends ${want}.`);
  }
  return problems;
}
