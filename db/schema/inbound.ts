/** FBA inbound shipments (Fulfillment Inbound v0) and their SKU quantities. */
import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accountId, workspaceId } from './tenant';

/** The seller's own warehouse address, not buyer data, so it is stored as Amazon sends it. */
export interface ShipFromAddress {
  name: string;
  addressLine1: string;
  addressLine2?: string | undefined;
  districtOrCounty?: string | undefined;
  city: string;
  stateOrProvinceCode: string;
  countryCode: string;
  postalCode: string;
}

export const inboundShipments = pgTable(
  'inbound_shipments',
  {
    accountId: accountId(),
    workspaceId: workspaceId(),
    shipmentId: text('shipment_id').notNull(),
    marketplaceId: text('marketplace_id').notNull(),
    name: text('name'),
    status: text('status'),
    destinationFulfillmentCenterId: text('destination_fulfillment_center_id'),
    labelPrepType: text('label_prep_type'),
    /**
     * The LabelPrepPreference the shipment was created with (from its plan). Amazon never reports
     * it back, and updateInboundShipment needs it again; null for shipments only seen by the sync.
     */
    labelPrepPreference: text('label_prep_preference'),
    boxContentsSource: text('box_contents_source'),
    areCasesRequired: boolean('are_cases_required').notNull().default(false),
    confirmedNeedByDate: text('confirmed_need_by_date'),
    shipFromAddress: jsonb('ship_from_address').$type<ShipFromAddress>(),
    syncedAt: timestamp('synced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.shipmentId] }), index('inbound_shipments_workspace_status').on(t.workspaceId, t.status)],
);

export const inboundShipmentItems = pgTable(
  'inbound_shipment_items',
  {
    accountId: uuid('account_id').notNull(),
    workspaceId: workspaceId(),
    shipmentId: text('shipment_id').notNull(),
    sellerSku: text('seller_sku').notNull(),
    fnsku: text('fnsku'),
    quantityShipped: integer('quantity_shipped').notNull(),
    quantityReceived: integer('quantity_received').notNull().default(0),
    quantityInCase: integer('quantity_in_case').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.shipmentId, t.sellerSku] }),
    foreignKey({ columns: [t.accountId, t.shipmentId], foreignColumns: [inboundShipments.accountId, inboundShipments.shipmentId] }).onDelete('cascade'),
    index('inbound_shipment_items_workspace_sku').on(t.workspaceId, t.sellerSku),
  ],
);
