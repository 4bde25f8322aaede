/** Orders API v0 (ordersV0.json): all ten operations over the simulated order stream. */
import { invalidInput, notFound, respond, type SimApiModule, type SimRequest } from '../../core/contract.js';
import { orderBook, type SimOrder } from '../../state/orders.js';
import { getOrders } from './get-orders.js';
import { buyerInfo, piiFrom, reshapeOrder, reshapeOrderItem, shippingAddress } from './reshape.js';
import { confirmShipment, updateShipmentStatus } from './shipments.js';

function findOrder(req: SimRequest): SimOrder {
  const orderId = req.path.orderId ?? '';
  if (!/^\d{3}-\d{7}-\d{7}$/.test(orderId)) throw invalidInput(`Invalid orderId: ${orderId}. An AmazonOrderId has the 3-7-7 format.`);
  const order = orderBook.get(req.sellerId, orderId, req.clock.now().getTime());
  if (!order) throw notFound(`Order ${orderId} was not found.`);
  return order;
}

const ordersV0: SimApiModule = {
  model: 'ordersV0.json',
  handlers: {
    getOrders,
    getOrder: (req) => ({ payload: reshapeOrder(findOrder(req), piiFrom(req.rdt)) }),
    getOrderBuyerInfo(req) {
      const order = findOrder(req);
      return { payload: { AmazonOrderId: order.amazonOrderId, ...buyerInfo(order) } };
    },
    getOrderAddress(req) {
      const order = findOrder(req);
      const visible = order.status !== 'Pending' && order.status !== 'Canceled';
      const company = order.buyer.business?.companyLegalName;
      return {
        payload: {
          AmazonOrderId: order.amazonOrderId,
          ...(company ? { BuyerCompanyName: company } : {}),
          ...(visible ? { ShippingAddress: shippingAddress(order, true) } : {}),
        },
      };
    },
    getOrderItems(req) {
      const order = findOrder(req);
      // Every simulated order has at most three items: one page, no NextToken.
      return { payload: { AmazonOrderId: order.amazonOrderId, OrderItems: order.items.map(reshapeOrderItem) } };
    },
    getOrderItemsBuyerInfo(req) {
      const order = findOrder(req);
      return { payload: { AmazonOrderId: order.amazonOrderId, OrderItems: order.items.map((i) => ({ OrderItemId: i.orderItemId })) } };
    },
    updateShipmentStatus(req) {
      updateShipmentStatus(req);
      return respond(204);
    },
    getOrderRegulatedInfo(req) {
      const order = findOrder(req);
      throw invalidInput(`Order ${order.amazonOrderId} does not contain regulated items.`);
    },
    updateVerificationStatus(req) {
      const order = findOrder(req);
      throw invalidInput(`Order ${order.amazonOrderId} does not contain regulated items.`);
    },
    confirmShipment(req) {
      confirmShipment(req);
      return respond(204);
    },
  },
};

export default ordersV0;
