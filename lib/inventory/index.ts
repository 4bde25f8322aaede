/** The inventory domain's public face for server code: its queries and services. Types and client-safe helpers are in ./types. */
import 'server-only';
export { INVENTORY_VIEWS, INVENTORY_VIEW_LABELS, parseInventoryFilters } from './list-filters';
export { BUILT_IN_LOW_STOCK_THRESHOLD } from './low-stock';
export { countLowStock, listInventory } from './queries';
export { reshapeInventorySummary } from './reshape';
export { readDefaultThreshold } from './thresholds';
export { removeUnlistedSkus, upsertInventorySummaries } from './upsert';
