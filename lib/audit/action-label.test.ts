import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabel } from './action-label';

/** Every audited action named in a folder: an action's definition (`name: 'orders.refresh'`) or a recorded entry (`action: '…'`). */
function actionsInCode(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...actionsInCode(full));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      for (const match of readFileSync(full, 'utf8').matchAll(/\b(?:name|action): '([a-z-]+(?:\.[a-z-]+)+)'/g)) found.push(match[1]!);
  }
  return found;
}

describe('auditActionLabel', () => {
  it('has words for every audited action of the code base, the route handlers of app/ included', () => {
    const actions = [...new Set([...actionsInCode(path.resolve(__dirname, '..')), ...actionsInCode(path.resolve(__dirname, '../../app'))])];
    expect(actions).toContain('accounts.connect');
    expect(actions.length).toBeGreaterThan(50);
    expect(actions.filter((a) => auditActionLabel(a) === a)).toEqual([]);
    expect(auditActionLabel('orders.confirm-shipment.manual')).toBe('Confirmed a shipment by hand');
  });

  it('shows an action it has no words for as its code', () => {
    expect(auditActionLabel('something.new')).toBe('something.new');
  });
});
