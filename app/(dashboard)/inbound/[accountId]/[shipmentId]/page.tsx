import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LabelsPanel } from '@/components/inbound/labels-panel';
import { PreorderPanel } from '@/components/inbound/preorder-panel';
import { ShipmentItemsPanel } from '@/components/inbound/shipment-items-panel';
import { ShipmentTimeline } from '@/components/inbound/shipment-timeline';
import { TransportPanel } from '@/components/inbound/transport-panel';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { hasRole, requireUser } from '@/lib/auth';
import { getShipmentDetail, canCancelShipment, canEditShipment, canPrintLabels, declaredCurrencyFor, toTransportView } from '@/lib/inbound';
import { statusLabel } from '@/lib/inbound/types';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'Inbound shipment' };

export default async function InboundShipmentPage({ params }: { params: Promise<{ accountId: string; shipmentId: string }> }) {
  const user = await requireUser();
  const { accountId, shipmentId: rawId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(accountId)) notFound();
  const shipmentId = decodeURIComponent(rawId);
  const shipment = await getShipmentDetail(await getDb(), user.workspaceId, accountId, shipmentId);
  if (!shipment) notFound();
  const canWrite = hasRole(user.role, 'operator');
  const editable = canWrite && canEditShipment(shipment.status);
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
          <dd>{shipment.labelPrepType ?? '—'}</dd>
        </div>
        <div>
          <dt className="font-medium">Ship from</dt>
          <dd>{shipment.shipFromAddress ? `${shipment.shipFromAddress.name}, ${shipment.shipFromAddress.city}` : '—'}</dd>
        </div>
        <div>
          <dt className="font-medium">Last read from Amazon</dt>
          <dd>{formatDateTime(shipment.syncedAt)}</dd>
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
          name={shipment.name ?? ''}
          items={shipment.items.map((i) => ({
            sellerSku: i.sellerSku,
            fnsku: i.fnsku,
            quantityShipped: i.quantityShipped,
            quantityReceived: i.quantityReceived,
            quantityInCase: i.quantityInCase,
          }))}
          editable={editable}
          cancellable={canWrite && canCancelShipment(shipment.status)}
          canRefresh={canWrite}
        />
        <TransportPanel
          accountId={accountId}
          shipmentId={shipment.shipmentId}
          initial={shipment.transport ? toTransportView(shipment.transport) : null}
          canWrite={canWrite}
          editable={editable}
          declaredCurrency={declaredCurrencyFor(shipment.marketplaceId)}
          shipmentStatus={shipment.status}
        />
        {canPrintLabels(shipment.status) ? (
          <LabelsPanel
            accountId={accountId}
            shipmentId={shipment.shipmentId}
            billOfLading={shipment.transport?.shipmentType === 'LTL' && shipment.transport.isPartnered}
          />
        ) : null}
        {editable ? <PreorderPanel accountId={accountId} shipmentId={shipment.shipmentId} /> : null}
      </div>
    </>
  );
}
