import { describe, expect, it } from 'vitest';
import { errorFromResponse, kindForStatus, LwaError, SpApiError } from './errors';

describe('errorFromResponse', () => {
  it('takes code, message and details from SP-API error bodies', () => {
    const error = errorFromResponse({
      status: 400,
      bodyText: JSON.stringify({ errors: [{ code: 'InvalidInput', message: 'Invalid MarketplaceId: X', details: 'MarketplaceIds' }] }),
      requestId: 'req-1',
      operation: 'ordersV0.getOrders',
    });
    expect(error).toBeInstanceOf(SpApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      kind: 'InvalidInput',
      code: 'InvalidInput',
      message: 'Invalid MarketplaceId: X',
      details: 'MarketplaceIds',
      status: 400,
      requestId: 'req-1',
      operation: 'ordersV0.getOrders',
    });
  });

  it('survives bodies that are not SP-API errors', () => {
    expect(errorFromResponse({ status: 502, bodyText: '<html>Bad gateway</html>', requestId: undefined, operation: 'x.y' })).toMatchObject({
      kind: 'ServerError',
      code: 'Http502',
      status: 502,
    });
    expect(errorFromResponse({ status: 429, bodyText: '', requestId: undefined, operation: 'x.y' })).toMatchObject({ kind: 'Throttled' });
  });

  it('recognises an expired access token, and nothing else, as worth one refresh', () => {
    const expired = errorFromResponse({
      status: 403,
      bodyText: JSON.stringify({
        errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.', details: 'The access token you provided has expired.' }],
      }),
      requestId: undefined,
      operation: 'x.y',
    });
    const denied = errorFromResponse({
      status: 403,
      bodyText: JSON.stringify({ errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.' }] }),
      requestId: undefined,
      operation: 'x.y',
    });
    expect(expired.isExpiredToken).toBe(true);
    expect(denied.isExpiredToken).toBe(false);
  });

  it('maps statuses to kinds', () => {
    expect([429, 401, 404, 400, 422, 409, 500, 503].map((s) => kindForStatus(s, 'X'))).toEqual([
      'Throttled',
      'Unauthorized',
      'NotFound',
      'InvalidInput',
      'InvalidInput',
      'ClientError',
      'ServerError',
      'ServerError',
    ]);
    expect(kindForStatus(403, 'Unauthorized')).toBe('Unauthorized');
    expect(kindForStatus(403, 'AccessDenied')).toBe('Forbidden');
  });
});

describe('userMessage', () => {
  it('is a plain sentence with the request id, never the stack or Amazon internals', () => {
    const error = new SpApiError({ kind: 'ServerError', code: 'InternalFailure', message: 'boom at line 3', status: 500, requestId: 'abc', operation: 'x.y' });
    expect(error.userMessage()).toBe('Amazon had a temporary problem. Please try again shortly. (Amazon reference abc)');
    expect(error.userMessage()).not.toContain('boom');
  });

  it('tells a seller to reconnect on invalid_grant', () => {
    const error = new LwaError('invalid_grant', 'refused', 400);
    expect(error.needsReauthorization).toBe(true);
    expect(error.userMessage()).toMatch(/reconnect/);
  });
});
