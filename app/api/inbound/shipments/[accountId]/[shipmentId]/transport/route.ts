/** The transport panel polls here: getTransportDetails is stored, then the stored row is answered. */
import { NextResponse } from 'next/server';
import { errorResponse, shipmentAccess } from '@/lib/inbound/route-access';
import { refreshShipment } from '@/lib/inbound/shipments';
import { refreshTransport } from '@/lib/inbound/transport';
import { toTransportView } from '@/lib/inbound/transport-view';

export async function GET(_request: Request, { params }: { params: Promise<{ accountId: string; shipmentId: string }> }) {
  const { accountId, shipmentId } = await params;
  const access = await shipmentAccess(accountId, decodeURIComponent(shipmentId));
  if (access instanceof Response) return access;
  try {
    const transport = await refreshTransport(access.db, access.client, access.tenant, access.shipment.shipmentId);
    // A void or a pickup moves the shipment too; keep its status in step with the transport.
    if (transport && transport.status !== access.shipment.status) {
      await refreshShipment(access.db, access.client, access.tenant, access.shipment.marketplaceId, access.shipment.shipmentId);
    }
    return NextResponse.json({ transport: transport ? toTransportView(transport) : null }, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
