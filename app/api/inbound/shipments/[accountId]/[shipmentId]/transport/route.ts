/** The transport panel polls here: getTransportDetails is stored, then the stored row is answered. */
import { NextResponse } from 'next/server';
import { errorResponse, shipmentAccess } from '@/lib/inbound/route-access';
import { refreshShipment } from '@/lib/inbound/shipments';
import { isTransportSettling } from '@/lib/inbound/status';
import { readStoredTransport, refreshTransport } from '@/lib/inbound/transport';
import { toTransportView } from '@/lib/inbound/transport-view';

export async function GET(_request: Request, { params }: { params: Promise<{ accountId: string; shipmentId: string }> }) {
  const { accountId, shipmentId } = await params;
  const access = await shipmentAccess(accountId, decodeURIComponent(shipmentId));
  if (access instanceof Response) return access;
  try {
    const before = await readStoredTransport(access.db, access.tenant, access.shipment.shipmentId);
    const transport = await refreshTransport(access.db, access.client, access.tenant, access.shipment.shipmentId);
    // A void or a confirmation can move the shipment too: re-read it once the booking settles.
    if (transport && before?.status !== transport.status && !isTransportSettling(transport.status)) {
      await refreshShipment(access.db, access.client, access.tenant, access.shipment.marketplaceId, access.shipment.shipmentId);
    }
    return NextResponse.json({ transport: transport ? toTransportView(transport) : null }, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
