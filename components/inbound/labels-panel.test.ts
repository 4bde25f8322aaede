/** The shipment's labels form as the server renders it: a count the booking knows is stated, not asked again. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LabelsPanel } from './labels-panel';

const render = (boxes?: number) => renderToStaticMarkup(createElement(LabelsPanel, { accountId: 'a1', shipmentId: 'FBA15ABC', boxes }));
const html = (text: string) => text.replaceAll('<!-- -->', '');

describe('shipment labels form', () => {
  it('states the booking’s box count instead of asking for the number of packages again', () => {
    const known = html(render(12));
    expect(known).not.toContain('id="numberOfPackages"');
    expect(known).toContain('12 labels: the booking has 12 boxes.');
  });

  it('asks for the number of packages only when the booking has none', () => {
    expect(html(render())).toContain('id="numberOfPackages"');
    expect(html(render(0))).toContain('id="numberOfPackages"');
  });
});

describe('shipment labels page types', () => {
  it('names each sheet by its paper and labels per sheet, Amazon’s code on hover only', () => {
    const form = html(render());
    expect(form).toContain(
      '<option value="PackageLabel_Letter_6_CarrierLeft" title="PackageLabel_Letter_6_CarrierLeft">Letter, 6 labels per sheet, carrier label left</option>',
    );
    expect(form).toContain('<option value="PackageLabel_A4_4" title="PackageLabel_A4_4">A4, 4 labels per sheet</option>');
    expect(form).not.toContain('NonPCP</option>');
  });
});
