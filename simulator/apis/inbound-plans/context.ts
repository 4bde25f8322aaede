/** What every 2024-03-20 handler works on: the plans, the prep and compliance details and the shared catalog. */
import type { SimCatalog } from '../../core/contract.js';
import type { ComplianceDetailsStore } from './compliance-details.js';
import type { PrepDetailsStore } from './prep-details.js';
import type { InboundPlanStore } from './store.js';

export interface InboundPlansContext {
  plans: InboundPlanStore;
  prep: PrepDetailsStore;
  compliance: ComplianceDetailsStore;
  catalog: SimCatalog;
}
