/** Seller-facing names of the sync kinds; no server imports, so client components can use it. */
import type { SyncKind } from '@/db/schema/sync';

export const SYNC_KIND_LABELS: Record<SyncKind, string> = {
  orders: 'Orders',
  inventory: 'FBA inventory',
  'fulfillment-orders': 'Multi-Channel Fulfillment orders',
  'inbound-shipments': 'Inbound shipments',
};
