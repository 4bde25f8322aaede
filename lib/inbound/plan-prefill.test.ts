import { describe, expect, it } from 'vitest';
import { searchParamsOf } from '@/lib/validation/search-params';
import { planPrefillHref, readPlanPrefill } from './plan-prefill';

const here = new Set(['SKU-A', 'SKU:B', 'SKU C']);
const read = (href: string) => readPlanPrefill(searchParamsOf(`http://x${href}`), here);

describe('a new plan prefilled from a link', () => {
  it('round-trips SKUs with any character and their units', () => {
    const href = planPrefillHref({ accountId: 'acc', marketplaceId: 'ATVPDKIKX0DER' }, [
      { sellerSku: 'SKU-A', quantity: 12 },
      { sellerSku: 'SKU:B', quantity: 1 },
      { sellerSku: 'SKU C', quantity: 500_000 },
    ]);
    expect(href.startsWith('/inbound/new?for=acc%7CATVPDKIKX0DER&add=')).toBe(true);
    expect(read(href)).toEqual({
      lines: [
        { sellerSku: 'SKU-A', quantity: 12 },
        { sellerSku: 'SKU:B', quantity: 1 },
        { sellerSku: 'SKU C', quantity: 500_000 },
      ],
      problems: [],
    });
  });

  it('leaves out, and says so, SKUs of another marketplace, impossible units and lines it cannot read', () => {
    const { lines, problems } = read('/inbound/new?add=5:SKU-A&add=3:SKU-Z&add=0:SKU:B&add=500001:SKU%20C&add=lots&add=-2:SKU-A&add=7:SKU-A&add=%00');
    expect(lines).toEqual([{ sellerSku: 'SKU-A', quantity: 5 }]);
    expect(problems).toEqual([
      "Not in this marketplace's FBA inventory, left out: SKU-Z.",
      '2 lines asked for 0 units or more than 500,000, left out.',
      '2 lines of the link were not understood, left out.',
    ]);
    expect(read('/inbound/new')).toEqual({ lines: [], problems: [] });
  });
});
