/** The LTL pallet table as the server renders it: every row, the first included, with its values, labels and errors. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PalletInputs } from './pallet-inputs';

const shipments = [
  { shipmentId: 'sh1', name: 'Seattle boxes' },
  { shipmentId: 'sh2', name: 'Reno boxes' },
];
const render = (errors?: Record<string, string[]>, metric = false) =>
  renderToStaticMarkup(createElement(PalletInputs, { shipments, errors, currency: 'USD', metric }));
const rowsOf = (html: string) => [...html.matchAll(/<tr class="[^"]*">(.*?)<\/tr>/g)].map((m) => m[1]!);
const inputValue = (row: string, label: string) => new RegExp(`aria-label="${label}"[^>]*value="([^"]*)"`).exec(row)?.[1];

describe('LTL pallets per shipment', () => {
  it('renders the first row like the others: its shipment, labels and the standard footprint', () => {
    const [first, second] = rowsOf(render());
    expect(first).toContain('Seattle boxes');
    expect(second).toContain('Reno boxes');
    for (const [row, name] of [
      [first!, 'Seattle boxes'],
      [second!, 'Reno boxes'],
    ] as const) {
      expect(inputValue(row, `Pallets for ${name}`)).toBe('1');
      expect(inputValue(row, `Pallet length for ${name}`)).toBe('48');
      expect(inputValue(row, `Pallet width for ${name}`)).toBe('40');
      expect(row).toContain(`aria-label="Weight of one pallet for ${name}"`);
      expect(row).toContain(`aria-label="Freight class for ${name}"`);
    }
    const metric = rowsOf(render(undefined, true))[0]!;
    expect(inputValue(metric, 'Pallet length for Seattle boxes')).toBe('120');
  });

  it("shows a field error under the first row's field, once", () => {
    const html = render({ 'shipments.0.height': ['A pallet can be at most 72 in (182 cm) high.'] });
    const [first, second] = rowsOf(html);
    expect(first).toContain('A pallet can be at most 72 in (182 cm) high.');
    expect(first).toMatch(/aria-label="Pallet height for Seattle boxes"[^>]*aria-invalid="true"/);
    expect(second).not.toContain('at most 72 in');
    expect(html.split('A pallet can be at most 72 in').length - 1).toBe(1);
  });
});
