/**
 * Tokens API 2021-03-01: createRestrictedDataToken. It lives next to the core because RDTs
 * are credentials: the core's token store issues them and the core checks them per path.
 */
import { invalidInput, type SimApiModule, type SimRequest } from '../../core/contract.js';
import { compilePathTemplate } from '../../core/models.js';
import type { SimRuntime } from '../../core/runtime.js';
import type { CreateRestrictedDataTokenRequest, RestrictedResource } from '../../../lib/sp-api/generated/tokens.js';
import { RDT_SECONDS, type RestrictedResourceGrant } from '../../core/tokens-store.js';

/** Restricted resources the simulator serves, with the data elements each may ask for. */
const RESTRICTED_RESOURCES: Array<{ method: string; template: string; dataElements: string[] }> = [
  { method: 'GET', template: '/orders/v0/orders', dataElements: ['buyerInfo', 'shippingAddress', 'buyerTaxInformation'] },
  { method: 'GET', template: '/orders/v0/orders/{orderId}', dataElements: ['buyerInfo', 'shippingAddress', 'buyerTaxInformation'] },
  { method: 'GET', template: '/orders/v0/orders/{orderId}/orderItems', dataElements: ['buyerInfo'] },
  { method: 'GET', template: '/orders/v0/orders/{orderId}/address', dataElements: [] },
  { method: 'GET', template: '/orders/v0/orders/{orderId}/buyerInfo', dataElements: [] },
  { method: 'GET', template: '/orders/v0/orders/{orderId}/orderItems/buyerInfo', dataElements: [] },
  { method: 'GET', template: '/orders/v0/orders/{orderId}/regulatedInfo', dataElements: [] },
  { method: 'GET', template: '/mfn/v0/shipments/{shipmentId}', dataElements: [] },
  { method: 'POST', template: '/mfn/v0/shipments', dataElements: [] },
];

function knownResource(input: RestrictedResource) {
  return RESTRICTED_RESOURCES.find((r) => r.method === input.method && (r.template === input.path || compilePathTemplate(r.template).pattern.test(input.path)));
}

export function createTokensModule(): { module: SimApiModule; bind(runtime: SimRuntime): void } {
  let runtime: SimRuntime | undefined;
  const module: SimApiModule = {
    model: 'tokens_2021-03-01.json',
    handlers: {
      createRestrictedDataToken(req: SimRequest) {
        if (!runtime) throw new Error('tokens module used before bind()');
        const body = req.body as CreateRestrictedDataTokenRequest;
        if (body.restrictedResources.length === 0) throw invalidInput('restrictedResources must not be empty');
        if (body.restrictedResources.length > 50) throw invalidInput('restrictedResources can have at most 50 elements');
        const grants: RestrictedResourceGrant[] = [];
        for (const resource of body.restrictedResources) {
          const known = knownResource(resource);
          if (!known) throw invalidInput(`Invalid restricted resource: ${resource.method} ${resource.path}`, 'The path is not a restricted operation.');
          const dataElements = resource.dataElements ?? [];
          const unsupported = dataElements.find((d) => !known.dataElements.includes(d));
          if (unsupported) throw invalidInput(`Invalid dataElements value '${unsupported}' for ${resource.path}`);
          grants.push({ method: resource.method, path: resource.path, dataElements });
        }
        const restrictedDataToken = runtime.tokens.issueRestrictedDataToken(req.sellerId, grants, req.clock.now().getTime());
        return { restrictedDataToken, expiresIn: RDT_SECONDS };
      },
    },
  };
  return {
    module,
    bind(bound) {
      runtime = bound;
    },
  };
}
