/**
 * Carrier bookings for an inbound shipment: putTransportDetails, estimateTransport,
 * confirmTransport, voidTransport, and getTransportDetails stored after each of them so the
 * page (and its polling) reads the database.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inboundTransports } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/client';
import { SpApiError } from '@/lib/sp-api/errors';
import { UserFacingError } from '@/lib/user-facing-error';
import { askAmazon } from './amazon-errors';
import { loadShipment, refreshShipment, type Tenant } from './shipments';
import { canEditShipment } from './status';
import { buildTransportRequest, type TransportChoice } from './transport-input';
import { reshapeTransport } from './transport-reshape';
import { voidAvailability } from './void-deadline';

export type StoredTransport = typeof inboundTransports.$inferSelect;

export async function readStoredTransport(db: Db, tenant: Tenant, shipmentId: string): Promise<StoredTransport | null> {
  const [row] = await db
    .select()
    .from(inboundTransports)
    .where(and(eq(inboundTransports.workspaceId, tenant.workspaceId), eq(inboundTransports.accountId, tenant.accountId), eq(inboundTransports.shipmentId, shipmentId)));
  return row ?? null;
}

/** getTransportDetails -> database. A shipment with no transport yet stores nothing. */
export async function refreshTransport(db: Db, client: SpApiClient, tenant: Tenant, shipmentId: string): Promise<StoredTransport | null> {
  let content;
  try {
    content = (await client.fulfillmentInboundV0.getTransportDetails({ shipmentId })).payload?.TransportContent;
  } catch (error) {
    // Amazon answers 400 until putTransportDetails was called: nothing booked yet.
    if (error instanceof SpApiError && error.kind === 'InvalidInput') return readStoredTransport(db, tenant, shipmentId);
    throw error;
  }
  if (!content) return readStoredTransport(db, tenant, shipmentId);
  const row = reshapeTransport(content, tenant);
  const { accountId: _a, shipmentId: _s, workspaceId: _w, ...set } = row;
  await db.insert(inboundTransports).values(row).onConflictDoUpdate({ target: [inboundTransports.accountId, inboundTransports.shipmentId], set });
  return readStoredTransport(db, tenant, shipmentId);
}

export async function putTransport(db: Db, client: SpApiClient, tenant: Tenant, shipmentId: string, choice: TransportChoice) {
  const { shipment } = await loadShipment(db, tenant, shipmentId);
  if (!canEditShipment(shipment.status)) throw new UserFacingError(`This shipment is ${shipment.status}; transport can be booked only while it is working.`);
  const current = await readStoredTransport(db, tenant, shipmentId);
  if (current && ['ESTIMATING', 'CONFIRMING', 'CONFIRMED', 'VOIDING'].includes(current.status)) {
    throw new UserFacingError(`The carrier booking is ${current.status.toLowerCase()}; void it before changing the transport.`);
  }
  await askAmazon(() => client.fulfillmentInboundV0.putTransportDetails({ shipmentId, body: buildTransportRequest(choice) }));
  return refreshTransport(db, client, tenant, shipmentId);
}

export async function estimateTransport(db: Db, client: SpApiClient, tenant: Tenant, shipmentId: string) {
  await askAmazon(() => client.fulfillmentInboundV0.estimateTransport({ shipmentId }));
  return refreshTransport(db, client, tenant, shipmentId);
}

export async function confirmTransport(db: Db, client: SpApiClient, tenant: Tenant, shipmentId: string, now: Date) {
  const current = await readStoredTransport(db, tenant, shipmentId);
  if (current?.status !== 'ESTIMATED') throw new UserFacingError('Get an estimate first; only an estimated booking can be confirmed.');
  if (current.confirmDeadline && current.confirmDeadline.getTime() <= now.getTime()) {
    throw new UserFacingError('The estimate expired; estimate again before confirming.');
  }
  await askAmazon(() => client.fulfillmentInboundV0.confirmTransport({ shipmentId }));
  return refreshTransport(db, client, tenant, shipmentId);
}

/** Refuses before sending when the void deadline has passed: Amazon would charge the cost anyway. */
export async function voidTransport(db: Db, client: SpApiClient, tenant: Tenant, shipmentId: string, now: Date) {
  const current = await readStoredTransport(db, tenant, shipmentId);
  if (!current) throw new UserFacingError('This shipment has no carrier booking to void.');
  const { shipment } = await loadShipment(db, tenant, shipmentId);
  const availability = voidAvailability({ ...current, shipmentStatus: shipment.status }, now);
  if (!availability.canVoid) throw new UserFacingError(availability.reason);
  await askAmazon(() => client.fulfillmentInboundV0.voidTransport({ shipmentId }));
  const refreshed = await refreshTransport(db, client, tenant, shipmentId);
  await refreshShipment(db, client, tenant, shipment.marketplaceId, shipmentId);
  return refreshed;
}
