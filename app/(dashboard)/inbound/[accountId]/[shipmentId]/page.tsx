import { DateTime } from '@/components/ui/date-time';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LabelsPanel } from '@/components/inbound/labels-panel';
import { ShipmentItemsPanel } from '@/components/inbound/shipment-items-panel';
import { ShipmentTimeline } from '@/components/inbound/shipment-timeline';
import { TransportPanel } from '@/components/inbound/transport-panel';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { hasRole, requireUser } from '@/lib/auth';
import { getShipmentDetail, canPrintLabels, planOfShipment, toTransportView } from '@/lib/inbound';
import { labelPrepText, statusLabel } from '@/lib/inbound/types';

export const metadata: Metadata = { title: 'Inbound shipment' };

export default async function InboundShipmentPage({ params }: { params: Promise<{ accountId: string; shipmentId: string }> }) {
  const user = await requireUser();
  const { accountId, shipmentId: rawId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(accountId)) notFound();
  const shipmentId = decodeURIComponent(rawId);
  const db = await getDb();
  const shipment = await getShipmentDetail(db, user.workspaceId, accountId, shipmentId);
  if (!shipment) notFound();
  // A Send to Amazon shipment prints and books from its plan, which knows its boxes and pallets.
  const plan = await planOfShipment(db, { workspaceId: user.workspaceId, accountId }, shipment.shipmentId);
  const canWrite = hasRole(user.role, 'operator');
  const units = shipment.items.reduce((sum, i) => sum + i.quantityShipped, 0);
  const received = shipment.items.reduce((sum, i) => sum + i.quantityReceived, 0);
  return (
    <>
      <PageHeader
        title={`Shipment ${shipment.shipmentId}`}
        description={`${shipment.name ?? 'Unnamed'} · ${statusLabel(shipment.status)} · to ${shipment.destinationFulfillmentCenterId ?? '—'} · ${shipment.accountName}`}
      />
      <p className="mb-4 text-sm">
        <Link href="/inbound" className="text-blue-700 underline">
          Back to inbound shipments
        </Link>
      </p>
      <ShipmentTimeline status={shipment.status} />
      <dl className="my-6 grid gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="font-medium">Units</dt>
          <dd>
            {units} shipped · {received} received
          </dd>
        </div>
        <div>
          <dt className="font-medium">Labeling</dt>
          <dd>{shipment.labelPrepType ? <span title={shipment.labelPrepType}>{labelPrepText(shipment.labelPrepType)}</span> : '—'}</dd>
        </div>
        <div>
          <dt className="font-medium">Ship from</dt>
          <dd>{shipment.shipFromAddress ? `${shipment.shipFromAddress.name}, ${shipment.shipFromAddress.city}` : '—'}</dd>
        </div>
        <div>
          <dt className="font-medium">Last read from Amazon</dt>
          <dd>
            <DateTime value={shipment.syncedAt} />
          </dd>
        </div>
        {shipment.confirmedNeedByDate ? (
          <div>
            <dt className="font-medium">Pre-order need-by date</dt>
            <dd>{shipment.confirmedNeedByDate}</dd>
          </div>
        ) : null}
      </dl>
      <div className="grid gap-6 xl:grid-cols-2">
        <ShipmentItemsPanel
          accountId={accountId}
          shipmentId={shipment.shipmentId}
          status={shipment.status}
          items={shipment.items.map((i) => ({
            sellerSku: i.sellerSku,
            fnsku: i.fnsku,
            quantityShipped: i.quantityShipped,
            quantityReceived: i.quantityReceived,
            quantityInCase: i.quantityInCase,
          }))}
          canRefresh={canWrite}
        />
        {plan ? (
          <section aria-labelledby="plan-heading" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="plan-heading" className="text-lg font-semibold">
              Transport and labels
            </h2>
            <p className="mt-2 text-sm text-slate-700">
              This shipment belongs to the Send to Amazon plan{' '}
              <Link className="text-blue-700 underline" href={`/inbound/send/${plan.id}`}>
                {plan.name}
              </Link>
              {plan.cancelled
                ? ', which was cancelled: no carrier is booked and no label is printed for it any more.'
                : ', which books its carrier and prints its box, pallet and FNSKU labels with the boxes it already knows.'}
            </p>
          </section>
        ) : (
          <>
            <TransportPanel transport={shipment.transport ? toTransportView(shipment.transport) : null} />
            {canPrintLabels(shipment.status, shipment.transport?.status) ? (
              <LabelsPanel
                accountId={accountId}
                shipmentId={shipment.shipmentId}
                billOfLading={shipment.transport?.shipmentType === 'LTL' && shipment.transport.isPartnered}
                boxes={shipment.transport?.packageCount}
                pallets={shipment.transport?.palletCount}
              />
            ) : null}
          </>
        )}
      </div>
    </>
  );
}
