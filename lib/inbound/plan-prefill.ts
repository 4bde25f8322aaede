/**
 * A new Send to Amazon plan opened with its SKUs and units already entered, from a link (the
 * inventory page's Replenish). `/inbound/new?for=<account>|<marketplace>&add=<units>:<SKU>...`:
 * units first, so any character a SKU may hold is left as it is. The link only fills the form:
 * the seller checks it and starts the plan, nothing goes to Amazon from the link. A URL is
 * anyone's to type, so every line is checked here against the marketplace's SKUs and the same
 * unit limit as the form; what does not pass is left out and said so.
 */
import type { RawSearchParams } from '@/lib/validation/search-params';
import { MAX_PLAN_ITEMS, MAX_UNITS_PER_LINE } from './send-to-amazon/limits';

export const PLAN_PREFILL_PARAM = 'add';
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F]/g;
const LINE = /^(\d{1,7}):(.{1,200})$/;

export interface PrefillLine {
  sellerSku: string;
  quantity: number;
}

export function planPrefillHref(target: { accountId: string; marketplaceId: string } | null, lines: PrefillLine[]): string {
  const params = new URLSearchParams();
  if (target) params.set('for', `${target.accountId}|${target.marketplaceId}`);
  for (const line of lines) params.append(PLAN_PREFILL_PARAM, `${line.quantity}:${line.sellerSku}`);
  return `/inbound/new?${params.toString()}`;
}

/** The lines of the link that name a SKU of this marketplace with 1 to MAX_UNITS_PER_LINE units; one line a SKU (the first). */
export function readPlanPrefill(raw: RawSearchParams, skusHere: ReadonlySet<string>): { lines: PrefillLine[]; problems: string[] } {
  const given = raw[PLAN_PREFILL_PARAM];
  const values = (Array.isArray(given) ? given : given === undefined ? [] : [given]).map((v) => v.replace(CONTROL_CHARACTERS, '').trim()).filter(Boolean);
  const lines: PrefillLine[] = [];
  const elsewhere: string[] = [];
  let unreadable = 0;
  let outOfRange = 0;
  for (const value of values.slice(0, MAX_PLAN_ITEMS)) {
    const match = LINE.exec(value);
    if (!match) {
      unreadable++;
      continue;
    }
    const quantity = Number(match[1]);
    const sellerSku = match[2]!.trim();
    if (quantity < 1 || quantity > MAX_UNITS_PER_LINE) outOfRange++;
    else if (!skusHere.has(sellerSku)) elsewhere.push(sellerSku);
    else if (!lines.some((l) => l.sellerSku === sellerSku)) lines.push({ sellerSku, quantity });
  }
  const problems: string[] = [];
  if (elsewhere.length) problems.push(`Not in this marketplace's FBA inventory, left out: ${elsewhere.join(', ')}.`);
  if (outOfRange)
    problems.push(`${outOfRange} line${outOfRange === 1 ? '' : 's'} asked for 0 units or more than ${MAX_UNITS_PER_LINE.toLocaleString('en-US')}, left out.`);
  if (unreadable) problems.push(`${unreadable} line${unreadable === 1 ? ' of the link was' : 's of the link were'} not understood, left out.`);
  if (values.length > MAX_PLAN_ITEMS) problems.push(`A plan takes at most ${MAX_PLAN_ITEMS.toLocaleString('en-US')} SKUs; the rest were left out.`);
  return { lines, problems };
}
