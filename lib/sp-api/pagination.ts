/**
 * Async iteration over paged operations. Each model puts its next-page token somewhere else
 * and wants it back under another name, so every paged operation has a rule here:
 *
 *   for await (const page of paginate(client.orders20260101.searchOrders, { marketplaceIds, createdAfter })) ...
 */
import type { CallOptions, OperationFunction } from './client';
import type { ModelName, OperationId, OperationParams, OperationResponse } from './models';

/** The operations `paginate` accepts. */
export interface PaginatedOperations {
  orders20260101: 'searchOrders';
  fbaInventory: 'getInventorySummaries';
  fulfillmentOutbound: 'listAllFulfillmentOrders' | 'getFeatureInventory';
  fulfillmentInboundV0: 'getShipments' | 'getShipmentItems';
  fulfillmentInbound20240320: InboundPlanLists;
}

/** The 2024-03-20 inbound lists: all answer pagination.nextToken and take paginationToken. */
type InboundPlanLists =
  | 'listInboundPlans'
  | 'listInboundPlanItems'
  | 'listInboundPlanBoxes'
  | 'listPackingOptions'
  | 'listPackingGroupItems'
  | 'listPackingGroupBoxes'
  | 'listPlacementOptions'
  | 'listShipmentItems'
  | 'listTransportationOptions'
  | 'listDeliveryWindowOptions'
  | 'listShipmentContentUpdatePreviews'
  | 'getSelfShipAppointmentSlots';
type PaginatedModel = keyof PaginatedOperations & ModelName;

interface PageRule<M extends ModelName, Op extends OperationId<M>> {
  tokenOf(response: OperationResponse<M, Op>): string | undefined;
  nextParams(first: OperationParams<M, Op>, token: string): OperationParams<M, Op>;
}

type PageRules = { [M in PaginatedModel]: { [Op in PaginatedOperations[M] & OperationId<M>]: PageRule<M, Op> } };

const PAGE_RULES: PageRules = {
  orders20260101: {
    // The token comes back as pagination.nextToken and goes out as paginationToken.
    searchOrders: { tokenOf: (r) => r.pagination?.nextToken, nextParams: (p, paginationToken) => ({ ...p, paginationToken }) },
  },
  fbaInventory: {
    // Top-level pagination.nextToken; the other parameters must be repeated.
    getInventorySummaries: { tokenOf: (r) => r.pagination?.nextToken, nextParams: (p, nextToken) => ({ ...p, nextToken }) },
  },
  fulfillmentOutbound: {
    listAllFulfillmentOrders: { tokenOf: (r) => r.payload?.nextToken, nextParams: (p, nextToken) => ({ ...p, nextToken }) },
    getFeatureInventory: { tokenOf: (r) => r.payload?.nextToken, nextParams: (p, nextToken) => ({ ...p, nextToken }) },
  },
  fulfillmentInboundV0: {
    // QueryType switches to NEXT_TOKEN; the original filters must not be sent with it.
    getShipments: {
      tokenOf: (r) => r.payload?.NextToken,
      nextParams: (p, NextToken) => ({ QueryType: 'NEXT_TOKEN', NextToken, MarketplaceId: p.MarketplaceId }),
    },
    getShipmentItems: {
      tokenOf: (r) => r.payload?.NextToken,
      nextParams: (p, NextToken) => ({ QueryType: 'NEXT_TOKEN', NextToken, MarketplaceId: p.MarketplaceId }),
    },
  },
  fulfillmentInbound20240320: {
    listInboundPlans: { tokenOf: (r) => r.pagination?.nextToken, nextParams: (p, paginationToken) => ({ ...p, paginationToken }) },
    listInboundPlanItems: { tokenOf: (r) => r.pagination?.nextToken, nextParams: (p, paginationToken) => ({ ...p, paginationToken }) },
    listInboundPlanBoxes: { tokenOf: (r) => r.pagination?.nextToken, nextParams: (p, paginationToken) => ({ ...p, paginationToken }) },
    listPackingOptions: { tokenOf: (r) => r.pagination?.nextToken, nextParams: (p, paginationToken) => ({ ...p, paginationToken }) },
    listPackingGroupItems: { tokenOf: (r) => r.pagination?.nextToken, nextParams: (p, paginationToken) => ({ ...p, paginationToken }) },
    listPackingGroupBoxes: { tokenOf: (r) => r.pagination?.nextToken, nextParams: (p, paginationToken) => ({ ...p, paginationToken }) },
    listPlacementOptions: { tokenOf: (r) => r.pagination?.nextToken, nextParams: (p, paginationToken) => ({ ...p, paginationToken }) },
    listShipmentItems: { tokenOf: (r) => r.pagination?.nextToken, nextParams: (p, paginationToken) => ({ ...p, paginationToken }) },
    listTransportationOptions: { tokenOf: (r) => r.pagination?.nextToken, nextParams: (p, paginationToken) => ({ ...p, paginationToken }) },
    listDeliveryWindowOptions: { tokenOf: (r) => r.pagination?.nextToken, nextParams: (p, paginationToken) => ({ ...p, paginationToken }) },
    getSelfShipAppointmentSlots: { tokenOf: (r) => r.pagination?.nextToken, nextParams: (p, paginationToken) => ({ ...p, paginationToken }) },
    listShipmentContentUpdatePreviews: { tokenOf: (r) => r.pagination?.nextToken, nextParams: (p, paginationToken) => ({ ...p, paginationToken }) },
  },
};

export class PaginationLoopError extends Error {
  constructor(operation: string) {
    super(`${operation} returned the same next-page token twice; stopping instead of looping.`);
    this.name = 'PaginationLoopError';
  }
}

/** Yields every page, starting with `params`; stops when a page carries no token. */
export async function* paginate<M extends PaginatedModel, Op extends PaginatedOperations[M] & OperationId<M>>(
  operation: OperationFunction<M, Op>,
  params: OperationParams<M, Op>,
  options?: CallOptions & { maxPages?: number },
): AsyncGenerator<OperationResponse<M, Op>, void, undefined> {
  const rules = PAGE_RULES[operation.model] as Record<string, PageRule<M, Op>>;
  const rule = rules[operation.operationId];
  if (!rule) throw new Error(`${operation.model}.${operation.operationId} has no pagination rule.`);
  const send = operation as unknown as (p: OperationParams<M, Op>, o?: CallOptions) => Promise<OperationResponse<M, Op>>;
  let next = params;
  let previousToken: string | undefined;
  for (let page = 1; ; page++) {
    const response = await send(next, options);
    yield response;
    const token = rule.tokenOf(response);
    if (!token || (options?.maxPages !== undefined && page >= options.maxPages)) return;
    if (token === previousToken) throw new PaginationLoopError(`${operation.model}.${operation.operationId}`);
    previousToken = token;
    next = rule.nextParams(params, token);
  }
}
