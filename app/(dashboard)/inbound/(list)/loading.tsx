import { PageSkeleton } from '@/components/ui/page-skeleton';

export default function InboundLoading() {
  return <PageSkeleton label="Loading inbound shipments…" />;
}
