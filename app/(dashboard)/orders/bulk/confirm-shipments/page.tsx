import type { Metadata } from 'next';
import Link from 'next/link';
import { BulkConfirmShipmentsForm } from '@/components/orders/bulk-confirm-shipments-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth';

export const metadata: Metadata = { title: 'Confirm shipments from a CSV' };

/** Operators confirm many seller-fulfilled shipments from a file of tracking numbers; the file is read in the browser, each batch checked and confirmed in the workspace. */
export default async function ConfirmShipmentsCsvPage() {
  await requireUser('operator');
  return (
    <>
      <PageHeader
        title="Confirm shipments from a CSV"
        description="Tell Amazon that several seller-fulfilled orders have shipped, with their carriers and tracking numbers, from one file."
      />
      <p className="mb-4 text-sm">
        <Link href="/orders" className="text-blue-700 underline">
          Back to the orders
        </Link>
      </p>
      <BulkConfirmShipmentsForm />
    </>
  );
}
