/** The bill of lading of a partnered LTL shipment of a Send to Amazon plan, as a PDF. */
import { NextResponse } from 'next/server';
import { billOfLadingPdf, errorResponse, pdfResponse, planAccess } from '@/lib/inbound';

export async function GET(request: Request, { params }: { params: Promise<{ planId: string }> }) {
  const access = await planAccess((await params).planId);
  if (access instanceof Response) return access;
  const shipmentId = new URL(request.url).searchParams.get('shipmentId') ?? '';
  if (!/^[a-zA-Z0-9-]{38}$/.test(shipmentId)) return NextResponse.json({ error: 'Choose a shipment of this plan.' }, { status: 400 });
  try {
    const { pdf, filename } = await billOfLadingPdf(access.client, access.plan, shipmentId);
    return pdfResponse(pdf, filename, new URL(request.url).searchParams.get('download') === '1');
  } catch (error) {
    return errorResponse(error);
  }
}
