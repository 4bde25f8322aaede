/**
 * Lets a caller learn the SP-API calls it made (operation, status, request id), for the audit
 * log and for records that keep Amazon's reference, without threading them through every
 * return value: calls made inside a capture are noted in an AsyncLocalStorage that the
 * client's logging step feeds. Failed calls are noted too. Captures nest: a call is noted in
 * every capture it runs inside, so an action's capture still sees what a service captured.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SpApiRequestLog } from './log';

interface Capture {
  requests: SpApiRequestLog[];
  parent: Capture | undefined;
}

const storage = new AsyncLocalStorage<Capture>();

/** Notes every call made inside `run` into `into`, which the caller keeps even if `run` throws. */
export function recordSpApiRequestsInto<T>(into: SpApiRequestLog[], run: () => Promise<T>): Promise<T> {
  return storage.run({ requests: into, parent: storage.getStore() }, run);
}

export async function captureSpApiRequests<T>(run: () => Promise<T>): Promise<{ result: T; requests: SpApiRequestLog[] }> {
  const requests: SpApiRequestLog[] = [];
  const result = await recordSpApiRequestsInto(requests, run);
  return { result, requests };
}

/**
 * Runs one SP-API call and returns its result with Amazon's request id (a retried call
 * reports the attempt that answered; calls the operation needed first, like a Restricted
 * Data Token, are skipped).
 */
export async function withRequestId<T>(operation: string, run: () => Promise<T>): Promise<{ result: T; requestId: string | undefined }> {
  const { result, requests } = await captureSpApiRequests(run);
  const requestId = requests.filter((r) => r.operation === operation).at(-1)?.requestId ?? requests.at(-1)?.requestId;
  return { result, requestId };
}

/** Called by the client for every finished call. */
export function noteSpApiRequest(entry: SpApiRequestLog): void {
  for (let capture = storage.getStore(); capture; capture = capture.parent) capture.requests.push(entry);
}
