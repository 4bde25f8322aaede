import { describe, expect, it } from 'vitest';
import type { SpApiRequestLog } from './log';
import { captureSpApiRequests, noteSpApiRequest, recordSpApiRequestsInto, withRequestId } from './request-capture';

const call = (operation: string, requestId: string, method = 'GET'): SpApiRequestLog => ({
  operation,
  method,
  path: '/x',
  sellingPartnerId: 'A1',
  region: 'na',
  status: 200,
  latencyMs: 1,
  requestId,
  retries: 0,
  quotaWaitMs: 0,
});

describe('SP-API request capture', () => {
  it('notes calls in every enclosing capture, and nothing outside one', async () => {
    noteSpApiRequest(call('a.outside', 'r0'));
    const outer: SpApiRequestLog[] = [];
    const inner = await recordSpApiRequestsInto(outer, async () => {
      noteSpApiRequest(call('a.first', 'r1'));
      const { requests } = await captureSpApiRequests(async () => noteSpApiRequest(call('a.second', 'r2', 'POST')));
      return requests;
    });
    expect(inner.map((r) => r.requestId)).toEqual(['r2']);
    expect(outer.map((r) => r.requestId)).toEqual(['r1', 'r2']);
  });

  it('keeps what was noted when the work throws', async () => {
    const into: SpApiRequestLog[] = [];
    await expect(
      recordSpApiRequestsInto(into, async () => {
        noteSpApiRequest(call('a.write', 'r3', 'POST'));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(into.map((r) => r.requestId)).toEqual(['r3']);
  });

  it("withRequestId reports the named operation's id, not the calls it needed first", async () => {
    const { result, requestId } = await withRequestId('orders.getOrderAddress', async () => {
      noteSpApiRequest(call('tokens.createRestrictedDataToken', 'rdt', 'POST'));
      noteSpApiRequest(call('orders.getOrderAddress', 'addr'));
      return 42;
    });
    expect({ result, requestId }).toEqual({ result: 42, requestId: 'addr' });
  });
});
