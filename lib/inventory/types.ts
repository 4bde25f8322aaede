/** The inventory domain's types and client-safe helpers: importable from components as well as server code. */
export { inventoryHref, type InventoryFilters, type InventorySort } from './list-filters';
export type { InventoryRow, MarketplaceStock } from './queries';
export type { InventorySummaryRow } from './reshape';
export { coverText, PLANNING_DEFAULTS, STOCK_STATUS_LABELS, velocityText, type PlanningSettings, type StockStatus } from './planning';
