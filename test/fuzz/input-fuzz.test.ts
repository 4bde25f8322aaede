/**
 * Input fuzzing of every server action and every route handler that takes input, found on disk
 * by the access matrix's enumeration (test/access/enumerate.ts) and called, in the matrix's
 * world (test/access/harness.ts: simulator, seeded workspaces, faked session, every row and
 * SP-API call observed), by a user of the least role the access table allows.
 *
 * How the cases are made (cases.ts): each action starts from a valid form of Alpha's (BASES
 * below, one per mode where a value switches the fields read; a test fails when an action has
 * none, or when a case reaches fields no valid form uses). That form is sent once as it is,
 * which also shows which fields the action reads (schema-fields.ts: the zod objects it parses,
 * the names it reads from the FormData or the URL), so a new field is fuzzed without editing
 * this file. Then each field gets one case of every category (left out, empty, a file, a
 * repeated key, 100 kB, numbers, unicode, lone surrogates, control characters, line breaks,
 * HTML and script, SQL, path traversal, template syntax), the variant drawn by a seeded
 * generator, while the other fields stay valid, so each case is decided by the field under test.
 * A field that holds a JSON array gets cases for each key of its first item, with JSON's own
 * types (null, arrays, objects, 1e400, escapes a form cannot carry) and for the array as a
 * whole. Each action also gets arguments that are not a FormData at all, as a hand-made request
 * can send. Route handlers get the same per query parameter and path segment.
 *
 * What each case must do:
 * - no crash: nothing thrown, no 500, and nothing logged with console.error (an error the
 *   wrapper caught and turned into "Something went wrong" is still a crash);
 * - a refusal in plain words (verdict.ts): the message and every field error;
 * - no write when the case must be refused: no row changed and no SP-API call. A case must be
 *   refused when the field's own schema refuses the value, and whatever the schema says when it
 *   is hostile as delivered: 100 kB, a file, control characters that trimming leaves in place,
 *   a lone surrogate (a form or a URL delivers one as U+FFFD; a JSON escape delivers it as it
 *   is), a non-FormData argument, a bad number in a number field; passwords aside (hashed,
 *   never stored or sent). A field that drops what it cannot read (a list filter, a checkbox)
 *   may accept those: dropped is fine. An audit entry of a refused attempt (result 'error') is
 *   not a write: recording refused attempts is what the audit log is for;
 * - nothing stored or sent that carries a control character, a lone surrogate or a 100 kB paste
 *   (rows added, SP-API request bodies and query strings, cookies), accepted or not.
 * Accepted markup (a script tag in a name) is stored as the text it is: the last two tests prove
 * no component writes HTML from a string, and that every stored string with markup renders as
 * text.
 *
 * Speed: one database for the whole run; a case that only read is not snapshotted twice (the
 * harness watches the SQL), and the SP-API client's own pacing is switched off (below).
 *
 * One line sums it up: `fuzz: cases=N clear_errors=N writes=0 crashes=0`; every case is either
 * a clear error or accepted_ok (printed on the next line), or it failed its entry's test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inboundShipments, inventorySummaries, orderItems, orders } from '@/db/schema';
import type { ActionState } from '@/lib/actions/action-state';
import type { SimSku } from '@/simulator/core/contract';
import { catalog } from '@/simulator/state/catalog';
import { orderBook, type RecentOrder } from '@/simulator/state/orders';
import { inboundStore } from '@/test/support/simulator-truth';
import { shipmentLinesJson } from '@/test/support/shipment-lines';
import { ACTIONS, outboundAddress, outboundImportForm, ROUTES, sendPlanForm, today } from '@/test/access/access-table';
import { discover, paramNamesOf, type RouteHandler, type ServerAction } from '@/test/access/enumerate';
import {
  callAction,
  callRoute,
  closeWorld,
  observe,
  openWorld,
  type Caller,
  type Observation,
  type Outcome,
  type Params,
  type World,
} from '@/test/access/harness';
import { snapshot, type Snapshot } from '@/test/access/observe';
import type { SeededTenant } from '@/test/access/seed-tenants';
import { fieldCases, itemCases, jsonFieldCases, junkArguments, type Category, type Entries } from './cases';
import {
  describeField,
  fieldAccepts,
  fieldDrops,
  fieldsFrom,
  installParseRecorder,
  NotingFormData,
  recordParsesInto,
  type FieldInfo,
  type Noted,
} from './schema-fields';
import { bodyData, hostileTextIn, rowData, unclearIn } from './verdict';

vi.mock('@/db', async () => (await import('@/test/support/fakes')).fakeDbModule());
vi.mock('next-auth', async (original) => (await import('@/test/support/fakes')).fakeNextAuthModule(original));
vi.mock('next/headers', async () => (await import('@/test/support/fakes')).fakeHeadersModule());
vi.mock('next/cache', async () => (await import('@/test/support/fakes')).fakeCacheModule());
vi.mock('@/lib/accounts/sp-api-for-account', async (original) => (await import('@/test/support/fakes')).fakeSpApiForAccountModule(original));
// The client's own pacing (lib/sp-api/quota.ts, tested on its own) would hold each accepted case
// that reaches Amazon for up to half a second once an operation's burst is spent; the simulator
// enforces no usage plan here either. Each case is judged on its input, not on quotas.
vi.mock('@/lib/sp-api/quota', async (original) => {
  const real = await original<typeof import('@/lib/sp-api/quota')>();
  class UnpacedQuotaLimiter extends real.QuotaLimiter {
    override async acquire(): Promise<number> {
      return 0;
    }
  }
  return { ...real, QuotaLimiter: UnpacedQuotaLimiter };
});
// The list pages' one URL parser: the fields it reads are the export routes' query parameters.
vi.mock('@/lib/validation/search-params', async (original) => {
  const real = await original<typeof import('@/lib/validation/search-params')>();
  const { noteListFields } = await import('./schema-fields');
  const readSearchParams: typeof real.readSearchParams = (raw, fields, problem) => {
    noteListFields(fields);
    return real.readSearchParams(raw, fields, problem);
  };
  return { ...real, readSearchParams };
});

// ---------------------------------------------------------------------------------------------
// A valid form per action, for Alpha (one per mode where an action reads different fields per
// mode). Valid means it passes validation; it need not succeed: actions that would change what
// other cases rely on (disconnecting the account, disabling a user, starting a sync) are given
// an id that validates but names nothing, and refuse every case after validation.
// ---------------------------------------------------------------------------------------------

interface FuzzWorld {
  a: SeededTenant;
  /** A SKU the simulator stocks for Alpha's seller, and its ASIN, also in Alpha's synced stock. */
  sku: string;
  asin: string;
  /** An inbound shipment Amazon (the simulator) knows, stored as the sync stores it. */
  shipmentId: string;
  /** Unshipped seller-fulfilled orders Amazon knows, synced into Alpha's workspace: one shipped by the seller, one collected in store. */
  order: RecentOrder;
  pickupOrder: RecentOrder;
}
/** A valid form's values; a file where the action takes one (a buyer message's attachment). */
type Form = Record<string, string | File>;

const NOBODY = '00000000-0000-4000-8000-000000000000';
const PASSWORD = 'a long enough password';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
/** A shipment Amazon knows: accepted cases read it from Amazon and store what Amazon answered. */
const realShipment = (w: FuzzWorld) => ({ accountId: w.a.accountId, shipmentId: w.shipmentId });
const INBOUND = 'lib/inbound/actions.ts';
const ORDER = 'lib/orders';

/** A shipments-CSV batch of one line for the order, as the bulk confirm page sends it. */
const OUTBOUND = 'lib/outbound/actions.ts';

const outboundOrder = ({ a, sku }: FuzzWorld): Form => ({
  accountId: a.accountId,
  marketplaceId: a.marketplaceId,
  shippingSpeedCategory: 'Standard',
  items: JSON.stringify([{ sellerSku: sku, quantity: 1 }]),
  ...outboundAddress,
  addressLine2: 'Suite 5',
  stateOrRegion: 'TX',
  phone: '+1 512 555 0100',
});

/**
 * The field errors a valid form still gets from the action itself, after validation, because
 * the world cannot satisfy it without changing what other cases rely on: the seeded users'
 * password hashes match nothing, so a password change is refused at the current password
 * (changing it would end the caller's session for every case after it).
 */
const REFUSED_AFTER_VALIDATION: Record<string, { field: string; message: string }> = {
  'lib/auth/actions.ts#changePasswordAction': { field: 'currentPassword', message: 'That is not your current password.' },
};

const BASES: Record<string, (w: FuzzWorld) => Form[]> = {
  'lib/users/setup-actions.ts#createOwnerAccount': () => [
    { workspaceName: 'Fuzz Co', name: 'Pat Doe', email: 'pat@example.com', password: PASSWORD, confirmPassword: PASSWORD, setupCode: 'not-the-code' },
  ],
  'lib/accounts/view-actions.ts#chooseAccountView': ({ a }) => [{ view: `${a.accountId}|${a.marketplaceId}` }],
  // No fields: the fuzz sends unknown fields and non-forms, which must not end anyone's sessions by accident of parsing.
  'lib/auth/actions.ts#signOutEverywhereAction': () => [{}],
  // Refused at the current password after validation (REFUSED_AFTER_VALIDATION), whatever the case.
  'lib/auth/actions.ts#changePasswordAction': () => [{ currentPassword: 'not the password', newPassword: PASSWORD, confirmPassword: PASSWORD }],
  'lib/users/time-zone-actions.ts#setTimeZoneAction': () => [{ timeZone: 'Asia/Tokyo' }, { timeZone: '' }],
  // A token of the right shape that names no invite: refused after validation, whoever sends it.
  'lib/users/invite-actions.ts#acceptInviteAction': () => [{ token: 'A'.repeat(43), name: 'Pat Doe', password: PASSWORD, confirmPassword: PASSWORD }],
  [`${INBOUND}#skuPrepDetailsAction`]: ({ a, sku }) => [{ accountId: a.accountId, marketplaceId: a.marketplaceId, mskus: JSON.stringify([sku]) }],
  [`${INBOUND}#setSkuPrepCategoryAction`]: ({ a, sku }) => [{ accountId: a.accountId, marketplaceId: a.marketplaceId, msku: sku, prepCategory: 'FRAGILE' }],
  [`${INBOUND}#skuComplianceDetailsAction`]: ({ a, sku }) => [{ accountId: a.accountId, marketplaceId: 'A21TJRUUN4KGV', mskus: JSON.stringify([sku]) }],
  [`${INBOUND}#setSkuComplianceAction`]: ({ a, sku }) => [
    { accountId: a.accountId, marketplaceId: 'A21TJRUUN4KGV', msku: sku, hsnCode: '61091000', declaredValue: '499' },
  ],
  [`${INBOUND}#startSendToAmazonAction`]: ({ a, sku }): Form[] => [
    { ...sendPlanForm(a.accountId, a.marketplaceId, sku), name: 'Fuzz plan', saveAddress: 'on' },
    {
      accountId: a.accountId,
      marketplaceId: a.marketplaceId,
      shipFromAddressId: a.addressId,
      phoneNumber: '+1 206 555 0100',
      items: JSON.stringify([{ msku: sku, quantity: 2, labelOwner: 'SELLER', prepOwner: 'SELLER', expiration: inDays(400), manufacturingLotCode: 'LOT-1' }]),
    },
  ],
  // The seeded Send to Amazon plan: Amazon does not know it, so every step ends in Amazon's "not found", after validation.
  [`${INBOUND}#followSendToAmazonAction`]: ({ a }) => [{ planId: a.sendPlanId }],
  [`${INBOUND}#refreshSendToAmazonAction`]: ({ a }) => [{ planId: a.sendPlanId }],
  [`${INBOUND}#requestPackingOptionsAction`]: ({ a }) => [{ planId: a.sendPlanId }],
  [`${INBOUND}#requestPlacementOptionsAction`]: ({ a }) => [{ planId: a.sendPlanId }],
  [`${INBOUND}#choosePackingAction`]: ({ a }) => [{ planId: a.sendPlanId, packingOptionId: a.sendPlacementOptionId }],
  [`${INBOUND}#setBoxesAction`]: ({ a, sku }) => [
    {
      planId: a.sendPlanId,
      packingGroupId: a.sendPlacementOptionId,
      boxes: JSON.stringify([{ count: 1, unit: 'CM', length: 40, width: 30, height: 20, weightUnit: 'KG', weight: 8, items: [{ msku: sku, quantity: 3 }] }]),
    },
  ],
  [`${INBOUND}#choosePlacementAction`]: ({ a }) => [{ planId: a.sendPlanId, placementOptionId: a.sendPlacementOptionId }],
  [`${INBOUND}#requestTransportationAction`]: ({ a }) => [
    {
      planId: a.sendPlanId,
      readyToShip: inDays(2),
      shipments: JSON.stringify([
        {
          shipmentId: a.sendShipmentId,
          pallets: 2,
          unit: 'IN',
          length: 48,
          width: 40,
          height: 50,
          weightUnit: 'LB',
          weight: 600,
          stackable: true,
          freightClass: 'FC_85',
          declaredValue: 3000,
        },
      ]),
    },
  ],
  [`${INBOUND}#requestDeliveryWindowsAction`]: ({ a }) => [{ planId: a.sendPlanId, shipmentId: a.sendShipmentId }],
  [`${INBOUND}#chooseDeliveryWindowAction`]: ({ a }) => [
    { planId: a.sendPlanId, shipmentId: a.sendShipmentId, deliveryWindowOptionId: a.sendPlacementOptionId },
  ],
  [`${INBOUND}#confirmTransportationAction`]: ({ a }) => [
    { planId: a.sendPlanId, selections: JSON.stringify([{ shipmentId: a.sendShipmentId, transportationOptionId: a.sendPlacementOptionId }]) },
  ],
  [`${INBOUND}#sendTrackingAction`]: ({ a }): Form[] => [
    { planId: a.sendPlanId, shipmentId: a.sendShipmentId, boxes: JSON.stringify([{ boxId: 'FBA1ABCDEFGHU000001', trackingId: '1Z999AA10123456784' }]) },
    { planId: a.sendPlanId, shipmentId: a.sendShipmentId, freightBillNumber: 'PRO-12345' },
  ],
  [`${INBOUND}#previewContentUpdateAction`]: ({ a, sku }) => [
    {
      planId: a.sendPlanId,
      shipmentId: a.sendShipmentId,
      boxes: JSON.stringify([{ count: 2, unit: 'IN', length: 16, width: 12, height: 10, weightUnit: 'LB', weight: 14, items: [{ msku: sku, quantity: 5 }] }]),
    },
  ],
  [`${INBOUND}#requestAppointmentSlotsAction`]: ({ a }) => [{ planId: a.sendPlanId, shipmentId: a.sendShipmentId, from: '2027-03-04' }],
  [`${INBOUND}#scheduleAppointmentAction`]: ({ a }) => [{ planId: a.sendPlanId, shipmentId: a.sendShipmentId, slotId: a.sendPlacementOptionId }],
  [`${INBOUND}#cancelAppointmentAction`]: ({ a }) => [{ planId: a.sendPlanId, shipmentId: a.sendShipmentId, reason: 'VEHICLE_DELAY' }],
  [`${INBOUND}#confirmContentUpdateAction`]: ({ a }) => [
    { planId: a.sendPlanId, shipmentId: a.sendShipmentId, contentUpdatePreviewId: a.sendPlacementOptionId },
  ],
  [`${INBOUND}#setPrepCategoryAction`]: ({ a, sku }) => [{ planId: a.sendPlanId, msku: sku, prepCategory: 'FRAGILE' }],
  [`${INBOUND}#retrySendToAmazonAction`]: ({ a }) => [{ planId: a.sendPlanId }],
  [`${INBOUND}#cancelSendToAmazonAction`]: ({ a }) => [{ planId: a.sendPlanId }],
  [`${INBOUND}#saveBoxTemplateAction`]: ({ a }) => [
    { planId: a.sendPlanId, name: 'Fuzz carton', unit: 'CM', length: '40', width: '30', height: '20', weightUnit: 'KG', weight: '8' },
  ],
  [`${INBOUND}#deleteBoxTemplateAction`]: ({ a }) => [{ planId: a.sendPlanId, templateId: a.boxTemplateId }],
  [`${INBOUND}#renamePlanAction`]: ({ a }) => [{ planId: a.sendPlanId, name: 'Autumn restock' }],
  [`${INBOUND}#renameShipmentAction`]: ({ a }) => [{ planId: a.sendPlanId, shipmentId: a.sendShipmentId, name: 'Autumn restock (1/2)' }],
  [`${INBOUND}#refreshShipmentAction`]: (w) => [realShipment(w)],
  'lib/inventory/actions.ts#setSkuThresholdAction': ({ a }) => [{ sellerSku: a.sku, threshold: '5' }],
  'lib/inventory/actions.ts#setDefaultThresholdAction': () => [{ threshold: '4' }],
  [`${ORDER}/order-page-actions.ts#refreshOrderAction`]: ({ order }) => [{ orderId: order.amazonOrderId }],
  [`${ORDER}/order-page-actions.ts#checkCancellationAction`]: ({ order }) => [{ orderId: order.amazonOrderId }],
  // No cancellation of that id is on the order: the form is valid and the answer says so.
  [`${ORDER}/order-page-actions.ts#resendCancellationAction`]: ({ order }) => [
    { orderId: order.amazonOrderId, cancellationId: '00000000-0000-4000-8000-000000000000' },
  ],
  // No hold on that order: the form is valid and the answer says so.
  [`${ORDER}/order-page-actions.ts#cancelBackorderHoldAction`]: ({ order }) => [{ orderId: order.amazonOrderId }],
  [`${ORDER}/order-page-actions.ts#revealBuyerDetails`]: ({ order }) => [{ orderId: order.amazonOrderId }],
  [`${ORDER}/fulfill-actions.ts#prepareFulfillmentAction`]: ({ order }) => [{ orderId: order.amazonOrderId }],
  [`${ORDER}/fulfill-actions.ts#previewFulfillmentAction`]: ({ order }) => [
    { orderId: order.amazonOrderId, fulfillmentPolicy: 'FillOrKill', blankBox: 'on', notificationEmails: 'ops@example.com, pat@example.com' },
  ],
  [`${ORDER}/fulfill-actions.ts#createFulfillmentOrderAction`]: ({ order }) => [
    {
      orderId: order.amazonOrderId,
      fulfillmentPolicy: 'FillAllAvailable',
      notificationEmails: 'ops@example.com',
      shippingSpeed: 'Standard',
      lowStockChoice: '',
      buyerMessage: 'It ships today.',
      previewShortfall: '{}',
    },
  ],
  [`${ORDER}/bulk-actions.ts#fulfillOrdersWithFbaAction`]: ({ order }) => [{ orderIds: order.amazonOrderId, shippingSpeed: 'Expedited' }],
  [`${ORDER}/bulk-actions.ts#previewOrdersWithFbaAction`]: ({ order }) => [{ orderIds: order.amazonOrderId, shippingSpeed: 'Priority' }],
  [`${ORDER}/ship-csv-actions.ts#checkShipmentLinesAction`]: ({ order }) => [{ lines: shipmentLinesJson(order.amazonOrderId) }],
  [`${ORDER}/ship-csv-actions.ts#confirmShipmentLinesAction`]: ({ order }) => [{ lines: shipmentLinesJson(order.amazonOrderId) }],
  [`${ORDER}/message-actions.ts#sendBuyerMessageAction`]: ({ order }): Form[] => [
    { orderId: order.amazonOrderId, action: 'confirmOrderDetails', text: 'Please confirm the engraving text.' },
    { orderId: order.amazonOrderId, action: 'warranty', coverageStartDate: today(), coverageEndDate: inDays(365) },
    // Offered for any order past Pending: the file goes through the Uploads API, then the message names it.
    { orderId: order.amazonOrderId, action: 'legalDisclosure', attachment: new File(['%PDF-1.4\n%%EOF\n'], 'disclosure.pdf', { type: 'application/pdf' }) },
  ],
  [`${ORDER}/ship-actions.ts#refreshFbaStatusAction`]: ({ a }) => [{ orderId: a.orderId }],
  [`${ORDER}/ship-actions.ts#confirmFbaShipmentAction`]: ({ a }) => [{ orderId: a.orderId }],
  [`${ORDER}/ship-actions.ts#confirmManualShipmentAction`]: ({ order }) => [
    {
      orderId: order.amazonOrderId,
      carrierCode: 'Other',
      carrierName: 'Local Courier',
      trackingNumber: 'LC-12345',
      shipDate: today(),
      packageReferenceId: '7',
      [`quantity.${order.items[0]!.orderItemId}`]: '1',
    },
  ],
  [`${ORDER}/ship-actions.ts#updateShipmentStatusAction`]: ({ pickupOrder }) => [{ orderId: pickupOrder.amazonOrderId, shipmentStatus: 'ReadyForPickup' }],
  [`${ORDER}/ship-actions.ts#setConfirmModeAction`]: ({ a }) => [{ mode: 'manual', orderId: a.orderId }],
  [`${OUTBOUND}#createOutboundOrderAction`]: (w) => [
    {
      ...outboundOrder(w),
      sellerFulfillmentOrderId: 'MCF-FUZZ-0001',
      displayableOrderId: 'W-1001',
      displayableOrderDate: today(),
      displayableOrderComment: 'Thank you for your order.',
      fulfillmentPolicy: 'FillOrKill',
      notificationEmail: 'pat@example.com',
      hold: 'on',
    },
  ],
  [`${OUTBOUND}#previewOutboundOrderAction`]: (w) => [outboundOrder(w)],
  [`${OUTBOUND}#checkOutboundImportAction`]: ({ a, sku }) => [
    {
      ...outboundImportForm(a.accountId, a.marketplaceId, sku),
      mapping: JSON.stringify({
        orderNumber: 'Name',
        orderDate: 'Created at',
        sku: 'Lineitem sku',
        quantity: 'Lineitem quantity',
        name: 'Shipping Name',
        firstName: '',
        lastName: '',
        addressLine1: 'Shipping Address1',
        addressLine2: 'Shipping Address2',
        city: 'Shipping City',
        stateOrRegion: 'Shipping Province',
        postalCode: 'Shipping Zip',
        countryCode: 'Shipping Country',
        phone: 'Shipping Phone',
      }),
    },
  ],
  [`${OUTBOUND}#previewOutboundImportAction`]: ({ a, sku }) => [outboundImportForm(a.accountId, a.marketplaceId, sku)],
  [`${OUTBOUND}#createOutboundImportAction`]: ({ a, sku }) => [outboundImportForm(a.accountId, a.marketplaceId, sku)],
  [`${OUTBOUND}#cancelOutboundOrderAction`]: ({ a }) => [{ accountId: a.accountId, sellerFulfillmentOrderId: a.fulfillmentOrderId }],
  [`${OUTBOUND}#updateOutboundOrderAction`]: ({ a }) => [
    {
      accountId: a.accountId,
      sellerFulfillmentOrderId: a.fulfillmentOrderId,
      shippingSpeedCategory: 'Expedited',
      displayableOrderComment: 'Updated note',
      release: 'on',
      changeAddress: 'on',
      ...outboundAddress,
      [`quantity.${a.fulfillmentOrderItemId}`]: '1',
    },
  ],
  [`${OUTBOUND}#createOutboundReturnAction`]: ({ a }) => [
    {
      accountId: a.accountId,
      sellerFulfillmentOrderId: a.fulfillmentOrderId,
      sellerFulfillmentOrderItemId: a.fulfillmentOrderItemId,
      amazonShipmentId: 'DShip1',
      returnReasonCode: 'DAMAGED',
      quantity: '1',
      returnComment: 'Arrived broken',
      returnKey: 'fuzz1',
    },
  ],
  'lib/accounts/connection-actions.ts#connectAmazonAccount': () => [{ region: 'na' }],
  'lib/accounts/connection-actions.ts#disconnectAmazonAccount': () => [{ accountId: NOBODY }],
  'lib/sync/actions.ts#syncNow': () => [{ accountId: NOBODY, kind: 'orders' }],
  'lib/users/user-actions.ts#createUserAction': () => [{ name: 'Fuzz User', email: 'fuzz.user@example.com', role: 'viewer', password: PASSWORD }],
  'lib/users/user-actions.ts#changeRoleAction': () => [{ userId: NOBODY, role: 'operator' }],
  'lib/users/user-actions.ts#setDisabledAction': () => [{ userId: NOBODY, disabled: 'true' }],
  'lib/users/user-actions.ts#removeUserAction': () => [{ userId: NOBODY }],
  'lib/users/invite-actions.ts#createInviteAction': () => [{ email: 'invitee@example.com', role: 'viewer' }],
  'lib/users/invite-actions.ts#revokeInviteAction': () => [{ inviteId: NOBODY }],
};

// ---------------------------------------------------------------------------------------------
// The world: the matrix's, plus a SKU the simulator stocks (so accepted cases reach Amazon's
// success path, not its "unknown SKU"), synced into Alpha's inventory.
// ---------------------------------------------------------------------------------------------

// Before any schema is used (discovery imports every action module): see installParseRecorder.
installParseRecorder();
const discovered = await discover();
let world: World;
let fuzzWorld: FuzzWorld;
/** The database as the last case left it: each case's `before`. */
let lastSnapshot: Snapshot | undefined;

/** What the SP-API client sent to the simulator during the current case (bodies and query strings). */
let sentToAmazon: Array<{ url: string; body: string }> = [];
/** What was logged with console.error during the current case: an error the app caught but did not expect. */
let logged: string[] = [];

const tally = { cases: 0, clearErrors: 0, acceptedOk: 0, writes: 0, crashes: 0, unclear: 0, unsound: 0 };
const byCategory = new Map<string, number>();
const summary: string[] = [];
let started = 0;

beforeAll(async () => {
  started = Date.now();
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (world && url.startsWith(world.sim.url) && !url.includes('/auth/o2/token'))
      sentToAmazon.push({ url, body: typeof init?.body === 'string' ? init.body : '' });
    return realFetch(input, init);
  });
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(' '));
  });
  // One line per SP-API call on stdout would drown the report.
  vi.spyOn(console, 'info').mockImplementation(() => {});
  world = await openWorld('input-fuzz');
  fuzzWorld = await amazonKnownData(world);
});

/**
 * What accepted cases need to reach Amazon's success path rather than its "not found" (the seed
 * writes its rows straight into the database): a SKU the simulator stocks, synced into Alpha's
 * inventory; unshipped seller-fulfilled orders of Alpha's seller, synced as the sync would; and
 * one of the seller's inbound shipments Amazon knows, stored as the sync stores it.
 */
async function amazonKnownData(w: World): Promise<FuzzWorld> {
  const { db } = w.handle;
  const a = w.alpha;
  // Five orders (the matrix's world) rarely include an unshipped seller-fulfilled one.
  w.sim.runtime.reset(5, 400);
  const recent = orderBook.recent(a.sellingPartnerId, w.sim.runtime.clock.nowMs(), { channel: 'MFN', status: 'Unshipped', limit: 100 });
  const order = recent.find((o) => !o.isIspu);
  const pickupOrder = recent.find((o) => o.isIspu);
  if (!order || !pickupOrder) throw new Error(`the simulator has no unshipped seller-fulfilled orders for ${a.sellingPartnerId}`);
  const stock = new Map<string, SimSku>();
  for (const sku of catalog.list(a.sellingPartnerId)) stock.set(sku.sellerSku, sku);
  /** Synced stock per marketplace and SKU: the fulfill form reads it for the order's items. */
  const inventory = new Map<string, { marketplaceId: string; sku: SimSku }>();
  for (const o of [order, pickupOrder]) {
    await db.insert(orders).values({
      workspaceId: a.workspaceId,
      accountId: a.accountId,
      amazonOrderId: o.amazonOrderId,
      marketplaceId: o.marketplaceId,
      // Found on the simulator as Unshipped (its v0 state); stored in Orders 2026-01-01's words.
      orderStatus: 'UNSHIPPED',
      fulfilledBy: 'MERCHANT',
      isIspu: o.isIspu,
      purchaseDate: new Date(o.purchaseDate),
      lastUpdateDate: new Date(o.purchaseDate),
      itemsUnshipped: o.items.reduce((n, i) => n + i.quantityOrdered - i.quantityShipped, 0),
      itemsShipped: 0,
      shipCountry: 'US',
    });
    for (const item of o.items) {
      const sku = stock.get(item.sellerSku);
      if (!sku) throw new Error(`the simulator's order ${o.amazonOrderId} sells ${item.sellerSku}, which its catalog lacks`);
      await db.insert(orderItems).values({
        workspaceId: a.workspaceId,
        accountId: a.accountId,
        amazonOrderId: o.amazonOrderId,
        orderItemId: item.orderItemId,
        sellerSku: item.sellerSku,
        asin: sku.asin,
        title: sku.title,
        quantityOrdered: item.quantityOrdered,
        quantityShipped: item.quantityShipped,
      });
      inventory.set(`${o.marketplaceId}|${sku.sellerSku}`, { marketplaceId: o.marketplaceId, sku });
    }
  }
  const stocked = [...stock.values()].find(
    (sku) => sku.marketplaceIds.includes(a.marketplaceId) && sku.qty.fulfillable >= 20 && !inventory.has(`${a.marketplaceId}|${sku.sellerSku}`),
  );
  if (!stocked) throw new Error(`the simulator stocks nothing for ${a.sellingPartnerId} in ${a.marketplaceId}`);
  inventory.set(`${a.marketplaceId}|${stocked.sellerSku}`, { marketplaceId: a.marketplaceId, sku: stocked });
  await db.insert(inventorySummaries).values(
    [...inventory.values()].map(({ marketplaceId, sku }) => ({
      workspaceId: a.workspaceId,
      accountId: a.accountId,
      marketplaceId,
      sellerSku: sku.sellerSku,
      asin: sku.asin,
      fnsku: sku.fnsku,
      productName: sku.title,
      condition: 'NewItem',
      fulfillable: sku.qty.fulfillable,
      totalQuantity: sku.qty.fulfillable,
    })),
  );

  const known = inboundStore(w.sim)
    .sellerShipments(a.sellingPartnerId)
    .find((shipment) => shipment.marketplaceId === a.marketplaceId);
  if (!known) throw new Error(`the simulator has no inbound shipment of ${a.sellingPartnerId} in ${a.marketplaceId}`);
  await db.insert(inboundShipments).values({
    workspaceId: a.workspaceId,
    accountId: a.accountId,
    shipmentId: known.shipmentId,
    marketplaceId: a.marketplaceId,
    name: known.shipmentName,
    status: 'WORKING',
  });
  return { a, sku: stocked.sellerSku, asin: stocked.asin, shipmentId: known.shipmentId, order, pickupOrder };
}

afterAll(async () => {
  await closeWorld(world);
  vi.restoreAllMocks();
  for (const line of summary) console.log(line);
  console.log(`fuzz: cases=${tally.cases} clear_errors=${tally.clearErrors} writes=${tally.writes} crashes=${tally.crashes}`);
  const categories = [...byCategory].map(([c, n]) => `${c}=${n}`).join(' ');
  console.log(
    `fuzz detail: accepted_ok=${tally.acceptedOk} unclear=${tally.unclear} unsound=${tally.unsound} seconds=${Math.round((Date.now() - started) / 1000)} by category: ${categories}`,
  );
  // Each of these already failed its entry's test; this keeps the summary line honest on its own.
  expect({ writes: tally.writes, crashes: tally.crashes, unclear: tally.unclear, unsound: tally.unsound }).toEqual({
    writes: 0,
    crashes: 0,
    unclear: 0,
    unsound: 0,
  });
  expect(tally.clearErrors + tally.acceptedOk).toBe(tally.cases);
});

// ---------------------------------------------------------------------------------------------
// Running and judging one case.
// ---------------------------------------------------------------------------------------------

interface Ran {
  o: Observation;
  sent: Array<{ url: string; body: string }>;
  logged: string[];
  fields: Map<string, FieldInfo>;
}

/** Runs one call observed as the harness observes, noting what it parsed and read: the fields not `known` yet. */
async function run(
  caller: Caller,
  sentKeys: string[],
  query: string | null,
  call: () => Promise<Outcome & { body?: unknown }>,
  known?: ReadonlyMap<string, unknown>,
): Promise<Ran> {
  sentToAmazon = [];
  logged = [];
  const noted: Noted = { parsed: [], reads: new Set() };
  const o = await observe(world, caller, { sent: [], before: lastSnapshot }, () => recordParsesInto(noted, query, call));
  lastSnapshot = o.after;
  const fields = new Map<string, FieldInfo>();
  for (const [name, schema] of fieldsFrom(noted.parsed, sentKeys)) if (!known?.has(name)) fields.set(name, describeField(schema));
  for (const name of noted.reads) {
    const listed = name.startsWith('list:');
    const field = listed ? name.slice(5) : name;
    if (!fields.has(field) && !known?.has(field)) fields.set(field, { kind: 'other', required: false, listParam: listed });
  }
  return { o, sent: sentToAmazon, logged, fields };
}

type Answer = { refused: true; messages: string[] } | { refused: false };

function answerOfAction(outcome: Outcome): Answer {
  if (outcome.kind === 'redirect')
    return outcome.to === '/sign-in' || outcome.to === '/no-access' ? { refused: true, messages: [`redirected to ${outcome.to}`] } : { refused: false };
  if (outcome.kind !== 'state' || outcome.state === undefined) return { refused: false };
  const state = outcome.state as ActionState | { status: string; message?: string; fieldErrors?: Record<string, string[]> };
  if (state.status !== 'error') return { refused: false };
  const fieldErrors = 'fieldErrors' in state && state.fieldErrors ? state.fieldErrors : {};
  return { refused: true, messages: [('message' in state ? state.message : '') ?? '', ...Object.values(fieldErrors).flat()] };
}

function answerOfRoute(outcome: Outcome, body: string): Answer {
  if (outcome.kind !== 'response') return { refused: false };
  if (outcome.status >= 300 && outcome.status < 400) {
    // The OAuth callback sends people back to the accounts page with the reason in `error`.
    const error = outcome.location ? new URL(outcome.location, 'http://localhost').searchParams.get('error') : null;
    return error === null ? { refused: false } : { refused: true, messages: [error] };
  }
  if (outcome.status < 400) return { refused: false };
  const data = bodyData(body);
  if (typeof data === 'object' && data !== null) {
    const { error, fieldErrors } = data as { error?: unknown; fieldErrors?: Record<string, string[]> };
    return { refused: true, messages: [String(error), ...Object.values(fieldErrors ?? {}).flat()] };
  }
  return { refused: true, messages: [String(data)] };
}

interface Judged {
  verdict: 'clear_error' | 'accepted_ok' | 'unclear' | 'write' | 'crash' | 'unsound';
  why?: string;
}

const AUDIT_REFUSAL = (row: string) => {
  const { table, data } = rowData(row);
  return table === 'audit_log' && data.result === 'error';
};

/** `quoted`: what the case sent in the field under test, which a refusal may quote. */
function judge(ran: Ran, answer: Answer, mustRefuse: boolean, quoted?: unknown): Judged {
  const { o } = ran;
  if (o.outcome.kind === 'threw') {
    const error = o.outcome.error;
    return { verdict: 'crash', why: `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}` };
  }
  // 502-504 say Amazon failed, in the route's own words (judged below as a refusal); 500 is the app's own failure.
  if (o.outcome.kind === 'response' && o.outcome.status >= 500 && ![502, 503, 504].includes(o.outcome.status))
    return { verdict: 'crash', why: `answered ${o.outcome.status}` };
  if (ran.logged.length) return { verdict: 'crash', why: `logged an error: ${ran.logged[0]!.split('\n').slice(0, 2).join(' ').slice(0, 300)}` };

  for (const row of o.changes.added) {
    const hostile = hostileTextIn(rowData(row).data);
    if (hostile) return { verdict: 'unsound', why: `stored ${hostile} (${rowData(row).table})` };
  }
  for (const request of ran.sent) {
    const hostile = hostileTextIn([decodeURIComponent(new URL(request.url).search), bodyData(request.body)]);
    if (hostile) return { verdict: 'unsound', why: `sent Amazon ${hostile}` };
  }
  const cookie = o.cookieWrites.map((c) => hostileTextIn(c)).find(Boolean);
  if (cookie) return { verdict: 'unsound', why: `set a cookie with ${cookie}` };

  const rowsWritten = o.changes.removed.length > 0 || o.changes.added.some((row) => !AUDIT_REFUSAL(row));
  if (mustRefuse && (rowsWritten || o.requests.length)) {
    const what = [
      ...o.changes.added.filter((r) => !AUDIT_REFUSAL(r)).map((r) => `row in ${rowData(r).table}`),
      ...o.requests.map((r) => `SP-API ${r.operation}`),
    ];
    return {
      verdict: 'write',
      why: `should have been refused, but ${answer.refused ? 'refused after' : 'accepted with'}: ${[...new Set(what)].join(', ') || 'rows removed'}`,
    };
  }
  if (!answer.refused) return { verdict: 'accepted_ok' };
  for (const message of answer.messages) {
    const unclear = unclearIn(message, typeof quoted === 'string' ? [quoted] : []);
    if (unclear) return { verdict: 'unclear', why: `${unclear}: ${JSON.stringify(message.slice(0, 200))}` };
  }
  return { verdict: 'clear_error' };
}

function count(judged: Judged, category: string, label: string, problems: string[]) {
  tally.cases++;
  byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
  if (judged.verdict === 'clear_error') tally.clearErrors++;
  else if (judged.verdict === 'accepted_ok') tally.acceptedOk++;
  else {
    const key = ({ unclear: 'unclear', write: 'writes', crash: 'crashes', unsound: 'unsound' } as const)[judged.verdict];
    tally[key]++;
    problems.push(`${label}: ${judged.verdict}: ${judged.why}`);
  }
}

/**
 * Hostile whatever the schema says. Passwords are hashed, never stored or sent, so they may hold
 * anything short. Control characters at the ends of a value that the rules trim away (tab, line
 * breaks, vertical tab, form feed are whitespace) leave a clean value: not hostile.
 */
function hostile(category: Category | 'json-type', field: string, info: FieldInfo, value: unknown): boolean {
  if (category === 'huge' || category === 'file') return true;
  if (/password/i.test(field)) return false;
  if (category === 'control') return typeof value !== 'string' || hostileTextIn(value.trim()) !== null;
  // As delivered: through a form or a URL it is U+FFFD by now; only a JSON field's escape delivers one.
  if (category === 'lone-surrogate') return typeof value === 'string' && hostileTextIn(value) !== null;
  return category === 'number' && info.kind === 'number';
}

function mustRefuse(category: Category | 'json-type', field: string, info: FieldInfo, value: unknown): boolean {
  // A list filter or a checkbox drops what it cannot read: the default applies, nothing is refused.
  if (info.listParam || fieldDrops(info, value)) return false;
  return hostile(category, field, info, value) || !fieldAccepts(info, value);
}

const formFromEntries = (entries: Entries) => {
  const form = new NotingFormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
};

/**
 * The largest entries (four transport forms, two plan forms) run a few hundred cases, about ten
 * seconds on a quiet machine: far more room than the suite's 30 s on two busy cores.
 */
const ENTRY_TIMEOUT_MS = 120_000;

/** Caps the problems listed per entry: the first ones say what is wrong. */
const shown = (problems: string[]) => (problems.length > 40 ? [...problems.slice(0, 40), `… and ${problems.length - 40} more`] : problems);

// ---------------------------------------------------------------------------------------------
// The tests.
// ---------------------------------------------------------------------------------------------

describe('every action has a valid form to fuzz from', () => {
  it('BASES covers the actions on disk, and only those', () => {
    const keys = discovered.actions.map((a) => a.key);
    expect(
      keys.filter((k) => !(k in BASES)),
      'found on disk but without a valid form in BASES',
    ).toEqual([]);
    expect(
      Object.keys(BASES).filter((k) => !keys.includes(k)),
      'in BASES but gone from disk',
    ).toEqual([]);
  });
});

/** The least role the access table allows; anonymous for a public entry. */
function callerFor(access: string): Caller {
  return access === 'public' ? 'anonymous' : (access as Caller);
}

describe('server actions', () => {
  it.each(discovered.actions.map((a) => [a.key, a] as const))(
    '%s',
    async (key, entry) => {
      const rule = ACTIONS[key];
      const bases = BASES[key];
      if (!rule || !bases) return expect.fail(`${key} is in the access table or BASES but not both`);
      const action: ServerAction = await entry.load();
      const caller = callerFor(rule.access);
      const problems: string[] = [];
      const fuzzed = new Set<string>();
      /** Fields a case reached that its valid form does not use (another mode: a new address, another transport). */
      const reachedElsewhere = new Set<string>();

      for (const [index, base] of bases(fuzzWorld).entries()) {
        const label = `${key}[${index}]`;
        const baseEntries: Entries = Object.entries(base);
        const call = (arg: unknown) => () => callAction(action, arg);

        // The valid form itself: it shows which fields the action reads, and must pass validation.
        const first = await run(caller, Object.keys(base), null, call(formFromEntries(baseEntries)));
        const firstAnswer = answerOfAction(first.o.outcome);
        count(judge(first, firstAnswer, false), 'valid', `${label} valid form`, problems);
        const firstOutcome = first.o.outcome;
        const firstErrors =
          firstOutcome.kind === 'state' ? (firstOutcome.state as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors : undefined;
        const expected = REFUSED_AFTER_VALIDATION[key];
        const onlyExpected = expected !== undefined && JSON.stringify(firstErrors) === JSON.stringify({ [expected.field]: [expected.message] });
        if (firstAnswer.refused && firstErrors && !onlyExpected) {
          problems.push(
            `${label}: the valid form no longer passes validation (update BASES): ${JSON.stringify(firstOutcome.kind === 'state' ? firstOutcome.state : firstOutcome)}`,
          );
          continue;
        }
        // The fields of this form's mode: those the valid form made the action read, and the form's own.
        const fields = new Map(first.fields);
        for (const name of Object.keys(base)) if (!fields.has(name)) fields.set(name, { kind: 'other', required: false });
        // An action that reads its fields without a schema is fuzzed on the valid form's fields; one with none at all cannot be.
        // A base form of no fields says the action takes none (z.object({})): only non-forms are junk to it.
        const fieldless = Object.keys(base).length === 0;
        if (!fields.size && !fieldless) problems.push(`${label}: no field was seen being read: the fuzz cannot tell what this action takes`);

        for (const [field, info] of fields) {
          fuzzed.add(field);
          for (const c of fieldCases(`${label}.${field}`, baseEntries, field)) {
            const ran = await run(caller, [...new Set(c.entries.map(([k]) => k))], null, call(formFromEntries(c.entries)), fields);
            count(
              judge(ran, answerOfAction(ran.o.outcome), mustRefuse(c.category, field, info, c.value), c.value),
              c.category,
              `${label} ${field}=${c.label}`,
              problems,
            );
            for (const name of ran.fields.keys()) reachedElsewhere.add(name);
          }
          if (info.kind === 'json' && info.item) await fuzzJsonField(label, caller, call, baseEntries, field, info, problems);
        }

        for (const junk of junkArguments([...fields.keys()])) {
          const ran = await run(caller, [...fields.keys()], null, call(junk.arg));
          const mustRefuse = !(fieldless && junk.arg instanceof FormData);
          count(judge(ran, answerOfAction(ran.o.outcome), mustRefuse), mustRefuse ? 'not a form' : 'valid', `${label} called with ${junk.label}`, problems);
        }
      }
      // A value that switched the form to another mode showed fields no valid form uses: they
      // would go unfuzzed, so the action needs a valid form of that mode in BASES.
      const unfuzzed = [...reachedElsewhere].filter((name) => !fuzzed.has(name));
      if (unfuzzed.length) problems.push(`fields read in a mode no valid form in BASES uses (add one): ${unfuzzed.join(', ')}`);
      summary.push(`fuzz fields: ${key} as ${caller}: ${[...fuzzed].join(', ')}`);
      expect(shown(problems)).toEqual([]);
    },
    ENTRY_TIMEOUT_MS,
  );
});

/** The keys of a JSON array field's first item, one at a time, and the array as a whole. */
async function fuzzJsonField(
  label: string,
  caller: Caller,
  call: (arg: unknown) => () => Promise<Outcome & { body?: unknown }>,
  base: Entries,
  field: string,
  info: FieldInfo,
  problems: string[],
) {
  const valid = JSON.parse(String(base.find(([k]) => k === field)?.[1] ?? '[]')) as Array<Record<string, unknown>>;
  const withField = (json: string): Entries => base.map(([k, v]) => [k, k === field ? json : v]);
  const keys = new Set([...Object.keys(info.item ?? {}), ...Object.keys(valid[0] ?? {})]);
  for (const key of keys) {
    const itemInfo = describeField(info.item?.[key]);
    for (const c of itemCases(`${label}.${field}[0].${key}`, valid[0]?.[key])) {
      const { [key]: _dropped, ...rest } = valid[0] ?? {};
      const marker = '"__fuzz_value__"';
      const json =
        c.json === undefined
          ? JSON.stringify([rest, ...valid.slice(1)])
          : JSON.stringify([{ ...rest, [key]: '__fuzz_value__' }, ...valid.slice(1)]).replace(marker, c.json);
      const value: unknown = c.json === undefined ? undefined : JSON.parse(c.json);
      const ran = await run(
        caller,
        base.map(([k]) => k),
        null,
        call(formFromEntries(withField(json))),
      );
      count(
        judge(ran, answerOfAction(ran.o.outcome), mustRefuse(c.category, key, itemInfo, value), value),
        c.category,
        `${label} ${field}[0].${key}=${c.label}`,
        problems,
      );
    }
  }
  for (const c of jsonFieldCases(valid)) {
    const ran = await run(
      caller,
      base.map(([k]) => k),
      null,
      call(formFromEntries(withField(c.json))),
    );
    count(judge(ran, answerOfAction(ran.o.outcome), !fieldAccepts(info, c.json)), 'json-field', `${label} ${field}=${c.label}`, problems);
  }
}

describe('route handlers that take input', () => {
  const routes = discovered.routes.filter((r) => !ROUTES[r.key]?.unchecked);
  it.each(routes.map((r) => [r.key, r] as const))(
    '%s',
    async (key, route) => {
      const rule = ROUTES[key];
      if (!rule) return expect.fail(`${key} is not in the access table`);
      const handler: RouteHandler = await route.load();
      const caller = callerFor(rule.access);
      const own = rule.own?.(fuzzWorld.a) ?? {};
      const params: Params = { ...(own.params ?? {}) };
      const query: Array<[string, string]> = Object.entries(own.query ?? {});
      const problems: string[] = [];
      const call = (p: Params, q: Array<[string, string]>) => () => callRoute(handler, route.method, route.pattern, { params: p, query: q });
      const queryString = (q: Array<[string, string]>) => new URLSearchParams(q).toString();
      const bodyOf = (o: Observation) => o.text.split('\n')[0] ?? '';

      const first = await run(
        caller,
        query.map(([k]) => k),
        queryString(query) || null,
        call(params, query),
      );
      count(judge(first, answerOfRoute(first.o.outcome, bodyOf(first.o)), false), 'valid', `${key} valid input`, problems);
      const fields = new Map(first.fields);
      for (const [name] of query) if (!fields.has(name)) fields.set(name, { kind: 'other', required: false });

      const names: string[] = [];
      for (const { name } of paramNamesOf(route.pattern)) {
        names.push(`path ${name}`);
        const base: Entries = Object.entries(params).map(([k, v]) => [k, String(v)]);
        // A path segment is never missing (the route would not match) and cannot carry a lone
        // surrogate (it is not valid UTF-8, so Next.js refuses the URL before any handler).
        for (const c of fieldCases(`${key}.${name}`, base, name, { files: false, missing: false })) {
          if (c.category === 'lone-surrogate' || c.category === 'duplicate') continue;
          const p: Params = Object.fromEntries(c.entries.map(([k, v]) => [k, String(v)]));
          const ran = await run(
            caller,
            query.map(([k]) => k),
            queryString(query) || null,
            call(p, query),
          );
          count(
            judge(ran, answerOfRoute(ran.o.outcome, bodyOf(ran.o)), hostile(c.category, name, { kind: 'other', required: true }, c.value), c.value),
            c.category,
            `${key} path ${name}=${c.label}`,
            problems,
          );
        }
      }
      for (const [name, info] of fields) {
        names.push(name);
        for (const c of fieldCases(`${key}.${name}`, query, name, { files: false, missing: true })) {
          const q = c.entries.map(([k, v]): [string, string] => [k, String(v)]);
          const ran = await run(
            caller,
            q.map(([k]) => k),
            queryString(q) || null,
            call(params, q),
          );
          count(
            judge(ran, answerOfRoute(ran.o.outcome, bodyOf(ran.o)), mustRefuse(c.category, name, info, c.value), c.value),
            c.category,
            `${key} ${name}=${c.label}`,
            problems,
          );
        }
      }
      summary.push(`fuzz fields: ${key} as ${caller}: ${names.join(', ') || '(no input)'}`);
      expect(shown(problems)).toEqual([]);
    },
    ENTRY_TIMEOUT_MS,
  );
});

describe('stored text is rendered as text', () => {
  it('nothing in the app writes HTML from a string', () => {
    // React escapes every string it renders; these are the ways around that.
    const bypass = /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|srcDoc|new Function\(|\beval\(/;
    const offenders: string[] = [];
    for (const dir of ['app', 'components', 'lib']) {
      for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !/\.(ts|tsx)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
        const file = path.join(entry.parentPath, entry.name);
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => bypass.test(line) && offenders.push(`${file}:${i + 1}: ${line.trim()}`));
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the markup the fuzz got stored renders as text', async () => {
    // Accepted cases stored script tags as names, notes and carriers: as typed, not escaped twice or stripped.
    const stored = [...(await snapshot(world.handle.db, world.tables))].flatMap((row) => stringsIn(rowData(row).data)).filter((text) => /<[a-z/]/i.test(text));
    expect(stored.length).toBeGreaterThan(0);
    for (const text of stored) {
      const inner = renderToStaticMarkup(createElement('p', null, text)).slice('<p>'.length, -'</p>'.length);
      expect(inner, text).not.toMatch(/<[a-z/!]/i);
    }
  });
});

/** Every string a stored row holds, its JSON columns included. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return (Array.isArray(value) ? value : Object.values(value)).flatMap(stringsIn);
}
