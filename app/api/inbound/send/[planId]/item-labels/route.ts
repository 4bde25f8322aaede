/** FNSKU unit labels of a Send to Amazon plan (all its SKUs, or one), as a PDF from the dashboard's own origin. */
import { NextResponse } from 'next/server';
import { fieldErrorsOf } from '@/lib/actions/authorized-action';
import { errorResponse, itemLabelsPdf, itemLabelsQuery, pdfResponse, planAccess } from '@/lib/inbound';

export async function GET(request: Request, { params }: { params: Promise<{ planId: string }> }) {
  const access = await planAccess((await params).planId);
  if (access instanceof Response) return access;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = itemLabelsQuery.safeParse(query);
  if (!parsed.success) return NextResponse.json({ error: 'Check the label options.', fieldErrors: fieldErrorsOf(parsed.error) }, { status: 400 });
  try {
    const { pdf, filename } = await itemLabelsPdf(access.client, access.plan, parsed.data);
    return pdfResponse(pdf, filename, query.download === '1');
  } catch (error) {
    return errorResponse(error);
  }
}
