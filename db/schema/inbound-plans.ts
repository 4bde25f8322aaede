/**
 * Inbound shipment plans: what the seller asked createInboundShipmentPlan for, and each plan
 * Amazon answered with (one per destination and label type) until it becomes a shipment.
 */
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ShipFromAddress } from './inbound';
import { users } from './users';
import { accountId, workspaceId } from './tenant';

export interface PlanRequestItem {
  sellerSku: string;
  asin: string;
  condition: string;
  quantity: number;
  quantityInCase?: number | undefined;
  prepDetails: { prepInstruction: string; prepOwner: string }[];
}

export interface PlannedItem {
  sellerSku: string;
  fnsku: string;
  quantity: number;
  prepDetails: { prepInstruction: string; prepOwner: string }[];
}

export const inboundPlans = pgTable(
  'inbound_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    accountId: accountId(),
    marketplaceId: text('marketplace_id').notNull(),
    shipFromAddress: jsonb('ship_from_address').$type<ShipFromAddress>().notNull(),
    labelPrepPreference: text('label_prep_preference').notNull(),
    shipToCountryCode: text('ship_to_country_code'),
    shipToCountrySubdivisionCode: text('ship_to_country_subdivision_code'),
    requestItems: jsonb('request_items').$type<PlanRequestItem[]>().notNull(),
    requestId: text('request_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('inbound_plans_workspace_created').on(t.workspaceId, t.createdAt)],
);

export const inboundPlanShipments = pgTable(
  'inbound_plan_shipments',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => inboundPlans.id, { onDelete: 'cascade' }),
    workspaceId: workspaceId(),
    shipmentId: text('shipment_id').notNull(),
    destinationFulfillmentCenterId: text('destination_fulfillment_center_id').notNull(),
    shipToAddress: jsonb('ship_to_address').$type<ShipFromAddress>().notNull(),
    labelPrepType: text('label_prep_type').notNull(),
    items: jsonb('items').$type<PlannedItem[]>().notNull(),
    estimatedBoxContentsFee: jsonb('estimated_box_contents_fee').$type<{ totalUnits?: number; feePerUnit?: string; totalFee?: string; currency?: string }>(),
    /** Set once createInboundShipment succeeded for this plan. */
    createdShipmentAt: timestamp('created_shipment_at', { withTimezone: true }),
    /**
     * Set while one request is creating this shipment on Amazon, so a double submit (two tabs,
     * a retried request) cannot send createInboundShipment twice. A claim older than a few
     * minutes is treated as abandoned (the process died mid-way).
     */
    creatingAt: timestamp('creating_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.planId, t.shipmentId] })],
);
