import type { MarketplaceLabel } from '@/lib/sp-api/types';

/** A marketplace as the seller calls it ("Amazon.ca"); the country code and Amazon's id on hover. */
export function MarketplaceName({ label }: { label: MarketplaceLabel }) {
  return <span title={`${label.countryCode} · ${label.marketplaceId}`}>{label.name}</span>;
}
