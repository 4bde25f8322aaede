/**
 * Turns (operation spec, flat params) into an HTTP request: path params into the path
 * template, query params per their collectionFormat, header params into headers and `body`
 * into JSON. Nobody else builds SP-API URLs.
 */
import type { HttpMethod, OperationSpec } from './models';

export interface OperationRequest {
  method: HttpMethod;
  /** Path with values and query string: what is sent. */
  pathAndQuery: string;
  headers: Record<string, string>;
  body?: string;
}

export class InvalidParamsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidParamsError';
  }
}

function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function serializeQueryValue(value: unknown, collectionFormat: string | undefined): string[] {
  if (!Array.isArray(value)) return [scalar(value)];
  switch (collectionFormat ?? 'csv') {
    case 'multi':
      return value.map(scalar);
    case 'ssv':
      return [value.map(scalar).join(' ')];
    case 'tsv':
      return [value.map(scalar).join('\t')];
    case 'pipes':
      return [value.map(scalar).join('|')];
    default:
      return [value.map(scalar).join(',')];
  }
}

/**
 * A greedy path parameter (Uploads' `resource`, e.g. `messaging/v1/orders/{id}/messages/invoice`)
 * fills several segments: each is encoded on its own and the slashes stay. Empty, `.` and `..`
 * segments are refused, so a value can never climb out of the operation's path.
 */
function greedySegments(name: string, value: string): string {
  const segments = value.replace(/^\//, '').split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) throw new InvalidParamsError(`Path parameter ${name} has an empty, . or .. segment.`);
  return segments.map(encodeURIComponent).join('/');
}

export function buildOperationRequest(spec: OperationSpec, params: Record<string, unknown>): OperationRequest {
  const path = spec.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === '') throw new InvalidParamsError(`Missing path parameter ${name} for ${spec.path}.`);
    return spec.greedyPathParams?.includes(name) ? greedySegments(name, scalar(value)) : encodeURIComponent(scalar(value));
  });

  const query = new URLSearchParams();
  for (const { name, collectionFormat } of spec.queryParams) {
    const value = params[name];
    if (value === undefined || value === null) continue;
    // An empty list means "no filter"; sending `Name=` would ask for an empty match instead.
    if (Array.isArray(value) && value.length === 0) continue;
    for (const part of serializeQueryValue(value, collectionFormat)) query.append(name, part);
  }

  const headers: Record<string, string> = {};
  for (const name of spec.headerParams) {
    const value = params[name];
    if (value !== undefined && value !== null) headers[name] = scalar(value);
  }

  const search = query.toString();
  const request: OperationRequest = { method: spec.method, pathAndQuery: search ? `${path}?${search}` : path, headers };
  if (spec.hasBody && params.body !== undefined) {
    request.body = JSON.stringify(params.body);
    headers['content-type'] = 'application/json';
  }
  return request;
}
