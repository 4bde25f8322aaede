/**
 * The action wrapper: session and role checked before anything runs, zod errors returned per
 * field, and an audit entry for every run, with the SP-API calls the action made; SP-API
 * failures turned into the seller's words; actions that answer with data, that redirect, that
 * keep no state, and the public first-run variant.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { DbHandle } from '@/db/client';
import { auditLog, workspaces } from '@/db/schema';
import { LwaError, SpApiError } from '@/lib/sp-api/errors';
import type { CurrentUser } from '@/lib/auth/session';
import type { SpApiRequestLog } from '@/lib/sp-api/log';
import { noteSpApiRequest } from '@/lib/sp-api/request-capture';
import { UserFacingError } from '@/lib/user-facing-error';
import { testDatabases } from '@/test/support/databases';

const session = vi.hoisted(() => ({ user: null as CurrentUser | null, db: null as unknown }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
vi.mock('@/db', () => ({ getDb: async () => session.db }));

const { authorizedAction, authorizedDataAction, publicAction, withoutState } = await import('./authorized-action');

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

/** What next/navigation's redirect throws: the framework answers it, the wrapper must let it through. */
const redirectedTo = async (state: Promise<unknown>) => {
  const error: unknown = await state.then(
    () => null,
    (e: unknown) => e,
  );
  const digest = (error as { digest?: string } | null)?.digest ?? '';
  return digest.startsWith('NEXT_REDIRECT') ? digest.split(';')[2] : `no redirect (${String(error)})`;
};

describe('authorizedAction', () => {
  let handle: DbHandle;
  let workspaceId: string;
  let otherWorkspaceId: string;
  beforeAll(async () => {
    handle = await testDatabases[0]!.open();
    session.db = handle.db;
    const [ws, other] = await handle.db
      .insert(workspaces)
      .values([{ name: 'Acme' }, { name: 'Other' }])
      .returning({ id: workspaces.id });
    workspaceId = ws!.id;
    otherWorkspaceId = other!.id;
  });
  afterAll(() => handle.close());
  beforeEach(() => {
    session.user = { id: null as unknown as string, workspaceId, role: 'operator', email: 'o@acme.example', name: 'O' } as CurrentUser;
  });
  const audit = async () => handle.db.select().from(auditLog).where(eq(auditLog.workspaceId, workspaceId)).orderBy(auditLog.createdAt);

  const action = authorizedAction(
    { name: 'test.ship', role: 'operator', input: z.object({ qty: z.coerce.number().int().min(1, 'At least 1.') }), target: (input) => `Q${input.qty}` },
    async (input) => {
      noteSpApiRequest(call('req-1', 400));
      noteSpApiRequest(call('req-2'));
      if (input.qty > 5) throw new UserFacingError('Amazon refused: too many.');
      return { message: 'Shipped.', target: 'T1' };
    },
  );

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
      expect(await action({ status: 'idle' }, notAForm as unknown as FormData)).toEqual({
        status: 'error',
        message: 'The form could not be read. Reload the page and try again.',
      });
    }
    expect((await audit()).length).toBe(before);
  });

  it('refuses a file where text belongs at its field, and runs nothing', async () => {
    const before = (await audit()).length;
    const data = form({ qty: '1' });
    data.set('note', new File(['<script>alert(1)</script>'], 'x.html', { type: 'text/html' }));
    expect(await action({ status: 'idle' }, data)).toEqual({
      status: 'error',
      message: 'Check the highlighted fields.',
      fieldErrors: { note: ['This field takes text, not a file.'] },
    });
    expect((await audit()).length).toBe(before);
  });

  it('takes a file only in a field the action names as a file field, and leaves an empty file input out', async () => {
    const seen: unknown[] = [];
    const upload = authorizedAction(
      {
        name: 'test.upload',
        role: 'operator',
        input: z.object({ note: z.string(), attachment: z.instanceof(File).optional() }),
        files: ['attachment'],
        audit: false,
      },
      async (input) => {
        seen.push(input.attachment);
        return { message: 'Taken.' };
      },
    );
    const data = form({ note: 'x' });
    data.set('attachment', new File(['%PDF-1.4'], 'a.pdf'));
    expect(await upload({ status: 'idle' }, data)).toEqual({ status: 'success', message: 'Taken.' });
    expect(seen.pop()).toBeInstanceOf(File);
    // What a browser sends for a file input left empty.
    data.set('attachment', new File([], '', { type: 'application/octet-stream' }));
    expect(await upload({ status: 'idle' }, data)).toEqual({ status: 'success', message: 'Taken.' });
    expect(seen.pop()).toBeUndefined();
    // The same as the server-action decoding may hand it over: no bytes, named "blob".
    data.set('attachment', new File([], 'blob'));
    expect(await upload({ status: 'idle' }, data)).toEqual({ status: 'success', message: 'Taken.' });
    expect(seen.pop()).toBeUndefined();
    // A chosen file that is empty is the field's to refuse.
    data.set('attachment', new File([], 'empty.pdf'));
    await upload({ status: 'idle' }, data);
    expect(seen.pop()).toBeInstanceOf(File);
    data.set('note', new File(['x'], 'x.txt'));
    expect(await upload({ status: 'idle' }, data)).toMatchObject({ status: 'error', fieldErrors: { note: ['This field takes text, not a file.'] } });
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

  it("runs in the session's workspace and files its audit entry there, whatever the form says", async () => {
    const seen: string[] = [];
    const scoped = authorizedAction(
      { name: 'test.scoped', role: 'viewer', input: z.object({ workspaceId: z.string().optional() }) },
      async (_input, { user }) => {
        seen.push(user.workspaceId);
        return { message: 'Done.' };
      },
    );
    const otherBefore = await handle.db.select().from(auditLog).where(eq(auditLog.workspaceId, otherWorkspaceId));
    expect(await scoped({ status: 'idle' }, form({ workspaceId: otherWorkspaceId }))).toEqual({ status: 'success', message: 'Done.' });
    expect(seen).toEqual([workspaceId]);
    expect((await audit()).at(-1)).toMatchObject({ action: 'test.scoped', result: 'ok' });
    expect(await handle.db.select().from(auditLog).where(eq(auditLog.workspaceId, otherWorkspaceId))).toEqual(otherBefore);
  });

  it("turns SP-API failures into the seller's words, with Amazon's reference in the audit entry", async () => {
    const failing = (error: unknown) =>
      authorizedAction({ name: 'test.amazon', role: 'operator', input: z.object({}) }, async () => {
        throw error;
      });
    const refused = new SpApiError({
      kind: 'InvalidInput',
      code: 'InvalidInput',
      message: 'The order cannot be cancelled.',
      status: 400,
      requestId: 'req-9',
      operation: 'x.y',
    });
    expect(await failing(refused)({ status: 'idle' }, form({}))).toMatchObject({
      status: 'error',
      message: 'Amazon refused: The order cannot be cancelled. (Amazon reference req-9)',
    });
    expect((await audit()).at(-1)).toMatchObject({ action: 'test.amazon', result: 'error', requestId: 'req-9' });
    const throttled = new SpApiError({ kind: 'Throttled', code: 'QuotaExceeded', message: 'x', status: 429, operation: 'x.y' });
    expect(await failing(throttled)({ status: 'idle' }, form({}))).toMatchObject({
      message: 'Amazon is limiting how fast we can ask right now. Please try again in a minute.',
    });
    expect(await failing(new LwaError('invalid_grant', 'bad token', 400))({ status: 'idle' }, form({}))).toMatchObject({
      message: 'Amazon did not accept our authorization for this account. Please reconnect the Amazon account in Settings.',
    });
    // Anything not written for the seller is logged and shown in safe words (the action's own, when it has some).
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await failing(new Error('db down'))({ status: 'idle' }, form({}))).toMatchObject({
      message: 'Something went wrong. Nothing was changed; try again.',
    });
    const reader = authorizedDataAction(
      { name: 'test.read', role: 'operator', input: z.object({}), failure: 'Amazon could not be asked right now. Try again.' },
      async () => {
        throw new Error('socket hang up');
      },
    );
    expect(await reader({ status: 'idle' }, form({}))).toMatchObject({ status: 'error', message: 'Amazon could not be asked right now. Try again.' });
    expect(logged).toHaveBeenCalledTimes(2);
    logged.mockRestore();
  });

  it('answers with data, and leaves no audit entry when told the action changes nothing', async () => {
    const preview = authorizedDataAction(
      { name: 'test.preview', role: 'operator', input: z.object({ qty: z.coerce.number() }), audit: false },
      async (input) => ({ data: { options: [input.qty, input.qty * 2] } }),
    );
    const before = (await audit()).length;
    expect(await preview({ status: 'idle' }, form({ qty: '3' }))).toEqual({ status: 'ok', options: [3, 6] });
    expect((await audit()).length).toBe(before);
    session.user = { workspaceId, role: 'viewer' } as CurrentUser;
    expect(await preview({ status: 'idle' }, form({ qty: '3' }))).toEqual({ status: 'error', message: 'Your role does not allow this action.' });
  });

  it('redirects once the audit entry is written', async () => {
    const create = authorizedAction({ name: 'test.create', role: 'operator', input: z.object({}) }, async () => ({
      message: 'Created.',
      target: 'P1',
      redirectTo: '/plans/P1',
    }));
    expect(await redirectedTo(create({ status: 'idle' }, form({})))).toBe('/plans/P1');
    expect((await audit()).at(-1)).toMatchObject({ action: 'test.create', result: 'ok', target: 'P1' });
  });

  it('adapts to a form that keeps no state', async () => {
    const ran: string[] = [];
    const choose = withoutState(
      authorizedAction(
        { name: 'test.choose', role: 'viewer', input: z.object({ view: z.string() }), audit: false },
        async (input) => (ran.push(input.view), { message: 'Chosen.' }),
      ),
    );
    expect(choose.length).toBe(1);
    await expect(choose(form({ view: 'a' }))).resolves.toBeUndefined();
    session.user = null;
    await expect(choose(form({ view: 'b' }))).resolves.toBeUndefined();
    expect(ran).toEqual(['a']);
  });
});

describe('publicAction', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await testDatabases[0]!.open();
    session.db = handle.db;
    session.user = null;
  });
  afterAll(() => handle.close());

  const setup = publicAction({ name: 'test.setup', input: z.object({ code: z.string().min(1, 'Enter the code.') }) }, async (input, { db }) => {
    expect(db).toBe(handle.db);
    if (input.code !== 'ok') throw new UserFacingError('Check the highlighted fields.', { code: ['Wrong code.'] });
    return { message: 'Created.', redirectTo: '/sign-in?created=1' };
  });

  it('runs without a session, refusing what does not parse and what the action refuses, and writes no audit entry', async () => {
    expect(await setup({ status: 'idle' }, form({ code: '', password: 'secret' }))).toEqual({
      status: 'error',
      message: 'Check the highlighted fields.',
      fieldErrors: { code: ['Enter the code.'] },
      values: { code: '' },
    });
    expect(await setup({ status: 'idle' }, null as unknown as FormData)).toEqual({
      status: 'error',
      message: 'The form could not be read. Reload the page and try again.',
    });
    expect(await setup({ status: 'idle' }, form({ code: 'no' }))).toMatchObject({ status: 'error', fieldErrors: { code: ['Wrong code.'] } });
    expect(await redirectedTo(setup({ status: 'idle' }, form({ code: 'ok' })))).toBe('/sign-in?created=1');
    expect(await handle.db.select().from(auditLog)).toEqual([]);
  });
});
