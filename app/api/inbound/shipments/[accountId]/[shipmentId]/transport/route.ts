/**
 * The transport panel polls here while Amazon works on a booking. Amazon is asked only while the
 * stored booking is estimating, confirming or voiding; otherwise the stored row is answered.
 */
import { NextResponse } from 'next/server';
import { errorResponse, shipmentAccess, transportForPage, toTransportView } from '@/lib/inbound';

export async function GET(_request: Request, { params }: { params: Promise<{ accountId: string; shipmentId: string }> }) {
  const { accountId, shipmentId } = await params;
  const access = await shipmentAccess(accountId, decodeURIComponent(shipmentId));
  if (access instanceof Response) return access;
  try {
    const transport = await transportForPage(access.db, access.client, access.tenant, access.shipment);
    return NextResponse.json({ transport: transport ? toTransportView(transport) : null }, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
