/**
 * Saved boxes through the real actions, on PGlite (and PostgreSQL when TEST_DATABASE_URL is set):
 * saved once per name and workspace, checked against Amazon's box limits before anything is
 * stored, never seen or removed from another workspace, and out of a viewer's reach.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { idleState } from '@/lib/actions/action-state';
import type { CurrentUser } from '@/lib/auth/session';
import { testDatabases } from '@/test/support/databases';
import { seedDemoAccount } from '@/test/support/demo-account';

const session = vi.hoisted(() => ({ user: null as CurrentUser | null, db: null as unknown }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
vi.mock('@/db', () => ({ getDb: async () => session.db }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const actions = await import('@/lib/inbound/actions');
const { listBoxTemplates } = await import('./box-templates');

const PLAN_ID = '6f1c1f3e-8d8b-4d6c-9a51-7d7b8f0e9a11';
const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};
const userOf = (workspaceId: string, role: CurrentUser['role']) =>
  ({ id: null as unknown as string, workspaceId, role, email: `${role}@acme.example`, name: role }) as CurrentUser;
const carton = { planId: PLAN_ID, name: 'Large carton', unit: 'IN', length: '18', width: '14', height: '10', weightUnit: 'LB', weight: '20' };

describe.each(testDatabases)('saved boxes on $name', (database) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await database.open();
    session.db = handle.db;
  });
  afterAll(() => handle.close());

  it('saves a box once per name, replacing its size when saved again, and removes it', async () => {
    const tenant = await seedDemoAccount(handle.db);
    session.user = userOf(tenant.workspaceId, 'operator');
    expect(await actions.saveBoxTemplateAction(idleState, form(carton))).toMatchObject({
      status: 'success',
      message: 'Box "Large carton" saved for your next plans.',
    });
    expect(
      await actions.saveBoxTemplateAction(idleState, form({ ...carton, unit: 'CM', length: '45', width: '35', height: '25', weightUnit: 'KG', weight: '9' })),
    ).toMatchObject({
      status: 'success',
      message: 'Box "Large carton" updated.',
    });
    const [saved] = await listBoxTemplates(handle.db, tenant.workspaceId);
    expect(saved).toMatchObject({ name: 'Large carton', unit: 'CM', length: 45, width: 35, height: 25, weightUnit: 'KG', weight: 9 });
    expect(await listBoxTemplates(handle.db, tenant.workspaceId)).toHaveLength(1);

    expect(await actions.deleteBoxTemplateAction(idleState, form({ planId: PLAN_ID, templateId: saved!.id }))).toMatchObject({
      status: 'success',
      message: 'Box "Large carton" removed.',
    });
    expect(await listBoxTemplates(handle.db, tenant.workspaceId)).toEqual([]);
  });

  it("refuses a box over Amazon's limits or without a name, at its field, and stores nothing", async () => {
    const tenant = await seedDemoAccount(handle.db);
    session.user = userOf(tenant.workspaceId, 'operator');
    const state = await actions.saveBoxTemplateAction(idleState, form({ ...carton, name: ' ', length: '30', weight: '60' }));
    expect(state).toMatchObject({
      status: 'error',
      fieldErrors: {
        name: ['Name the box, such as "Large carton".'],
        length: ['A box side can be at most 25 in (63.5 cm).'],
        weight: ['A box can weigh at most 50 lb (22.7 kg).'],
      },
    });
    expect(await listBoxTemplates(handle.db, tenant.workspaceId)).toEqual([]);
  });

  it("keeps each workspace's boxes to itself and out of a viewer's reach", async () => {
    const a = await seedDemoAccount(handle.db);
    const b = await seedDemoAccount(handle.db);
    session.user = userOf(a.workspaceId, 'operator');
    await actions.saveBoxTemplateAction(idleState, form(carton));
    const [saved] = await listBoxTemplates(handle.db, a.workspaceId);
    expect(await listBoxTemplates(handle.db, b.workspaceId)).toEqual([]);

    session.user = userOf(b.workspaceId, 'owner');
    expect(await actions.deleteBoxTemplateAction(idleState, form({ planId: PLAN_ID, templateId: saved!.id }))).toMatchObject({
      status: 'error',
      message: 'That saved box no longer exists.',
    });
    // The same name in another workspace is another box.
    await actions.saveBoxTemplateAction(idleState, form({ ...carton, length: '12' }));
    expect((await listBoxTemplates(handle.db, a.workspaceId))[0]).toMatchObject({ length: 18 });

    session.user = userOf(a.workspaceId, 'viewer');
    expect(await actions.saveBoxTemplateAction(idleState, form({ ...carton, name: 'Viewer box' }))).toMatchObject({
      status: 'error',
      message: 'Your role does not allow this action.',
    });
    expect(await actions.deleteBoxTemplateAction(idleState, form({ planId: PLAN_ID, templateId: saved!.id }))).toMatchObject({ status: 'error' });
    expect(await listBoxTemplates(handle.db, a.workspaceId)).toHaveLength(1);
  });
});
