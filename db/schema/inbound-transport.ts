/**
 * The transport of an inbound shipment as Amazon last reported it (getTransportDetails), plus
 * the deadlines that decide what the seller may still do (confirm, void).
 */
import { boolean, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { inboundShipments } from './inbound';
import { workspaceId } from './tenant';

export const inboundTransports = pgTable(
  'inbound_transports',
  {
    accountId: uuid('account_id').notNull(),
    workspaceId: workspaceId(),
    shipmentId: text('shipment_id').notNull(),
    shipmentType: text('shipment_type', { enum: ['SP', 'LTL'] }).notNull(),
    isPartnered: boolean('is_partnered').notNull(),
    status: text('status').notNull(),
    carrierName: text('carrier_name'),
    /** Boxes (small parcel packages or the LTL box count) and pallets. */
    packageCount: integer('package_count').notNull().default(0),
    palletCount: integer('pallet_count').notNull().default(0),
    estimateAmount: text('estimate_amount'),
    estimateCurrency: text('estimate_currency'),
    confirmDeadline: timestamp('confirm_deadline', { withTimezone: true }),
    voidDeadline: timestamp('void_deadline', { withTimezone: true }),
    isBillOfLadingAvailable: boolean('is_bill_of_lading_available').notNull().default(false),
    errorDescription: text('error_description'),
    /** TransportDetailOutput as Amazon sent it (the seller's own packages, no buyer data). */
    details: jsonb('details').$type<Record<string, unknown>>(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.shipmentId] }),
    foreignKey({ columns: [t.accountId, t.shipmentId], foreignColumns: [inboundShipments.accountId, inboundShipments.shipmentId] }).onDelete('cascade'),
  ],
);
