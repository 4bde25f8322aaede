import { describe, expect, it } from 'vitest';
import type { PlanProblem } from '@/db/schema';
import { openProblems, problemSku, resolveSkuProblems } from './problems';

const missing = (msku: string): PlanProblem => ({
  code: 'PREP_CATEGORY_MISSING',
  message: `MSKU ${msku} has no prep category`,
  details: `msku: ${msku}`,
  severity: 'ERROR',
  operation: 'createInboundPlan',
});
const notFound: PlanProblem = {
  code: 'MSKU_NOT_FOUND',
  message: 'MSKU SKU-9 was not found',
  details: 'msku: SKU-9',
  severity: 'ERROR',
  operation: 'createInboundPlan',
};

describe("Amazon's problems with a plan", () => {
  it('names the SKU a problem is about from its details', () => {
    expect(problemSku(missing('SKU-1'))).toBe('SKU-1');
    expect(problemSku({ ...notFound, details: undefined, message: 'msku=SKU-9 was not found' })).toBe('SKU-9');
    expect(problemSku({ code: 'X', message: 'Something else', severity: 'ERROR', operation: 'x' })).toBeUndefined();
  });

  it('stops showing the problem the seller fixed, and only that one', () => {
    const problems = resolveSkuProblems([missing('SKU-1'), missing('SKU-2'), notFound], 'SKU-1', 'PREP_CATEGORY_MISSING');
    expect(openProblems(problems).map((p) => p.details)).toEqual(['msku: SKU-2', 'msku: SKU-9']);
    expect(problems[0]).toMatchObject({ resolved: true });
    expect(openProblems(resolveSkuProblems(problems, 'SKU-2', 'PREP_CATEGORY_MISSING'))).toEqual([notFound]);
  });
});
