import { formatDateTimeIn, formatDayIn } from '@/lib/format';
import { marketplaceTimeZone } from '@/lib/sp-api/types';

/** A date in the marketplace's own days (the day Amazon holds the seller to), the exact time on hover. */
export function MarketplaceDay({ date, marketplaceId }: { date: Date | null; marketplaceId: string }) {
  if (!date) return <span className="text-slate-600">—</span>;
  const timeZone = marketplaceTimeZone(marketplaceId);
  return (
    <time dateTime={date.toISOString()} title={formatDateTimeIn(date, timeZone)}>
      {formatDayIn(date, timeZone)}
    </time>
  );
}
