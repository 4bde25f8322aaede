/** getPreorderInfo for the shipment page's pre-order panel, which only operators and above see. */
import { NextResponse } from 'next/server';
import { errorResponse, shipmentAccess, readPreorderInfo } from '@/lib/inbound';

export async function GET(_request: Request, { params }: { params: Promise<{ accountId: string; shipmentId: string }> }) {
  const { accountId, shipmentId } = await params;
  const access = await shipmentAccess(accountId, decodeURIComponent(shipmentId), 'operator');
  if (access instanceof Response) return access;
  try {
    return NextResponse.json(await readPreorderInfo(access.db, access.client, access.tenant, access.shipment.shipmentId));
  } catch (error) {
    return errorResponse(error);
  }
}
