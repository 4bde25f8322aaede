/**
 * Lets a caller learn the request ids of the SP-API calls it made, for the audit log, without
 * threading them through every return value: calls made inside `captureSpApiRequests` are
 * noted in an AsyncLocalStorage that the client's logging step feeds.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SpApiRequestLog } from './log';

const storage = new AsyncLocalStorage<SpApiRequestLog[]>();

export async function captureSpApiRequests<T>(run: () => Promise<T>): Promise<{ result: T; requests: SpApiRequestLog[] }> {
  const requests: SpApiRequestLog[] = [];
  const result = await storage.run(requests, run);
  return { result, requests };
}

/** The calls noted so far in the current capture (empty outside one); errors included. */
export function capturedSpApiRequests(): readonly SpApiRequestLog[] {
  return storage.getStore() ?? [];
}

export function noteSpApiRequest(entry: SpApiRequestLog): void {
  storage.getStore()?.push(entry);
}
