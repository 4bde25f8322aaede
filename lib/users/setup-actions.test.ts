import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type DbHandle } from '@/db/client';
import { idleState, type ActionState } from '@/lib/actions/action-state';
import { hasAnyUser } from '@/lib/users/service';

const dataDir = mkdtempSync(path.join(tmpdir(), 'setup-code-'));
const state = vi.hoisted(() => ({ db: null as unknown }));
vi.mock('@/db', () => ({ getDb: async () => state.db }));

const owner = { workspaceName: 'Acme', name: 'Olivia', email: 'owner@acme.example', password: 'a very good password', confirmPassword: 'a very good password' };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const codeFile = path.join(dataDir, 'secrets', 'setup-code');

describe('first-run setup', () => {
  let handle: DbHandle;
  let createOwnerAccount: (previous: ActionState, formData: FormData) => Promise<ActionState>;

  beforeAll(async () => {
    vi.stubEnv('DATA_DIR', dataDir);
    vi.stubEnv('SPAPI_DEMO_REFRESH_TOKENS', undefined);
    handle = await openDatabase({ pgliteDir: null });
    state.db = handle.db;
    ({ createOwnerAccount } = await import('@/lib/users/setup-actions'));
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await handle.close();
  });

  it('refuses to create the owner without the setup code, or with a wrong one', async () => {
    const missing = await createOwnerAccount(idleState, form(owner));
    expect(missing).toMatchObject({ status: 'error', fieldErrors: { setupCode: ['Enter the setup code printed by the server.'] } });
    const wrong = await createOwnerAccount(idleState, form({ ...owner, setupCode: 'AAAAA-AAAAA' }));
    expect(wrong).toMatchObject({
      status: 'error',
      fieldErrors: { setupCode: ["That is not the server's setup code. Copy it from the server's console or its setup-code file."] },
    });
    expect(await hasAnyUser(handle.db)).toBe(false);
  });

  it('creates the owner with the code from the server, which then stops working', async () => {
    const code = readFileSync(codeFile, 'utf8').trim();
    // Typed as a person would: lower case, without the dash.
    const created = createOwnerAccount(idleState, form({ ...owner, setupCode: ` ${code.replace('-', '').toLowerCase()} ` }));
    await expect(created).rejects.toThrow('NEXT_REDIRECT');
    expect(await hasAnyUser(handle.db)).toBe(true);
    expect(existsSync(codeFile)).toBe(false);
  });
});
