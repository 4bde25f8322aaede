/** SP-API's error body, and the few fixed errors the core itself raises. */
import { SimError } from './contract.js';

export function errorBody(code: string, message: string, details?: string): { errors: Array<{ code: string; message: string; details?: string }> } {
  return { errors: [details === undefined ? { code, message } : { code, message, details }] };
}

export const unauthorized = () => new SimError(403, 'Unauthorized', 'Access to requested resource is denied.', '');
export const expiredToken = () => new SimError(403, 'Unauthorized', 'The access token you provided has expired.', '');
export const quotaExceeded = () => new SimError(429, 'QuotaExceeded', 'You exceeded your quota for the requested resource.');
export const internalFailure = () => new SimError(500, 'InternalFailure', 'We encountered an internal error. Please try again.');
export const serviceUnavailable = () => new SimError(503, 'ServiceUnavailable', 'Service temporarily unavailable. Please try again.');
