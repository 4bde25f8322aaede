/**
 * Two workspaces for the access matrix, each with a user per role (and a disabled owner), a
 * connected account (the simulator's NA demo seller for one, the EU one for the other),
 * orders with items, FBA stock, a Multi-Channel Fulfillment order, an inbound shipment with its
 * transport, a plan, a saved warehouse address, a buyer message, sync state, a pending Amazon
 * authorization and audit entries. Every human-readable value carries the workspace's marker
 * (`alphasecret`, `betasecret`) and every id is listed in `tokens`, so finding one in another
 * workspace's answer, or in any anonymous answer, is a leak that a plain search can prove.
 * Rows are written directly (not through the sync): the matrix checks who may read and write
 * them, not how they arrive.
 */
import type { Db } from '@/db/client';
import {
  auditLog,
  amazonAuthorizationStates,
  userInvites,
  fulfillmentOrders,
  inboundPlanShipments,
  inboundPlans,
  sendToAmazonPlans,
  inboundShipmentItems,
  inboundShipments,
  inboundTransports,
  inventorySummaries,
  lowStockThresholds,
  orderItems,
  orderMessages,
  orders,
  shipFromAddresses,
  boxTemplates,
  syncCheckpoints,
  users,
  workspaces,
} from '@/db/schema';
import { connectSellerAccount, saveMarketplaces } from '@/lib/accounts/service';
import { secretBox } from '@/lib/accounts/secret-box';
import type { Role } from '@/lib/auth/roles';
import { EU_MARKETPLACES, NA_MARKETPLACES } from '@/test/support/demo-account';
import { DEMO_REFRESH_TOKENS } from '@/simulator/core/demo-credentials';

export type Actor = Role | 'disabled';

export interface SeededTenant {
  /** Lower case: outputs are searched lower-cased. */
  marker: string;
  workspaceId: string;
  accountId: string;
  sellingPartnerId: string;
  marketplaceId: string;
  userIds: Record<Actor, string>;
  emails: Record<Actor, string>;
  /** Seller-fulfilled, unshipped, with one item and a linked fulfillment order. */
  orderId: string;
  orderItemId: string;
  sku: string;
  fulfillmentOrderId: string;
  fulfillmentOrderItemId: string;
  shipmentId: string;
  planId: string;
  /** A Send to Amazon plan (its row id), one of its placement options and shipments (Amazon ids). */
  sendPlanId: string;
  sendPlacementOptionId: string;
  sendShipmentId: string;
  planShipmentId: string;
  addressId: string;
  /** A saved box, named with the marker. */
  boxTemplateId: string;
  authorizationState: string;
  /** A pending invite (its row id), for an email with the marker. */
  inviteId: string;
  auditTarget: string;
  /** Everything that identifies this workspace's data; any of them in another workspace's answer is a leak. */
  tokens: string[];
}

const ACTORS: Actor[] = ['owner', 'admin', 'operator', 'viewer', 'disabled'];

export async function seedTenant(db: Db, options: { name: 'Alpha' | 'Beta'; region: 'na' | 'eu'; orderPrefix: string }): Promise<SeededTenant> {
  const marker = `${options.name.toLowerCase()}secret`;
  const upper = marker.toUpperCase();
  const [workspace] = await db
    .insert(workspaces)
    .values({ name: `${options.name}secret Co` })
    .returning({ id: workspaces.id });
  const workspaceId = workspace!.id;

  const userIds = {} as Record<Actor, string>;
  const emails = {} as Record<Actor, string>;
  for (const actor of ACTORS) {
    emails[actor] = `${actor}@${marker}.example`;
    const [row] = await db
      .insert(users)
      .values({
        workspaceId,
        email: emails[actor],
        name: `${options.name}secret ${actor}`,
        // Nobody signs in with it: the matrix fakes the session, so no real hash is needed.
        passwordHash: 'unused: the session is faked',
        role: actor === 'disabled' ? 'owner' : actor,
        disabledAt: actor === 'disabled' ? new Date() : null,
      })
      .returning({ id: users.id });
    userIds[actor] = row!.id;
  }

  const sellingPartnerId = options.region === 'na' ? 'A1DEMOSELLERNA' : 'A1DEMOSELLEREU';
  const accountId = await connectSellerAccount(db, await secretBox(db), {
    workspaceId,
    userId: userIds.owner,
    sellingPartnerId,
    region: options.region,
    name: `${options.name}secret seller`,
    refreshToken: DEMO_REFRESH_TOKENS[options.region],
  });
  const marketplaces = options.region === 'na' ? NA_MARKETPLACES : EU_MARKETPLACES;
  await saveMarketplaces(
    db,
    accountId,
    marketplaces.map((m) => ({ ...m, participating: true })),
  );
  const marketplaceId = marketplaces[0]!.marketplaceId;
  const tenant = { workspaceId, accountId };

  const now = new Date();
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
  const orderId = `${options.orderPrefix}-0000001-0000001`;
  const afnOrderId = `${options.orderPrefix}-0000002-0000002`;
  const orderItemId = `${options.orderPrefix}00000010`;
  const sku = `${upper}-SKU-1`;
  const order = {
    ...tenant,
    marketplaceId,
    salesChannel: `${options.name}secret channel`,
    orderType: 'StandardOrder',
    purchaseDate: hoursAgo(30),
    lastUpdateDate: hoursAgo(20),
    orderTotalAmount: '42.00',
    orderTotalCurrency: 'USD',
    shipServiceLevel: 'Std US D2D Dom',
    shipCity: `${options.name}secret City`,
    shipCountry: 'US',
  };
  await db.insert(orders).values([
    { ...order, amazonOrderId: orderId, orderStatus: 'UNSHIPPED', fulfilledBy: 'MERCHANT', itemsUnshipped: 1, itemsShipped: 0 },
    { ...order, amazonOrderId: afnOrderId, orderStatus: 'SHIPPED', fulfilledBy: 'AMAZON', itemsUnshipped: 0, itemsShipped: 1 },
  ]);
  await db.insert(orderItems).values([
    {
      ...tenant,
      amazonOrderId: orderId,
      orderItemId,
      sellerSku: sku,
      asin: `B0${options.orderPrefix}00001`,
      title: `${options.name}secret product`,
      quantityOrdered: 1,
      itemPriceAmount: '42.00',
      itemPriceCurrency: 'USD',
    },
    {
      ...tenant,
      amazonOrderId: afnOrderId,
      orderItemId: `${orderItemId}2`,
      sellerSku: sku,
      asin: `B0${options.orderPrefix}00001`,
      title: `${options.name}secret product`,
      quantityOrdered: 1,
      quantityShipped: 1,
    },
  ]);
  await db.insert(inventorySummaries).values({
    ...tenant,
    marketplaceId,
    sellerSku: sku,
    asin: `B0${options.orderPrefix}00001`,
    fnsku: `X0${options.orderPrefix}0001`,
    productName: `${options.name}secret product`,
    condition: 'NewItem',
    fulfillable: 2,
    totalQuantity: 2,
  });
  await db.insert(lowStockThresholds).values({ workspaceId, sellerSku: sku, threshold: 7, updatedBy: userIds.admin });

  const fulfillmentOrderId = `MCF-${upper}-1`;
  const fulfillmentOrderItemId = `${marker}-line-1`;
  await db.insert(fulfillmentOrders).values({
    ...tenant,
    sellerFulfillmentOrderId: fulfillmentOrderId,
    marketplaceId,
    displayableOrderId: orderId,
    displayableOrderDate: hoursAgo(30),
    // Complete: the polling route then answers from the database without asking Amazon.
    status: 'COMPLETE',
    statusUpdatedAt: hoursAgo(2),
    receivedAt: hoursAgo(29),
    shippingSpeedCategory: 'Standard',
    fulfillmentPolicy: 'FillOrKill',
    destinationCountry: 'US',
    destinationState: 'WA',
    destinationCity: `${options.name}secret City`,
    detail: {
      displayableOrderComment: `${options.name}secret packing note`,
      items: [{ sellerSku: sku, sellerFulfillmentOrderItemId: fulfillmentOrderItemId, quantity: 1 }],
      shipments: [],
      returnItems: [],
      returnAuthorizations: [],
    },
  });

  const address = {
    name: `${options.name}secret Warehouse`,
    addressLine1: '1 Main St',
    city: 'Seattle',
    stateOrProvinceCode: 'WA',
    countryCode: 'US',
    postalCode: '98101',
  };
  const [saved] = await db
    .insert(shipFromAddresses)
    .values({ workspaceId, ...address, addressKey: `${marker}|1 main st|seattle`, createdBy: userIds.operator })
    .returning({ id: shipFromAddresses.id });
  const [box] = await db
    .insert(boxTemplates)
    .values({ workspaceId, name: `${marker} carton`, unit: 'IN', length: 18, width: 14, height: 10, weightUnit: 'LB', weight: 20, createdBy: userIds.operator })
    .returning({ id: boxTemplates.id });
  const shipmentId = `FBA${upper}1`;
  await db.insert(inboundShipments).values({
    ...tenant,
    shipmentId,
    marketplaceId,
    name: `${options.name}secret shipment`,
    status: 'WORKING',
    destinationFulfillmentCenterId: 'SEA8',
    labelPrepType: 'SELLER_LABEL',
    labelPrepPreference: 'SELLER_LABEL',
    shipFromAddress: address,
  });
  await db.insert(inboundShipmentItems).values({ ...tenant, shipmentId, sellerSku: sku, fnsku: `X0${options.orderPrefix}0001`, quantityShipped: 3 });
  await db
    .insert(inboundTransports)
    .values({ ...tenant, shipmentId, shipmentType: 'SP', isPartnered: false, status: 'WORKING', carrierName: `${options.name}secret Carrier` });
  const [plan] = await db
    .insert(inboundPlans)
    .values({
      ...tenant,
      marketplaceId,
      shipFromAddress: address,
      labelPrepPreference: 'SELLER_LABEL',
      requestItems: [{ sellerSku: sku, asin: `B0${options.orderPrefix}00001`, condition: 'NewItem', quantity: 3, prepDetails: [] }],
      createdBy: userIds.operator,
    })
    .returning({ id: inboundPlans.id });
  const planShipmentId = `FBA${upper}2`;
  await db.insert(inboundPlanShipments).values({
    planId: plan!.id,
    workspaceId,
    shipmentId: planShipmentId,
    destinationFulfillmentCenterId: 'SEA8',
    shipToAddress: { ...address, name: `${options.name}secret destination` },
    labelPrepType: 'SELLER_LABEL',
    items: [{ sellerSku: sku, fnsku: `X0${options.orderPrefix}0001`, quantity: 3, prepDetails: [] }],
  });

  // A Send to Amazon plan at its placement step, with Amazon ids that carry the workspace's marker.
  const amazonId = (prefix: string) => `${prefix}${options.name.toLowerCase()}secret`.padEnd(38, '0');
  const [sendPlan] = await db
    .insert(sendToAmazonPlans)
    .values({
      ...tenant,
      inboundPlanId: amazonId('wf'),
      marketplaceId,
      name: `${options.name}secret restock`,
      status: 'ACTIVE',
      origin: 'dashboard',
      sourceAddress: { ...address, phoneNumber: '+1 206 555 0100' },
      items: [{ msku: sku, quantity: 3, labelOwner: 'SELLER', prepOwner: 'NONE' }],
      snapshot: {
        items: [
          { msku: sku, asin: `B0${options.orderPrefix}00001`, fnsku: `X0${options.orderPrefix}0001`, quantity: 3, labelOwner: 'SELLER', prepInstructions: [] },
        ],
        packingOptions: [],
        boxes: [],
        placementOptions: [
          {
            placementOptionId: amazonId('pl'),
            status: 'OFFERED',
            shipmentIds: [amazonId('sh')],
            fees: [{ type: 'FEE', description: 'Minimal shipment splits', value: { amount: 0.9, currency: 'USD' } }],
            discounts: [],
          },
        ],
        shipments: [],
      },
      createdBy: userIds.operator,
    })
    .returning({ id: sendToAmazonPlans.id });

  await db.insert(orderMessages).values({
    ...tenant,
    amazonOrderId: orderId,
    action: 'confirmOrderDetails',
    content: { text: `${options.name}secret message` },
    result: 'ok',
    sentBy: userIds.operator,
  });
  await db.insert(syncCheckpoints).values({
    ...tenant,
    kind: 'orders',
    marketplaceId: '',
    lastSuccessAt: hoursAgo(1),
    lastError: `${options.name}secret sync error`,
    lastErrorAt: hoursAgo(1),
  });
  const authorizationState = `${marker}-state-0001`;
  await db
    .insert(amazonAuthorizationStates)
    .values({ state: authorizationState, userId: userIds.admin, workspaceId, region: options.region, expiresAt: new Date(now.getTime() + 10 * 60_000) });
  const [invite] = await db
    .insert(userInvites)
    .values({
      workspaceId,
      email: `invitee@${marker}.example`,
      role: 'operator',
      // Nobody opens it here: a real token's hash is not needed.
      tokenHash: `${marker}-invite-token-hash`,
      invitedBy: userIds.admin,
      expiresAt: new Date(now.getTime() + 7 * 86_400_000),
    })
    .returning({ id: userInvites.id });
  const auditTarget = `${marker}-target`;
  await db.insert(auditLog).values({
    workspaceId,
    userId: userIds.admin,
    action: 'seed.note',
    target: auditTarget,
    result: 'ok',
    detail: { note: `${options.name}secret detail` },
    requestId: `${marker}-request`,
  });

  const ids = [
    workspaceId,
    accountId,
    ...Object.values(userIds),
    orderId,
    afnOrderId,
    orderItemId,
    fulfillmentOrderId,
    shipmentId,
    planShipmentId,
    plan!.id,
    sendPlan!.id,
    saved!.id,
    authorizationState,
    invite!.id,
    auditTarget,
  ];
  return {
    marker,
    workspaceId,
    accountId,
    sellingPartnerId,
    marketplaceId,
    userIds,
    emails,
    orderId,
    orderItemId,
    sku,
    fulfillmentOrderId,
    fulfillmentOrderItemId,
    shipmentId,
    planId: plan!.id,
    sendPlanId: sendPlan!.id,
    sendPlacementOptionId: amazonId('pl'),
    sendShipmentId: amazonId('sh'),
    planShipmentId,
    addressId: saved!.id,
    boxTemplateId: box!.id,
    authorizationState,
    inviteId: invite!.id,
    auditTarget,
    tokens: [marker, sellingPartnerId, ...ids].map((t) => t.toLowerCase()),
  };
}
