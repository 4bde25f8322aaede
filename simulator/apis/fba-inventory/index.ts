/**
 * FBA Inventory API v1 (fbaInventory.json) over the shared catalog. The sandbox-only
 * operations (createInventoryItem, addInventory, deleteInventoryItem) are served too: they
 * are the simulator's way to shape stock from a client.
 */
import type { SimApiModule } from '../../core/contract.js';
import { addInventory, createInventoryItem, deleteInventoryItem } from './sandbox-items.js';
import { getInventorySummaries } from './summaries.js';

const fbaInventory: SimApiModule = {
  model: 'fbaInventory.json',
  handlers: {
    getInventorySummaries,
    createInventoryItem,
    addInventory,
    deleteInventoryItem,
  },
};

export default fbaInventory;
