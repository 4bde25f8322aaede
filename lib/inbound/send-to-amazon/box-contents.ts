/** Box contents checked against the plan before anything is sent to Amazon. */
import type { BoxLine } from './input';

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
