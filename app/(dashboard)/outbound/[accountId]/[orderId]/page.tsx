import { Providers } from '@/app/providers';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OutboundOrderDetail } from '@/components/outbound/outbound-order-detail';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { hasRole, requireUser } from '@/lib/auth';
import { getOutboundOrderView } from '@/lib/outbound';

type Params = Promise<{ accountId: string; orderId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Outbound ${decodeURIComponent((await params).orderId)}` };
}

export default async function OutboundOrderPage({ params, searchParams }: { params: Params; searchParams: Promise<{ created?: string }> }) {
  const user = await requireUser();
  const { accountId, orderId } = await params;
  const id = decodeURIComponent(orderId);
  // A malformed account id is simply not found (the column is a uuid).
  if (!/^[0-9a-f-]{36}$/i.test(accountId)) notFound();
  const order = await getOutboundOrderView(await getDb(), user.workspaceId, accountId, id);
  if (!order) notFound();
  const { created } = await searchParams;
  return (
    <>
      <PageHeader
        title={`Outbound order ${order.sellerFulfillmentOrderId}`}
        actions={
          <Link href="/outbound" className="text-sm text-blue-800 underline">
            Back to outbound orders
          </Link>
        }
      />
      {created ? (
        <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-900">
          Amazon accepted fulfillment order {order.sellerFulfillmentOrderId}.
        </p>
      ) : null}
      <Providers>
        <OutboundOrderDetail initial={order} canWrite={hasRole(user.role, 'operator')} />
      </Providers>
    </>
  );
}
