/**
 * The buyer's name and delivery address, fetched from Amazon when a seller asks for them:
 * getOrder (Orders 2026-01-01) with the BUYER and RECIPIENT datasets; an answer without the
 * PII says why (buyer-data-access.ts) instead of showing blanks. They go
 * straight to the person who asked and are never written anywhere: not to the database, not
 * to the audit log, not to the request log.
 */
import 'server-only';
import type { Db } from '@/db/client';
import { askAmazon } from '@/lib/sp-api';
import { clientForOrder, type ClientForAccount } from './order-client';
import type { Order } from '@/lib/sp-api/generated/orders-2026-01-01';
import { BUYER_DATA_NOT_FOR_THIS_STATUS, BUYER_DATA_ROLES_MISSING } from './buyer-data-access';

export interface BuyerDetails {
  buyerName: string | null;
  buyerEmail: string | null;
  buyerCompanyName: string | null;
  purchaseOrderNumber: string | null;
  address: {
    name: string | null;
    lines: string[];
    city: string | null;
    stateOrRegion: string | null;
    postalCode: string | null;
    countryCode: string | null;
    phone: string | null;
    addressType: string | null;
  } | null;
  /** Why Amazon shared no buyer PII for this order (buyer-data-access.ts); null when it did. */
  withheld: string | null;
}

export function reshapeBuyerDetails(order: Order): BuyerDetails {
  const ship = order.recipient?.deliveryAddress;
  const buyer = order.buyer;
  const status = order.fulfillment?.fulfillmentStatus;
  const shared = Boolean(buyer?.buyerName || buyer?.buyerEmail || ship?.name || ship?.addressLine1);
  const statusAllows = status === 'UNSHIPPED' || status === 'PARTIALLY_SHIPPED' || status === 'SHIPPED';
  return {
    buyerName: buyer?.buyerName ?? null,
    buyerEmail: buyer?.buyerEmail ?? null,
    buyerCompanyName: buyer?.buyerCompanyName ?? ship?.companyName ?? null,
    purchaseOrderNumber: buyer?.buyerPurchaseOrderNumber ?? null,
    address: ship
      ? {
          name: ship.name ?? null,
          lines: [ship.addressLine1, ship.addressLine2, ship.addressLine3].filter((l): l is string => Boolean(l)),
          city: ship.city ?? null,
          stateOrRegion: ship.stateOrRegion ?? null,
          postalCode: ship.postalCode ?? null,
          countryCode: ship.countryCode ?? null,
          phone: ship.phone ?? null,
          addressType: ship.addressType ?? null,
        }
      : null,
    withheld: shared ? null : statusAllows ? BUYER_DATA_ROLES_MISSING : BUYER_DATA_NOT_FOR_THIS_STATUS,
  };
}

/** null when the order is not the workspace's. */
export async function fetchBuyerDetails(db: Db, workspaceId: string, amazonOrderId: string, clientFor?: ClientForAccount): Promise<BuyerDetails | null> {
  const found = await clientForOrder(db, workspaceId, amazonOrderId, clientFor);
  if (!found) return null;
  const { client } = found;
  const response = await askAmazon(() => client.orders20260101.getOrder({ orderId: amazonOrderId, includedData: ['BUYER', 'RECIPIENT', 'FULFILLMENT'] }));
  return reshapeBuyerDetails(response.order);
}
