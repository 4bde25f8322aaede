import { describe, expect, it } from 'vitest';
import { UserFacingError } from '@/lib/user-facing-error';
import { LwaError, RetiredOperationError, SpApiError } from './errors';
import { EXAMPLE_RETIREMENT, EXAMPLE_RETIREMENT_MESSAGE } from '@/test/support/retired-operation';
import { askAmazon, asUserFacing, sellerMessageFor } from './seller-message';

const refused = new SpApiError({
  kind: 'InvalidInput',
  code: 'InvalidInput',
  message: 'Fulfillment order X cannot be cancelled because its status is Complete.',
  status: 400,
  requestId: 'req-9',
  operation: 'fulfillmentOutbound.cancelFulfillmentOrder',
});
const outage = new SpApiError({
  kind: 'ServerError',
  code: 'InternalFailure',
  message: 'stack-ish internals',
  status: 503,
  requestId: 'req-10',
  operation: 'ordersV0.getOrders',
});

describe('seller messages for SP-API failures', () => {
  it("shows Amazon's own words when it refuses the request, with the step and the reference", () => {
    expect(sellerMessageFor(refused, 'cancel this order')).toBe(
      'Amazon refused to cancel this order: Fulfillment order X cannot be cancelled because its status is Complete. (Amazon reference req-9)',
    );
    expect(sellerMessageFor(refused)).toMatch(/^Amazon refused: Fulfillment order X/);
  });

  it("shows at most 1,000 characters of Amazon's words, marked as cut, and keeps the reference", () => {
    const huge = new SpApiError({
      kind: 'InvalidInput',
      code: 'InvalidInput',
      message: 'm'.repeat(100_000),
      details: 'd'.repeat(10_000),
      status: 400,
      requestId: 'req-11',
      operation: 'x.y',
    });
    const message = sellerMessageFor(huge, 'create this order');
    expect(message.length).toBeLessThan(1_100);
    expect(message).toMatch(/^Amazon refused to create this order: m+… \(truncated\) \(Amazon reference req-11\)$/);
  });

  it("uses the client's safe wording for outages, never Amazon's internals", () => {
    expect(sellerMessageFor(outage)).toBe(outage.userMessage());
    expect(sellerMessageFor(outage)).not.toContain('internals');
  });

  it('turns SP-API and LWA failures into UserFacingError carrying the request id, and leaves others alone', async () => {
    const error = asUserFacing(refused);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).requestId).toBe('req-9');
    expect(asUserFacing(new LwaError('invalid_grant', 'revoked', 400))).toBeInstanceOf(UserFacingError);
    const bug = new TypeError('x is undefined');
    expect(asUserFacing(bug)).toBe(bug);
    await expect(askAmazon(() => Promise.reject(refused), 'cancel this order')).rejects.toThrow(/^Amazon refused to cancel this order:/);
  });

  it("says a marketplace of another region is the problem, not the account's authorization", () => {
    const wrongRegion = new SpApiError({
      kind: 'Unauthorized',
      code: 'Unauthorized',
      message: 'Access to requested resource is denied.',
      details: 'The marketplaces you provided are not valid for region.',
      status: 403,
      requestId: 'req-11',
      operation: 'fulfillmentInboundV0.createInboundShipmentPlan',
    });
    const message = sellerMessageFor(wrongRegion, 'plan this shipment');
    expect(message).toBe(
      "Amazon refused to plan this shipment: that marketplace or destination country is not in this Amazon account's region. Choose one the account sells in (Amazon reference req-11).",
    );
    expect(message).not.toMatch(/reconnect/i);
    const revoked = new SpApiError({
      kind: 'Unauthorized',
      code: 'Unauthorized',
      message: 'Access to requested resource is denied.',
      status: 403,
      operation: 'ordersV0.getOrders',
    });
    expect(sellerMessageFor(revoked)).toMatch(/reconnect/i);
  });

  it('shows the seller what Amazon retired, when, and what to do instead', async () => {
    const retired = new RetiredOperationError(EXAMPLE_RETIREMENT);
    const error = asUserFacing(retired, 'read the account');
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).message).toBe(EXAMPLE_RETIREMENT_MESSAGE);
    await expect(askAmazon(() => Promise.reject(retired))).rejects.toThrow(UserFacingError);
  });
});
