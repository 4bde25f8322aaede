/**
 * The access-control matrix, generated from the code: every page, layout, route handler method
 * and server action found on disk (test/access/enumerate.ts) is called by an anonymous visitor,
 * a disabled user and a user of each role, and then by the owner of workspace Alpha with
 * workspace Beta's ids. The expectations come from the access table (access-table.ts, one map per kind:
 * PAGES, LAYOUTS, ROUTES, ACTIONS), one line per entry naming the least role it needs; an entry
 * found on disk but missing from the table fails the run, so a new page, route or action cannot
 * ship unclassified. An entry without attacks of its own is still called by Alpha's owner with
 * the sidebar's view cookie forged to Beta's account, and must show nothing of Beta's.
 *
 * How each is called, and why this way:
 * - Session: next-auth's getServerSession is faked (a session naming a seeded user, or none), so
 *   the real getCurrentUser and requireUser run: the user is re-read from the database, a
 *   disabled one counts as signed out, and pages redirect with Next's own redirect(). The
 *   database is a fresh PGlite behind the `@/db` mock, as in the other integration tests.
 * - Actions are called as React would call them: (previous state, FormData), or (FormData) for
 *   a one-argument action. Route handlers get a NextRequest and `params`, as Next passes them.
 * - Pages and layouts: generateMetadata (when exported) and the default export (an async server
 *   component) are awaited under the faked session. redirect() and notFound() are recognised by their digests. A
 *   rendered page is an element tree whose props hold everything the page read (components
 *   in components/ fetch nothing themselves; client components get only props), so the tree's
 *   strings and numbers are what the browser could receive. Not seen that way: data a page
 *   hides in a function prop (a closure is not called), and what client components fetch later
 *   (they fetch the route handlers, which the matrix checks themselves).
 * - SP-API: the real client per account (spApiForAccount, so its workspace check is the real
 *   one) against an in-process simulator; every call is captured. A refusal must send nothing,
 *   and an attack must never reach the other workspace's seller or get a client for its account.
 * - Writes: every row of every table is snapshotted before and after each call. A refusal must
 *   change no row; an attack must touch no row of the other workspace, and the rows it writes in
 *   its own (an audit entry of the failed attempt) must not copy the other workspace's data.
 * - Leaks: answers are searched for the seeded workspaces' markers and ids (seed-tenants.ts),
 *   minus what the caller sent itself (an echoed form value or an audit entry filed under the id
 *   that was tried tells the caller nothing new). An anonymous answer may hold no workspace's
 *   data, a signed-in one none of the other workspace's, and a refusal nothing beyond its message.
 *
 * Not covered here: the next-auth endpoints (`/api/auth/[...nextauth]`: next-auth reads
 * next/headers through require(), which only works inside a real request; e2e/auth.spec.ts signs
 * in and out through them), and timing or rate limits. The database is PGlite only: the checks
 * are about the app's queries, which the other integration tests run on PostgreSQL too.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hasRole } from '@/lib/auth/roles';
import { ACTIONS, LAYOUTS, PAGES, ROUTES, type Access, type PageRule } from './access-table';
import { discover, paramNamesOf, type Discovered, type PageModule } from './enumerate';
import {
  callAction,
  callPage,
  callRoute,
  CALLERS,
  closeWorld,
  formOf,
  observe as observeIn,
  openWorld,
  sentOf,
  valuesOf,
  type Caller,
  type Observation,
  type Outcome,
  type World,
} from './harness';
import { noChanges, rowBelongsTo, tokensIn } from './observe';
import type { SeededTenant } from './seed-tenants';

// The fakes: session, database, cookies, cache; the SP-API client stays real (see the header and fakes.ts).
vi.mock('@/db', async () => (await import('@/test/support/fakes')).fakeDbModule());
vi.mock('next-auth', async (original) => (await import('@/test/support/fakes')).fakeNextAuthModule(original));
vi.mock('next/headers', async () => (await import('@/test/support/fakes')).fakeHeadersModule());
vi.mock('next/cache', async () => (await import('@/test/support/fakes')).fakeCacheModule());
vi.mock('@/lib/accounts/sp-api-for-account', async (original) => (await import('@/test/support/fakes')).fakeSpApiForAccountModule(original));

const discovered = await discover();

const tally = { checked: 0, refusedOk: 0, leaks: 0 };
const unchecked: string[] = [];
let world: World;
let alpha: SeededTenant;
let beta: SeededTenant;

beforeAll(async () => {
  world = await openWorld('access-matrix');
  ({ alpha, beta } = world);
});

afterAll(async () => {
  await closeWorld(world);
  for (const line of unchecked) console.log(`access: unchecked ${line}`);
  console.log(`access: checked=${tally.checked} refused_ok=${tally.refusedOk} leaks=${tally.leaks}`);
  // Each leak already failed its entry's test; this keeps the summary line honest on its own.
  expect(tally.leaks).toBe(0);
});

// Every call of the matrix starts from a fresh snapshot: the matrix is about each call on its own.
const observe = (caller: Caller, options: { sent: string[]; cookie?: string }, call: () => Promise<Outcome & { body?: unknown }>) =>
  observeIn(world, caller, options, call);

/** Something happened beyond answering: a write, a call to Amazon, a cookie, a cache refresh. */
const hadEffects = (o: Observation) =>
  !noChanges(o.changes) || o.requests.length > 0 || o.clientsMade.length > 0 || o.cookieWrites.length > 0 || o.revalidated.length > 0;

function stateOf(o: Observation): Record<string, unknown> | undefined {
  return o.outcome.kind === 'state' && typeof o.outcome.state === 'object' && o.outcome.state !== null
    ? (o.outcome.state as Record<string, unknown>)
    : undefined;
}

/**
 * Whether the call was turned away at the door. Signed out: a redirect to sign-in, a 401, or an
 * action's bare error. Lacking the role: a redirect to no-access, a 403 (or, for the OAuth
 * callback, which sends people back to a page, a redirect that did nothing), or a bare error.
 */
function wasRefused(kind: 'page' | 'route' | 'action', o: Observation, as: 'anonymous' | 'role'): boolean {
  const { outcome } = o;
  if (kind === 'page') return outcome.kind === 'redirect' && outcome.to === (as === 'anonymous' ? '/sign-in' : '/no-access');
  if (kind === 'route') {
    if (outcome.kind !== 'response') return false;
    if (outcome.status === (as === 'anonymous' ? 401 : 403)) return true;
    const redirected = outcome.status >= 300 && outcome.status < 400 && !hadEffects(o);
    return redirected && (as === 'role' || new URL(outcome.location ?? '/', 'http://localhost').pathname === '/sign-in');
  }
  if (outcome.kind === 'redirect' || outcome.kind === 'threw' || hadEffects(o)) return false;
  // A one-argument form action has no state to answer with: doing nothing is its refusal.
  if (outcome.kind === 'state' && outcome.state === undefined) return true;
  const state = stateOf(o);
  return state?.status === 'error' && state.fieldErrors === undefined;
}

/**
 * What an observation shows that it should not: another workspace's data in the answer, a row
 * of that workspace written, its data copied into a row of the caller's, a call to Amazon for
 * its seller or a client for its account; and, when `noEffects`, any write, call or cookie.
 */
function leaksOf(o: Observation, rules: { forbidden: SeededTenant[]; noEffects: boolean }): string[] {
  const found: string[] = [];
  for (const tenant of rules.forbidden) {
    const tokens = tokensIn(o.text, tenant.tokens, o.sent);
    if (tokens.length) found.push(`answer holds ${tenant.marker} data: ${tokens.join(', ')}`);
    const touched = [...o.changes.added, ...o.changes.removed].filter((row) => rowBelongsTo(row, tenant));
    if (touched.length) found.push(`wrote ${tenant.marker} rows: ${touched.slice(0, 3).join(' | ')}`);
    const copied = o.changes.added.filter((row) => !rowBelongsTo(row, tenant) && tokensIn(row, tenant.tokens, o.sent).length);
    if (copied.length) found.push(`copied ${tenant.marker} data into: ${copied.slice(0, 3).join(' | ')}`);
    const calls = o.requests.filter((r) => r.sellingPartnerId.toLowerCase() === tenant.sellingPartnerId.toLowerCase());
    if (calls.length) found.push(`called Amazon for ${tenant.marker}'s seller: ${calls.map((c) => c.operation).join(', ')}`);
    if (o.clientsMade.some((c) => c.accountId === tenant.accountId)) found.push(`got an SP-API client for ${tenant.marker}'s account`);
  }
  if (rules.noEffects) {
    if (!noChanges(o.changes)) found.push(`wrote rows: ${[...o.changes.added, ...o.changes.removed].slice(0, 3).join(' | ')}`);
    if (o.requests.length || o.clientsMade.length) found.push(`reached Amazon: ${o.requests.map((r) => r.operation).join(', ') || 'made an SP-API client'}`);
    if (o.cookieWrites.length) found.push(`set cookies: ${o.cookieWrites.join(', ')}`);
  }
  return found;
}

/** A refused action answers its message and nothing else (no echoed values, no field errors, no result). */
function extrasInRefusal(o: Observation): string[] {
  const state = stateOf(o);
  const extra = state ? Object.keys(state).filter((k) => k !== 'status' && k !== 'message') : [];
  return extra.length ? [`refusal carries ${extra.join(', ')}`] : [];
}

/** Counts an observation's leaks once and returns them labelled. */
function recordLeaks(label: string, leaks: string[]): string[] {
  if (leaks.length) tally.leaks++;
  return leaks.map((l) => `${label}: ${l}`);
}

const describeOutcome = (o: Observation) => {
  const { outcome } = o;
  if (outcome.kind === 'threw') return `threw ${outcome.error instanceof Error ? outcome.error.stack : String(outcome.error)}`;
  if (outcome.kind === 'state') return `answered ${JSON.stringify(outcome.state)}`;
  return JSON.stringify(outcome);
};

/**
 * The role checks of one entry: anonymous and disabled callers are refused as signed out, each
 * role is allowed or refused as the table says; refusals carry no data and change nothing.
 */
async function checkCallers(
  kind: 'page' | 'route' | 'action',
  access: Access,
  run: (caller: Caller) => Promise<Observation>,
  options: { static?: boolean } = {},
): Promise<string[]> {
  const problems: string[] = [];
  for (const caller of CALLERS) {
    const o = await run(caller);
    tally.checked++;
    const signedOut = caller === 'anonymous' || caller === 'disabled';
    // Signed out: nobody's data. Signed in (as Alpha): nothing of Beta's.
    const forbidden = signedOut ? [alpha, beta] : [beta];
    if (o.outcome.kind === 'threw') problems.push(`${caller}: ${describeOutcome(o)}`);
    if (access === 'public') {
      problems.push(...recordLeaks(caller, leaksOf(o, { forbidden, noEffects: true })));
      continue;
    }
    const refused = wasRefused(kind, o, signedOut ? 'anonymous' : 'role');
    if (!signedOut && hasRole(caller, access)) {
      if (refused) problems.push(`${caller}: refused, but the table allows ${access} and up: ${describeOutcome(o)}`);
      if (kind === 'page' && o.outcome.kind !== 'rendered') problems.push(`${caller}: did not render: ${describeOutcome(o)}`);
      // A render that shows nothing of Alpha's own would make the search for Beta's prove nothing.
      if (kind === 'page' && o.outcome.kind === 'rendered' && !options.static && !tokensIn(o.text, alpha.tokens, []).length)
        problems.push(`${caller}: rendered none of Alpha's own data`);
      problems.push(...recordLeaks(caller, leaksOf(o, { forbidden, noEffects: false })));
      continue;
    }
    if (!refused) problems.push(`${caller}: not refused (${signedOut ? 'signed out' : `needs ${access}`}): ${describeOutcome(o)}`);
    const leaks = recordLeaks(caller, [...leaksOf(o, { forbidden, noEffects: true }), ...(refused ? extrasInRefusal(o) : [])]);
    problems.push(...leaks);
    if (refused && !leaks.length) tally.refusedOk++;
  }
  return problems;
}

/** One attempt by Alpha's owner on Beta's data; `refused`: null when no refusal is expected (a list, an own-workspace setting). */
function checkAttack(label: string, o: Observation, refused: boolean | null): string[] {
  tally.checked++;
  const problems: string[] = [];
  if (o.outcome.kind === 'threw') problems.push(`${label}: ${describeOutcome(o)}`);
  const leaks = recordLeaks(label, leaksOf(o, { forbidden: [beta], noEffects: false }));
  problems.push(...leaks);
  if (refused === false) problems.push(`${label}: not refused as expected: ${describeOutcome(o)}`);
  // An id of another workspace is refused before anything is asked of Amazon.
  if (refused !== null && o.requests.length) problems.push(`${label}: called Amazon before refusing: ${o.requests.map((r) => r.operation).join(', ')}`);
  if (refused === true && !leaks.length && !o.requests.length) tally.refusedOk++;
  return problems;
}

const forgedView = () => `${beta.accountId}|${beta.marketplaceId}`;

function requireOwnInput(key: string, pattern: string, own: unknown) {
  if (paramNamesOf(pattern).length && !own) throw new Error(`${key} has dynamic segments: give it \`own\` params in the access table`);
}

// ---------------------------------------------------------------------------------------------
// The tests.
// ---------------------------------------------------------------------------------------------

describe('the access table classifies everything on disk', () => {
  const cases: Array<[string, Array<{ key: string }>, Record<string, unknown>]> = [
    ['pages', discovered.pages, PAGES],
    ['layouts', discovered.layouts, LAYOUTS],
    ['route handlers', discovered.routes, ROUTES],
    ['server actions', discovered.actions, ACTIONS],
  ];
  it("server actions are all exported from a 'use server' module", () => {
    // An inline 'use server' inside a component has no export the matrix could call: move it to an actions module.
    expect(discovered.inlineActions).toEqual([]);
  });
  it.each(cases)('%s', (_what, found, table) => {
    const keys = found.map((f) => f.key);
    // A new entry needs a line in the table: the least role that may use it, or 'public'.
    expect(
      keys.filter((k) => !(k in table)),
      'found on disk but not in the access table',
    ).toEqual([]);
    expect(
      Object.keys(table).filter((k) => !keys.includes(k)),
      'in the access table but gone from disk',
    ).toEqual([]);
  });
});

describe('pages and layouts', () => {
  const entries: Array<[string, Discovered<PageModule>, PageRule | undefined]> = [
    ...discovered.pages.map((p) => [`page ${p.key}`, p, PAGES[p.key]] as [string, Discovered<PageModule>, PageRule | undefined]),
    ...discovered.layouts.map((l) => [`layout ${l.key}`, l, LAYOUTS[l.key]] as [string, Discovered<PageModule>, PageRule | undefined]),
  ];
  it.each(entries)('%s', async (label, entry, rule) => {
    if (!rule) return expect.fail(`${label} is not in the access table`);
    requireOwnInput(label, entry.key, rule.own);
    const page = await entry.load();
    const own = rule.own?.(alpha) ?? {};
    const problems = await checkCallers(
      'page',
      rule.access,
      (caller) => observe(caller, { sent: valuesOf(own.params, own.searchParams) }, () => callPage(page, own)),
      { static: rule.static ?? false },
    );
    const attacks = rule.attacks?.(alpha, beta) ?? [{ ...own, expect: 'shows-nothing' as const }];
    for (const attack of attacks) {
      const o = await observe('owner', { sent: [...valuesOf(attack.params, attack.searchParams), forgedView()], cookie: forgedView() }, () =>
        callPage(page, attack),
      );
      const refused = attack.expect === 'not-found' ? o.outcome.kind === 'http-error' && o.outcome.status === 404 : null;
      if (attack.expect === 'shows-nothing' && rule.access !== 'public' && o.outcome.kind !== 'rendered')
        problems.push(`attack ${JSON.stringify(attack)}: did not render: ${describeOutcome(o)}`);
      problems.push(...checkAttack(`attack ${JSON.stringify(attack)}`, o, refused));
    }
    expect(problems).toEqual([]);
  });
});

describe('route handlers', () => {
  it.for(discovered.routes.map((r) => [r.key, r] as const))('%s', async ([key, route], context) => {
    const rule = ROUTES[key];
    if (!rule) return expect.fail(`${key} is not in the access table`);
    if (rule.unchecked) {
      unchecked.push(`${key}: ${rule.unchecked}`);
      return context.skip(rule.unchecked);
    }
    requireOwnInput(key, route.pattern, rule.own);
    const handler = await route.load();
    const own = rule.own?.(alpha) ?? {};
    const problems = await checkCallers('route', rule.access, (caller) =>
      observe(caller, { sent: valuesOf(own.params, own.query) }, () => callRoute(handler, route.method, route.pattern, own)),
    );
    const attacks = rule.attacks?.(alpha, beta) ?? [{ ...own, expect: 'shows-nothing' as const }];
    for (const attack of attacks) {
      const o = await observe('owner', { sent: [...valuesOf(attack.params, attack.query), forgedView()], cookie: forgedView() }, () =>
        callRoute(handler, route.method, route.pattern, attack),
      );
      // Refused: anything but a 2xx (a 404 for an id, the OAuth callback's redirect back with an error).
      const status = o.outcome.kind === 'response' ? o.outcome.status : 0;
      problems.push(...checkAttack(`attack ${JSON.stringify(attack)}`, o, attack.expect === 'refused' ? status >= 300 : null));
    }
    expect(problems).toEqual([]);
  });
});

describe('server actions', () => {
  it.each(discovered.actions.map((a) => [a.key, a] as const))('%s', async (key, entry) => {
    const rule = ACTIONS[key];
    if (!rule) return expect.fail(`${key} is not in the access table`);
    const action = await entry.load();
    const own = rule.own?.(alpha) ?? {};
    const problems = await checkCallers('action', rule.access, (caller) =>
      observe(caller, { sent: Object.values(own) }, () => callAction(action, formOf(own))),
    );
    const attacks = rule.attacks?.(alpha, beta) ?? [{ form: own, expect: 'shows-nothing' as const }];
    for (const attack of attacks) {
      const o = await observe('owner', { sent: [...sentOf(attack.form), forgedView()], cookie: forgedView() }, () => callAction(action, formOf(attack.form)));
      let refused: boolean | null = null;
      if (attack.expect !== 'shows-nothing') {
        const state = stateOf(o);
        const said = state ? `${String(state.message)} ${JSON.stringify(state.fieldErrors ?? {})}` : '';
        refused = state?.status === 'error' && attack.expect.test(said);
      }
      problems.push(...checkAttack(`attack ${JSON.stringify(attack.form)}`, o, refused));
    }
    expect(problems).toEqual([]);
  });
});
