/**
 * The world the access matrix and the input fuzz call the app in, and how a call is observed:
 * an in-process simulator, the environment pointed at it, one fresh PGlite behind the `@/db`
 * fake with two seeded workspaces (seed-tenants.ts), and `observe`, which runs one call as a
 * seeded user and records everything it did (the answer, every row written, every SP-API call,
 * every client made, cookies and cache refreshes). The test files install the fakes
 * (fakes.ts); this module only drives them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { users } from '@/db/schema';
import { idleState } from '@/lib/actions/action-state';
import type { SpApiRequestLog } from '@/lib/sp-api/log';
import { captureSpApiRequests } from '@/lib/sp-api/request-capture';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases } from '@/test/support/databases';
import type { PageModule, RouteHandler, ServerAction } from './enumerate';
import { fake } from '@/test/support/fakes';
import {
  changesBetween,
  nextControlOf,
  snapshot,
  snapshotSince,
  tableMarks,
  tablesOf,
  textOf,
  watchWrites,
  type RowChanges,
  type Snapshot,
  type TableMarks,
  type WriteWatch,
} from './observe';
import { seedTenant, type Actor, type SeededTenant } from './seed-tenants';
import type { Tenant } from '@/lib/tenancy';

export type Caller = 'anonymous' | Actor;
export const CALLERS: Caller[] = ['anonymous', 'disabled', 'owner', 'admin', 'operator', 'viewer'];
export const VIEW_COOKIE = 'seller-ops-view';

export type Params = Record<string, string | string[]>;
export type Query = Record<string, string>;

export type Outcome =
  | { kind: 'rendered' }
  | { kind: 'redirect'; to: string }
  | { kind: 'http-error'; status: number }
  | { kind: 'response'; status: number; location: string | null }
  | { kind: 'state'; state: unknown }
  | { kind: 'threw'; error: unknown };

export interface Observation {
  outcome: Outcome;
  text: string;
  sent: string[];
  changes: RowChanges;
  requests: SpApiRequestLog[];
  clientsMade: Array<Tenant>;
  cookieWrites: string[];
  revalidated: string[];
  /** The database after the call, to hand to the next observation as its `before`. */
  after: Snapshot;
}

export interface World {
  handle: DbHandle;
  sim: RunningSimulator;
  dataDir: string;
  tables: string[];
  alpha: SeededTenant;
  beta: SeededTenant;
  /** What the database was sent, to skip the second snapshot of a call that only read. */
  writes: WriteWatch | null;
}

/** Starts the simulator, points the environment at it (before anything reads it) and seeds Alpha and Beta. */
export async function openWorld(name: string): Promise<World> {
  const sim = await startSimulator({ port: 0, seed: 5, orders: 5, clockScale: 0, enforceQuotas: false });
  // env() caches its first read. With both keys given nothing is generated; DATA_DIR points
  // away from the worktree's .data all the same.
  const dataDir = mkdtempSync(path.join(tmpdir(), `${name}-`));
  vi.stubEnv('DATA_DIR', dataDir);
  vi.stubEnv('AUTH_SECRET', 'access-matrix-auth-secret-at-least-32-chars');
  vi.stubEnv('ENCRYPTION_KEY', Buffer.alloc(32, 7).toString('base64'));
  vi.stubEnv('SPAPI_ENDPOINT', sim.url);
  vi.stubEnv('LWA_ENDPOINT', `${sim.url}/auth/o2/token`);
  vi.stubEnv('SPAPI_CONSENT_URL', `${sim.url}/apps/authorize/consent`);
  vi.stubEnv('LWA_CLIENT_ID', 'amzn1.application-oa2-client.simdemo');
  vi.stubEnv('LWA_CLIENT_SECRET', 'amzn1.oa2-cs.v1.simdemo-secret');
  vi.stubEnv('SPAPI_APPLICATION_ID', 'amzn1.sp.solution.simdemo');
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
  const handle = await testDatabases[0]!.open();
  fake.db = handle.db;
  const alpha = await seedTenant(handle.db, { name: 'Alpha', region: 'na', orderPrefix: '701' });
  const beta = await seedTenant(handle.db, { name: 'Beta', region: 'eu', orderPrefix: '902' });
  return { handle, sim, dataDir, tables: await tablesOf(handle.db), alpha, beta, writes: watchWrites(handle.db) };
}

export async function closeWorld(world: World | undefined): Promise<void> {
  await world?.handle.close();
  await world?.sim.close();
  vi.unstubAllEnvs();
  if (world?.dataDir) rmSync(world.dataDir, { recursive: true, force: true });
}

/** The table marks of the snapshots `observe` took after a call, for the next call that starts from one. */
const marksOf = new WeakMap<Snapshot, TableMarks>();

async function freshSession(world: World, userId: string): Promise<{ user: { id: string; sessionEpoch: number }; expires: string }> {
  const [user] = await world.handle.db.select({ sessionEpoch: users.sessionEpoch }).from(users).where(eq(users.id, userId));
  return { user: { id: userId, sessionEpoch: user?.sessionEpoch ?? 0 }, expires: new Date(Date.now() + 3_600_000).toISOString() };
}

/**
 * Runs one call as `caller` of Alpha, with the view cookie given, and records everything it
 * did. `before`: the database as the previous observation left it, when nothing ran in between;
 * then a call that sent the database only reads is not snapshotted again (thousands of fuzz
 * cases are refused before they write), and one that wrote has only what changed read.
 */
export async function observe(
  world: World,
  caller: Caller,
  options: { sent: string[]; cookie?: string; before?: Snapshot },
  call: () => Promise<Outcome & { body?: unknown }>,
): Promise<Observation> {
  // Each call is a fresh sign-in: the session carries the user's current epoch, so one call of
  // "sign out everywhere" does not sign the caller out of every entry after it.
  fake.session = caller === 'anonymous' ? null : await freshSession(world, world.alpha.userIds[caller]);
  fake.cookies = new Map(options.cookie ? [[VIEW_COOKIE, options.cookie]] : []);
  fake.cookieWrites = [];
  fake.revalidated = [];
  fake.clientsMade = [];
  const before = options.before ?? (await snapshot(world.handle.db, world.tables));
  world.writes?.reset();
  const { result, requests } = await captureSpApiRequests(async (): Promise<Outcome & { body?: unknown }> => {
    try {
      return await call();
    } catch (error) {
      return outcomeOfError(error);
    }
  });
  const after = await snapshotAfter(world, before, Boolean(options.before));
  const { body, ...outcome } = result;
  const location = outcome.kind === 'redirect' ? outcome.to : outcome.kind === 'response' ? (outcome.location ?? '') : '';
  return {
    outcome,
    text: `${textOf(body)}\n${location}\n${fake.cookieWrites.join('\n')}`,
    sent: options.sent,
    changes: changesBetween(before, after),
    requests,
    clientsMade: fake.clientsMade,
    cookieWrites: fake.cookieWrites,
    revalidated: fake.revalidated,
    after,
  };
}

/**
 * The database after a call. Unchained (the matrix): a full snapshot. Chained from the previous
 * call's snapshot: that snapshot when only reads were sent, else only what changed since it.
 */
async function snapshotAfter(world: World, before: Snapshot, chained: boolean): Promise<Snapshot> {
  const marks = marksOf.get(before);
  if (!chained || !world.writes) return snapshot(world.handle.db, world.tables);
  if (!world.writes.wrote()) return before;
  if (marks) {
    const since = await snapshotSince(world.handle.db, world.tables, before, marks);
    marksOf.set(since.rows, since.marks);
    return since.rows;
  }
  const newMarks = await tableMarks(world.handle.db, world.tables);
  const rows = await snapshot(world.handle.db, world.tables);
  marksOf.set(rows, newMarks);
  return rows;
}

/** redirect() and notFound() end a call the way Next.js would answer it; anything else is a failure. */
export function outcomeOfError(error: unknown): Outcome {
  const control = nextControlOf(error);
  if (control?.kind === 'redirect') return { kind: 'redirect', to: control.to };
  if (control?.kind === 'http-error') return { kind: 'http-error', status: control.status };
  return { kind: 'threw', error };
}

export const valuesOf = (...records: Array<Record<string, string | string[]> | undefined>) => records.flatMap((r) => Object.values(r ?? {}).flat());

/** The page's metadata and render, as Next.js resolves both for one request: the metadata's text counts even when the page redirects. */
export async function callPage(page: PageModule, input: { params?: Params; searchParams?: Query }): Promise<Outcome & { body?: unknown }> {
  const props = () => ({ params: Promise.resolve(input.params ?? {}), searchParams: Promise.resolve(input.searchParams ?? {}), children: null });
  const metadata = page.generateMetadata ? await page.generateMetadata(props()) : undefined;
  try {
    return { kind: 'rendered', body: [metadata, await page.render(props())] };
  } catch (error) {
    return { ...outcomeOfError(error), body: metadata };
  }
}

export function concretePath(pattern: string, params: Params): string {
  return pattern.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_m, _dots: string | undefined, name: string) => {
    const value = params[name];
    return Array.isArray(value) ? value.map(encodeURIComponent).join('/') : encodeURIComponent(value ?? '');
  });
}

/**
 * A route handler called as Next.js calls it: a NextRequest and `params` (URL-encoded, as Next
 * passes them). A query given as pairs may repeat a key.
 */
export async function callRoute(
  handler: RouteHandler,
  method: string,
  pattern: string,
  input: { params?: Params; query?: Query | Array<[string, string]> },
): Promise<Outcome & { body?: unknown }> {
  const url = new URL(`http://localhost:3000${concretePath(pattern, input.params ?? {})}`);
  const pairs = Array.isArray(input.query) ? input.query : Object.entries(input.query ?? {});
  for (const [k, v] of pairs) url.searchParams.append(k, v);
  const params = Object.fromEntries(Object.entries(input.params ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v : encodeURIComponent(v)]));
  const response = await handler(new NextRequest(url, { method }), { params: Promise.resolve(params) });
  const body = await response.text();
  return {
    kind: 'response',
    status: response.status,
    location: response.headers.get('location'),
    body: `${body}\n${response.headers.get('content-disposition') ?? ''}`,
  };
}

/** A form's values; a file where the action takes one (a buyer message's attachment). */
export function formOf(values: Record<string, string | File>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) form.set(k, v);
  return form;
}

/** What a form sends, as text to look for in what comes back: a file by its name. */
export const sentOf = (values: Record<string, string | File>): string[] => Object.values(values).map((v) => (typeof v === 'string' ? v : v.name));

/**
 * A server action called as React calls it: (previous state, form), or (form) for a
 * one-argument form action. `form` is whatever the client sent: a FormData from a browser, but
 * anything React can serialize from a hand-made request.
 */
export async function callAction(action: ServerAction, form: unknown): Promise<Outcome & { body?: unknown }> {
  const state = action.length >= 2 ? await action(idleState, form) : await action(form);
  return { kind: 'state', state, body: state };
}
