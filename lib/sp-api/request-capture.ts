/**
 * Lets a caller learn the SP-API calls it made (operation, status, request id), for the audit
 * log and for records that keep Amazon's reference, without threading them through every
 * return value: calls made inside a capture are noted in an AsyncLocalStorage that the
 * client's logging step feeds. Failed calls are noted too.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SpApiRequestLog } from './log';

const storage = new AsyncLocalStorage<SpApiRequestLog[]>();

/** Notes every call made inside `run` into `into`, which the caller keeps even if `run` throws. */
export function recordSpApiRequestsInto<T>(into: SpApiRequestLog[], run: () => Promise<T>): Promise<T> {
  return storage.run(into, run);
}

export async function captureSpApiRequests<T>(run: () => Promise<T>): Promise<{ result: T; requests: SpApiRequestLog[] }> {
  const requests: SpApiRequestLog[] = [];
  const result = await recordSpApiRequestsInto(requests, run);
  return { result, requests };
}

/** The calls noted so far in the current capture (empty outside one). */
export function capturedSpApiRequests(): readonly SpApiRequestLog[] {
  return storage.getStore() ?? [];
}

/** Called by the client for every finished call. Nested captures: the innermost one sees it. */
export function noteSpApiRequest(entry: SpApiRequestLog): void {
  storage.getStore()?.push(entry);
}
