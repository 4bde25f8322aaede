/**
 * Carrier bookings for an inbound shipment: putTransportDetails, estimateTransport,
 * confirmTransport, voidTransport, and getTransportDetails stored after each of them so the
 * page (and its polling) reads the database.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inboundTransports } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/types';
import { SpApiError, askAmazon } from '@/lib/sp-api';
import { UserFacingError } from '@/lib/user-facing-error';
import { loadShipment, refreshShipmentQuietly } from './shipments';
import { canChangeTransport, canConfirm, canEditShipment, canEstimate, isTransportSettling } from './status';
import { buildTransportRequest, type TransportChoice } from './transport-input';
import { reshapeTransport } from './transport-reshape';
import { voidAvailability } from './void-deadline';
import type { Tenant } from '@/lib/tenancy';

export type StoredTransport = typeof inboundTransports.$inferSelect;

export async function readStoredTransport(db: Db, tenant: Tenant, shipmentId: string): Promise<StoredTransport | null> {
  const [row] = await db
    .select()
    .from(inboundTransports)
    .where(
      and(
        eq(inboundTransports.workspaceId, tenant.workspaceId),
        eq(inboundTransports.accountId, tenant.accountId),
        eq(inboundTransports.shipmentId, shipmentId),
      ),
    );
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
  await db
    .insert(inboundTransports)
    .values(row)
    .onConflictDoUpdate({ target: [inboundTransports.accountId, inboundTransports.shipmentId], set });
  return readStoredTransport(db, tenant, shipmentId);
}

/**
 * What a write answers: the stored booking, and whether re-reading it from Amazon worked. A
 * failed re-read after Amazon accepted the write must not look like a failed write.
 */
export interface TransportWriteResult {
  transport: StoredTransport | null;
  refreshed: boolean;
}

/**
 * Re-reads the booking after Amazon accepted a write. When that read fails, the stored status is
 * moved to the state Amazon is now working in, so the page's polling picks it up from there.
 */
async function refreshAfterWrite(
  db: Db,
  client: SpApiClient,
  tenant: Tenant,
  shipmentId: string,
  settling?: 'ESTIMATING' | 'CONFIRMING' | 'VOIDING',
): Promise<TransportWriteResult> {
  try {
    return { transport: await refreshTransport(db, client, tenant, shipmentId), refreshed: true };
  } catch (error) {
    console.warn('[inbound] transport re-read failed after a successful write', shipmentId, error instanceof Error ? error.message : error);
    if (settling) {
      await db
        .update(inboundTransports)
        .set({ status: settling, updatedAt: new Date() })
        .where(
          and(
            eq(inboundTransports.workspaceId, tenant.workspaceId),
            eq(inboundTransports.accountId, tenant.accountId),
            eq(inboundTransports.shipmentId, shipmentId),
          ),
        );
    }
    return { transport: await readStoredTransport(db, tenant, shipmentId), refreshed: false };
  }
}

/**
 * Sends a booking write that Amazon takes once, unless it already took effect: an earlier attempt
 * may have reached Amazon without its answer being stored (lost on the way back, or the process
 * killed first), and Amazon then refuses this one, for good, as the booking has moved on. The
 * booking tells: in one of `done`, that is what the seller asked for, so it is stored and
 * returned; otherwise the failure stands. Undefined: this attempt was the one Amazon took.
 */
async function sendUnlessDone(
  db: Db,
  client: SpApiClient,
  tenant: Tenant,
  shipmentId: string,
  send: () => Promise<unknown>,
  done: readonly string[],
): Promise<StoredTransport | undefined> {
  try {
    await askAmazon(send);
    return undefined;
  } catch (error) {
    const booking = await refreshTransport(db, client, tenant, shipmentId).catch(() => null);
    if (booking && done.includes(booking.status)) return booking;
    throw error;
  }
}

/** The shipment (workspace-scoped) and its stored booking, refused unless the shipment is still WORKING. */
async function editableBooking(db: Db, tenant: Tenant, shipmentId: string) {
  const { shipment } = await loadShipment(db, tenant, shipmentId);
  if (!canEditShipment(shipment.status)) throw new UserFacingError(`This shipment is ${shipment.status}; transport can be booked only while it is working.`);
  return { shipment, current: await readStoredTransport(db, tenant, shipmentId) };
}

export async function putTransport(db: Db, client: SpApiClient, tenant: Tenant, shipmentId: string, choice: TransportChoice): Promise<TransportWriteResult> {
  const { current } = await editableBooking(db, tenant, shipmentId);
  if (current && !canChangeTransport(current.status)) {
    throw new UserFacingError(`The carrier booking is ${current.status.toLowerCase()}; void it before changing the transport.`);
  }
  await askAmazon(() => client.fulfillmentInboundV0.putTransportDetails({ shipmentId, body: buildTransportRequest(choice) }));
  return refreshAfterWrite(db, client, tenant, shipmentId);
}

export async function estimateTransport(db: Db, client: SpApiClient, tenant: Tenant, shipmentId: string): Promise<TransportWriteResult> {
  const { current } = await editableBooking(db, tenant, shipmentId);
  if (!current?.isPartnered) throw new UserFacingError('Send Amazon-partnered carrier details first; only a partnered booking has an estimate.');
  if (!canEstimate(current.status)) throw new UserFacingError(`The carrier booking is ${current.status.toLowerCase()}; it cannot be estimated now.`);
  await askAmazon(() => client.fulfillmentInboundV0.estimateTransport({ shipmentId }));
  return refreshAfterWrite(db, client, tenant, shipmentId, 'ESTIMATING');
}

export async function confirmTransport(db: Db, client: SpApiClient, tenant: Tenant, shipmentId: string, now: Date): Promise<TransportWriteResult> {
  const { current } = await editableBooking(db, tenant, shipmentId);
  if (!current || !canConfirm(current.status)) throw new UserFacingError('Get an estimate first; only an estimated booking can be confirmed.');
  if (current.confirmDeadline && current.confirmDeadline.getTime() <= now.getTime()) {
    throw new UserFacingError('The estimate expired; estimate again before confirming.');
  }
  const confirmed = await sendUnlessDone(db, client, tenant, shipmentId, () => client.fulfillmentInboundV0.confirmTransport({ shipmentId }), [
    'CONFIRMING',
    'CONFIRMED',
  ]);
  if (confirmed) return { transport: confirmed, refreshed: true };
  return refreshAfterWrite(db, client, tenant, shipmentId, 'CONFIRMING');
}

/** Refuses before sending when the void deadline has passed: Amazon would charge the cost anyway. */
export async function voidTransport(db: Db, client: SpApiClient, tenant: Tenant, shipmentId: string, now: Date): Promise<TransportWriteResult> {
  const { shipment } = await loadShipment(db, tenant, shipmentId);
  const current = await readStoredTransport(db, tenant, shipmentId);
  if (!current) throw new UserFacingError('This shipment has no carrier booking to void.');
  const availability = voidAvailability({ ...current, shipmentStatus: shipment.status }, now);
  if (!availability.canVoid) throw new UserFacingError(availability.reason);
  const voided = await sendUnlessDone(db, client, tenant, shipmentId, () => client.fulfillmentInboundV0.voidTransport({ shipmentId }), ['VOIDING', 'VOIDED']);
  const result = voided ? { transport: voided, refreshed: true } : await refreshAfterWrite(db, client, tenant, shipmentId, 'VOIDING');
  if (result.refreshed) result.refreshed = await refreshShipmentQuietly(db, client, tenant, shipment.marketplaceId, shipmentId);
  return result;
}

/**
 * The booking for the page and its polling. Amazon is asked only while it is still working on
 * the booking (estimating, confirming, voiding); otherwise the stored row is the answer, so
 * viewing a shipment costs no SP-API quota and writes nothing.
 */
export async function transportForPage(
  db: Db,
  client: SpApiClient,
  tenant: Tenant,
  shipment: { shipmentId: string; marketplaceId: string },
): Promise<StoredTransport | null> {
  const stored = await readStoredTransport(db, tenant, shipment.shipmentId);
  if (!stored || !isTransportSettling(stored.status)) return stored;
  const transport = await refreshTransport(db, client, tenant, shipment.shipmentId);
  // A void or a confirmation can move the shipment too: re-read it once the booking settles.
  if (transport && transport.status !== stored.status && !isTransportSettling(transport.status)) {
    await refreshShipmentQuietly(db, client, tenant, shipment.marketplaceId, shipment.shipmentId);
  }
  return transport;
}
