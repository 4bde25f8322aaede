import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabel } from './action-label';

/** Every audited action named in lib/: an action's definition (`name: 'orders.refresh'`) or a recorded entry (`action: '…'`). */
function actionsInCode(dir = path.resolve(__dirname, '..')): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...actionsInCode(full));
    else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
      for (const match of readFileSync(full, 'utf8').matchAll(/(?:name|action): '([a-z-]+(?:\.[a-z-]+)+)'/g)) found.push(match[1]!);
  }
  return found;
}

describe('auditActionLabel', () => {
  it('has words for every audited action of the code base', () => {
    const actions = [...new Set(actionsInCode())];
    expect(actions.length).toBeGreaterThan(50);
    expect(actions.filter((a) => auditActionLabel(a) === a)).toEqual([]);
    expect(auditActionLabel('orders.confirm-shipment.manual')).toBe('Confirmed a shipment by hand');
  });

  it('shows an action it has no words for as its code', () => {
    expect(auditActionLabel('something.new')).toBe('something.new');
  });
});
