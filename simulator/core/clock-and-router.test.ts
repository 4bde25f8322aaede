import { describe, expect, it } from 'vitest';
import { SimulatedClock } from './clock.js';
import { OperationRouter } from './router.js';
import { parseUsagePlanTable } from './usage-plans.js';
import ordersV0 from '../apis/orders-v0/index.js';
import messaging from '../apis/messaging/index.js';

describe('SimulatedClock', () => {
  it('runs at scale x real time, advances and re-anchors on scale changes', () => {
    let real = 1_000_000;
    const clock = new SimulatedClock(new Date('2026-01-01T00:00:00Z'), 60, () => real);
    real += 1000;
    expect(clock.now().toISOString()).toBe('2026-01-01T00:01:00.000Z');
    clock.advance(3600);
    expect(clock.now().toISOString()).toBe('2026-01-01T01:01:00.000Z');
    clock.setScale(1);
    real += 1000;
    expect(clock.now().toISOString()).toBe('2026-01-01T01:01:01.000Z');
  });
});

describe('OperationRouter', () => {
  const router = new OperationRouter([ordersV0, messaging]);

  it('prefers literal segments over path parameters', () => {
    expect(router.match('GET', '/orders/v0/orders/111-1111111-1111111/orderItems/buyerInfo')?.route.op.operationId).toBe('getOrderItemsBuyerInfo');
    expect(router.match('GET', '/orders/v0/orders/111-1111111-1111111/orderItems')?.route.op.operationId).toBe('getOrderItems');
    expect(router.match('GET', '/orders/v0/orders/111-1111111-1111111')?.pathParams).toEqual({ orderId: '111-1111111-1111111' });
  });

  it('matches on method too', () => {
    expect(router.match('DELETE', '/orders/v0/orders')).toBeUndefined();
    expect(router.match('POST', '/messaging/v1/orders/1/messages/warranty')?.route.op.operationId).toBe('CreateWarranty');
  });
});

describe('parseUsagePlanTable', () => {
  it('reads rates written with or without a leading zero', () => {
    expect(parseUsagePlanTable('| Rate | Burst |\n| ---- | ---- |\n| .5 | 15 |')).toMatchObject({ rate: 0.5, burst: 15, rateText: '.5' });
    expect(parseUsagePlanTable('no table')).toBeUndefined();
  });
});
