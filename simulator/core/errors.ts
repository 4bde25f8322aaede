/** SP-API's error body, and the few fixed errors the core itself raises. */
import { SimError } from './contract.js';

export function errorBody(code: string, message: string, details?: string): { errors: Array<{ code: string; message: string; details?: string }> } {
  return { errors: [details === undefined ? { code, message } : { code, message, details }] };
}

/**
 * Amazon's gateway refuses every call it will not authorize with the same code and message,
 * and says why in `details` (empty when the token is fine but may not do this, e.g. a missing
 * role). Clients key on `details`: the npm amazon-sp-api package refreshes its access token
 * when it matches /access token.*expired/. The texts are Amazon's, as quoted in
 * amzn/selling-partner-api-models issues #945 (missing), jakobowsky/new-sp-api#1 (revoked,
 * malformed or invalid) and amz-tools/amazon-sp-api's SellingPartner.js (expired).
 */
const ACCESS_DENIED = 'Access to requested resource is denied.';
export const accessDenied = (details = '') => new SimError(403, 'Unauthorized', ACCESS_DENIED, details);
export const missingToken = () => accessDenied('Access token is missing in the request header.');
export const invalidToken = () => accessDenied('The access token you provided is revoked, malformed or invalid.');
export const expiredToken = () => accessDenied('The access token you provided has expired.');
export const quotaExceeded = () => new SimError(429, 'QuotaExceeded', 'You exceeded your quota for the requested resource.');
export const internalFailure = () => new SimError(500, 'InternalFailure', 'We encountered an internal error. Please try again.');
export const serviceUnavailable = () => new SimError(503, 'ServiceUnavailable', 'Service temporarily unavailable. Please try again.');
