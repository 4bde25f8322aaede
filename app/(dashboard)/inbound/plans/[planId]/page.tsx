import { DateTime } from '@/components/ui/date-time';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/ui/page-header';
import { Table, TableHead } from '@/components/ui/table';
import { getDb } from '@/db';
import { requireUser } from '@/lib/auth';
import { getPlan } from '@/lib/inbound';
import { labelPrepPreferenceText, labelPrepText, prepInstructionLabel } from '@/lib/inbound/types';

export const metadata: Metadata = { title: 'Earlier shipment plan' };

export default async function PlanPage({ params }: { params: Promise<{ planId: string }> }) {
  const user = await requireUser();
  const { planId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(planId)) notFound();
  const found = await getPlan(await getDb(), user.workspaceId, planId);
  if (!found) notFound();
  const { plan, shipments } = found;
  return (
    <>
      <PageHeader
        title="Earlier shipment plan"
        description={
          <>
            Created <DateTime value={plan.createdAt} />
            {` · ship from ${plan.shipFromAddress.name}, ${plan.shipFromAddress.city} · label preference: `}
            <span title={plan.labelPrepPreference}>{labelPrepPreferenceText(plan.labelPrepPreference)}</span>
            {`${
              plan.shipToCountrySubdivisionCode ? ` · to ${plan.shipToCountrySubdivisionCode}` : plan.shipToCountryCode ? ` · to ${plan.shipToCountryCode}` : ''
            }${plan.requestId ? ` · Amazon request id ${plan.requestId}` : ''}`}
          </>
        }
      />
      <p className="mb-4 text-sm">
        <Link href="/inbound" className="text-blue-700 underline">
          Back to inbound shipments
        </Link>
      </p>
      <p role="note" className="mb-4 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800">
        This plan was made before Send to Amazon. Amazon stopped taking new shipments from such plans on 21 January 2025, so shipments not created by then
        cannot be created any more:{' '}
        <Link href="/inbound/new" className="text-blue-700 underline">
          send these SKUs with a Send to Amazon plan
        </Link>
        .
      </p>
      <p className="mb-6 text-sm text-slate-700">
        Amazon split the {plan.requestItems.length} SKU{plan.requestItems.length === 1 ? '' : 's'} into {shipments.length} shipment
        {shipments.length === 1 ? '' : 's'}.
      </p>
      <div className="space-y-6">
        {shipments.map((s) => (
          <section key={s.shipmentId} aria-labelledby={`plan-${s.shipmentId}`} className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id={`plan-${s.shipmentId}`} className="text-lg font-semibold">
              {s.shipmentId} to {s.destinationFulfillmentCenterId}
            </h2>
            <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
              <div>
                <dt className="inline font-medium">Destination: </dt>
                <dd className="inline">
                  {s.shipToAddress.name}, {s.shipToAddress.addressLine1}, {s.shipToAddress.city} {s.shipToAddress.stateOrProvinceCode}{' '}
                  {s.shipToAddress.postalCode}, {s.shipToAddress.countryCode}
                </dd>
              </div>
              <div>
                <dt className="inline font-medium">Labeling: </dt>
                <dd className="inline">
                  <span title={s.labelPrepType}>{labelPrepText(s.labelPrepType)}</span>
                </dd>
              </div>
              {s.estimatedBoxContentsFee?.totalFee ? (
                <div>
                  <dt className="inline font-medium">Box contents fee if you send no box contents: </dt>
                  <dd className="inline">
                    {s.estimatedBoxContentsFee.totalFee} {s.estimatedBoxContentsFee.currency}
                  </dd>
                </div>
              ) : null}
            </dl>
            <Table caption={`Items of ${s.shipmentId}`} variant="regular" className="mt-3">
              <TableHead columns={['SKU', 'FNSKU', { label: 'Quantity', numeric: true }, 'Prep']} />
              <tbody>
                {s.items.map((i) => (
                  <tr key={i.sellerSku}>
                    <td>{i.sellerSku}</td>
                    <td>{i.fnsku}</td>
                    <td className="text-right tabular-nums">{i.quantity}</td>
                    <td>
                      {i.prepDetails.length
                        ? i.prepDetails.map((p, index) => (
                            <span key={`${p.prepInstruction}-${index}`}>
                              {index ? ', ' : ''}
                              <span title={p.prepInstruction}>{prepInstructionLabel(p.prepInstruction)}</span> ({p.prepOwner === 'AMAZON' ? 'Amazon' : 'you'})
                            </span>
                          ))
                        : 'None'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <div className="mt-4">
              {s.createdShipmentAt ? (
                <Link className="text-blue-700 underline" href={`/inbound/${plan.accountId}/${encodeURIComponent(s.shipmentId)}`}>
                  Open shipment {s.shipmentId}
                </Link>
              ) : (
                <p className="text-sm text-slate-600">Never created as a shipment.</p>
              )}
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
