/**
 * The carrier booking stored for a v0 shipment: bookings were made with putTransportDetails and
 * confirmTransport until Amazon removed them (2025-01-21). They stay readable (the page shows
 * them, the labels route needs the shipment type); bookings of Send to Amazon plans live with
 * their plan.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inboundTransports } from '@/db/schema';
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
