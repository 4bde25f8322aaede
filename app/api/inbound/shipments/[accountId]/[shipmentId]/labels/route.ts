/**
 * Package and pallet labels as a PDF from the dashboard's own origin: getLabels, then the
 * document fetched server-side. `download=1` makes the browser save it instead of showing it.
 */
import { NextResponse } from 'next/server';
import {
  fetchLabelsPdf,
  buildLabelsParams,
  labelRequestProblems,
  labelsInput,
  errorResponse,
  pdfResponse,
  shipmentAccess,
  readStoredTransport,
  whyNoShipmentDocuments,
  withKnownCounts,
} from '@/lib/inbound';
import { fieldErrorsOf } from '@/lib/actions/authorized-action';

export async function GET(request: Request, { params }: { params: Promise<{ accountId: string; shipmentId: string }> }) {
  const { accountId, shipmentId } = await params;
  const access = await shipmentAccess(accountId, decodeURIComponent(shipmentId));
  if (access instanceof Response) return access;
  const transport = await readStoredTransport(access.db, access.tenant, access.shipment.shipmentId);
  const refusal = await whyNoShipmentDocuments(access, transport?.status);
  if (refusal) return NextResponse.json({ error: refusal }, { status: 400 });
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = labelsInput.safeParse(query);
  if (!parsed.success) return NextResponse.json({ error: 'Check the label options.', fieldErrors: fieldErrorsOf(parsed.error) }, { status: 400 });
  // The boxes and pallets of the booking are not asked again.
  const context = {
    shipmentType: transport?.shipmentType ?? null,
    isPartnered: transport?.isPartnered ?? null,
    packageCount: transport?.packageCount ?? 0,
    palletCount: transport?.palletCount ?? 0,
  };
  const input = withKnownCounts(parsed.data, context);
  const problems = labelRequestProblems(input, context);
  if (Object.keys(problems).length) return NextResponse.json({ error: 'Check the label options.', fieldErrors: problems }, { status: 400 });
  try {
    const pdf = await fetchLabelsPdf(access.client, buildLabelsParams(access.shipment.shipmentId, input));
    return pdfResponse(pdf, `labels-${access.shipment.shipmentId}.pdf`, query.download === '1');
  } catch (error) {
    return errorResponse(error);
  }
}
