/**
 * The access table: who may use what, one line per page, layout, route handler method and
 * server action found on disk (enumerate.ts), naming the least role it needs, the input its own
 * users call it with and how the owner of workspace Alpha tries to reach workspace Beta's data
 * through it. The access matrix checks every line; the input fuzz calls each entry as a role the
 * table allows. An entry on disk but missing here fails the matrix.
 */
import type { Role } from '@/lib/auth/roles';
import type { Params, Query } from './harness';
import type { SeededTenant } from './seed-tenants';
import { shipmentLinesJson } from '@/test/support/shipment-lines';

// ---------------------------------------------------------------------------------------------
// The table: who may use what. `public` entries need no session (and must still hand out no data
// and write nothing when called here: the workspace exists, sign-up is over). A new entry needs
// its least role; `own` params when its URL has dynamic segments; `attacks` when it takes ids.
// ---------------------------------------------------------------------------------------------

export type Access = Role | 'public';

/**
 * How the owner of Alpha tries to reach Beta: with one of Beta's objects (`not-found`, `refused`
 * or the expected refusal message: it must be turned away), or through a list or an
 * own-workspace setting (`shows-nothing`: it may answer, but with nothing of Beta's).
 */
export interface PageAttack {
  params?: Params;
  searchParams?: Query;
  expect: 'not-found' | 'shows-nothing';
}
export interface RouteAttack {
  params?: Params;
  query?: Query;
  expect: 'refused' | 'shows-nothing';
}
export interface ActionAttack {
  /** A file where the action takes one (a buyer message's attachment). */
  form: Record<string, string | File>;
  /** The refusal that proves the ids reached the workspace check (and not, say, a form error), or `shows-nothing`. */
  expect: RegExp | 'shows-nothing';
}

export interface PageRule {
  access: Access;
  /** Params and search params for Alpha's own users (required when the URL has dynamic segments). */
  own?: (a: SeededTenant) => { params?: Params; searchParams?: Query };
  attacks?: (a: SeededTenant, b: SeededTenant) => PageAttack[];
  /** The page shows no workspace data, so a render need not contain Alpha's. */
  static?: true;
}
export interface RouteRule {
  access: Access;
  own?: (a: SeededTenant) => { params?: Params; query?: Query };
  attacks?: (a: SeededTenant, b: SeededTenant) => RouteAttack[];
  /** Why this entry cannot be called here; it is listed in the summary instead. */
  unchecked?: string;
}
export interface ActionRule {
  access: Access;
  /** A form for Alpha's own users; empty by default (an allowed role then gets field errors back). */
  own?: (a: SeededTenant) => Record<string, string>;
  attacks?: (a: SeededTenant, b: SeededTenant) => ActionAttack[];
}

export const shipment = (accountId: string, shipmentId: string) => ({ accountId, shipmentId });
const shipmentAttacks = (a: SeededTenant, b: SeededTenant) => [shipment(b.accountId, b.shipmentId), shipment(a.accountId, b.shipmentId)];
export const today = () => new Date().toISOString().slice(0, 10);
export const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const NOT_FOUND_SHIPMENT = /That inbound shipment was not found/;
const NOT_CONNECTED = /That Amazon account is not connected/;
export const outboundAddress = { name: 'Pat Doe', addressLine1: '1 Main St', city: 'Austin', postalCode: '73301', countryCode: 'US' };
export const outboundLines = (sku: string) => JSON.stringify([{ sellerSku: sku, quantity: 1 }]);
/** A shop's order file as the import page sends it: one order of one line. */
export const outboundImportForm = (accountId: string, marketplaceId: string, sku: string) => ({
  accountId,
  marketplaceId,
  shop: 'shopify',
  shippingSpeedCategory: 'Standard',
  displayableOrderComment: 'Thank you for your order.',
  orders: JSON.stringify([
    {
      orderNumber: '#5001',
      orderDate: '2026-11-20 10:15:00 -0500',
      ...outboundAddress,
      addressLine2: '',
      stateOrRegion: 'TX',
      phone: '',
      items: [{ sellerSku: sku, quantity: 1 }],
    },
  ]),
});
export const sendPlanForm = (accountId: string, marketplaceId: string, sku: string) => ({
  accountId,
  marketplaceId,
  phoneNumber: '+1 206 555 0100',
  items: JSON.stringify([{ msku: sku, quantity: 1, labelOwner: 'SELLER', prepOwner: 'NONE' }]),
  fromName: 'Warehouse',
  fromAddressLine1: '1 Main St',
  fromCity: 'Seattle',
  fromStateOrProvinceCode: 'WA',
  fromPostalCode: '98101',
  fromCountryCode: 'US',
});

export const PAGES: Record<string, PageRule> = {
  '/': { access: 'public', static: true },
  '/no-access': { access: 'public', static: true },
  '/setup': { access: 'public', static: true },
  '/sign-in': { access: 'public', static: true },
  // An invite link: public, it reads the invite by its token's hash; a made-up token shows only why it does not work.
  '/invite/[token]': { access: 'public', static: true, own: () => ({ params: { token: 'A'.repeat(43) } }) },
  '/inbound': { access: 'viewer', attacks: (_a, b) => [{ searchParams: { account: b.accountId, q: b.shipmentId }, expect: 'shows-nothing' }] },
  '/inbound/[accountId]/[shipmentId]': {
    access: 'viewer',
    own: (a) => ({ params: shipment(a.accountId, a.shipmentId) }),
    attacks: (a, b) => shipmentAttacks(a, b).map((params) => ({ params, expect: 'not-found' })),
  },
  '/inbound/new': { access: 'operator', attacks: (_a, b) => [{ searchParams: { for: `${b.accountId}|${b.marketplaceId}` }, expect: 'shows-nothing' }] },
  '/inbound/plans/[planId]': {
    access: 'viewer',
    own: (a) => ({ params: { planId: a.planId } }),
    attacks: (_a, b) => [{ params: { planId: b.planId }, expect: 'not-found' }],
  },
  '/inbound/send/[planId]': {
    access: 'viewer',
    own: (a) => ({ params: { planId: a.sendPlanId } }),
    attacks: (_a, b) => [{ params: { planId: b.sendPlanId }, expect: 'not-found' }],
  },
  '/inventory': { access: 'viewer', attacks: (_a, b) => [{ searchParams: { account: b.accountId, q: b.sku }, expect: 'shows-nothing' }] },
  '/orders': { access: 'viewer', attacks: (_a, b) => [{ searchParams: { account: b.accountId, q: b.orderId }, expect: 'shows-nothing' }] },
  '/orders/[orderId]': {
    access: 'viewer',
    own: (a) => ({ params: { orderId: a.orderId } }),
    attacks: (_a, b) => [{ params: { orderId: b.orderId }, expect: 'not-found' }],
  },
  // The file is read in the browser: the page itself shows no order.
  '/orders/bulk/confirm-shipments': { access: 'operator', static: true },
  // The list's selection: Beta's order named by id is listed as not in the workspace, nothing of it shown.
  '/orders/bulk/fulfill': { access: 'operator', attacks: (_a, b) => [{ searchParams: { ids: b.orderId }, expect: 'shows-nothing' }] },
  '/orders/[orderId]/fulfill': {
    access: 'operator',
    own: (a) => ({ params: { orderId: a.orderId } }),
    attacks: (_a, b) => [{ params: { orderId: b.orderId }, expect: 'not-found' }],
  },
  '/orders/[orderId]/messages': {
    access: 'viewer',
    own: (a) => ({ params: { orderId: a.orderId } }),
    attacks: (_a, b) => [{ params: { orderId: b.orderId }, expect: 'not-found' }],
  },
  '/orders/[orderId]/ship': {
    access: 'viewer',
    own: (a) => ({ params: { orderId: a.orderId } }),
    attacks: (_a, b) => [{ params: { orderId: b.orderId }, expect: 'not-found' }],
  },
  '/outbound': { access: 'viewer', attacks: (_a, b) => [{ searchParams: { account: b.accountId, q: b.fulfillmentOrderId }, expect: 'shows-nothing' }] },
  '/outbound/[accountId]/[orderId]': {
    access: 'viewer',
    own: (a) => ({ params: { accountId: a.accountId, orderId: a.fulfillmentOrderId } }),
    attacks: (a, b) => [b.accountId, a.accountId].map((accountId) => ({ params: { accountId, orderId: b.fulfillmentOrderId }, expect: 'not-found' })),
  },
  '/outbound/import': { access: 'operator' },
  '/outbound/new': { access: 'operator', attacks: (_a, b) => [{ searchParams: { from: `${b.accountId}|${b.marketplaceId}` }, expect: 'shows-nothing' }] },
  '/settings': { access: 'viewer', static: true },
  '/settings/account': { access: 'viewer' },
  '/settings/accounts': { access: 'viewer' },
  '/settings/audit': { access: 'admin', attacks: (_a, b) => [{ searchParams: { user: b.userIds.admin, target: b.auditTarget }, expect: 'shows-nothing' }] },
  '/settings/sync': { access: 'viewer' },
  '/settings/users': { access: 'admin' },
};

export const LAYOUTS: Record<string, PageRule> = {
  'app/layout.tsx': { access: 'public', static: true },
  'app/(auth)/layout.tsx': { access: 'public', static: true },
  'app/(dashboard)/layout.tsx': { access: 'viewer' },
  // It renders only its page: it shows nothing of its own, but answers "not found" for another workspace's order.
  'app/(dashboard)/orders/[orderId]/layout.tsx': {
    access: 'viewer',
    static: true,
    own: (a) => ({ params: { orderId: a.orderId } }),
    attacks: (_a, b) => [{ params: { orderId: b.orderId }, expect: 'not-found' }],
  },
};

export const ROUTES: Record<string, RouteRule> = {
  'GET /api/amazon/callback': {
    access: 'admin',
    own: (a) => ({ query: { state: 'never-issued', spapi_oauth_code: 'code', selling_partner_id: a.sellingPartnerId } }),
    // Beta's pending authorization, replayed by Alpha's owner: it must not be used or connect anything.
    attacks: (_a, b) => [{ query: { state: b.authorizationState, spapi_oauth_code: 'code', selling_partner_id: b.sellingPartnerId }, expect: 'refused' }],
  },
  'GET /api/auth/[...nextauth]': {
    access: 'public',
    unchecked: 'next-auth reads next/headers through require(), which works only inside a real request; e2e/auth.spec.ts covers it',
  },
  'POST /api/auth/[...nextauth]': {
    access: 'public',
    unchecked: 'next-auth reads next/headers through require(), which works only inside a real request; e2e/auth.spec.ts covers it',
  },
  // Operators and above: each call spends the seller's Amazon quota.
  'GET /api/inbound/shipments/[accountId]/[shipmentId]/bill-of-lading': {
    access: 'viewer',
    own: (a) => ({ params: shipment(a.accountId, a.shipmentId) }),
    attacks: (a, b) => shipmentAttacks(a, b).map((params) => ({ params, expect: 'refused' })),
  },
  'GET /api/inbound/shipments/[accountId]/[shipmentId]/labels': {
    access: 'viewer',
    own: (a) => ({ params: shipment(a.accountId, a.shipmentId), query: { pageType: 'PackageLabel_Thermal', labelType: 'UNIQUE', numberOfPackages: '1' } }),
    attacks: (a, b) =>
      shipmentAttacks(a, b).map((params) => ({
        params,
        query: { pageType: 'PackageLabel_Thermal', labelType: 'UNIQUE', numberOfPackages: '1' },
        expect: 'refused',
      })),
  },
  // Operators and above: each print asks Amazon for the document.
  'GET /api/inbound/send/[planId]/labels': {
    access: 'operator',
    own: (a) => ({ params: { planId: a.sendPlanId }, query: { shipmentId: a.sendShipmentId, pageType: 'PackageLabel_Thermal' } }),
    attacks: (_a, b) => [{ params: { planId: b.sendPlanId }, query: { shipmentId: b.sendShipmentId, pageType: 'PackageLabel_Thermal' }, expect: 'refused' }],
  },
  'GET /api/inbound/send/[planId]/item-labels': {
    access: 'operator',
    own: (a) => ({ params: { planId: a.sendPlanId }, query: { format: 'Letter_30' } }),
    attacks: (_a, b) => [{ params: { planId: b.sendPlanId }, query: { format: 'Letter_30' }, expect: 'refused' }],
  },
  'GET /api/inbound/send/[planId]/bill-of-lading': {
    access: 'operator',
    own: (a) => ({ params: { planId: a.sendPlanId }, query: { shipmentId: a.sendShipmentId } }),
    attacks: (_a, b) => [{ params: { planId: b.sendPlanId }, query: { shipmentId: b.sendShipmentId }, expect: 'refused' }],
  },
  'GET /api/orders/export': { access: 'viewer', attacks: (_a, b) => [{ query: { account: b.accountId, q: b.orderId }, expect: 'shows-nothing' }] },
  // Any role prints; Beta's order id is only ever "not found" (its content is checked in pick-pack.integration.test.ts: the PDF is compressed).
  'GET /api/orders/print': {
    access: 'viewer',
    own: (a) => ({ query: { kind: 'packing-slips', ids: a.orderId } }),
    attacks: (_a, b): RouteAttack[] => [
      { query: { kind: 'pick-list', ids: b.orderId }, expect: 'shows-nothing' },
      // "All matching" a search for Beta's order: the filter reads Alpha's workspace only.
      { query: { kind: 'packing-slips', status: 'all', q: b.orderId }, expect: 'shows-nothing' },
    ],
  },
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

const INBOUND = 'lib/inbound/actions.ts';
const ORDER = 'lib/orders';

/** A shipments-CSV batch of one line for the order, as the bulk confirm page sends it. */
const OUTBOUND = 'lib/outbound/actions.ts';
const orderAttack =
  (expect: RegExp, extra: Record<string, string> = {}) =>
  (_a: SeededTenant, b: SeededTenant) => [{ form: { orderId: b.orderId, ...extra }, expect }];
const shipmentActionAttacks =
  (extra: () => Record<string, string> = () => ({})) =>
  (a: SeededTenant, b: SeededTenant) =>
    shipmentAttacks(a, b).map((ref) => ({ form: { ...ref, ...extra() }, expect: NOT_FOUND_SHIPMENT }));

export const ACTIONS: Record<string, ActionRule> = {
  // First run only: it refuses once any user exists, which is the case here, whoever calls.
  'lib/users/setup-actions.ts#createOwnerAccount': {
    access: 'public',
    own: () => ({
      workspaceName: 'Intruder Co',
      name: 'Intruder',
      email: 'intruder@example.com',
      password: 'a long enough password',
      confirmPassword: 'a long enough password',
    }),
  },
  'lib/accounts/view-actions.ts#chooseAccountView': {
    access: 'viewer',
    own: (a) => ({ view: `${a.accountId}|${a.marketplaceId}` }),
    attacks: (_a, b) => [{ form: { view: `${b.accountId}|${b.marketplaceId}` }, expect: 'shows-nothing' }],
  },
  // Every role may end its own sessions; there are no ids to aim at another workspace.
  'lib/auth/actions.ts#signOutEverywhereAction': { access: 'viewer' },
  // Every role changes its own password (the seeded hashes match nothing, so it is refused at the current password); no ids to aim.
  'lib/auth/actions.ts#changePasswordAction': {
    access: 'viewer',
    own: () => ({ currentPassword: 'not the password', newPassword: 'a long enough password', confirmPassword: 'a long enough password' }),
  },
  // Every role chooses its own time zone; no ids to aim at another workspace.
  'lib/users/time-zone-actions.ts#setTimeZoneAction': { access: 'viewer', own: () => ({ timeZone: 'Europe/Berlin' }) },
  // Public: the token is the guard. A made-up one joins nothing and writes nothing, whoever calls.
  'lib/users/invite-actions.ts#acceptInviteAction': {
    access: 'public',
    own: () => ({ token: 'A'.repeat(43), name: 'Intruder', password: 'a long enough password', confirmPassword: 'a long enough password' }),
  },
  [`${INBOUND}#refreshShipmentAction`]: { access: 'operator', attacks: shipmentActionAttacks() },
  // Saved boxes: another workspace's box id is "no longer exists"; saving writes only to the caller's workspace.
  [`${INBOUND}#saveBoxTemplateAction`]: {
    access: 'operator',
    own: (a) => ({ planId: a.sendPlanId, name: 'Operator carton', unit: 'IN', length: '18', width: '14', height: '10', weightUnit: 'LB', weight: '20' }),
  },
  [`${INBOUND}#deleteBoxTemplateAction`]: {
    access: 'operator',
    attacks: (a, b) => [{ form: { planId: a.sendPlanId, templateId: b.boxTemplateId }, expect: /That saved box no longer exists/ }],
  },
  // Prep details before a plan exists: another workspace's account is not connected here.
  [`${INBOUND}#skuPrepDetailsAction`]: {
    access: 'operator',
    attacks: (_a, b) => [{ form: { accountId: b.accountId, marketplaceId: b.marketplaceId, mskus: JSON.stringify([b.sku]) }, expect: NOT_CONNECTED }],
  },
  [`${INBOUND}#setSkuPrepCategoryAction`]: {
    access: 'operator',
    attacks: (_a, b) => [{ form: { accountId: b.accountId, marketplaceId: b.marketplaceId, msku: b.sku, prepCategory: 'FRAGILE' }, expect: NOT_CONNECTED }],
  },
  // Compliance details before a plan exists (India only): another workspace's account is not connected here.
  [`${INBOUND}#skuComplianceDetailsAction`]: {
    access: 'operator',
    attacks: (_a, b) => [{ form: { accountId: b.accountId, marketplaceId: 'A21TJRUUN4KGV', mskus: JSON.stringify([b.sku]) }, expect: NOT_CONNECTED }],
  },
  [`${INBOUND}#setSkuComplianceAction`]: {
    access: 'operator',
    attacks: (_a, b) => [
      { form: { accountId: b.accountId, marketplaceId: 'A21TJRUUN4KGV', msku: b.sku, hsnCode: '61091000', declaredValue: '499' }, expect: NOT_CONNECTED },
    ],
  },
  [`${INBOUND}#startSendToAmazonAction`]: {
    access: 'operator',
    attacks: (a, b) => [
      { form: sendPlanForm(b.accountId, b.marketplaceId, b.sku), expect: NOT_CONNECTED },
      { form: { ...sendPlanForm(a.accountId, a.marketplaceId, a.sku), shipFromAddressId: b.addressId }, expect: /That saved address no longer exists/ },
    ],
  },
  ...Object.fromEntries(
    (
      [
        ['followSendToAmazonAction', () => ({})],
        ['refreshSendToAmazonAction', () => ({})],
        ['requestPackingOptionsAction', () => ({})],
        ['requestPlacementOptionsAction', () => ({})],
        ['choosePackingAction', (b: SeededTenant) => ({ packingOptionId: b.sendPlacementOptionId })],
        [
          'setBoxesAction',
          (b: SeededTenant) => ({
            packingGroupId: b.sendPlacementOptionId,
            boxes: JSON.stringify([
              { count: 1, unit: 'IN', length: 10, width: 10, height: 10, weightUnit: 'LB', weight: 5, items: [{ msku: b.sku, quantity: 3 }] },
            ]),
          }),
        ],
        ['choosePlacementAction', (b: SeededTenant) => ({ placementOptionId: b.sendPlacementOptionId })],
        [
          'requestTransportationAction',
          (b: SeededTenant) => ({ readyToShip: tomorrow(), shipments: JSON.stringify([{ shipmentId: b.sendShipmentId, pallets: 0 }]) }),
        ],
        ['requestDeliveryWindowsAction', (b: SeededTenant) => ({ shipmentId: b.sendShipmentId })],
        ['chooseDeliveryWindowAction', (b: SeededTenant) => ({ shipmentId: b.sendShipmentId, deliveryWindowOptionId: b.sendPlacementOptionId })],
        [
          'confirmTransportationAction',
          (b: SeededTenant) => ({ selections: JSON.stringify([{ shipmentId: b.sendShipmentId, transportationOptionId: b.sendPlacementOptionId }]) }),
        ],
        ['sendTrackingAction', (b: SeededTenant) => ({ shipmentId: b.sendShipmentId, freightBillNumber: 'PRO1' })],
        ['setPrepCategoryAction', (b: SeededTenant) => ({ msku: b.sku, prepCategory: 'FRAGILE' })],
        ['retrySendToAmazonAction', () => ({})],
        ['cancelSendToAmazonAction', () => ({})],
        ['renamePlanAction', () => ({ name: 'Mine now' })],
        ['renameShipmentAction', (b: SeededTenant) => ({ shipmentId: b.sendShipmentId, name: 'Mine now' })],
        [
          'previewContentUpdateAction',
          (b: SeededTenant) => ({
            shipmentId: b.sendShipmentId,
            boxes: JSON.stringify([
              { count: 1, unit: 'IN', length: 10, width: 10, height: 10, weightUnit: 'LB', weight: 5, items: [{ msku: b.sku, quantity: 3 }] },
            ]),
          }),
        ],
        ['requestAppointmentSlotsAction', (b: SeededTenant) => ({ shipmentId: b.sendShipmentId, from: '2027-03-04' })],
        ['scheduleAppointmentAction', (b: SeededTenant) => ({ shipmentId: b.sendShipmentId, slotId: b.sendPlacementOptionId })],
        ['cancelAppointmentAction', (b: SeededTenant) => ({ shipmentId: b.sendShipmentId, reason: 'VEHICLE_DELAY' })],
        ['confirmContentUpdateAction', (b: SeededTenant) => ({ shipmentId: b.sendShipmentId, contentUpdatePreviewId: b.sendPlacementOptionId })],
      ] as Array<[string, (b: SeededTenant) => Record<string, string>]>
    ).map(([name, extra]): [string, ActionRule] => [
      `${INBOUND}#${name}`,
      { access: 'operator', attacks: (_a, b) => [{ form: { planId: b.sendPlanId, ...extra(b) }, expect: /This plan does not exist/ }] },
    ]),
  ),
  'lib/inventory/actions.ts#setSkuThresholdAction': {
    access: 'operator',
    attacks: (_a, b) => [{ form: { sellerSku: b.sku, threshold: '3' }, expect: 'shows-nothing' }],
  },
  'lib/inventory/actions.ts#setDefaultThresholdAction': { access: 'operator', attacks: () => [{ form: { threshold: '4' }, expect: 'shows-nothing' }] },
  [`${ORDER}/order-page-actions.ts#refreshOrderAction`]: { access: 'operator', attacks: orderAttack(/That order is not in this workspace/) },
  [`${ORDER}/order-page-actions.ts#checkCancellationAction`]: { access: 'operator', attacks: orderAttack(/That order was not found/) },
  [`${ORDER}/order-page-actions.ts#resendCancellationAction`]: {
    access: 'operator',
    attacks: orderAttack(/That order was not found/, { cancellationId: '00000000-0000-4000-8000-000000000000' }),
  },
  [`${ORDER}/order-page-actions.ts#cancelBackorderHoldAction`]: { access: 'operator', attacks: orderAttack(/That order was not found/) },
  // A read that is not an authorizedAction: an order id is needed for an allowed role to get past the form check.
  [`${ORDER}/order-page-actions.ts#revealBuyerDetails`]: {
    access: 'operator',
    own: (a) => ({ orderId: a.orderId }),
    attacks: orderAttack(/That order is not in this workspace/),
  },
  [`${ORDER}/fulfill-actions.ts#prepareFulfillmentAction`]: { access: 'operator', attacks: orderAttack(/That order was not found/) },
  [`${ORDER}/fulfill-actions.ts#previewFulfillmentAction`]: { access: 'operator', attacks: orderAttack(/That order was not found/) },
  [`${ORDER}/fulfill-actions.ts#createFulfillmentOrderAction`]: {
    access: 'operator',
    attacks: orderAttack(/That order was not found/, { shippingSpeed: 'Standard' }),
  },
  // Each order's result is its own line: Beta's order comes back "not found", and nothing is sent or written for it.
  [`${ORDER}/bulk-actions.ts#fulfillOrdersWithFbaAction`]: {
    access: 'operator',
    attacks: (_a, b) => [{ form: { orderIds: b.orderId, shippingSpeed: 'Standard' }, expect: 'shows-nothing' }],
  },
  // The same for a preview: Beta's order is "not found" on its own line, and Amazon is not asked about it.
  [`${ORDER}/bulk-actions.ts#previewOrdersWithFbaAction`]: {
    access: 'operator',
    attacks: (_a, b) => [{ form: { orderIds: b.orderId, shippingSpeed: 'Standard' }, expect: 'shows-nothing' }],
  },
  // Beta's order is "not in your workspace" on its own line: nothing is read, sent or written for it. The id
  // travels inside the lines' JSON; it is named again (a field the action ignores) so the harness counts it as sent.
  [`${ORDER}/ship-csv-actions.ts#checkShipmentLinesAction`]: {
    access: 'operator',
    attacks: (_a, b) => [{ form: { lines: shipmentLinesJson(b.orderId), orderId: b.orderId }, expect: 'shows-nothing' }],
  },
  [`${ORDER}/ship-csv-actions.ts#confirmShipmentLinesAction`]: {
    access: 'operator',
    attacks: (_a, b) => [{ form: { lines: shipmentLinesJson(b.orderId), orderId: b.orderId }, expect: 'shows-nothing' }],
  },
  [`${ORDER}/message-actions.ts#sendBuyerMessageAction`]: {
    access: 'operator',
    // With a file too: Beta's order is refused before anything is uploaded for it.
    attacks: (a, b) => [
      ...orderAttack(/That order was not found/, { action: 'confirmOrderDetails', text: 'Hello there' })(a, b),
      { form: { orderId: b.orderId, action: 'invoice', attachment: new File(['%PDF-1.4\n%%EOF\n'], 'invoice.pdf') }, expect: /That order was not found/ },
    ],
  },
  [`${ORDER}/ship-actions.ts#refreshFbaStatusAction`]: { access: 'operator', attacks: orderAttack(/That order was not found/) },
  [`${ORDER}/ship-actions.ts#confirmFbaShipmentAction`]: { access: 'operator', attacks: orderAttack(/That order was not found/) },
  [`${ORDER}/ship-actions.ts#confirmManualShipmentAction`]: {
    access: 'operator',
    attacks: (_a, b) => [
      {
        form: {
          orderId: b.orderId,
          carrierCode: 'UPS',
          trackingNumber: '1Z999',
          shipDate: today(),
          packageReferenceId: '1',
          [`quantity.${b.orderItemId}`]: '1',
        },
        expect: /That order was not found/,
      },
    ],
  },
  [`${ORDER}/ship-actions.ts#updateShipmentStatusAction`]: {
    access: 'operator',
    attacks: orderAttack(/That order was not found/, { shipmentStatus: 'ReadyForPickup' }),
  },
  // A workspace setting: the order id only names the page to refresh.
  [`${ORDER}/ship-actions.ts#setConfirmModeAction`]: {
    access: 'admin',
    attacks: (_a, b) => [{ form: { mode: 'automatic', orderId: b.orderId }, expect: 'shows-nothing' }],
  },
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
    attacks: (_a, b) => [
      {
        form: { accountId: b.accountId, marketplaceId: b.marketplaceId, shippingSpeedCategory: 'Standard', items: outboundLines(b.sku), ...outboundAddress },
        expect: NOT_CONNECTED,
      },
    ],
  },
  ...Object.fromEntries(
    ['checkOutboundImportAction', 'previewOutboundImportAction', 'createOutboundImportAction'].map((name) => [
      `${OUTBOUND}#${name}`,
      {
        access: 'operator',
        attacks: (_a: SeededTenant, b: SeededTenant) => [{ form: outboundImportForm(b.accountId, b.marketplaceId, b.sku), expect: NOT_CONNECTED }],
      } satisfies ActionRule,
    ]),
  ),
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
        form: {
          accountId,
          sellerFulfillmentOrderId: b.fulfillmentOrderId,
          sellerFulfillmentOrderItemId: b.fulfillmentOrderItemId,
          amazonShipmentId: 'DShip1',
          returnReasonCode: 'DAMAGED',
          quantity: '1',
        },
        expect: accountId === b.accountId ? NOT_CONNECTED : /not found/i,
      })),
  },
  // Starts Alpha's own authorization (a row in Alpha and a redirect to the consent page).
  'lib/accounts/connection-actions.ts#connectAmazonAccount': { access: 'admin', attacks: () => [{ form: { region: 'eu' }, expect: 'shows-nothing' }] },
  'lib/accounts/connection-actions.ts#disconnectAmazonAccount': {
    access: 'admin',
    attacks: (_a, b) => [{ form: { accountId: b.accountId }, expect: NOT_CONNECTED }],
  },
  'lib/sync/actions.ts#syncNow': { access: 'operator', attacks: (_a, b) => [{ form: { accountId: b.accountId, kind: 'all' }, expect: NOT_CONNECTED }] },
  'lib/users/user-actions.ts#createUserAction': {
    access: 'admin',
    // Emails are unique across workspaces, so a taken one is refused; the refusal names nothing of Beta's but the email sent.
    attacks: (_a, b) => [{ form: { name: 'Copy', email: b.emails.viewer, role: 'viewer', password: 'a long enough password' }, expect: /already exists/ }],
  },
  'lib/users/user-actions.ts#changeRoleAction': {
    access: 'admin',
    attacks: (_a, b) => [{ form: { userId: b.userIds.viewer, role: 'admin' }, expect: /That user does not exist/ }],
  },
  'lib/users/user-actions.ts#setDisabledAction': {
    access: 'admin',
    attacks: (_a, b) => [{ form: { userId: b.userIds.viewer, disabled: 'true' }, expect: /That user does not exist/ }],
  },
  // Owners only; another workspace's user is "does not exist", as for the other user actions.
  'lib/users/user-actions.ts#removeUserAction': {
    access: 'owner',
    attacks: (_a, b) => [{ form: { userId: b.userIds.viewer }, expect: /That user does not exist/ }],
  },
  'lib/users/invite-actions.ts#createInviteAction': {
    access: 'admin',
    // Emails are unique across workspaces: a user of Beta cannot be invited into Alpha.
    attacks: (_a, b) => [{ form: { email: b.emails.viewer, role: 'viewer' }, expect: /already exists/ }],
  },
  'lib/users/invite-actions.ts#revokeInviteAction': {
    access: 'admin',
    attacks: (_a, b) => [{ form: { inviteId: b.inviteId }, expect: /That invite does not exist/ }],
  },
};
