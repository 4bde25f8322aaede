/**
 * Long work the browser drives a batch at a time: one server action per batch, so a progress
 * bar moves, no request runs long, and a lost batch costs only its own items.
 */
import type { DataState } from '@/lib/actions/action-state';

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Sends `items` in batches of `size`, handing each batch's results to `onBatch` as it comes
 * back. A batch the action refuses fails each of its items with the refusal; one that never
 * reaches the server fails them with `unreachable`: the seller sees every item's outcome.
 */
export async function sendInBatches<I, R>(
  items: readonly I[],
  size: number,
  send: (batch: I[]) => Promise<DataState<{ results: R[] }>>,
  fail: (item: I, message: string) => R,
  unreachable: string,
  onBatch: (results: R[]) => void,
): Promise<void> {
  for (const batch of chunks(items, size)) {
    let results: R[];
    try {
      const state = await send(batch);
      results = state.status === 'ok' ? state.results : batch.map((item) => fail(item, state.status === 'error' ? state.message : unreachable));
    } catch {
      results = batch.map((item) => fail(item, unreachable));
    }
    onBatch(results);
  }
}
