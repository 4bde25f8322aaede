/**
 * Sending an Amazon order's lines to FBA as its fulfillment order: the buyer's address is read
 * from Amazon (getOrder, dataset RECIPIENT) for this request only and never written anywhere,
 * lib/outbound says the request and creates it once (its submission claim). The Fulfill with
 * FBA form and a backorder released by the sync both come through here, so both send the same
 * request for the same order: a repeat finds the order instead of making a second.
 */
import 'server-only';
import type { Db } from '@/db/client';
import { AddressMappingError, createRequest, orderCreateSpec, outboundAddressFrom, sellerFulfillmentOrderIdFor, submitFulfillmentOrder } from '@/lib/outbound';
import type { FulfillmentPolicy } from '@/lib/outbound/types';
import type { Address } from '@/lib/sp-api/generated/fulfillment-outbound';
import type { SpApiClient } from '@/lib/sp-api/types';
import { tenantOf } from '@/lib/tenancy';
import { UserFacingError } from '@/lib/user-facing-error';
import { BUYER_DATA_ROLES_MISSING } from './buyer-data-access';
import type { CreateFulfillmentInput } from './fulfill-with-fba-input';
import type { OrderRecord } from './order-context';

/** The form's choices a fulfillment order is sent with. */
export type FbaOrderChoices = Pick<CreateFulfillmentInput, 'shippingSpeed' | 'blankBox' | 'blockAmzl' | 'notificationEmails'>;

export async function fetchShippingAddress(client: SpApiClient, amazonOrderId: string): Promise<Address> {
  // The RECIPIENT dataset: Amazon shares the PII in it only with apps holding its restricted roles.
  const response = await client.orders20260101.getOrder({ orderId: amazonOrderId, includedData: ['RECIPIENT'] });
  const address = response.order.recipient?.deliveryAddress;
  if (address && !address.addressLine1 && !address.name) throw new UserFacingError(BUYER_DATA_ROLES_MISSING);
  try {
    return outboundAddressFrom(address);
  } catch (error) {
    if (error instanceof AddressMappingError) throw new UserFacingError(error.message);
    throw error;
  }
}

export async function sendOrderToFba(
  db: Db,
  client: SpApiClient,
  order: OrderRecord,
  userId: string | null,
  lines: Array<{ orderItemId: string; sellerSku: string; quantity: number }>,
  policy: FulfillmentPolicy,
  choices: FbaOrderChoices,
) {
  const address = await fetchShippingAddress(client, order.amazonOrderId);
  const request = createRequest(orderCreateSpec({ order, lines, address, speed: choices.shippingSpeed, policy, options: choices }));
  return submitFulfillmentOrder(db, client, { ...tenantOf(order), userId }, request, {
    // Another tab created it with other choices a moment ago.
    referenceTaken: () =>
      new UserFacingError(`This order already has a fulfillment order (${sellerFulfillmentOrderIdFor(order.amazonOrderId)}). Reload the page to see it.`),
  });
}
