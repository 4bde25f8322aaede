/**
 * The generated models seen as one typed registry: `ModelOperations['orders20260101']['searchOrders']`
 * is that operation's params and response, `operationSpec('orders20260101', 'searchOrders')` how to
 * send it. Operation ids can repeat across models (getOrder was in Orders v0 too), so
 * everything is addressed by (model, operationId).
 */
import * as generated from './generated';

export type ModelName = keyof typeof generated;

/** One entry per generated model; the check below fails to compile if a model is missing. */
export interface ModelOperations {
  sellers: generated.sellers.OperationTypes;
  ordersV0: generated.ordersV0.OperationTypes;
  orders20260101: generated.orders20260101.OperationTypes;
  fbaInventory: generated.fbaInventory.OperationTypes;
  fulfillmentOutbound: generated.fulfillmentOutbound.OperationTypes;
  fulfillmentInboundV0: generated.fulfillmentInboundV0.OperationTypes;
  fulfillmentInbound20240320: generated.fulfillmentInbound20240320.OperationTypes;
  messaging: generated.messaging.OperationTypes;
  feeds: generated.feeds.OperationTypes;
  uploads: generated.uploads.OperationTypes;
  tokens: generated.tokens.OperationTypes;
}

type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
const everyModelIsTyped: SameKeys<ModelOperations, typeof generated> = true;
void everyModelIsTyped;

export type OperationId<M extends ModelName> = keyof ModelOperations[M] & string;
export type OperationParams<M extends ModelName, Op extends OperationId<M>> = ModelOperations[M][Op] extends { params: infer P } ? P : never;
export type OperationResponse<M extends ModelName, Op extends OperationId<M>> = ModelOperations[M][Op] extends { response: infer R } ? R : never;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The shape of one row of a generated `operations` table. */
export interface OperationSpec {
  method: HttpMethod;
  path: string;
  rate: number;
  burst: number;
  pathParams: readonly string[];
  /** Path params whose value is several segments (Uploads' `resource`); absent when none. */
  greedyPathParams?: readonly string[];
  queryParams: readonly { name: string; collectionFormat?: string }[];
  headerParams: readonly string[];
  hasBody: boolean;
  successStatus: number;
  sandboxOnly: boolean;
}

export const MODEL_NAMES = Object.keys(generated) as ModelName[];

export function operationSpec(model: ModelName, operationId: string): OperationSpec {
  const table = generated[model].operations as Record<string, OperationSpec>;
  const spec = table[operationId];
  if (!spec) throw new Error(`SP-API model ${model} has no operation ${operationId}.`);
  return spec;
}

export function operationIds(model: ModelName): string[] {
  return Object.keys(generated[model].operations);
}
