/**
 * The access-control matrix, generated from the code: every page, layout, route handler method
 * and server action found on disk (test/access/enumerate.ts) is called by an anonymous visitor,
 * a disabled user and a user of each role, and then by the owner of workspace Alpha with
 * workspace Beta's ids. The expectations come from the access table below (one map per kind:
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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { users } from '@/db/schema';
import { idleState } from '@/lib/actions/action-state';
import { hasRole, type Role } from '@/lib/auth/roles';
import type { SpApiRequestLog } from '@/lib/sp-api/log';
import { captureSpApiRequests } from '@/lib/sp-api/request-capture';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases } from '@/test/databases';
import { discover, paramNamesOf, type Discovered, type PageModule, type RouteHandler, type ServerAction } from './enumerate';
import { changesBetween, nextControlOf, noChanges, rowBelongsTo, snapshot, tablesOf, textOf, tokensIn, type RowChanges } from './observe';
import { seedTenant, type Actor, type SeededTenant } from './seed-tenants';

// ---------------------------------------------------------------------------------------------
// The table: who may use what. `public` entries need no session (and must still hand out no data
// and write nothing when called here: the workspace exists, sign-up is over). A new entry needs
// its least role; `own` params when its URL has dynamic segments; `attacks` when it takes ids.
// ---------------------------------------------------------------------------------------------

type Access = Role | 'public';
type Params = Record<string, string | string[]>;
type Query = Record<string, string>;

/**
 * How the owner of Alpha tries to reach Beta: with one of Beta's objects (`not-found`, `refused`
 * or the expected refusal message: it must be turned away), or through a list or an
 * own-workspace setting (`shows-nothing`: it may answer, but with nothing of Beta's).
 */
interface PageAttack {
  params?: Params;
  searchParams?: Query;
  expect: 'not-found' | 'shows-nothing';
}
interface RouteAttack {
  params?: Params;
  query?: Query;
  expect: 'refused' | 'shows-nothing';
}
interface ActionAttack {
  form: Record<string, string>;
  /** The refusal that proves the ids reached the workspace check (and not, say, a form error), or `shows-nothing`. */
  expect: RegExp | 'shows-nothing';
}

interface PageRule {
  access: Access;
  /** Params and search params for Alpha's own users (required when the URL has dynamic segments). */
  own?: (a: SeededTenant) => { params?: Params; searchParams?: Query };
  attacks?: (a: SeededTenant, b: SeededTenant) => PageAttack[];
  /** The page shows no workspace data, so a render need not contain Alpha's. */
  static?: true;
}
interface RouteRule {
  access: Access;
  own?: (a: SeededTenant) => { params?: Params; query?: Query };
  attacks?: (a: SeededTenant, b: SeededTenant) => RouteAttack[];
  /** Why this entry cannot be called here; it is listed in the summary instead. */
  unchecked?: string;
}
interface ActionRule {
  access: Access;
  /** A form for Alpha's own users; empty by default (an allowed role then gets field errors back). */
  own?: (a: SeededTenant) => Record<string, string>;
  attacks?: (a: SeededTenant, b: SeededTenant) => ActionAttack[];
}

const shipment = (accountId: string, shipmentId: string) => ({ accountId, shipmentId });
const shipmentAttacks = (a: SeededTenant, b: SeededTenant) => [shipment(b.accountId, b.shipmentId), shipment(a.accountId, b.shipmentId)];
const today = () => new Date().toISOString().slice(0, 10);
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const NOT_FOUND_SHIPMENT = /That inbound shipment was not found/;
const NOT_CONNECTED = /That Amazon account is not connected/;
const outboundAddress = { name: 'Pat Doe', addressLine1: '1 Main St', city: 'Austin', postalCode: '73301', countryCode: 'US' };
const outboundLines = (sku: string) => JSON.stringify([{ sellerSku: sku, quantity: 1 }]);
const planItems = (sku: string) => JSON.stringify([{ sellerSku: sku, asin: 'B000000001', condition: 'NewItem', quantity: 1 }]);
const planForm = (accountId: string, marketplaceId: string, sku: string) => ({
  accountId,
  marketplaceId,
  labelPrepPreference: 'SELLER_LABEL',
  packing: 'individual',
  items: planItems(sku),
  fromName: 'Warehouse',
  fromAddressLine1: '1 Main St',
  fromCity: 'Seattle',
  fromStateOrProvinceCode: 'WA',
  fromPostalCode: '98101',
  fromCountryCode: 'US',
});

const PAGES: Record<string, PageRule> = {
  '/': { access: 'public', static: true },
  '/no-access': { access: 'public', static: true },
  '/setup': { access: 'public', static: true },
  '/sign-in': { access: 'public', static: true },
  '/inbound': { access: 'viewer', attacks: (_a, b) => [{ searchParams: { account: b.accountId, q: b.shipmentId }, expect: 'shows-nothing' }] },
  '/inbound/[accountId]/[shipmentId]': {
    access: 'viewer',
    own: (a) => ({ params: shipment(a.accountId, a.shipmentId) }),
    attacks: (a, b) => shipmentAttacks(a, b).map((params) => ({ params, expect: 'not-found' })),
  },
  '/inbound/new': { access: 'operator', attacks: (_a, b) => [{ searchParams: { for: `${b.accountId}|${b.marketplaceId}` }, expect: 'shows-nothing' }] },
  '/inbound/plans/[planId]': { access: 'viewer', own: (a) => ({ params: { planId: a.planId } }), attacks: (_a, b) => [{ params: { planId: b.planId }, expect: 'not-found' }] },
  '/inventory': { access: 'viewer', attacks: (_a, b) => [{ searchParams: { account: b.accountId, q: b.sku }, expect: 'shows-nothing' }] },
  '/orders': { access: 'viewer', attacks: (_a, b) => [{ searchParams: { account: b.accountId, q: b.orderId }, expect: 'shows-nothing' }] },
  '/orders/[orderId]': { access: 'viewer', own: (a) => ({ params: { orderId: a.orderId } }), attacks: (_a, b) => [{ params: { orderId: b.orderId }, expect: 'not-found' }] },
  '/orders/[orderId]/fulfill': { access: 'operator', own: (a) => ({ params: { orderId: a.orderId } }), attacks: (_a, b) => [{ params: { orderId: b.orderId }, expect: 'not-found' }] },
  '/orders/[orderId]/messages': { access: 'viewer', own: (a) => ({ params: { orderId: a.orderId } }), attacks: (_a, b) => [{ params: { orderId: b.orderId }, expect: 'not-found' }] },
  '/orders/[orderId]/ship': { access: 'viewer', own: (a) => ({ params: { orderId: a.orderId } }), attacks: (_a, b) => [{ params: { orderId: b.orderId }, expect: 'not-found' }] },
  '/outbound': { access: 'viewer', attacks: (_a, b) => [{ searchParams: { account: b.accountId, q: b.fulfillmentOrderId }, expect: 'shows-nothing' }] },
  '/outbound/[accountId]/[orderId]': {
    access: 'viewer',
    own: (a) => ({ params: { accountId: a.accountId, orderId: a.fulfillmentOrderId } }),
    attacks: (a, b) => [b.accountId, a.accountId].map((accountId) => ({ params: { accountId, orderId: b.fulfillmentOrderId }, expect: 'not-found' })),
  },
  '/outbound/new': { access: 'operator', attacks: (_a, b) => [{ searchParams: { from: `${b.accountId}|${b.marketplaceId}` }, expect: 'shows-nothing' }] },
  '/settings': { access: 'viewer', static: true },
  '/settings/accounts': { access: 'viewer' },
  '/settings/audit': { access: 'admin', attacks: (_a, b) => [{ searchParams: { user: b.userIds.admin, target: b.auditTarget }, expect: 'shows-nothing' }] },
  '/settings/sync': { access: 'viewer' },
  '/settings/users': { access: 'admin' },
};

const LAYOUTS: Record<string, PageRule> = {
  'app/layout.tsx': { access: 'public', static: true },
  'app/(auth)/layout.tsx': { access: 'public', static: true },
  'app/(dashboard)/layout.tsx': { access: 'viewer' },
};

const ROUTES: Record<string, RouteRule> = {
  'GET /api/amazon/callback': {
    access: 'admin',
    own: (a) => ({ query: { state: 'never-issued', spapi_oauth_code: 'code', selling_partner_id: a.sellingPartnerId } }),
    // Beta's pending authorization, replayed by Alpha's owner: it must not be used or connect anything.
    attacks: (_a, b) => [{ query: { state: b.authorizationState, spapi_oauth_code: 'code', selling_partner_id: b.sellingPartnerId }, expect: 'refused' }],
  },
  'GET /api/auth/[...nextauth]': { access: 'public', unchecked: 'next-auth reads next/headers through require(), which works only inside a real request; e2e/auth.spec.ts covers it' },
  'POST /api/auth/[...nextauth]': { access: 'public', unchecked: 'next-auth reads next/headers through require(), which works only inside a real request; e2e/auth.spec.ts covers it' },
  // Operators and above: each call spends the seller's Amazon quota.
  'GET /api/inbound/advice': {
    access: 'operator',
    own: (a) => ({ query: { accountId: a.accountId, marketplaceId: a.marketplaceId, skus: a.sku } }),
    attacks: (_a, b) => [{ query: { accountId: b.accountId, marketplaceId: b.marketplaceId, skus: b.sku }, expect: 'refused' }],
  },
  'GET /api/inbound/shipments/[accountId]/[shipmentId]/bill-of-lading': {
    access: 'viewer',
    own: (a) => ({ params: shipment(a.accountId, a.shipmentId) }),
    attacks: (a, b) => shipmentAttacks(a, b).map((params) => ({ params, expect: 'refused' })),
  },
  'GET /api/inbound/shipments/[accountId]/[shipmentId]/labels': {
    access: 'viewer',
    own: (a) => ({ params: shipment(a.accountId, a.shipmentId), query: { pageType: 'PackageLabel_Thermal', labelType: 'UNIQUE', numberOfPackages: '1' } }),
    attacks: (a, b) => shipmentAttacks(a, b).map((params) => ({ params, query: { pageType: 'PackageLabel_Thermal', labelType: 'UNIQUE', numberOfPackages: '1' }, expect: 'refused' })),
  },
  'GET /api/inbound/shipments/[accountId]/[shipmentId]/preorder': {
    access: 'operator',
    own: (a) => ({ params: shipment(a.accountId, a.shipmentId) }),
    attacks: (a, b) => shipmentAttacks(a, b).map((params) => ({ params, expect: 'refused' })),
  },
  'GET /api/inbound/shipments/[accountId]/[shipmentId]/transport': {
    access: 'viewer',
    own: (a) => ({ params: shipment(a.accountId, a.shipmentId) }),
    attacks: (a, b) => shipmentAttacks(a, b).map((params) => ({ params, expect: 'refused' })),
  },
  'GET /api/orders/export': { access: 'viewer', attacks: (_a, b) => [{ query: { account: b.accountId, q: b.orderId }, expect: 'shows-nothing' }] },
  'GET /api/outbound/[accountId]/[orderId]': {
    access: 'viewer',
    own: (a) => ({ params: { accountId: a.accountId, orderId: a.fulfillmentOrderId } }),
    attacks: (a, b) => [b.accountId, a.accountId].map((accountId) => ({ params: { accountId, orderId: b.fulfillmentOrderId }, expect: 'refused' })),
  },
  'GET /api/outbound/export': { access: 'viewer', attacks: (_a, b) => [{ query: { account: b.accountId, q: b.fulfillmentOrderId }, expect: 'shows-nothing' }] },
  // Operators and above: each call spends the seller's Amazon quota.
  'GET /api/outbound/features': {
    access: 'operator',
    own: (a) => ({ query: { accountId: a.accountId, marketplaceId: a.marketplaceId } }),
    attacks: (_a, b) => [{ query: { accountId: b.accountId, marketplaceId: b.marketplaceId }, expect: 'refused' }],
  },
  'GET /api/outbound/return-reasons': {
    access: 'operator',
    own: (a) => ({ query: { accountId: a.accountId, orderId: a.fulfillmentOrderId, sku: a.sku } }),
    attacks: (a, b) => [b.accountId, a.accountId].map((accountId) => ({ query: { accountId, orderId: b.fulfillmentOrderId, sku: b.sku }, expect: 'refused' })),
  },
  'GET /api/sync/status': { access: 'viewer' },
};

const INBOUND = 'app/(dashboard)/inbound/actions.ts';
const ORDER = 'app/(dashboard)/orders/[orderId]';
const OUTBOUND = 'app/(dashboard)/outbound/actions.ts';
const orderAttack = (expect: RegExp, extra: Record<string, string> = {}) => (_a: SeededTenant, b: SeededTenant) => [{ form: { orderId: b.orderId, ...extra }, expect }];
const shipmentActionAttacks = (extra: () => Record<string, string> = () => ({})) => (a: SeededTenant, b: SeededTenant) =>
  shipmentAttacks(a, b).map((ref) => ({ form: { ...ref, ...extra() }, expect: NOT_FOUND_SHIPMENT }));

const ACTIONS: Record<string, ActionRule> = {
  // First run only: it refuses once any user exists, which is the case here, whoever calls.
  'app/(auth)/setup/actions.ts#createOwnerAccount': {
    access: 'public',
    own: () => ({ workspaceName: 'Intruder Co', name: 'Intruder', email: 'intruder@example.com', password: 'a long enough password', confirmPassword: 'a long enough password' }),
  },
  'app/(dashboard)/account-view-actions.ts#chooseAccountView': {
    access: 'viewer',
    own: (a) => ({ view: `${a.accountId}|${a.marketplaceId}` }),
    attacks: (_a, b) => [{ form: { view: `${b.accountId}|${b.marketplaceId}` }, expect: 'shows-nothing' }],
  },
  // Every role may end its own sessions; there are no ids to aim at another workspace.
  'app/(dashboard)/session-actions.ts#signOutEverywhereAction': { access: 'viewer' },
  [`${INBOUND}#createPlanAction`]: {
    access: 'operator',
    attacks: (a, b) => [
      { form: planForm(b.accountId, b.marketplaceId, b.sku), expect: NOT_CONNECTED },
      // Alpha's account with Beta's saved warehouse address.
      { form: { ...planForm(a.accountId, a.marketplaceId, a.sku), shipFromAddressId: b.addressId }, expect: /That saved address no longer exists/ },
    ],
  },
  [`${INBOUND}#createShipmentAction`]: {
    access: 'operator',
    attacks: (a, b) => [
      { form: { accountId: b.accountId, planId: b.planId, shipmentId: b.planShipmentId, name: 'Mine now' }, expect: NOT_CONNECTED },
      { form: { accountId: a.accountId, planId: b.planId, shipmentId: b.planShipmentId, name: 'Mine now' }, expect: /not found/i },
    ],
  },
  [`${INBOUND}#updateShipmentAction`]: { access: 'operator', attacks: shipmentActionAttacks(() => ({ name: 'Renamed' })) },
  [`${INBOUND}#cancelShipmentAction`]: { access: 'operator', attacks: shipmentActionAttacks() },
  [`${INBOUND}#refreshShipmentAction`]: { access: 'operator', attacks: shipmentActionAttacks() },
  [`${INBOUND}#confirmPreorderAction`]: { access: 'operator', attacks: shipmentActionAttacks(() => ({ needByDate: tomorrow() })) },
  [`${INBOUND}#putTransportAction`]: { access: 'operator', attacks: shipmentActionAttacks(() => ({ shipmentType: 'SP', partnered: 'no', carrierName: 'UPS', trackingIds: '1Z999AA10123456784' })) },
  [`${INBOUND}#estimateTransportAction`]: { access: 'operator', attacks: shipmentActionAttacks() },
  [`${INBOUND}#confirmTransportAction`]: { access: 'operator', attacks: shipmentActionAttacks() },
  [`${INBOUND}#voidTransportAction`]: { access: 'operator', attacks: shipmentActionAttacks() },
  'app/(dashboard)/inventory/actions.ts#setSkuThresholdAction': { access: 'operator', attacks: (_a, b) => [{ form: { sellerSku: b.sku, threshold: '3' }, expect: 'shows-nothing' }] },
  'app/(dashboard)/inventory/actions.ts#setDefaultThresholdAction': { access: 'operator', attacks: () => [{ form: { threshold: '4' }, expect: 'shows-nothing' }] },
  [`${ORDER}/actions.ts#refreshOrderItemsAction`]: { access: 'operator', attacks: orderAttack(/That order is not in this workspace/) },
  // A read that is not an authorizedAction: an order id is needed for an allowed role to get past the form check.
  [`${ORDER}/actions.ts#revealBuyerDetails`]: { access: 'operator', own: (a) => ({ orderId: a.orderId }), attacks: orderAttack(/That order is not in this workspace/) },
  [`${ORDER}/fulfill/actions.ts#previewFulfillmentAction`]: { access: 'operator', attacks: orderAttack(/That order was not found/) },
  [`${ORDER}/fulfill/actions.ts#createFulfillmentOrderAction`]: { access: 'operator', attacks: orderAttack(/That order was not found/, { shippingSpeed: 'Standard' }) },
  [`${ORDER}/messages/actions.ts#sendBuyerMessageAction`]: { access: 'operator', attacks: orderAttack(/That order was not found/, { action: 'confirmOrderDetails', text: 'Hello there' }) },
  [`${ORDER}/ship/actions.ts#refreshFbaStatusAction`]: { access: 'operator', attacks: orderAttack(/That order was not found/) },
  [`${ORDER}/ship/actions.ts#confirmFbaShipmentAction`]: { access: 'operator', attacks: orderAttack(/That order was not found/) },
  [`${ORDER}/ship/actions.ts#confirmManualShipmentAction`]: {
    access: 'operator',
    attacks: (_a, b) => [{ form: { orderId: b.orderId, carrierCode: 'UPS', trackingNumber: '1Z999', shipDate: today(), packageReferenceId: '1', [`quantity.${b.orderItemId}`]: '1' }, expect: /That order was not found/ }],
  },
  [`${ORDER}/ship/actions.ts#updateShipmentStatusAction`]: { access: 'operator', attacks: orderAttack(/That order was not found/, { shipmentStatus: 'ReadyForPickup' }) },
  // A workspace setting: the order id only names the page to refresh.
  [`${ORDER}/ship/actions.ts#setConfirmModeAction`]: { access: 'admin', attacks: (_a, b) => [{ form: { mode: 'automatic', orderId: b.orderId }, expect: 'shows-nothing' }] },
  [`${OUTBOUND}#createOutboundOrderAction`]: {
    access: 'operator',
    attacks: (_a, b) => [
      {
        form: {
          accountId: b.accountId,
          marketplaceId: b.marketplaceId,
          shippingSpeedCategory: 'Standard',
          items: outboundLines(b.sku),
          ...outboundAddress,
          sellerFulfillmentOrderId: 'MCF-INTRUDER-1',
          displayableOrderId: 'W-1',
          displayableOrderDate: today(),
          displayableOrderComment: 'Thanks',
          fulfillmentPolicy: 'FillOrKill',
        },
        expect: NOT_CONNECTED,
      },
    ],
  },
  [`${OUTBOUND}#previewOutboundOrderAction`]: {
    access: 'operator',
    attacks: (_a, b) => [{ form: { accountId: b.accountId, marketplaceId: b.marketplaceId, shippingSpeedCategory: 'Standard', items: outboundLines(b.sku), ...outboundAddress }, expect: NOT_CONNECTED }],
  },
  [`${OUTBOUND}#cancelOutboundOrderAction`]: {
    access: 'operator',
    attacks: (a, b) => [
      { form: { accountId: b.accountId, sellerFulfillmentOrderId: b.fulfillmentOrderId }, expect: NOT_CONNECTED },
      { form: { accountId: a.accountId, sellerFulfillmentOrderId: b.fulfillmentOrderId }, expect: /not found/i },
    ],
  },
  [`${OUTBOUND}#updateOutboundOrderAction`]: {
    access: 'operator',
    attacks: (a, b) =>
      [b.accountId, a.accountId].map((accountId) => ({
        form: { accountId, sellerFulfillmentOrderId: b.fulfillmentOrderId, shippingSpeedCategory: 'Standard', displayableOrderComment: 'Changed' },
        expect: accountId === b.accountId ? NOT_CONNECTED : /not found/i,
      })),
  },
  [`${OUTBOUND}#createOutboundReturnAction`]: {
    access: 'operator',
    attacks: (a, b) =>
      [b.accountId, a.accountId].map((accountId) => ({
        form: { accountId, sellerFulfillmentOrderId: b.fulfillmentOrderId, sellerFulfillmentOrderItemId: b.fulfillmentOrderItemId, amazonShipmentId: 'DShip1', returnReasonCode: 'DAMAGED', quantity: '1' },
        expect: accountId === b.accountId ? NOT_CONNECTED : /not found/i,
      })),
  },
  // Starts Alpha's own authorization (a row in Alpha and a redirect to the consent page).
  'app/(dashboard)/settings/accounts/actions.ts#connectAmazonAccount': { access: 'admin', attacks: () => [{ form: { region: 'eu' }, expect: 'shows-nothing' }] },
  'app/(dashboard)/settings/accounts/actions.ts#disconnectAmazonAccount': { access: 'admin', attacks: (_a, b) => [{ form: { accountId: b.accountId }, expect: NOT_CONNECTED }] },
  'app/(dashboard)/settings/sync/actions.ts#syncNow': { access: 'operator', attacks: (_a, b) => [{ form: { accountId: b.accountId, kind: 'all' }, expect: NOT_CONNECTED }] },
  'app/(dashboard)/settings/users/actions.ts#createUserAction': {
    access: 'admin',
    // Emails are unique across workspaces, so a taken one is refused; the refusal names nothing of Beta's but the email sent.
    attacks: (_a, b) => [{ form: { name: 'Copy', email: b.emails.viewer, role: 'viewer', password: 'a long enough password' }, expect: /already exists/ }],
  },
  'app/(dashboard)/settings/users/actions.ts#changeRoleAction': { access: 'admin', attacks: (_a, b) => [{ form: { userId: b.userIds.viewer, role: 'admin' }, expect: /That user does not exist/ }] },
  'app/(dashboard)/settings/users/actions.ts#setDisabledAction': { access: 'admin', attacks: (_a, b) => [{ form: { userId: b.userIds.viewer, disabled: 'true' }, expect: /That user does not exist/ }] },
};

// ---------------------------------------------------------------------------------------------
// The fakes: session, database, cookies, cache; the SP-API client stays real (see the header).
// ---------------------------------------------------------------------------------------------

const fake = vi.hoisted(() => ({
  db: null as unknown,
  session: null as { user: { id: string; sessionEpoch: number }; expires: string } | null,
  cookies: new Map<string, string>(),
  cookieWrites: [] as string[],
  revalidated: [] as string[],
  clientsMade: [] as Array<{ workspaceId: string; accountId: string }>,
}));

vi.mock('@/db', () => ({ getDb: async () => fake.db }));
vi.mock('next-auth', async (importOriginal) => ({ ...(await importOriginal<typeof import('next-auth')>()), getServerSession: async () => fake.session }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (fake.cookies.has(name) ? { name, value: fake.cookies.get(name)! } : undefined),
    getAll: () => [...fake.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => fake.cookies.has(name),
    set: (name: string, value: string) => {
      fake.cookieWrites.push(`${name}=${value}`);
      fake.cookies.set(name, value);
    },
    delete: (name: string) => {
      fake.cookieWrites.push(`${name}=`);
      fake.cookies.delete(name);
    },
  }),
}));
vi.mock('next/cache', () => ({
  revalidatePath: (path: string) => void fake.revalidated.push(path),
  revalidateTag: (tag: string) => void fake.revalidated.push(`tag:${tag}`),
}));
vi.mock('@/lib/accounts/sp-api-for-account', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/accounts/sp-api-for-account')>();
  return {
    ...real,
    // The real workspace check and client; noted so an attack that obtained Beta's client is seen.
    spApiForAccount: async (...args: Parameters<typeof real.spApiForAccount>) => {
      const client = await real.spApiForAccount(...args);
      fake.clientsMade.push({ workspaceId: args[1], accountId: args[2] });
      return client;
    },
  };
});

const discovered = await discover();

// ---------------------------------------------------------------------------------------------
// Calling an entry and reading what happened.
// ---------------------------------------------------------------------------------------------

type Caller = 'anonymous' | Actor;
const CALLERS: Caller[] = ['anonymous', 'disabled', 'owner', 'admin', 'operator', 'viewer'];
const VIEW_COOKIE = 'seller-ops-view';

type Outcome =
  | { kind: 'rendered' }
  | { kind: 'redirect'; to: string }
  | { kind: 'http-error'; status: number }
  | { kind: 'response'; status: number; location: string | null }
  | { kind: 'state'; state: unknown }
  | { kind: 'threw'; error: unknown };

interface Observation {
  outcome: Outcome;
  text: string;
  sent: string[];
  changes: RowChanges;
  requests: SpApiRequestLog[];
  clientsMade: Array<{ workspaceId: string; accountId: string }>;
  cookieWrites: string[];
  revalidated: string[];
}

const tally = { checked: 0, refusedOk: 0, leaks: 0 };
const unchecked: string[] = [];
let handle: DbHandle;
let sim: RunningSimulator;
let dataDir: string;
let tables: string[];
let alpha: SeededTenant;
let beta: SeededTenant;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 5, orders: 5, clockScale: 0, enforceQuotas: false });
  // Set before anything reads the environment (env() caches its first read). With both keys
  // given nothing is generated; DATA_DIR points away from the worktree's .data all the same.
  dataDir = mkdtempSync(path.join(tmpdir(), 'access-matrix-'));
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
  handle = await testDatabases[0]!.open();
  fake.db = handle.db;
  alpha = await seedTenant(handle.db, { name: 'Alpha', region: 'na', orderPrefix: '701' });
  beta = await seedTenant(handle.db, { name: 'Beta', region: 'eu', orderPrefix: '902' });
  tables = await tablesOf(handle.db);
});

afterAll(async () => {
  await handle?.close();
  await sim?.close();
  vi.unstubAllEnvs();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  for (const line of unchecked) console.log(`access: unchecked ${line}`);
  console.log(`access: checked=${tally.checked} refused_ok=${tally.refusedOk} leaks=${tally.leaks}`);
  // Each leak already failed its entry's test; this keeps the summary line honest on its own.
  expect(tally.leaks).toBe(0);
});

async function freshSession(userId: string): Promise<{ user: { id: string; sessionEpoch: number }; expires: string }> {
  const [user] = await handle.db.select({ sessionEpoch: users.sessionEpoch }).from(users).where(eq(users.id, userId));
  return { user: { id: userId, sessionEpoch: user?.sessionEpoch ?? 0 }, expires: new Date(Date.now() + 3_600_000).toISOString() };
}

/** Runs one call as `caller` of Alpha, with the view cookie given, and records everything it did. */
async function observe(caller: Caller, options: { sent: string[]; cookie?: string }, call: () => Promise<Outcome & { body?: unknown }>): Promise<Observation> {
  // Each call is a fresh sign-in: the session carries the user's current epoch, so one call of
  // "sign out everywhere" does not sign the caller out of every entry after it.
  fake.session = caller === 'anonymous' ? null : await freshSession(alpha.userIds[caller]);
  fake.cookies = new Map(options.cookie ? [[VIEW_COOKIE, options.cookie]] : []);
  fake.cookieWrites = [];
  fake.revalidated = [];
  fake.clientsMade = [];
  const before = await snapshot(handle.db, tables);
  const { result, requests } = await captureSpApiRequests(async (): Promise<Outcome & { body?: unknown }> => {
    try {
      return await call();
    } catch (error) {
      return outcomeOfError(error);
    }
  });
  const after = await snapshot(handle.db, tables);
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
  };
}

/** redirect() and notFound() end a call the way Next.js would answer it; anything else is a failure. */
function outcomeOfError(error: unknown): Outcome {
  const control = nextControlOf(error);
  if (control?.kind === 'redirect') return { kind: 'redirect', to: control.to };
  if (control?.kind === 'http-error') return { kind: 'http-error', status: control.status };
  return { kind: 'threw', error };
}

const valuesOf = (...records: Array<Record<string, string | string[]> | undefined>) => records.flatMap((r) => Object.values(r ?? {}).flat());

/** The page's metadata and render, as Next.js resolves both for one request: the metadata's text counts even when the page redirects. */
async function callPage(page: PageModule, input: { params?: Params; searchParams?: Query }): Promise<Outcome & { body?: unknown }> {
  const props = () => ({ params: Promise.resolve(input.params ?? {}), searchParams: Promise.resolve(input.searchParams ?? {}), children: null });
  const metadata = page.generateMetadata ? await page.generateMetadata(props()) : undefined;
  try {
    return { kind: 'rendered', body: [metadata, await page.render(props())] };
  } catch (error) {
    return { ...outcomeOfError(error), body: metadata };
  }
}

function concretePath(pattern: string, params: Params): string {
  return pattern.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_m, _dots: string | undefined, name: string) => {
    const value = params[name];
    return Array.isArray(value) ? value.map(encodeURIComponent).join('/') : encodeURIComponent(value ?? '');
  });
}

async function callRoute(handler: RouteHandler, method: string, pattern: string, input: { params?: Params; query?: Query }): Promise<Outcome & { body?: unknown }> {
  const url = new URL(`http://localhost:3000${concretePath(pattern, input.params ?? {})}`);
  for (const [k, v] of Object.entries(input.query ?? {})) url.searchParams.set(k, v);
  const params = Object.fromEntries(Object.entries(input.params ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v : encodeURIComponent(v)]));
  const response = await handler(new NextRequest(url, { method }), { params: Promise.resolve(params) });
  const body = await response.text();
  return { kind: 'response', status: response.status, location: response.headers.get('location'), body: `${body}\n${response.headers.get('content-disposition') ?? ''}` };
}

async function callAction(action: ServerAction, values: Record<string, string>): Promise<Outcome & { body?: unknown }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) form.set(k, v);
  // React calls a form action with the form alone, a useActionState action with the previous state first.
  const state = action.length >= 2 ? await action(idleState, form) : await action(form);
  return { kind: 'state', state, body: state };
}

/** Something happened beyond answering: a write, a call to Amazon, a cookie, a cache refresh. */
const hadEffects = (o: Observation) => !noChanges(o.changes) || o.requests.length > 0 || o.clientsMade.length > 0 || o.cookieWrites.length > 0 || o.revalidated.length > 0;

function stateOf(o: Observation): Record<string, unknown> | undefined {
  return o.outcome.kind === 'state' && typeof o.outcome.state === 'object' && o.outcome.state !== null ? (o.outcome.state as Record<string, unknown>) : undefined;
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
async function checkCallers(kind: 'page' | 'route' | 'action', access: Access, run: (caller: Caller) => Promise<Observation>, options: { static?: boolean } = {}): Promise<string[]> {
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
      if (kind === 'page' && o.outcome.kind === 'rendered' && !options.static && !tokensIn(o.text, alpha.tokens, []).length) problems.push(`${caller}: rendered none of Alpha's own data`);
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
  it('server actions are all exported from a \'use server\' module', () => {
    // An inline 'use server' inside a component has no export the matrix could call: move it to an actions module.
    expect(discovered.inlineActions).toEqual([]);
  });
  it.each(cases)('%s', (_what, found, table) => {
    const keys = found.map((f) => f.key);
    // A new entry needs a line in the table: the least role that may use it, or 'public'.
    expect(keys.filter((k) => !(k in table)), 'found on disk but not in the access table').toEqual([]);
    expect(Object.keys(table).filter((k) => !keys.includes(k)), 'in the access table but gone from disk').toEqual([]);
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
    const problems = await checkCallers('page', rule.access, (caller) => observe(caller, { sent: valuesOf(own.params, own.searchParams) }, () => callPage(page, own)), { static: rule.static ?? false });
    const attacks = rule.attacks?.(alpha, beta) ?? [{ ...own, expect: 'shows-nothing' as const }];
    for (const attack of attacks) {
      const o = await observe('owner', { sent: [...valuesOf(attack.params, attack.searchParams), forgedView()], cookie: forgedView() }, () => callPage(page, attack));
      const refused = attack.expect === 'not-found' ? o.outcome.kind === 'http-error' && o.outcome.status === 404 : null;
      if (attack.expect === 'shows-nothing' && rule.access !== 'public' && o.outcome.kind !== 'rendered') problems.push(`attack ${JSON.stringify(attack)}: did not render: ${describeOutcome(o)}`);
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
      const o = await observe('owner', { sent: [...valuesOf(attack.params, attack.query), forgedView()], cookie: forgedView() }, () => callRoute(handler, route.method, route.pattern, attack));
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
    const problems = await checkCallers('action', rule.access, (caller) => observe(caller, { sent: Object.values(own) }, () => callAction(action, own)));
    const attacks = rule.attacks?.(alpha, beta) ?? [{ form: own, expect: 'shows-nothing' as const }];
    for (const attack of attacks) {
      const o = await observe('owner', { sent: [...Object.values(attack.form), forgedView()], cookie: forgedView() }, () => callAction(action, attack.form));
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
