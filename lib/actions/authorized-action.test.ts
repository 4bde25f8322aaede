/**
 * The action wrapper: session and role checked before anything runs, zod errors returned per
 * field, and an audit entry for every run, with the SP-API calls the action made.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { DbHandle } from '@/db/client';
import { auditLog, workspaces } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';
import type { SpApiRequestLog } from '@/lib/sp-api/log';
import { noteSpApiRequest } from '@/lib/sp-api/request-capture';
import { UserFacingError } from '@/lib/user-facing-error';
import { testDatabases } from '@/test/support/databases';

const session = vi.hoisted(() => ({ user: null as CurrentUser | null, db: null as unknown }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
vi.mock('@/db', () => ({ getDb: async () => session.db }));

const { authorizedAction } = await import('./authorized-action');

const call = (requestId: string, status = 200): SpApiRequestLog => ({
  operation: 'fulfillmentOutbound.createFulfillmentOrder',
  method: 'POST',
  path: '/fba/outbound/2020-07-01/fulfillmentOrders',
  sellingPartnerId: 'A1',
  region: 'na',
  status,
  latencyMs: 5,
  requestId,
  retries: 0,
  quotaWaitMs: 0,
});

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};

describe('authorizedAction', () => {
  let handle: DbHandle;
  let workspaceId: string;
  beforeAll(async () => {
    handle = await testDatabases[0]!.open();
    session.db = handle.db;
    const [ws] = await handle.db.insert(workspaces).values({ name: 'Acme' }).returning({ id: workspaces.id });
    workspaceId = ws!.id;
  });
  afterAll(() => handle.close());
  beforeEach(() => {
    session.user = { id: null as unknown as string, workspaceId, role: 'operator', email: 'o@acme.example', name: 'O' } as CurrentUser;
  });
  const audit = async () => handle.db.select().from(auditLog).where(eq(auditLog.workspaceId, workspaceId)).orderBy(auditLog.createdAt);

  const action = authorizedAction({ name: 'test.ship', role: 'operator', input: z.object({ qty: z.coerce.number().int().min(1, 'At least 1.') }), target: (input) => `Q${input.qty}` }, async (input) => {
    noteSpApiRequest(call('req-1', 400));
    noteSpApiRequest(call('req-2'));
    if (input.qty > 5) throw new UserFacingError('Amazon refused: too many.');
    return { message: 'Shipped.', target: 'T1' };
  });

  it('refuses without a session or with a lower role, before running anything', async () => {
    const before = (await audit()).length;
    session.user = null;
    expect(await action({ status: 'idle' }, form({ qty: '1' }))).toMatchObject({ status: 'error', message: 'Your session has ended. Sign in again.' });
    session.user = { workspaceId, role: 'viewer' } as CurrentUser;
    expect(await action({ status: 'idle' }, form({ qty: '1' }))).toMatchObject({ status: 'error', message: 'Your role does not allow this action.' });
    expect((await audit()).length).toBe(before);
  });

  it('returns field errors with the typed values, and runs nothing', async () => {
    const state = await action({ status: 'idle' }, form({ qty: '0' }));
    expect(state).toMatchObject({ status: 'error', fieldErrors: { qty: ['At least 1.'] }, values: { qty: '0' } });
  });

  it('refuses in plain words what a hand-made request sends instead of a form, and runs nothing', async () => {
    const before = (await audit()).length;
    // Each of these is something React's action protocol can carry where the FormData belongs.
    for (const notAForm of [null, undefined, 42, 'qty=1', { qty: '1' }, [['qty', '1']], new Map([['qty', '1']])]) {
      expect(await action({ status: 'idle' }, notAForm as unknown as FormData)).toEqual({ status: 'error', message: 'The form could not be read. Reload the page and try again.' });
    }
    expect((await audit()).length).toBe(before);
  });

  it('refuses a file where text belongs at its field, and runs nothing', async () => {
    const before = (await audit()).length;
    const data = form({ qty: '1' });
    data.set('note', new File(['<script>alert(1)</script>'], 'x.html', { type: 'text/html' }));
    expect(await action({ status: 'idle' }, data)).toEqual({ status: 'error', message: 'Check the highlighted fields.', fieldErrors: { note: ['This field takes text, not a file.'] } });
    expect((await audit()).length).toBe(before);
  });

  it('records the SP-API calls and the last request id, on success and on failure', async () => {
    expect(await action({ status: 'idle' }, form({ qty: '2' }))).toMatchObject({ status: 'success', message: 'Shipped.' });
    expect(await action({ status: 'idle' }, form({ qty: '9' }))).toMatchObject({ status: 'error', message: 'Amazon refused: too many.', values: { qty: '9' } });
    const [ok, failed] = (await audit()).slice(-2);
    expect(ok).toMatchObject({ action: 'test.ship', result: 'ok', target: 'T1', requestId: 'req-2' });
    expect(ok!.detail).toEqual({
      spApiCalls: [
        { operation: 'fulfillmentOutbound.createFulfillmentOrder', status: 400, requestId: 'req-1' },
        { operation: 'fulfillmentOutbound.createFulfillmentOrder', status: 200, requestId: 'req-2' },
      ],
    });
    // A failed attempt is filed under what it acted on, read from its input.
    expect(failed).toMatchObject({ result: 'error', target: 'Q9', requestId: 'req-2' });
    expect(failed!.detail).toMatchObject({ message: 'Amazon refused: too many.' });
  });
});
