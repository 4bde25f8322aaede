import { PageSkeleton } from '@/components/ui/page-skeleton';

export default function OutboundLoading() {
  return <PageSkeleton label="Loading outbound orders…" />;
}
