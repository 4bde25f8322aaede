/**
 * Amazon's problems with a plan's last failed step, as the page shows them (client-safe). A
 * problem the seller fixed from the page (a missing prep category set) is kept, marked
 * resolved, so the page stops showing it as an error yet still knows the fix was made.
 */
import type { PlanProblem } from '@/db/schema';

/** The SKU a problem is about: Amazon names it in its details ("msku: SKU-1"). */
export function problemSku(problem: PlanProblem): string | undefined {
  return /msku[:=]\s*([^\s,;)]+)/i.exec(problem.details ?? problem.message)?.[1];
}

/** The problems still in the way. */
export function openProblems(problems: readonly PlanProblem[]): PlanProblem[] {
  return problems.filter((p) => !p.resolved);
}

/** The problems with those of `code` about `msku` marked resolved. */
export function resolveSkuProblems(problems: readonly PlanProblem[], msku: string, code: string): PlanProblem[] {
  return problems.map((p) => (p.code === code && problemSku(p) === msku ? { ...p, resolved: true } : p));
}
