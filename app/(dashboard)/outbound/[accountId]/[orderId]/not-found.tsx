import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';

export default function OutboundOrderNotFound() {
  return (
    <EmptyState title="Outbound order not found">
      It may belong to an account that is no longer connected, or it has not been copied from Amazon yet.{' '}
      <Link href="/outbound" className="text-blue-800 underline">
        Back to outbound orders
      </Link>
    </EmptyState>
  );
}
