/** The bill of lading of an Amazon-partnered LTL shipment, as a PDF from the dashboard's origin. */
import { NextResponse } from 'next/server';
import { whyNoShipmentDocuments, fetchBillOfLadingPdf, errorResponse, pdfResponse, readStoredTransport, shipmentAccess } from '@/lib/inbound';

export async function GET(request: Request, { params }: { params: Promise<{ accountId: string; shipmentId: string }> }) {
  const { accountId, shipmentId } = await params;
  const access = await shipmentAccess(accountId, decodeURIComponent(shipmentId));
  if (access instanceof Response) return access;
  const transport = await readStoredTransport(access.db, access.tenant, access.shipment.shipmentId);
  const refusal = await whyNoShipmentDocuments(access, transport?.status);
  if (refusal) return NextResponse.json({ error: refusal }, { status: 400 });
  try {
    const pdf = await fetchBillOfLadingPdf(access.client, access.shipment.shipmentId);
    return pdfResponse(pdf, `bill-of-lading-${access.shipment.shipmentId}.pdf`, new URL(request.url).searchParams.get('download') === '1');
  } catch (error) {
    return errorResponse(error);
  }
}
