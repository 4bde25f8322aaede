/**
 * Collects the SP-API request ids of the calls made inside a callback, so an action can put
 * Amazon's reference in its audit entry without every operation returning headers.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const storage = new AsyncLocalStorage<string[]>();

export async function collectRequestIds<T>(run: () => Promise<T>): Promise<{ result: T; requestIds: string[] }> {
  const requestIds: string[] = [];
  const result = await storage.run(requestIds, run);
  return { result, requestIds };
}

/** Called by the client for every finished call (success or failure). */
export function noteRequestId(requestId: string | undefined): void {
  if (requestId) storage.getStore()?.push(requestId);
}
